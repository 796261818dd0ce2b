#include "ranking/rankingsettings.h"

#include <QCoreApplication>

namespace evimap {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RankingSettings)
};
} // namespace

QString RankingSettings::modelId(Model model)
{
    switch (model) {
    case Model::LogisticRegression:
        return QStringLiteral("lr");
    case Model::NaiveBayes:
        return QStringLiteral("nb");
    case Model::ComplementNaiveBayes:
        return QStringLiteral("cnb");
    }
    return QStringLiteral("lr");
}

QStringList RankingSettings::modelIds()
{
    return {QStringLiteral("lr"), QStringLiteral("nb"), QStringLiteral("cnb")};
}

Result<RankingSettings::Model> RankingSettings::modelFromId(const QString &id)
{
    for (Model model :
         {Model::LogisticRegression, Model::NaiveBayes, Model::ComplementNaiveBayes}) {
        if (modelId(model) == id)
            return model;
    }
    return Error{Error::Kind::Usage, Tr::tr("unknown ranking model \"%1\" (known: %2)")
                                         .arg(id, modelIds().join(QLatin1String(", ")))};
}

Result<Balance> RankingSettings::balanceFromId(const QString &id)
{
    for (Balance balance : {Balance::None, Balance::Equal, Balance::Double}) {
        if (balanceId(balance) == id)
            return balance;
    }
    return Error{Error::Kind::Usage,
                 Tr::tr("unknown class balance \"%1\" (known: none, equal, double)").arg(id)};
}

QJsonObject RankingSettings::toJson() const
{
    return QJsonObject{
        {QStringLiteral("model"), modelId(model)},
        {QStringLiteral("features"), QStringLiteral("tfidf")},
        {QStringLiteral("bigrams"), bigrams},
        {QStringLiteral("stop_words"), stopWords},
        {QStringLiteral("sublinear_tf"), sublinearTf},
        {QStringLiteral("min_df"), minDf},
        {QStringLiteral("c"), c},
        {QStringLiteral("alpha"), alpha},
        {QStringLiteral("balance"), balanceId(balance)},
        {QStringLiteral("uncertainty_share"), uncertaintyShare},
    };
}

Result<RankingSettings> RankingSettings::fromJson(const QJsonObject &json)
{
    RankingSettings s;
    if (json.contains(QStringLiteral("model"))) {
        Result<Model> model = modelFromId(json.value(QStringLiteral("model")).toString());
        if (!model)
            return model.error();
        s.model = model.value();
    }
    s.bigrams = json.value(QStringLiteral("bigrams")).toBool(s.bigrams);
    s.stopWords = json.value(QStringLiteral("stop_words")).toBool(s.stopWords);
    s.sublinearTf = json.value(QStringLiteral("sublinear_tf")).toBool(s.sublinearTf);
    s.minDf = json.value(QStringLiteral("min_df")).toInt(s.minDf);
    s.c = json.value(QStringLiteral("c")).toDouble(s.c);
    s.alpha = json.value(QStringLiteral("alpha")).toDouble(s.alpha);
    // Settings written before "balance" had "balanced": true (equal) or false (none).
    if (json.contains(QStringLiteral("balance"))) {
        Result<Balance> balance = balanceFromId(json.value(QStringLiteral("balance")).toString());
        if (!balance)
            return balance.error();
        s.balance = balance.value();
    } else if (json.contains(QStringLiteral("balanced"))) {
        s.balance =
            json.value(QStringLiteral("balanced")).toBool() ? Balance::Equal : Balance::None;
    }
    s.uncertaintyShare =
        json.value(QStringLiteral("uncertainty_share")).toDouble(s.uncertaintyShare);
    if (s.minDf < 1 || s.c <= 0 || s.alpha <= 0 || s.uncertaintyShare < 0 ||
        s.uncertaintyShare > 0.5)
        return Error{Error::Kind::Usage, Tr::tr("ranking settings out of range: min_df >= 1, "
                                                "c > 0, alpha > 0, 0 <= uncertainty_share <= 0.5")};
    return s;
}

} // namespace evimap
