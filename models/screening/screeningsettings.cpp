#include "screening/screeningsettings.h"

#include "project/project.h"

namespace evimap {

ScreeningSettings ScreeningSettings::read(const Project &project)
{
    ScreeningSettings s;
    bool ok = false;
    const int required = project.setting(reviewersRequiredKey, QStringLiteral("1")).toInt(&ok);
    s.reviewersRequired = ok && required >= 1 ? required : 1;
    const int fullText = project.setting(reviewersRequiredFullTextKey).toInt(&ok);
    s.reviewersRequiredFullText = ok && fullText >= 1 ? fullText : 0;
    const QString blind = project.setting(blindKey, QStringLiteral("true")).trimmed().toLower();
    s.blind = !(blind == QLatin1String("false") || blind == QLatin1String("0") ||
                blind == QLatin1String("off") || blind == QLatin1String("no"));
    s.criteria = project.setting(criteriaKey);
    s.stoppedEarly = project.setting(stoppedEarlyKey).trimmed() == QLatin1String("1");
    return s;
}

int ScreeningSettings::reviewersRequiredAt(ScreeningStage stage) const
{
    if (stage == ScreeningStage::FullText && reviewersRequiredFullText >= 1)
        return reviewersRequiredFullText;
    return qMax(1, reviewersRequired);
}

ScreeningSettings ScreeningSettings::newProjectDefaults()
{
    ScreeningSettings s;
    s.reviewersRequired = 2;
    s.reviewersRequiredFullText = 2;
    s.blind = true;
    return s;
}

Status ScreeningSettings::write(Project &project) const
{
    if (Status s = project.setSetting(reviewersRequiredFullTextKey,
                                      reviewersRequiredFullText >= 1
                                          ? QString::number(reviewersRequiredFullText)
                                          : QStringLiteral(""));
        !s)
        return s;
    if (Status s =
            project.setSetting(reviewersRequiredKey, QString::number(qMax(1, reviewersRequired)));
        !s)
        return s;
    if (Status s =
            project.setSetting(blindKey, blind ? QStringLiteral("true") : QStringLiteral("false"));
        !s)
        return s;
    if (Status s = project.setSetting(stoppedEarlyKey,
                                      stoppedEarly ? QStringLiteral("1") : QStringLiteral("0"));
        !s)
        return s;
    return project.setSetting(criteriaKey, criteria.isNull() ? QStringLiteral("") : criteria);
}

} // namespace evimap
