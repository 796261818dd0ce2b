#pragma once

#include "core/result.h"
#include "records/record.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace evimap {

// Writes records in one export format, one at a time, so exports stream from the database.
class RecordWriter
{
public:
    virtual ~RecordWriter() = default;
    virtual Status begin(QIODevice &device) = 0;
    virtual Status write(QIODevice &device, const Record &record) = 0;
    virtual Status end(QIODevice &device) = 0;
};

// The export formats, listed once.
class ExportFormats final
{
    Q_DECLARE_TR_FUNCTIONS(ExportFormats)

public:
    static QStringList ids(); // ris, bibtex, csv, csljson
    static std::unique_ptr<RecordWriter> create(const QString &id);
    static QString extension(const QString &id);
    // What people call the format ("RIS", "BibTeX", "CSV", "CSL-JSON").
    static QString label(const QString &id);
};

} // namespace evimap
