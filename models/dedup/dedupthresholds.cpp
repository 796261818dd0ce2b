#include "dedup/dedupthresholds.h"

#include "core/clock.h"
#include "project/project.h"
#include "team/leadonly.h"
#include "team/auditlog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

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

Status DedupThresholds::save(Project &project, qint64 reviewerId) const
{
    if (!isValid())
        return Error{Error::Kind::Usage,
                     Tr::tr("thresholds must satisfy 0 < review (%1) <= automatic merge (%2) <= 1")
                         .arg(review)
                         .arg(autoMerge)};
    if (Status s = requireLead(project, reviewerId, Tr::tr("change the duplicate thresholds")); !s)
        return s;
    const DedupThresholds before = fromProject(project);
    auto json = [](const DedupThresholds &t) {
        return QJsonObject{{QStringLiteral("autoMerge"), t.autoMerge},
                           {QStringLiteral("review"), t.review}};
    };
    return project.writeTransaction([&]() -> Status {
        QSqlQuery q(project.database());
        const QList<QPair<QString, double>> values = {{autoKey, autoMerge}, {reviewKey, review}};
        for (const auto &[key, value] : values) {
            q.prepare(QStringLiteral(
                "INSERT INTO setting(key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO "
                "UPDATE SET value = excluded.value, updated_at = excluded.updated_at"));
            q.addBindValue(key);
            q.addBindValue(QString::number(value));
            q.addBindValue(utcNow());
            if (!q.exec())
                return failure(q.lastError().text());
        }
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
