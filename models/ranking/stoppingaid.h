#pragma once

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace evimap {

// Where a reviewer stands when screening in ranked order, to help decide when to stop. Every
// number but the counts is an estimate, and the texts say so.
//
// Relevant left is estimated from the share of includes among the most recent decisions (the
// last `window` records screened) applied to the records not yet screened. In ranked order that
// share falls as screening goes on, so the estimate tends to be high, which is the safe side
// for a decision to stop; it is no guarantee: a relevant record the model cannot recognise is
// found only by screening.
struct StoppingAid
{
    Q_DECLARE_TR_FUNCTIONS(StoppingAid)

public:
    int screened = 0;
    int relevantFound = 0;
    int sinceLastRelevant = 0; // consecutive irrelevant records since the last include
    int unscreened = 0;
    int window = 0; // recent decisions the estimate is based on
    int relevantInWindow = 0;
    double estimatedRelevantLeft = 0;

    // `decisions`: 1 include, 0 exclude, in the order the records were screened.
    static StoppingAid fromDecisions(const std::vector<qint8> &decisions, int unscreened);
    static int windowFor(int screened);

    // Found so far, as a share of found + estimated left (an estimate of recall).
    double estimatedRecall() const;
    // Two lines for the window and the command line, worded as estimates.
    QString summary() const;
};

} // namespace evimap
