#include "records/recordedit.h"

#include "project/project.h"
#include "records/recordfields.h"
#include "records/recordstore.h"
#include "team/auditlog.h"
#include "team/roles.h"

#include <QJsonObject>

namespace evimap {

QList<RecordEdit::Change> RecordEdit::differences(const Record &a, const Record &b)
{
    QList<Change> changes;
    for (const RecordField &f : RecordFields::all) {
        const QString before = f.value(a), after = f.value(b);
        if (before != after)
            changes.append(Change{QLatin1String(f.name), before, after});
    }
    return changes;
}

Status RecordEdit::save(Project &project, const Record &original, const Record &edited,
                        qint64 reviewerId)
{
    if (edited.id != original.id || edited.id <= 0)
        return Error{Error::Kind::Usage, tr("the edited record is not the one that was read")};
    if (edited.title.trimmed().isEmpty() && edited.doi.trimmed().isEmpty())
        return Error{Error::Kind::Usage, tr("a record needs a title or a DOI")};
    const QList<Change> mine = differences(original, edited);
    if (mine.isEmpty())
        return {};
    return project.writeTransaction([&]() -> Status {
        if (Status s = Roles::require(project, reviewerId, Work::Own, tr("edit records")); !s)
            return s;
        RecordStore store(project.database());
        const std::optional<Record> current = store.record(edited.id);
        if (!current)
            return Error{Error::Kind::Conflict,
                         tr("record %1 was deleted by someone else while you edited it; nothing "
                            "was saved")
                             .arg(edited.id)};
        const QList<Change> theirs = differences(original, *current);
        if (!theirs.isEmpty()) {
            QStringList fields;
            for (const Change &c : theirs)
                fields << c.field;
            return Error{Error::Kind::Conflict,
                         tr("someone else changed this record while you edited it (%1); nothing "
                            "was saved")
                             .arg(fields.join(QStringLiteral(", ")))};
        }
        if (Status s = store.update(edited); !s)
            return s;
        QJsonObject before, after;
        for (const Change &c : mine) {
            before.insert(c.field, c.before);
            after.insert(c.field, c.after);
        }
        AuditChange change;
        change.action = QStringLiteral("record.edit");
        change.entity = QStringLiteral("record");
        change.entityUuid = current->uuid;
        change.reviewerId = reviewerId;
        change.recordId = edited.id;
        change.before = before;
        change.after = after;
        return AuditLog::record(project.database(), change);
    });
}

} // namespace evimap
