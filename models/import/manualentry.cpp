#include "import/manualentry.h"

#include "core/clock.h"
#include "import/importbatchstore.h"
#include "project/project.h"
#include "records/normalise.h"
#include "records/recordstore.h"
#include "team/auditlog.h"
#include "team/roles.h"

#include <QDate>
#include <QJsonObject>
#include <QRegularExpression>
#include <QVariant>

namespace evimap {

namespace {

// "2023", "2023-05", "2023-05-17" (or with slashes); false for anything else.
bool readDate(const QString &text, int *year, QString *normalised)
{
    static const QRegularExpression ymd(
        QStringLiteral("^(\\d{4})(?:[-/](\\d{1,2})(?:[-/](\\d{1,2}))?)?$"));
    const QRegularExpressionMatch m = ymd.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    const int y = m.captured(1).toInt();
    const int month = m.hasCaptured(2) ? m.captured(2).toInt() : 0;
    const int day = m.hasCaptured(3) ? m.captured(3).toInt() : 0;
    if (y < 1000 || (m.hasCaptured(2) && (month < 1 || month > 12)))
        return false;
    if (m.hasCaptured(3) && !QDate(y, month, day).isValid())
        return false;
    *year = y;
    *normalised = QString::number(y);
    if (month)
        *normalised += QStringLiteral("-%1").arg(month, 2, 10, QLatin1Char('0'));
    if (day)
        *normalised += QStringLiteral("-%1").arg(day, 2, 10, QLatin1Char('0'));
    return true;
}

} // namespace

QStringList ManualEntry::types()
{
    return {RecordType::Initiative, RecordType::Report, RecordType::WebPage};
}

QStringList ManualEntry::routes()
{
    return {QStringLiteral("organisation"), QStringLiteral("expert"), QStringLiteral("website"),
            QStringLiteral("other")};
}

Status ManualEntry::validate() const
{
    if (title.trimmed().isEmpty())
        return Error{Error::Kind::Usage, tr("a title is needed (--title)")};
    if (!types().contains(type))
        return Error{Error::Kind::Usage, tr("unknown type \"%1\"; use one of: %2")
                                             .arg(type, types().join(QStringLiteral(", ")))};
    if (!routes().contains(route))
        return Error{Error::Kind::Usage,
                     tr("unknown route \"%1\" for a manual entry; use one of: %2")
                         .arg(route, routes().join(QStringLiteral(", ")))};
    int year = 0;
    QString normalised;
    if (!date.trimmed().isEmpty() && !readDate(date, &year, &normalised))
        return Error{Error::Kind::Usage,
                     tr("\"%1\" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD").arg(date)};
    return {};
}

Record ManualEntry::toRecord() const
{
    Record r;
    r.type = type;
    r.rawFormat = QStringLiteral("manual");
    r.title = title.simplified();
    r.publisher = organisation.trimmed();
    r.country = country.trimmed();
    r.abstract = description.trimmed();
    r.url = url.trimmed();
    readDate(date, &r.year, &r.date);
    r.doi = Normalise::cleanDoi(url.contains(QLatin1String("doi.org/")) ? url : QString());
    r.sourceRecordNo = 1;
    auto raw = [&r](const char *tag, const QString &value) {
        if (!value.trimmed().isEmpty())
            r.rawFields.append({QLatin1String(tag), value.trimmed()});
    };
    raw("Contact", contact);
    raw("Setting", setting);
    raw("Source type", sourceType);
    return r;
}

Result<ManualEntry::Added> ManualEntry::addTo(Project &project) const
{
    if (Status s = validate(); !s)
        return s.error();
    Record record = toRecord();
    Added added;
    Status stored = project.writeTransaction([&]() -> Status {
        if (Status s = Roles::require(project, reviewerId, Work::Own, tr("add records")); !s)
            return s;
        QSqlDatabase db = project.database();
        NewImportBatch batch;
        batch.fileName = QStringLiteral("(manual entry)");
        batch.format = QStringLiteral("manual");
        batch.source = source.trimmed().isEmpty() ? organisation.trimmed() : source.trimmed();
        batch.route = route;
        batch.importedCount = 1;
        batch.reviewerId = reviewerId;
        Result<qint64> inserted = ImportBatchStore(project).insert(batch);
        if (!inserted)
            return inserted.error();
        added.batchId = *inserted;

        RecordStore store(db);
        if (Status s = store.insert(record, added.batchId); !s)
            return s;
        added.recordId = record.id;
        added.recordUuid = record.uuid;

        QJsonObject after{{QStringLiteral("type"), record.type},
                          {QStringLiteral("title"), record.title},
                          {QStringLiteral("route"), route},
                          {QStringLiteral("batch"), added.batchId}};
        if (!organisation.trimmed().isEmpty())
            after.insert(QStringLiteral("organisation"), organisation.trimmed());
        AuditChange change;
        change.action = QStringLiteral("record.add");
        change.entity = QStringLiteral("record");
        change.entityUuid = record.uuid;
        change.reviewerId = reviewerId;
        change.recordId = record.id;
        change.after = after;
        return AuditLog::record(db, change);
    });
    if (!stored)
        return stored.error();
    return added;
}

} // namespace evimap
