#include "dedup/dedupthresholds.h"

#include "project/project.h"
#include "team/auditlog.h"
#include "team/roles.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace evimap {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DedupThresholds)
};

// A threshold is a score in (0, 1]; anything else gives the default.
double readSetting(const Project &project, const ProjectSetting<double> &setting)
{
    const double value = setting.read(project);
    return value > 0.0 && value <= 1.0 ? value : setting.defaultValue();
}
} // namespace

DedupThresholds DedupThresholds::fromProject(const Project &project)
{
    DedupThresholds t;
    t.autoMerge = readSetting(project, ProjectSettings::dedupAutoMerge);
    t.review = readSetting(project, ProjectSettings::dedupReview);
    if (t.review > t.autoMerge)
        t.review = t.autoMerge;
    return t;
}

bool DedupThresholds::isValid() const
{
    return review > 0.0 && review <= autoMerge && autoMerge <= 1.0;
}

Status DedupThresholds::save(Project &project, qint64 reviewerId) const
{
    if (!isValid())
        return Error{Error::Kind::Usage,
                     Tr::tr("thresholds must satisfy 0 < review (%1) <= automatic merge (%2) <= 1")
                         .arg(review)
                         .arg(autoMerge)};
    if (Status s = Roles::require(project, reviewerId, Work::Lead,
                                  Tr::tr("change the duplicate thresholds"));
        !s)
        return s;
    const DedupThresholds before = fromProject(project);
    auto json = [](const DedupThresholds &t) {
        return QJsonObject{{QStringLiteral("autoMerge"), t.autoMerge},
                           {QStringLiteral("review"), t.review}};
    };
    return project.writeTransaction([&]() -> Status {
        if (Status s = ProjectSettings::dedupAutoMerge.write(project.database(), autoMerge); !s)
            return s;
        if (Status s = ProjectSettings::dedupReview.write(project.database(), review); !s)
            return s;
        AuditChange change;
        change.action = QStringLiteral("dedup.thresholds");
        change.entity = QStringLiteral("setting");
        change.reviewerId = reviewerId;
        change.before = json(before);
        change.after = json(*this);
        return AuditLog::record(project.database(), change);
    });
}

} // namespace evimap
