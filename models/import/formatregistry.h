#pragma once

#include "import/recordreader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace evimap {

// The one place that knows every import format: detects a file's format from its content
// first and its extension second, and makes the reader for a format id.
class FormatRegistry final
{
    Q_DECLARE_TR_FUNCTIONS(FormatRegistry)

public:
    struct Format
    {
        QString id;             // "ris", "bibtex", ...
        QString name;           // shown to users
        QStringList extensions; // lower case, without the dot
        // Confidence 0-100 that `head` (the first bytes, BOM removed, decoded) is this format.
        std::function<int(const QString &head)> sniff;
        std::function<std::unique_ptr<RecordReader>()> create;
    };

    static const QList<Format> &formats();
    static const Format *find(const QString &id);
    static QStringList ids();

    // Format id for a file, or empty when nothing fits. `head` holds the file's first bytes.
    static QString detect(const QByteArray &head, const QString &fileName);
    // Decodes the first bytes of a file for sniffing (BOMs, UTF-16, Windows-1252).
    static QString decodeHead(const QByteArray &head);
};

} // namespace evimap
