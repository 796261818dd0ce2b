#pragma once

#include "import/formatregistry.h"
#include "import/pdftext.h"
#include "import/recordreader.h"

namespace evimap {

// Grey literature as PDF: one file is one record of type "report" that carries the file
// (attachmentFile, copied into the project by ImportJob), the text of its pages
// (attachmentText, for the full-text index) and its page count. Title and authors come from
// the document information, else from the first page (the tallest line is the title, a line
// of names under it the authors); the DOI from the XMP metadata or the first pages' text; the
// year from the creation date or the first page.
//
// The PDF is read in a child process with bounded pages, text, time and memory (PdfText);
// encrypted files are opened with the empty password, then ReadContext::password.
class PdfReader final : public RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(PdfReader)

public:
    // A PDF read from a device without a file path is held in memory up to this size.
    static constexpr qint64 maxInMemoryBytes = 256LL << 20;

    static FormatRegistry::Format format();
    QString formatId() const override { return QStringLiteral("pdf"); }
    Status read(QIODevice &device, const ReadContext &context) override;

    // The record a PDF stands for, without its attachment fields. `fileName` is the fallback
    // title. `usedFileName` tells whether it had to be used.
    static Record toRecord(const PdfText &pdf, const QString &fileName,
                           bool *usedFileName = nullptr);

    // Pieces of toRecord(), exposed for tests and for matching a PDF to a record.
    static QString findDoi(const PdfText &pdf);
    static QString titleFromLines(const QList<PdfText::Line> &lines, int *lastTitleLine = nullptr);
    static QStringList authorsFromLine(const QString &line);
    static bool isUsableInfoTitle(const QString &title);
    // The warning for a PDF Poppler complained about.
    static QString problemsMessage(const PdfText &pdf);

    PdfLimits limits; // tests lower these
};

} // namespace evimap
