#include "records/recordedit.h"

#include "project/project.h"
#include "records/recordstore.h"
#include "team/auditlog.h"

#include <QJsonObject>

#include <functional>

namespace evimap {

namespace {

struct EditableField
{
    const char *name;
    std::function<QString(const Record &)> value;
};

const QList<EditableField> &editableFields()
{
    static const QList<EditableField> fields = {
        {"type", [](const Record &r) { return r.type; }},
        {"title", [](const Record &r) { return r.title; }},
        {"authors", [](const Record &r) { return r.authors.join(QLatin1Char('\n')); }},
        {"year", [](const Record &r) { return r.year > 0 ? QString::number(r.year) : QString(); }},
        {"date", [](const Record &r) { return r.date; }},
        {"container", [](const Record &r) { return r.container; }},
        {"volume", [](const Record &r) { return r.volume; }},
        {"issue", [](const Record &r) { return r.issue; }},
        {"pages", [](const Record &r) { return r.pages; }},
        {"doi", [](const Record &r) { return r.doi; }},
        {"pmid", [](const Record &r) { return r.pmid; }},
        {"accession", [](const Record &r) { return r.accession; }},
        {"isbn", [](const Record &r) { return r.isbn; }},
        {"url", [](const Record &r) { return r.url; }},
        {"abstract", [](const Record &r) { return r.abstract; }},
        {"keywords", [](const Record &r) { return r.keywords.join(QLatin1Char('\n')); }},
        {"language", [](const Record &r) { return r.language; }},
        {"country", [](const Record &r) { return r.country; }},
        {"publisher", [](const Record &r) { return r.publisher; }},
        {"notes", [](const Record &r) { return r.notes; }},
    };
    return fields;
}

} // namespace

QList<RecordEdit::Change> RecordEdit::differences(const Record &a, const Record &b)
{
    QList<Change> changes;
    for (const EditableField &f : editableFields()) {
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
