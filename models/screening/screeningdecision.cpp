#include "screening/screeningdecision.h"

namespace evimap {

QString ScreeningNames::stageKey(ScreeningStage stage)
{
    return stage == ScreeningStage::TitleAbstract ? QStringLiteral("ta") : QStringLiteral("ft");
}

QString ScreeningNames::stageLabel(ScreeningStage stage)
{
    return stage == ScreeningStage::TitleAbstract ? tr("title/abstract") : tr("full text");
}

std::optional<ScreeningStage> ScreeningNames::stageFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("ta") || k == QLatin1String("title-abstract") ||
        k == QLatin1String("tiab"))
        return ScreeningStage::TitleAbstract;
    if (k == QLatin1String("ft") || k == QLatin1String("full-text") ||
        k == QLatin1String("fulltext"))
        return ScreeningStage::FullText;
    return std::nullopt;
}

QString ScreeningNames::decisionKey(Decision decision)
{
    switch (decision) {
    case Decision::Include:
        return QStringLiteral("include");
    case Decision::Exclude:
        return QStringLiteral("exclude");
    case Decision::Unsure:
        return QStringLiteral("unsure");
    }
    return {};
}

QString ScreeningNames::decisionLabel(Decision decision)
{
    switch (decision) {
    case Decision::Include:
        return tr("Include");
    case Decision::Exclude:
        return tr("Exclude");
    case Decision::Unsure:
        return tr("Unsure");
    }
    return {};
}

std::optional<Decision> ScreeningNames::decisionFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("include") || k == QLatin1String("i") || k == QLatin1String("yes") ||
        k == QLatin1String("included"))
        return Decision::Include;
    if (k == QLatin1String("exclude") || k == QLatin1String("e") || k == QLatin1String("no") ||
        k == QLatin1String("excluded"))
        return Decision::Exclude;
    if (k == QLatin1String("unsure") || k == QLatin1String("u") || k == QLatin1String("maybe"))
        return Decision::Unsure;
    return std::nullopt;
}

QString ScreeningNames::resultKey(ResultKind result)
{
    switch (result) {
    case ResultKind::Include:
        return QStringLiteral("include");
    case ResultKind::Exclude:
        return QStringLiteral("exclude");
    case ResultKind::NotRetrieved:
        return QStringLiteral("not_retrieved");
    }
    return {};
}

QString ScreeningNames::resultLabel(ResultKind result)
{
    switch (result) {
    case ResultKind::Include:
        return tr("Included");
    case ResultKind::Exclude:
        return tr("Excluded");
    case ResultKind::NotRetrieved:
        return tr("Full text not retrieved");
    }
    return {};
}

std::optional<ResultKind> ScreeningNames::resultFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("include"))
        return ResultKind::Include;
    if (k == QLatin1String("exclude"))
        return ResultKind::Exclude;
    if (k == QLatin1String("not_retrieved") || k == QLatin1String("not-retrieved") ||
        k == QLatin1String("not retrieved"))
        return ResultKind::NotRetrieved;
    return std::nullopt;
}

} // namespace evimap
