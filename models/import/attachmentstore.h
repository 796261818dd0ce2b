#pragma once

#include "core/issue.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace evimap {

class Project;
class PdfText;

// A file copied into the project's attachment folder (NAME.evimap-files/).
struct StoredFile
{
    QString relativePath; // from the project file's folder, as the attachment row keeps it
    QString sha256;       // hex
};

// One row of the attachment table.
struct Attachment
{
    qint64 id = 0;
    QString uuid;
    qint64 recordId = 0;
    QString filePath; // relative to the project file's folder
    QString sha256;
    int pageCount = 0;
};

// The files attached to records: copying them into the project (named by their sha256, so
// the same file is stored once), the attachment rows and the full text in the search index.
// Imports of grey literature (ImportJob) and attaching a PDF to a record that is already in
// the project both go through here.
class AttachmentStore final
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentStore)

public:
    explicit AttachmentStore(Project &project);

    // Copies `path` into the attachment folder as "<first 12 hex digits of its sha256>-<file
    // name>" (a long name cut to 160 bytes, keeping its extension), unless that file is there
    // already. Copies made are remembered so that
    // removeCopiedFiles() can undo them when the transaction that uses them fails.
    Result<StoredFile> copyIntoProject(const QString &path);
    void removeCopiedFiles();

    // Inside the caller's write transaction: the attachment row, and `text` added to the
    // record's full text in the search index. Returns the attachment's id.
    Result<qint64> add(qint64 recordId, const StoredFile &file, int pageCount, const QString &text,
                       qint64 reviewerId);

    QList<Attachment> attachmentsOf(qint64 recordId) const;
    // The record's PDF text as the search index holds it.
    QString fullText(qint64 recordId) const;

    // Which record a PDF is attached to: a record id, else a DOI, else a title given by the
    // user; with none of these, the DOI and then the title found in the PDF. Duplicates merged
    // into another record count as that record.
    struct Target
    {
        qint64 recordId = 0;
        QString doi;
        QString title;
    };
    struct Attached
    {
        qint64 recordId = 0;
        qint64 attachmentId = 0;
        QString recordTitle;
        QString matchedBy; // "record id", "DOI 10.1/x", "title"
        StoredFile file;
        int pageCount = 0;
        IssueList issues; // e.g. no text could be extracted
    };

    // Reads the PDF (PdfText, bounded and isolated), finds its record and attaches it in one
    // write transaction, logged in audit_log. Refuses (InputRefused) when no record or several
    // records match, when the PDF cannot be read, or when the file is already attached there.
    // A record marked "full text not retrieved" loses the mark (ScreeningStore::fullTextRetrieved).
    Result<Attached> attachPdf(const QString &pdfPath, const Target &target, qint64 reviewerId,
                               const QString &password = {});

    // The record for a target and what the PDF says about itself (its DOI and title).
    Result<qint64> findRecord(const Target &target, const QString &pdfDoi, const QString &pdfTitle,
                              QString *matchedBy = nullptr) const;

private:
    Project &m_project;
    QStringList m_copied;
};

} // namespace evimap
