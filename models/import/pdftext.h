#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace evimap {

// How much a PDF may cost to read.
struct PdfLimits
{
    int maxPages = 2000;
    qsizetype maxTextChars = 20 * 1024 * 1024;
    int softSeconds = 30;             // no page is started after this
    int hardSeconds = 45;             // the child process is killed after this
    qint64 memoryBytes = 768LL << 20; // address space the parse may add to the process
};

// The text and document information of a PDF, read with Poppler in a child process: a hostile
// file (a decompression bomb, a page tree that loops, a parser crash) costs at most the
// time and memory in `Limits` and ends in a message, never in a hang, a crash or an exhausted
// EviMap. Nothing is rendered; pages are read one after the other and streamed back, so the
// pages read before a problem are kept.
class PdfText final
{
    Q_DECLARE_TR_FUNCTIONS(PdfText)

public:
    using Limits = PdfLimits;

    // A line of the first page, with the height of its tallest word (about its font size).
    struct Line
    {
        QString text;
        double height = 0;
    };

    int pageCount = 0; // pages the document has
    QString title;     // document information dictionary
    QString author;
    QString subject;
    QString keywords;
    QString creator;
    QString producer;
    QDateTime created;
    QString xmp;                // XMP metadata stream (cut at 256 KiB)
    QStringList pages;          // text of the pages read, in order (may be fewer than pageCount)
    QList<Line> firstPageLines; // in reading order
    QString stoppedBecause;     // why not every page was read; empty when all were
    int problems = 0;           // errors Poppler reported (damaged or unsupported parts skipped)
    QString firstProblem;       // the first of them, as Poppler words it

    // The text of every page read, pages separated by form feeds.
    QString text() const;
    // True when some page has a letter or digit in it (false for scanned, image-only PDFs).
    bool hasText() const;

    // Reads the PDF at `path` (or the bytes of one), trying the empty password first and then
    // `password`. Refusals (not a PDF, damaged, needs a password, the reader crashed or ran out
    // of time before the first page) are InputRefused errors naming `displayName`.
    static Result<PdfText> read(const QString &path, const QString &password = {},
                                const Limits &limits = Limits(),
                                const std::atomic_bool *cancelled = nullptr);
    static Result<PdfText> readData(const QByteArray &bytes, const QString &displayName,
                                    const QString &password = {}, const Limits &limits = Limits(),
                                    const std::atomic_bool *cancelled = nullptr);

private:
    static Result<PdfText> run(const QString &path, const QByteArray &bytes,
                               const QString &displayName, const QString &password,
                               const Limits &limits, const std::atomic_bool *cancelled);
};

} // namespace evimap
