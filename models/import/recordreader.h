#pragma once

#include "core/issue.h"
#include "core/result.h"
#include "records/record.h"

#include <QHash>
#include <QIODevice>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace evimap {

// What a reader needs besides the bytes: where they came from (for issues), where records and
// problems go, and how to report progress and notice a cancel.
struct ReadContext
{
    QString fileName;                          // as shown in issues
    QString filePath;                          // the file read, when it is one (PDFs need it)
    std::function<bool(Record &&)> emitRecord; // false: stop reading (cancelled/failed)
    std::function<void(Issue &&)> reportIssue;
    std::function<void(qint64 bytesRead)> progress; // may be empty
    const std::atomic_bool *cancelled = nullptr;    // may be null
    QHash<QString, QString> options;                // format options, e.g. CSV column map
    QString password;                               // encrypted PDFs

    bool isCancelled() const { return cancelled && cancelled->load(std::memory_order_relaxed); }
    void issue(Issue::Severity severity, int line, int record, const QString &message) const
    {
        if (reportIssue)
            reportIssue(Issue{severity, fileName, line, record, message});
    }
};

// Reads one file format, streaming: records are handed to the context as they are parsed, so
// memory stays bounded by the largest record. A record that cannot be read is skipped with an
// issue of severity Error that names the record (that is what counts as "skipped"); a file
// that cannot be read at all returns an InputRefused error.
class RecordReader
{
public:
    virtual ~RecordReader() = default;
    virtual QString formatId() const = 0;
    virtual Status read(QIODevice &device, const ReadContext &context) = 0;
};

} // namespace evimap
