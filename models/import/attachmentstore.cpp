#include "import/attachmentstore.h"

#include "core/clock.h"
#include "core/logging.h"
#include "core/sha256.h"
#include "core/sqlfailure.h"
#include "core/sqltext.h"
#include "import/pdfreader.h"
#include "import/pdftext.h"
#include "project/project.h"
#include "records/normalise.h"
#include "screening/screeningstore.h"
#include "team/auditlog.h"
#include "team/roles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace evimap {

namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// File systems allow 255 bytes for a name; a stored name adds 13 to the file's own, and a
// shared drive may add its own limits. Names longer than this are cut (at a character, keeping
// the extension); the hash prefix keeps them apart.
constexpr qsizetype maxStoredNameBytes = 160;

QString storedName(const QString &sha256, const QString &fileName)
{
    const QString prefix = sha256.left(12) + QLatin1Char('-');
    const QFileInfo info(fileName);
    QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    QString base = suffix.isEmpty() ? fileName : info.completeBaseName();
    if (suffix.toUtf8().size() > 16) { // not an extension: part of the name
        base = fileName;
        suffix.clear();
    }
    const qsizetype room = maxStoredNameBytes - prefix.toUtf8().size() - suffix.toUtf8().size();
    while (!base.isEmpty() && base.toUtf8().size() > room) {
        base.chop(1);
        if (!base.isEmpty() && base.back().isHighSurrogate())
            base.chop(1);
    }
    return prefix + base + suffix;
}

} // namespace

AttachmentStore::AttachmentStore(Project &project)
    : m_project(project)
{}

Result<StoredFile> AttachmentStore::copyIntoProject(const QString &path)
{
    const QDir dir(m_project.attachmentDirectory());
    if (!dir.exists() && !QDir().mkpath(dir.path()))
        return failure(tr("the attachment folder %1 cannot be made").arg(dir.path()));
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly))
        return failure(tr("%1 cannot be read").arg(path));
    Sha256 hash;
    while (!source.atEnd()) {
        const QByteArray block = source.read(1 << 20);
        if (block.isEmpty()) {
            if (source.error() != QFileDevice::NoError)
                return failure(tr("%1 cannot be read").arg(path));
            break;
        }
        hash.addData(block);
    }
    source.close();
    StoredFile stored;
    stored.sha256 = QString::fromLatin1(hash.result().toHex());
    const QString name = storedName(stored.sha256, QFileInfo(path).fileName());
    const QString target = dir.filePath(name);
    if (!QFile::exists(target)) {
        if (!QFile::copy(path, target))
            return failure(tr("%1 could not be copied into %2").arg(path, dir.path()));
        m_copied.append(target);
    }
    // Both absolute: QDir::relativeFilePath returns a relative path unchanged, which for a
    // project opened as "folder/p.evimap" would be relative to the working folder.
    stored.relativePath = QDir(QFileInfo(m_project.filePath()).absolutePath())
                              .relativeFilePath(QFileInfo(target).absoluteFilePath());
    return stored;
}

void AttachmentStore::removeCopiedFiles()
{
    for (const QString &copied : std::as_const(m_copied))
        QFile::remove(copied);
    m_copied.clear();
}

Result<qint64> AttachmentStore::add(qint64 recordId, const StoredFile &file, int pageCount,
                                    const QString &text, qint64 reviewerId)
{
    QSqlDatabase db = m_project.database();
    QSqlQuery a(db);
    a.prepare(QStringLiteral("INSERT INTO attachment(uuid, record_id, file_path, file_sha256, "
                             "page_count, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    a.addBindValue(newUuid());
    a.addBindValue(recordId);
    a.addBindValue(sqlText(file.relativePath));
    a.addBindValue(sqlText(file.sha256));
    a.addBindValue(pageCount);
    a.addBindValue(idOrNull(reviewerId));
    a.addBindValue(utcNow());
    if (!a.exec())
        return sqlFailure(a);
    const qint64 id = a.lastInsertId().toLongLong();
    if (text.isEmpty())
        return id;
    // A record with several files keeps the text of all of them, separated by form feeds.
    const QString existing = fullText(recordId);
    QSqlQuery fts(db);
    fts.prepare(QStringLiteral("UPDATE record_fts SET fulltext = ? WHERE rowid = ?"));
    fts.addBindValue(existing.isEmpty() ? text : existing + QLatin1Char('\f') + text);
    fts.addBindValue(recordId);
    if (!fts.exec())
        return sqlFailure(fts);
    return id;
}

QList<Attachment> AttachmentStore::attachmentsOf(qint64 recordId) const
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT id, uuid, record_id, file_path, file_sha256, page_count "
                             "FROM attachment WHERE record_id = ? ORDER BY id"));
    q.addBindValue(recordId);
    QList<Attachment> list;
    if (!q.exec())
        return list;
    while (q.next()) {
        list.append(Attachment{q.value(0).toLongLong(), q.value(1).toString(),
                               q.value(2).toLongLong(), q.value(3).toString(),
                               q.value(4).toString(), q.value(5).toInt()});
    }
    return list;
}

QString AttachmentStore::fullText(qint64 recordId) const
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT fulltext FROM record_fts WHERE rowid = ?"));
    q.addBindValue(recordId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

namespace {

// Records (duplicates counted as the record they were merged into) whose `column` equals `key`;
// at most six, with their titles.
struct Matches
{
    QList<qint64> ids;
    QStringList labels;
};

Result<Matches> matching(const QSqlDatabase &db, const char *column, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT DISTINCT COALESCE(r.duplicate_of, r.id), p.title FROM record r "
                       "JOIN record p ON p.id = COALESCE(r.duplicate_of, r.id) WHERE r.") +
        QLatin1String(column) + QStringLiteral(" = ? ORDER BY 1 LIMIT 6"));
    q.addBindValue(key);
    if (!q.exec())
        return sqlFailure(q);
    Matches m;
    while (q.next()) {
        m.ids.append(q.value(0).toLongLong());
        m.labels.append(QStringLiteral("%1 (\"%2\")")
                            .arg(q.value(0).toLongLong())
                            .arg(q.value(1).toString().left(80)));
    }
    return m;
}

Result<qint64> pick(const Result<Matches> &found, const QString &what)
{
    using Tr = AttachmentStore;
    if (!found)
        return found.error();
    const Matches &m = found.value();
    if (m.ids.isEmpty())
        return Error{Error::Kind::InputRefused, Tr::tr("no record has %1").arg(what)};
    if (m.ids.size() > 1)
        return Error{
            Error::Kind::InputRefused,
            Tr::tr("%1 records have %2 (records %3); choose one with --record")
                .arg(m.ids.size() > 5 ? Tr::tr("more than 5") : QString::number(m.ids.size()), what,
                     m.labels.mid(0, 5).join(QStringLiteral(", ")))};
    return m.ids.first();
}

} // namespace

Result<qint64> AttachmentStore::findRecord(const Target &target, const QString &pdfDoi,
                                           const QString &pdfTitle, QString *matchedBy) const
{
    auto by = [&](const QString &how) {
        if (matchedBy)
            *matchedBy = how;
    };
    if (target.recordId > 0) {
        QSqlQuery q(m_project.database());
        q.prepare(QStringLiteral("SELECT id FROM record WHERE id = ?"));
        q.addBindValue(target.recordId);
        if (!q.exec())
            return sqlFailure(q);
        if (!q.next())
            return Error{Error::Kind::InputRefused,
                         tr("there is no record %1 in the project").arg(target.recordId)};
        by(tr("record id"));
        return target.recordId;
    }
    if (!target.doi.trimmed().isEmpty()) {
        const QString key = Normalise::doi(target.doi);
        if (key.isEmpty())
            return Error{Error::Kind::Usage, tr("\"%1\" is not a DOI").arg(target.doi)};
        by(tr("DOI %1").arg(Normalise::cleanDoi(target.doi)));
        return pick(matching(m_project.database(), "norm_doi", key),
                    tr("the DOI %1").arg(Normalise::cleanDoi(target.doi)));
    }
    if (!target.title.trimmed().isEmpty()) {
        const QString key = Normalise::title(target.title);
        if (key.isEmpty())
            return Error{Error::Kind::Usage, tr("\"%1\" is not a title").arg(target.title)};
        by(tr("title"));
        return pick(matching(m_project.database(), "norm_title", key),
                    tr("the title \"%1\"").arg(target.title.simplified()));
    }
    // Nothing given: what the PDF says about itself.
    QStringList tried;
    const struct
    {
        const char *column;
        QString key;
        QString found;
        QString what;
    } clues[] = {{"norm_doi", Normalise::doi(pdfDoi), tr("DOI %1 found in the PDF").arg(pdfDoi),
                  tr("the DOI %1 found in the PDF").arg(pdfDoi)},
                 {"norm_title", Normalise::title(pdfTitle), tr("title found in the PDF"),
                  tr("the title \"%1\" found in the PDF").arg(pdfTitle)}};
    for (const auto &clue : clues) {
        if (clue.key.isEmpty())
            continue;
        Result<Matches> found = matching(m_project.database(), clue.column, clue.key);
        if (found && found->ids.isEmpty()) {
            tried.append(clue.what);
            continue;
        }
        by(clue.found);
        return pick(found, clue.what);
    }
    if (tried.isEmpty())
        return Error{Error::Kind::InputRefused,
                     tr("the PDF has no DOI or title to match a record by; give --record, --doi "
                        "or --title")};
    return Error{Error::Kind::InputRefused,
                 tr("no record matches the PDF by %1; give --record, --doi or --title")
                     .arg(tried.join(tr(" or ")))};
}

Result<AttachmentStore::Attached> AttachmentStore::attachPdf(const QString &pdfPath,
                                                             const Target &target,
                                                             qint64 reviewerId,
                                                             const QString &password)
{
    const QFileInfo info(pdfPath);
    Result<PdfText> pdf = PdfText::read(pdfPath, password);
    if (!pdf)
        return pdf.error();
    bool usedFileName = false;
    const Record fromPdf = PdfReader::toRecord(*pdf, info.fileName(), &usedFileName);

    Attached attached;
    Result<qint64> recordId = findRecord(
        target, fromPdf.doi, usedFileName ? QString() : fromPdf.title, &attached.matchedBy);
    if (!recordId) {
        Error error = recordId.error();
        error.message = tr("%1: %2").arg(info.fileName(), error.message);
        return error;
    }
    attached.recordId = *recordId;
    attached.pageCount = pdf->pageCount;
    if (!pdf->hasText())
        attached.issues.append(Issue{Issue::Severity::Warning, info.fileName(), 0, 0,
                                     tr("no text could be extracted (a scanned or image-only "
                                        "PDF?): it is attached, but its text cannot be searched")});
    if (!pdf->stoppedBecause.isEmpty())
        attached.issues.append(
            Issue{Issue::Severity::Warning, info.fileName(), 0, 0, pdf->stoppedBecause});
    if (pdf->problems > 0)
        attached.issues.append(Issue{Issue::Severity::Warning, info.fileName(), 0, 0,
                                     PdfReader::problemsMessage(*pdf)});

    Status stored = m_project.writeTransaction([&]() -> Status {
        if (Status s = Roles::require(m_project, reviewerId, Work::Own, tr("attach full texts"));
            !s)
            return s;
        Result<StoredFile> copied = copyIntoProject(info.absoluteFilePath());
        if (!copied)
            return copied.error();
        attached.file = *copied;
        QSqlQuery q(m_project.database());
        q.prepare(QStringLiteral("SELECT r.title, (SELECT COUNT(*) FROM attachment a WHERE "
                                 "a.record_id = r.id AND a.file_sha256 = ?) FROM record r "
                                 "WHERE r.id = ?"));
        q.addBindValue(copied->sha256);
        q.addBindValue(attached.recordId);
        if (!q.exec() || !q.next())
            return sqlFailure(q);
        attached.recordTitle = q.value(0).toString();
        if (q.value(1).toInt() > 0)
            return Error{Error::Kind::InputRefused, tr("%1 is already attached to record %2")
                                                        .arg(info.fileName())
                                                        .arg(attached.recordId)};
        Result<qint64> id =
            add(attached.recordId, *copied, pdf->pageCount, pdf->text(), reviewerId);
        if (!id)
            return id.error();
        attached.attachmentId = *id;
        QSqlQuery uuid(m_project.database());
        uuid.prepare(QStringLiteral("SELECT uuid FROM attachment WHERE id = ?"));
        uuid.addBindValue(attached.attachmentId);
        if (!uuid.exec() || !uuid.next())
            return sqlFailure(uuid);
        AuditChange change;
        change.action = QStringLiteral("attachment.add");
        change.entity = QStringLiteral("attachment");
        change.entityUuid = uuid.value(0).toString();
        change.reviewerId = reviewerId;
        change.recordId = attached.recordId;
        change.after = QJsonObject{{QStringLiteral("file"), copied->relativePath},
                                   {QStringLiteral("sha256"), copied->sha256},
                                   {QStringLiteral("pages"), pdf->pageCount},
                                   {QStringLiteral("matchedBy"), attached.matchedBy}};
        if (Status s = AuditLog::record(m_project.database(), change); !s)
            return s;
        // The full text is here after all: "not retrieved" no longer holds.
        return ScreeningStore(m_project).fullTextRetrieved(attached.recordId, reviewerId);
    });
    if (!stored) {
        removeCopiedFiles();
        return stored.error();
    }
    m_copied.clear();
    qCInfo(lcImport) << "attached" << pdfPath << "to record" << attached.recordId;
    return attached;
}

} // namespace evimap
