#include "screening/decisioncsv.h"
#include "screening/exclusionreasonstore.h"

#include "core/csvrowreader.h"
#include "project/project.h"
#include "records/recordstore.h"

#include <QHash>
#include <QRegularExpression>

namespace evimap {

namespace {

Error refused(const QString &message)
{
    return Error{Error::Kind::InputRefused, message};
}

enum class Column
{
    Record,
    Decision,
    Reason,
    Note,
    Other
};

Column columnNamed(const QString &name)
{
    const QString n = name.trimmed().toLower().remove(QLatin1Char(' ')).remove(QLatin1Char('_'));
    if (n == QLatin1String("record") || n == QLatin1String("id") ||
        n == QLatin1String("recordid") || n == QLatin1String("uuid") || n == QLatin1String("doi") ||
        n == QLatin1String("ref"))
        return Column::Record;
    if (n == QLatin1String("decision"))
        return Column::Decision;
    if (n == QLatin1String("reason") || n == QLatin1String("exclusionreason"))
        return Column::Reason;
    if (n == QLatin1String("note") || n == QLatin1String("notes") || n == QLatin1String("comment"))
        return Column::Note;
    return Column::Other;
}

} // namespace

Result<QList<DecisionCsv::Row>> DecisionCsv::parse(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.size() > maxFileBytes)
        return refused(
            tr("%1 is larger than %2 MB; split it").arg(fileName).arg(maxFileBytes >> 20));
    Result<QList<CsvRowReader::TextRow>> table =
        CsvRowReader::readText(bytes, fileName, maxFieldChars);
    if (!table)
        return table.error();
    if (table->isEmpty())
        return refused(tr("%1 holds no decisions").arg(fileName));

    // Header row, or the default column order.
    QHash<Column, int> index{
        {Column::Record, 0}, {Column::Decision, 1}, {Column::Reason, 2}, {Column::Note, 3}};
    qsizetype first = 0;
    const QStringList head = table->first().cells;
    bool isHeader = false;
    for (const QString &cell : head)
        isHeader = isHeader || columnNamed(cell) == Column::Decision;
    if (isHeader) {
        index.clear();
        for (qsizetype i = 0; i < head.size(); ++i) {
            const Column c = columnNamed(head.at(i));
            if (c != Column::Other && !index.contains(c))
                index.insert(c, int(i));
        }
        if (!index.contains(Column::Record))
            return refused(tr("%1:%2: no record column (record, id, uuid or doi) in the header")
                               .arg(fileName)
                               .arg(table->first().line));
        first = 1;
    }
    QList<Row> rows;
    for (qsizetype r = first; r < table->size(); ++r) {
        const QStringList &cells = table->at(r).cells;
        Row row;
        row.line = table->at(r).line;
        row.record = cells.value(index.value(Column::Record, -1));
        row.decision = cells.value(index.value(Column::Decision, -1));
        row.reason = cells.value(index.value(Column::Reason, -1));
        row.note = cells.value(index.value(Column::Note, -1));
        rows.append(row);
    }
    if (rows.isEmpty())
        return refused(tr("%1 holds no decisions").arg(fileName));
    return rows;
}

qint64 DecisionCsv::findRecord(const ScreeningStore &store, const QString &reference)
{
    const QString ref = reference.trimmed();
    if (ref.isEmpty())
        return 0;
    RecordStore records(store.project().database());
    bool isNumber = false;
    const qint64 id = ref.toLongLong(&isNumber);
    if (isNumber)
        return id > 0 && records.record(id) ? id : 0;
    static const QRegularExpression uuid(QStringLiteral(
        "^\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\}?$"));
    if (uuid.match(ref).hasMatch()) {
        QString bare = ref;
        bare.remove(QLatin1Char('{')).remove(QLatin1Char('}'));
        return records.idByUuid(bare.toLower()).value_or(records.idByUuid(bare).value_or(0));
    }
    if (ref.contains(QLatin1String("10.")))
        return records.idByDoi(ref).value_or(0);
    return 0;
}

QList<DecisionRequest> DecisionCsv::resolve(const ScreeningStore &store, const QList<Row> &rows,
                                            ScreeningStage stage, qint64 reviewerId,
                                            const QString &fileName, IssueList *issues,
                                            IfSettled ifSettled)
{
    QList<DecisionRequest> requests;
    QHash<qint64, int> seenOn;
    const QList<ExclusionReason> reasons = ExclusionReasonStore(store.project()).reasons();
    QStringList reasonNames;
    for (qsizetype i = 0; i < reasons.size(); ++i)
        reasonNames << QStringLiteral("%1 %2").arg(i + 1).arg(reasons.at(i).label);
    auto problem = [&](const Row &row, const QString &message) {
        Issue issue;
        issue.severity = Issue::Severity::Error;
        issue.file = fileName;
        issue.line = row.line;
        issue.message = message;
        issues->append(issue);
    };

    for (const Row &row : rows) {
        const qint64 recordId = findRecord(store, row.record);
        if (row.record.trimmed().isEmpty()) {
            problem(row, tr("the record column is empty"));
            continue;
        }
        if (recordId == 0) {
            problem(row,
                    tr("no record matches \"%1\" (give a record id, uuid or DOI)").arg(row.record));
            continue;
        }
        if (const auto it = seenOn.constFind(recordId); it != seenOn.cend()) {
            problem(row, tr("record %1 appears again (first on line %2)").arg(recordId).arg(*it));
            continue;
        }
        seenOn.insert(recordId, row.line);
        const std::optional<Decision> decision = ScreeningNames::decisionFromKey(row.decision);
        if (!decision) {
            problem(row,
                    row.decision.trimmed().isEmpty()
                        ? tr("record %1: the decision is empty (include, exclude or unsure)")
                              .arg(recordId)
                        : tr("record %1: \"%2\" is not a decision (include, exclude or unsure)")
                              .arg(recordId)
                              .arg(row.decision));
            continue;
        }
        if (const QString why = store.whyNotEligible(recordId, stage); !why.isEmpty()) {
            problem(row, why);
            continue;
        }
        DecisionInput input{*decision, 0, row.note};
        if (!row.reason.trimmed().isEmpty()) {
            if (*decision != Decision::Exclude) {
                problem(row, tr("record %1: a reason goes with exclude only, not with %2")
                                 .arg(recordId)
                                 .arg(ScreeningNames::decisionKey(*decision)));
                continue;
            }
            const std::optional<ExclusionReason> reason =
                ExclusionReasonStore(store.project()).findReason(row.reason);
            if (!reason) {
                problem(row,
                        reasons.isEmpty()
                            ? tr("record %1: unknown exclusion reason \"%2\"; the project has none "
                                 "yet (the lead adds them with `evimap reasons PROJECT --add`)")
                                  .arg(recordId)
                                  .arg(row.reason)
                            : tr("record %1: unknown exclusion reason \"%2\"; the reasons are: %3")
                                  .arg(recordId)
                                  .arg(row.reason, reasonNames.join(QLatin1String("; "))));
                continue;
            }
            input.reasonId = reason->id;
        }
        if (*decision == Decision::Exclude && stage == ScreeningStage::FullText &&
            input.reasonId == 0) {
            problem(row, tr("record %1: excluding at full text needs a reason").arg(recordId));
            continue;
        }
        if (ifSettled == IfSettled::Refuse) {
            const std::optional<ScreeningDecision> before =
                store.decision(recordId, stage, reviewerId);
            const QString locked = store.whyLocked(recordId, stage, reviewerId);
            if (!locked.isEmpty() && !(before && before->input() == input)) {
                problem(row, tr("%1 (the lead reopens it with --reopen)").arg(locked));
                continue;
            }
        }
        requests.append(DecisionRequest{recordId, stage, reviewerId, input, ifSettled});
    }
    return requests;
}

} // namespace evimap
