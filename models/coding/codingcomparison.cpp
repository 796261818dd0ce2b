#include "coding/codingcomparison.h"

#include "coding/codebook.h"
#include "coding/codingstore.h"
#include "project/project.h"
#include "project/reviewers.h"

#include <QJsonArray>
#include <QSet>
#include <QVariant>

#include <cmath>

namespace evimap {

std::optional<double> PresenceAgreement::percent() const
{
    if (items() == 0)
        return std::nullopt;
    return 100.0 * agreements() / items();
}

std::optional<double> PresenceAgreement::kappa() const
{
    const double n = items();
    if (n == 0)
        return std::nullopt;
    const double po = agreements() / n;
    const double pe = (double(both + onlyA) * double(both + onlyB) +
                       double(onlyB + neither) * double(onlyA + neither)) /
                      (n * n);
    if (std::abs(1.0 - pe) < 1e-12)
        return std::nullopt;
    return (po - pe) / (1.0 - pe);
}

void PresenceAgreement::add(bool inA, bool inB)
{
    if (inA && inB)
        ++both;
    else if (inA)
        ++onlyA;
    else if (inB)
        ++onlyB;
    else
        ++neither;
}

PresenceAgreement &PresenceAgreement::operator+=(const PresenceAgreement &other)
{
    both += other.both;
    onlyA += other.onlyA;
    onlyB += other.onlyB;
    neither += other.neither;
    return *this;
}

Result<CodingComparison> CodingComparison::compare(Project &project, const Codebook &codebook,
                                                   qint64 reviewerA, qint64 reviewerB,
                                                   const QList<qint64> &records)
{
    Reviewers reviewers(project);
    const Result<Reviewer> a = reviewers.withId(reviewerA);
    if (!a)
        return a.error();
    const Result<Reviewer> b = reviewers.withId(reviewerB);
    if (!b)
        return b.error();
    if (reviewerA == reviewerB)
        return Error{Error::Kind::Usage, tr("compare two different reviewers")};

    CodingComparison result;
    result.reviewerA = reviewerA;
    result.reviewerB = reviewerB;
    result.nameA = a->name;
    result.nameB = b->name;

    CodingStore store(project, codebook);
    const QList<qint64> codedA = store.recordsCodedBy(reviewerA);
    const QList<qint64> codedB = store.recordsCodedBy(reviewerB);
    const QSet<qint64> setA(codedA.begin(), codedA.end());
    const QSet<qint64> setB(codedB.begin(), codedB.end());
    const QSet<qint64> wanted(records.begin(), records.end());
    for (qint64 id : codedA) {
        if (!records.isEmpty() && !wanted.contains(id))
            continue;
        if (setB.contains(id))
            result.items.append(id);
        else
            result.onlyA.append(id);
    }
    for (qint64 id : codedB) {
        if ((records.isEmpty() || wanted.contains(id)) && !setA.contains(id))
            result.onlyB.append(id);
    }

    const QList<Code> codes = codebook.codesInOrder();
    const QList<ExtractionField> fields = codebook.fields();
    QHash<qint64, PresenceAgreement> perCode;

    for (qint64 recordId : std::as_const(result.items)) {
        QHash<qint64, Coding> byA, byB;
        const QList<Coding> all = store.allCodings(recordId);
        for (const Coding &c : all) {
            if (c.reviewerId == reviewerA)
                byA.insert(c.codeId, c);
            else if (c.reviewerId == reviewerB)
                byB.insert(c.codeId, c);
        }
        const std::optional<CodingStore::RecordHeading> heading = store.recordHeading(recordId);
        const QString recordTitle = heading ? heading->title : QString();
        for (const Code &code : codes) {
            const bool inA = byA.contains(code.id);
            const bool inB = byB.contains(code.id);
            perCode[code.id].add(inA, inB);
            if (inA != inB) {
                CodingDifference d;
                d.recordId = recordId;
                d.recordTitle = recordTitle;
                d.codeId = code.id;
                d.path = codebook.labelPath(code.id);
                d.inA = inA;
                d.inB = inB;
                d.valueA = byA.value(code.id).details.quote;
                d.valueB = byB.value(code.id).details.quote;
                result.differences.append(d);
            }
        }
        const QHash<qint64, QString> valuesA = store.values(recordId, reviewerA);
        const QHash<qint64, QString> valuesB = store.values(recordId, reviewerB);
        for (const ExtractionField &field : fields) {
            if (valuesA.value(field.id) == valuesB.value(field.id))
                continue;
            CodingDifference d;
            d.recordId = recordId;
            d.recordTitle = recordTitle;
            d.fieldId = field.id;
            d.path = field.label;
            d.valueA = valuesA.value(field.id);
            d.valueB = valuesB.value(field.id);
            d.inA = !d.valueA.isEmpty();
            d.inB = !d.valueB.isEmpty();
            result.differences.append(d);
        }
    }
    for (const Code &code : codes) {
        CodeAgreement entry;
        entry.codeId = code.id;
        entry.path = codebook.labelPath(code.id);
        entry.agreement = perCode.value(code.id);
        result.overall += entry.agreement;
        result.perCode.append(entry);
    }
    return result;
}

namespace {
QJsonValue number(const std::optional<double> &value, int decimals)
{
    if (!value)
        return QJsonValue(QJsonValue::Null);
    const double scale = std::pow(10.0, decimals);
    return std::round(*value * scale) / scale;
}

QString shown(const std::optional<double> &value, int decimals, const QString &suffix = {})
{
    return value ? QString::number(*value, 'f', decimals) + suffix : QStringLiteral("n/a");
}

QJsonObject agreementJson(const PresenceAgreement &a)
{
    return QJsonObject{{QStringLiteral("items"), a.items()},
                       {QStringLiteral("both"), a.both},
                       {QStringLiteral("only_a"), a.onlyA},
                       {QStringLiteral("only_b"), a.onlyB},
                       {QStringLiteral("neither"), a.neither},
                       {QStringLiteral("percent_agreement"), number(a.percent(), 2)},
                       {QStringLiteral("kappa"), number(a.kappa(), 4)}};
}
} // namespace

QJsonObject CodingComparison::toJson() const
{
    QJsonArray differenceList;
    for (const CodingDifference &d : differences) {
        QJsonObject object{
            {QStringLiteral("record"), d.recordId},
            {QStringLiteral("title"), d.recordTitle},
            {QStringLiteral("kind"), d.codeId ? QStringLiteral("code") : QStringLiteral("field")},
            {QStringLiteral("path"), d.path}};
        if (d.codeId) {
            object.insert(QStringLiteral("a"), d.inA);
            object.insert(QStringLiteral("b"), d.inB);
            if (!d.valueA.isEmpty())
                object.insert(QStringLiteral("quote_a"), d.valueA);
            if (!d.valueB.isEmpty())
                object.insert(QStringLiteral("quote_b"), d.valueB);
        } else {
            object.insert(QStringLiteral("a"), d.valueA);
            object.insert(QStringLiteral("b"), d.valueB);
        }
        differenceList.append(object);
    }
    QJsonArray codeList;
    for (const CodeAgreement &c : perCode) {
        QJsonObject object = agreementJson(c.agreement);
        object.insert(QStringLiteral("code"), c.path);
        codeList.append(object);
    }
    QJsonArray itemList, onlyAList, onlyBList;
    for (qint64 id : items)
        itemList.append(id);
    for (qint64 id : onlyA)
        onlyAList.append(id);
    for (qint64 id : onlyB)
        onlyBList.append(id);
    return QJsonObject{
        {QStringLiteral("reviewer_a"), nameA}, {QStringLiteral("reviewer_b"), nameB},
        {QStringLiteral("items"), itemList},   {QStringLiteral("only_a"), onlyAList},
        {QStringLiteral("only_b"), onlyBList}, {QStringLiteral("differences"), differenceList},
        {QStringLiteral("codes"), codeList},   {QStringLiteral("overall"), agreementJson(overall)}};
}

QString CodingComparison::toText() const
{
    QString text;
    text += tr("Coders: A = %1, B = %2. Items both coded: %3 (only A: %4, only B: %5)\n")
                .arg(nameA, nameB)
                .arg(items.size())
                .arg(onlyA.size())
                .arg(onlyB.size());
    text += tr("\nDifferences: %1\n").arg(differences.size());
    qint64 lastRecord = 0;
    for (const CodingDifference &d : differences) {
        if (d.recordId != lastRecord) {
            text += QStringLiteral("  #%1  %2\n").arg(d.recordId).arg(d.recordTitle.left(90));
            lastRecord = d.recordId;
        }
        if (d.codeId)
            text += QStringLiteral("      %1: A %2, B %3\n")
                        .arg(d.path, d.inA ? tr("yes") : tr("no"), d.inB ? tr("yes") : tr("no"));
        else
            text +=
                QStringLiteral("      %1: A \"%2\", B \"%3\"\n").arg(d.path, d.valueA, d.valueB);
    }
    text += tr("\nAgreement per code (codes either reviewer used):\n");
    text += QStringLiteral("  %1 %2 %3 %4\n")
                .arg(tr("code").leftJustified(60), tr("items").rightJustified(6),
                     tr("agree %").rightJustified(8), tr("kappa").rightJustified(7));
    for (const CodeAgreement &c : perCode) {
        if (c.agreement.both + c.agreement.onlyA + c.agreement.onlyB == 0)
            continue;
        text += QStringLiteral("  %1 %2 %3 %4\n")
                    .arg(c.path.left(60).leftJustified(60))
                    .arg(c.agreement.items(), 6)
                    .arg(shown(c.agreement.percent(), 1).rightJustified(8),
                         shown(c.agreement.kappa(), 3).rightJustified(7));
    }
    text += tr("\nOverall (%1 code decisions): %2 agreement, kappa %3\n")
                .arg(overall.items())
                .arg(shown(overall.percent(), 1, QStringLiteral("%")), shown(overall.kappa(), 3));
    return text;
}

} // namespace evimap
