#pragma once

#include "core/issue.h"
#include "core/result.h"
#include "records/record.h"

#include <QHash>
#include <QIODevice>
#include <QString>

namespace evimap {

// Reads a whole file into memory, without a project: for previews, tests and conversions.
// Imports into a project go through ImportJob, which streams instead.
struct RecordFile
{
    QString format;
    QList<Record> records;
    IssueList issues;
    int skipped = 0;

    // `format` empty: detected from the content, then the file name's extension.
    static Result<RecordFile> read(QIODevice &device, const QString &fileName,
                                   const QString &format = {},
                                   const QHash<QString, QString> &options = {});
    static Result<RecordFile> read(const QString &path, const QString &format = {},
                                   const QHash<QString, QString> &options = {});
};

} // namespace evimap
