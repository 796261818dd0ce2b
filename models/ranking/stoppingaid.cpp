#include "ranking/stoppingaid.h"

#include <algorithm>
#include <cmath>

namespace evimap {

int StoppingAid::windowFor(int screened)
{
    return std::min(screened, std::clamp(screened / 5, 50, 200));
}

StoppingAid StoppingAid::fromDecisions(const std::vector<qint8> &decisions, int unscreened)
{
    StoppingAid aid;
    aid.screened = int(decisions.size());
    aid.unscreened = unscreened;
    for (qint8 d : decisions) {
        if (d == 1) {
            ++aid.relevantFound;
            aid.sinceLastRelevant = 0;
        } else {
            ++aid.sinceLastRelevant;
        }
    }
    aid.window = windowFor(aid.screened);
    for (int i = aid.screened - aid.window; i < aid.screened; ++i)
        aid.relevantInWindow += decisions[i] == 1 ? 1 : 0;
    aid.estimatedRelevantLeft =
        aid.window > 0 ? double(aid.relevantInWindow) / aid.window * unscreened : 0.0;
    return aid;
}

double StoppingAid::estimatedRecall() const
{
    const double total = relevantFound + estimatedRelevantLeft;
    return total > 0 ? relevantFound / total : 0.0;
}

QString StoppingAid::summary() const
{
    QString text = tr("%1 relevant found in %2 records screened; %3 irrelevant in a row since "
                      "the last relevant one.")
                       .arg(relevantFound)
                       .arg(screened)
                       .arg(sinceLastRelevant);
    if (window > 0)
        text += QLatin1Char('\n') +
                tr("Estimate: about %1 relevant left among the %2 not screened (from %3 "
                   "includes in the last %4 screened; in ranked order this tends to be high), "
                   "so roughly %5% found. An estimate, not a certainty.")
                    .arg(std::lround(estimatedRelevantLeft))
                    .arg(unscreened)
                    .arg(relevantInWindow)
                    .arg(window)
                    .arg(std::lround(100.0 * estimatedRecall()));
    return text;
}

} // namespace evimap
