#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace evimap {

class Project;

// A tag and how many records the viewer sees carrying it.
struct TagCount
{
    QString name;
    int records = 0;
};

// Tags (labels, as Rayyan calls them) that a lead or reviewer puts on records and filters by
// (RecordView::Tagged). Each person's tag on a record is their own row, so that while screening
// is blind a reviewer sees only the tags they added themselves (a tag such as "exclude?" would
// tell how someone voted); the lead, and everyone once screening is not blind, sees all.
// Viewers write no tags (Roles, Work::Own). Every change goes to the audit log.
class TagStore final
{
    Q_DECLARE_TR_FUNCTIONS(TagStore)

public:
    // `viewerId` as in Blinding: a reviewer, 0 for nobody named, Blinding::Unrestricted.
    TagStore(Project &project, qint64 viewerId);

    // Every tag the viewer sees, by name, with its record count.
    Result<QList<TagCount>> tags() const;
    // The names of the tags on a record the viewer sees, sorted.
    QStringList tagsOf(qint64 recordId) const;

    // Puts the tag on the records as the viewer's (0: nobody named, the command line); a tag
    // the record already carries from them is left alone. Returns how many records were tagged;
    // `changed`, when given, gets their ids (what an undo takes off again).
    Result<int> add(const QList<qint64> &recordIds, const QString &name,
                    QList<qint64> *changed = nullptr);
    // Takes the viewer's tag off the records. Returns how many lost it; `changed` as for add().
    Result<int> remove(const QList<qint64> &recordIds, const QString &name,
                       QList<qint64> *changed = nullptr);

    // A tag's name as stored: trimmed, inner spaces kept, nothing else changed; empty is refused.
    static Result<QString> checkedName(const QString &name);

private:
    qint64 writerId() const;
    bool seesAll() const;

    Project &m_project;
    qint64 m_viewerId;
};

} // namespace evimap
