#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariantList>

namespace evimap {

class Project;

// The codebook as it stood at one moment: every code and extraction field (a codebook has
// hundreds of rows, not millions), and the codings and reconciled codings of the codes an edit
// concerns. Taken before and after a change in the codebook editor, it is what undo and redo
// put back, whatever the change was (a label, a retirement, a merge, a split, a template). The
// SQL that takes and restores it is CodebookStore's.
struct CodebookSnapshot
{
    QSet<qint64> concerned; // the codes whose codings are kept here
    QList<QVariantList> codes;
    QList<QVariantList> fields;
    QList<QVariantList> codings;
    QList<QVariantList> results;

    friend bool operator==(const CodebookSnapshot &a, const CodebookSnapshot &b)
    {
        return a.codes == b.codes && a.fields == b.fields && a.codings == b.codings &&
               a.results == b.results;
    }

    // Reads the codebook, with the codings of `concerned`.
    static Result<CodebookSnapshot> take(Project &project, const QSet<qint64> &concerned);
    // Puts the codebook back as `wanted`, provided it still stands as `expected` (otherwise
    // someone changed it since: Conflict, nothing is changed). One transaction, logged as
    // `action` ("codebook.undo", "codebook.redo") with what was put back.
    static Status restore(Project &project, const CodebookSnapshot &wanted,
                          const CodebookSnapshot &expected, qint64 reviewerId,
                          const QString &action, const QString &what);
};

} // namespace evimap
