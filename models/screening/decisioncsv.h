#pragma once

#include "core/issue.h"
#include "core/result.h"
#include "screening/screeningdecision.h"
#include "screening/screeningstore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace evimap {

// A file of screening decisions (`evimap screen --decisions FILE.csv`), for pilot rounds and
// tests. Columns: record (its id, uuid or DOI), decision (include, exclude, unsure), reason
// (an exclusion reason's label or its number in the lead's list) and note. A first row naming
// the columns (record/id/uuid/doi, decision, reason, note) may give them in any order; without
// one they are taken in that order. CSV as CsvRowReader reads it (comma, semicolon or tab
// separated, quoted as in RFC 4180), UTF-8 with or without a byte-order mark.
class DecisionCsv final
{
    Q_DECLARE_TR_FUNCTIONS(DecisionCsv)

public:
    struct Row
    {
        int line = 0; // where the row starts, 1-based
        QString record;
        QString decision;
        QString reason;
        QString note;
    };

    // Bounds that keep a hostile file from exhausting memory.
    static constexpr qint64 maxFileBytes = 64 * 1024 * 1024;
    static constexpr int maxFieldChars = 100000;

    // Splits the file into rows. Problems with the file as a whole (an unterminated quote, no
    // decision column) are returned as an error naming the file and line.
    static Result<QList<Row>> parse(const QByteArray &bytes, const QString &fileName);

    // Turns rows into decisions of `reviewerId` at `stage`, checking each against the project
    // (the record exists and is at this stage, the decision and reason are valid, and a record
    // already settled is not changed unless `ifSettled` reopens it). Every problem is reported
    // in `issues`, naming the line; the requests are only complete when `issues` stays empty.
    static QList<DecisionRequest> resolve(const ScreeningStore &store, const QList<Row> &rows,
                                          ScreeningStage stage, qint64 reviewerId,
                                          const QString &fileName, IssueList *issues,
                                          IfSettled ifSettled = IfSettled::Refuse);

    // Finds a record by id, uuid or DOI; 0 when there is none.
    static qint64 findRecord(const ScreeningStore &store, const QString &reference);
};

} // namespace evimap
