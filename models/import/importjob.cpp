#include "import/importjob.h"

#include "core/clock.h"
#include "core/handoffqueue.h"
#include "core/issuelog.h"
#include "core/logging.h"
#include "core/sha256.h"
#include "core/sqltext.h"
#include "import/attachmentstore.h"
#include "import/formatregistry.h"
#include "import/importbatchstore.h"
#include "import/importhygiene.h"
#include "project/pagecachescope.h"
#include "project/project.h"
#include "records/bulkindexing.h"
#include "records/recordstore.h"
#include "team/auditlog.h"
#include "team/roles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QVariant>

#include <optional>
#include <thread>

namespace evimap {

namespace {

// Hashes everything read through it, so the sha256 of a file costs no second pass.
class HashingDevice final : public QIODevice
{
public:
    explicit HashingDevice(QIODevice &inner)
        : m_inner(inner)
    {
        open(QIODevice::ReadOnly);
    }
    QByteArray sha256Hex()
    {
        // Whatever the reader left unread still belongs to the file's hash.
        while (!m_inner.atEnd()) {
            const QByteArray rest = m_inner.read(1 << 20);
            if (rest.isEmpty())
                break;
            m_hash.addData(rest);
        }
        return m_hash.result().toHex();
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_inner.bytesAvailable() + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = m_inner.read(data, maxSize);
        if (n > 0)
            m_hash.addData(QByteArrayView(data, n));
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice &m_inner;
    Sha256 m_hash;
};

Error refused(const QString &message)
{
    return Error{Error::Kind::InputRefused, message};
}

} // namespace

QStringList ImportJob::routes()
{
    return {QStringLiteral("database"),     QStringLiteral("register"), QStringLiteral("website"),
            QStringLiteral("organisation"), QStringLiteral("citation"), QStringLiteral("expert"),
            QStringLiteral("other")};
}

QStringList ImportJob::sourcesUsed(Project &project)
{
    return ImportBatchStore(project).sourcesUsed();
}

Result<ImportSummary> ImportJob::run(Project &project, const QString &path,
                                     const ImportOptions &options,
                                     const std::atomic_bool *cancelled, const Progress &progress)
{
    ImportSummary summary;
    summary.path = path;
    const QFileInfo info(path);
    const QString fileName = info.fileName();
    if (!info.exists())
        return refused(tr("%1 does not exist").arg(path));
    if (info.isDir())
        return refused(tr("%1 is a folder; give the files inside it").arg(path));
    if (!routes().contains(options.route))
        return Error{Error::Kind::Usage,
                     tr("unknown identification route \"%1\"; use one of: %2")
                         .arg(options.route, routes().join(QLatin1String(", ")))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refused(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    if (file.size() == 0)
        return refused(tr("%1 is empty (0 bytes)").arg(path));

    QString formatId = options.format;
    if (formatId.isEmpty()) {
        formatId = FormatRegistry::detect(file.peek(64 * 1024), fileName);
        if (formatId.isEmpty())
            return refused(tr("%1: the format was not recognised (known formats: %2); give it "
                              "with --format")
                               .arg(path, FormatRegistry::ids().join(QLatin1String(", "))));
    }
    const FormatRegistry::Format *format = FormatRegistry::find(formatId);
    if (!format)
        return Error{Error::Kind::Usage,
                     tr("unknown format \"%1\"; known formats: %2")
                         .arg(formatId, FormatRegistry::ids().join(QLatin1String(", ")))};
    summary.format = formatId;
    std::unique_ptr<RecordReader> reader = format->create();

    const qint64 totalBytes = file.size();
    AttachmentStore attachments(project);
    bool wasCancelled = false;
    QString duplicateOf;

    // 64 MB instead of SQLite's 2 MB: the indexes of a large file stop spilling to disk mid-
    // transaction (100,000 RIS records: 2.2 s of system time down to 0.9 s).
    const PageCacheScope cache(project.database(), 64 * 1024);
    Status stored = project.writeTransaction([&]() -> Status {
        if (Status s = Roles::require(project, options.reviewerId, Work::Own, tr("import records"));
            !s)
            return s;
        QSqlDatabase db = project.database();
        ImportBatchStore batches(project);
        NewImportBatch batch;
        batch.fileName = fileName;
        batch.format = formatId;
        batch.source = options.source;
        batch.route = options.route;
        batch.searchDate = options.searchDate;
        batch.searchQuery = options.searchQuery;
        batch.reviewerId = options.reviewerId;
        QString batchUuid;
        Result<qint64> inserted = batches.insert(batch, &batchUuid);
        if (!inserted)
            return inserted.error();
        summary.batchId = *inserted;

        RecordStore store(db);
        BulkIndexing indexing(db);
        Status insertError;
        HashingDevice device(file);
        IssueLog issues;
        ReadContext context;
        context.fileName = fileName;
        context.filePath = info.absoluteFilePath();
        context.cancelled = cancelled;
        context.options = options.formatOptions;
        context.password = options.password;
        context.reportIssue = [&](Issue &&issue) { issues.add(std::move(issue)); };
        if (progress)
            context.progress = [&](qint64 bytes) {
                progress(totalBytes > 0 ? int(qMin<qint64>(99, bytes * 100 / totalBytes)) : 0);
            };
        // The reader parses and prepares records (UTF-8, matching keys) on a thread of its own
        // while this one stores them: see Import in docs/performance.md.
        struct Parsed
        {
            PreparedRecord prepared;
            std::optional<Record> withAttachment; // PDFs: the file and text to attach
        };
        HandoffQueue<Parsed> queue(256);
        // Written by the reading thread only, read after it has finished.
        QList<int> untitledRecords;
        int placeholderAbstracts = 0;
        context.emitRecord = [&](Record &&record) {
            if (context.isCancelled())
                return false;
            const ImportHygiene::Tidied tidied = ImportHygiene::tidy(record);
            if (tidied.abstractCleared && record.isEmpty()) {
                // "NA" was all it had: as unreadable as a record with nothing in it.
                context.issue(Issue::Severity::Error, record.sourceLine, record.sourceRecordNo,
                              tr("the record holds nothing but a placeholder abstract; skipped"));
                return true;
            }
            if (tidied.abstractCleared)
                ++placeholderAbstracts;
            if (tidied.untitled)
                untitledRecords.append(record.sourceRecordNo);
            Parsed parsed{RecordStore::prepare(record), std::nullopt};
            if (!record.attachmentFile.isEmpty())
                parsed.withAttachment = std::move(record);
            return queue.push(std::move(parsed));
        };
        auto storeParsed = [&](const Parsed &parsed) -> Status {
            std::optional<StoredFile> copied;
            if (parsed.withAttachment) {
                Result<StoredFile> copy =
                    attachments.copyIntoProject(parsed.withAttachment->attachmentFile);
                if (!copy)
                    return copy.error();
                copied = *copy;
            }
            Result<qint64> id = store.insert(parsed.prepared, summary.batchId);
            if (!id)
                return id.error();
            if (copied) {
                const Record &r = *parsed.withAttachment;
                Result<qint64> added = attachments.add(*id, *copied, r.attachmentPages,
                                                       r.attachmentText, options.reviewerId);
                if (!added)
                    return added.error();
            }
            ++summary.imported;
            return {};
        };

        Status read;
        std::thread reading([&] {
            read = reader->read(device, context);
            queue.finish();
        });
        while (std::optional<Parsed> parsed = queue.pop()) {
            if (context.isCancelled()) {
                queue.stop();
                break;
            }
            if (Status s = storeParsed(*parsed); !s) {
                insertError = s;
                queue.stop();
                break;
            }
        }
        reading.join();
        summary.placeholderAbstracts = placeholderAbstracts;
        summary.untitled = int(untitledRecords.size());
        if (!untitledRecords.isEmpty()) {
            constexpr int named = 10;
            QStringList numbers;
            for (int i = 0; i < qMin<qsizetype>(named, untitledRecords.size()); ++i)
                numbers << QString::number(untitledRecords.at(i));
            if (untitledRecords.size() > named)
                numbers << QStringLiteral("…");
            issues.add(Issue{Issue::Severity::Warning, fileName, 0, 0,
                             tr("%n record(s) without a title (record %1) imported all the same: "
                                "give each a title with Edit Record, or delete it",
                                nullptr, summary.untitled)
                                 .arg(numbers.join(QLatin1String(", ")))});
        }
        summary.skipped = issues.skipped();
        summary.issues = issues.take();
        if (context.isCancelled()) {
            wasCancelled = true;
            return Error{Error::Kind::Cancelled, tr("the import of %1 was cancelled; nothing "
                                                    "was stored")
                                                     .arg(fileName)};
        }
        if (!insertError)
            return insertError;
        if (!read)
            return read;
        if (summary.imported == 0) {
            // A file that gave nothing leaves no batch: PRISMA would count it, and its sha256
            // would refuse the file once it is mended.
            if (Status restored = indexing.finish(); !restored)
                return restored;
            if (Status removed = batches.remove(summary.batchId); !removed)
                return removed;
            summary.batchId = 0;
            return {};
        }

        const QString sha = QString::fromLatin1(device.sha256Hex());
        if (!options.again)
            duplicateOf = batches.earlierImportOf(sha, summary.batchId);
        if (!duplicateOf.isEmpty()) {
            return refused(tr("%1 was imported before, as %2; importing it again would "
                              "duplicate its records (use --again to import it anyway)")
                               .arg(path, duplicateOf));
        }
        if (Status restored = indexing.finish(); !restored)
            return restored;
        if (Status finished =
                batches.finish(summary.batchId, sha, summary.imported, summary.skipped);
            !finished)
            return finished;
        // The audit trail names the batch; its records are listed by record_source.
        AuditChange change;
        change.action = QStringLiteral("import.batch");
        change.entity = QStringLiteral("import_batch");
        change.entityUuid = batchUuid;
        change.reviewerId = options.reviewerId;
        change.after = QJsonObject{{QStringLiteral("file"), fileName},
                                   {QStringLiteral("format"), formatId},
                                   {QStringLiteral("sha256"), sha},
                                   {QStringLiteral("source"), options.source},
                                   {QStringLiteral("imported"), summary.imported},
                                   {QStringLiteral("skipped"), summary.skipped},
                                   {QStringLiteral("untitled"), summary.untitled}};
        return AuditLog::record(db, change);
    });

    if (!stored) {
        attachments.removeCopiedFiles();
        Error error = stored.error();
        if (error.kind == Error::Kind::Failure && !wasCancelled)
            error.message = tr("%1: %2").arg(path, error.message);
        return error;
    }
    if (progress)
        progress(100);
    qCInfo(lcImport) << "imported" << summary.imported << "records from" << path << "as"
                     << formatId;
    return summary;
}

} // namespace evimap
