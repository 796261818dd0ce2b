#include "screening/screeningsettings.h"

#include "project/project.h"

namespace evimap {

ScreeningSettings ScreeningSettings::read(const Project &project)
{
    ScreeningSettings s;
    bool ok = false;
    const int required = project.setting(reviewersRequiredKey, QStringLiteral("1")).toInt(&ok);
    s.reviewersRequired = ok && required >= 1 ? required : 1;
    const QString blind = project.setting(blindKey, QStringLiteral("true")).trimmed().toLower();
    s.blind = !(blind == QLatin1String("false") || blind == QLatin1String("0") ||
                blind == QLatin1String("off") || blind == QLatin1String("no"));
    s.criteria = project.setting(criteriaKey);
    s.stoppedEarly = project.setting(stoppedEarlyKey).trimmed() == QLatin1String("1");
    return s;
}

Status ScreeningSettings::write(Project &project) const
{
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
