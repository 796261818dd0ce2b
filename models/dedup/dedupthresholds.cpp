#include "dedup/dedupthresholds.h"

#include "project/project.h"

#include <QCoreApplication>

namespace evimap {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DedupThresholds)
};

double readSetting(const Project &project, const QString &key, double fallback)
{
    bool ok = false;
    const double value = project.setting(key).toDouble(&ok);
    return ok && value > 0.0 && value <= 1.0 ? value : fallback;
}
} // namespace

DedupThresholds DedupThresholds::fromProject(const Project &project)
{
    DedupThresholds t;
    t.autoMerge = readSetting(project, autoKey, defaultAutoMerge);
    t.review = readSetting(project, reviewKey, defaultReview);
    if (t.review > t.autoMerge)
        t.review = t.autoMerge;
    return t;
}

bool DedupThresholds::isValid() const
{
    return review > 0.0 && review <= autoMerge && autoMerge <= 1.0;
}

Status DedupThresholds::save(Project &project) const
{
    if (!isValid())
        return Error{Error::Kind::Usage,
                     Tr::tr("thresholds must satisfy 0 < review (%1) <= automatic merge (%2) <= 1")
                         .arg(review)
                         .arg(autoMerge)};
    if (Status s = project.setSetting(autoKey, QString::number(autoMerge)); !s)
        return s;
    return project.setSetting(reviewKey, QString::number(review));
}

} // namespace evimap
