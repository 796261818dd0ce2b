// `evimap simulate DATASET...`: replays a labelled dataset with the ranking (WSS@95 and more).
#include "cli/command.h"
#include "ranking/labelleddataset.h"
#include "ranking/simulationrunner.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace evimap::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
} // namespace

int runSimulate(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption labelColumn(
        QStringLiteral("label-column"),
        Tr::tr("Column (CSV) or tag (RIS) with the labels (default: label_included)."),
        QStringLiteral("C"), QStringLiteral("label_included"));
    const QCommandLineOption relevant(
        QStringLiteral("relevant"),
        Tr::tr("File of the relevant records: the DATASET files are then a pool of search "
               "results, and a record is relevant when its normalised title is in FILE."),
        QStringLiteral("FILE"));
    const QCommandLineOption seeds(QStringLiteral("seeds"),
                                   Tr::tr("Replays, each from another first include and exclude "
                                          "(default: 5)."),
                                   QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption model(
        QStringLiteral("model"),
        Tr::tr("Classifier: lr (logistic regression, default), nb "
               "(multinomial naive Bayes), cnb (complement naive Bayes)."),
        QStringLiteral("M"));
    const QCommandLineOption c(QStringLiteral("c"),
                               Tr::tr("Logistic regression: inverse regularisation strength."),
                               QStringLiteral("C"));
    const QCommandLineOption alpha(QStringLiteral("alpha"), Tr::tr("Naive Bayes: smoothing."),
                                   QStringLiteral("A"));
    const QCommandLineOption minDf(QStringLiteral("min-df"),
                                   Tr::tr("Ignore terms in fewer documents than this."),
                                   QStringLiteral("N"));
    const QCommandLineOption noBigrams(QStringLiteral("no-bigrams"),
                                       Tr::tr("Words only, no pairs of words."));
    const QCommandLineOption uncertainty(
        QStringLiteral("uncertainty"),
        Tr::tr("Share of positions given to the least certain record (default: 0.05)."),
        QStringLiteral("SHARE"));
    const QCommandLineOption balance(
        QStringLiteral("balance"),
        Tr::tr("How relevant and irrelevant records are weighed: none, equal, double "
               "(ASReview's double balance)."),
        QStringLiteral("B"));
    const QCommandLineOption noSublinear(QStringLiteral("no-sublinear-tf"),
                                         Tr::tr("Raw term counts instead of 1 + ln(count)."));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    parser.addOptions({labelColumn, relevant, seeds, model, c, alpha, minDf, noBigrams, uncertainty,
                       balance, noSublinear, json});
    parser.addPositionalArgument(QStringLiteral("DATASET"),
                                 Tr::tr("CSV or RIS file with labels, or search files with "
                                        "--relevant."),
                                 QStringLiteral("DATASET..."));
    int code = Success;
    if (!parseArguments(context, parser, commandNamed(QStringLiteral("simulate")), 1, -1, &code))
        return code;

    SimulationRunner::Options options;
    bool ok = true;
    options.seeds = parser.value(seeds).toInt(&ok);
    if (!ok || options.seeds < 1 || options.seeds > 1000)
        return context.fail(UsageError, Tr::tr("--seeds expects a number from 1 to 1000"));
    RankingSettings &s = options.ranking;
    if (parser.isSet(model)) {
        Result<RankingSettings::Model> m = RankingSettings::modelFromId(parser.value(model));
        if (!m)
            return context.fail(m.error());
        s.model = m.value();
    }
    if (parser.isSet(balance)) {
        Result<Balance> b = RankingSettings::balanceFromId(parser.value(balance));
        if (!b)
            return context.fail(b.error());
        s.balance = b.value();
    }
    if (parser.isSet(noSublinear))
        s.sublinearTf = false;
    auto number = [&](const QCommandLineOption &option, double *target, double low, double high) {
        if (!parser.isSet(option))
            return true;
        bool good = false;
        const double v = parser.value(option).toDouble(&good);
        if (!good || v < low || v > high)
            return false;
        *target = v;
        return true;
    };
    double minDfValue = s.minDf;
    if (!number(c, &s.c, 1e-6, 1e6) || !number(alpha, &s.alpha, 1e-6, 1e3) ||
        !number(uncertainty, &s.uncertaintyShare, 0, 0.5) || !number(minDf, &minDfValue, 1, 1000))
        return context.fail(UsageError,
                            Tr::tr("a number is out of range; see evimap simulate --help"));
    s.minDf = int(minDfValue);
    s.bigrams = !parser.isSet(noBigrams);

    Result<LabelledDataset> data = LabelledDataset::read(
        parser.positionalArguments(), parser.value(labelColumn), parser.value(relevant));
    if (!data)
        return context.fail(data.error());
    for (const Issue &issue : std::as_const(data->issues)) {
        if (issue.severity == Issue::Severity::Error)
            context.err << issue.toString() << '\n';
    }
    Result<SimulationResult> result = SimulationRunner::run(data.value(), options);
    if (!result)
        return context.fail(result.error());
    if (parser.isSet(json)) {
        QJsonObject out = result->toJson();
        out.insert(QStringLiteral("unlabelled_left_out"), data->unlabelled);
        out.insert(QStringLiteral("merged_by_title"), data->mergedByTitle);
        context.printJson(QJsonDocument(out));
    } else {
        context.out << result->toText();
        if (data->unlabelled > 0)
            context.out << Tr::tr("  (%1 records without a label or title were left out)")
                               .arg(data->unlabelled)
                        << '\n';
    }
    return Success;
}

} // namespace evimap::cli
