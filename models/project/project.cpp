#include "project/project.h"

#include "core/clock.h"
#include "core/logging.h"
#include "core/sqltext.h"
#include "project/schema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <random>

#include <sys/stat.h>

namespace evimap {

namespace {

constexpr int pageSizeBytes = 16384;

// SQLITE_BUSY (5) and SQLITE_LOCKED (6), also in their extended forms (e.g. 261, 517).
bool isBusy(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == 5 || (code & 0xff) == 6);
}

// Waits before the next attempt: exponential with jitter, so that processes that collided do
// not collide again in lockstep.
void backOff(int attempt)
{
    static thread_local std::minstd_rand random{std::random_device{}()};
    const int ceiling = std::min(500, 5 << std::min(attempt, 7));
    std::uniform_int_distribution<int> pick(ceiling / 2, ceiling);
    QThread::msleep(ulong(pick(random)));
}

Error projectError(const QString &message)
{
    return Error{Error::Kind::ProjectProblem, message};
}

QString sqlError(const QSqlQuery &query)
{
    return query.lastError().text();
}

// Whether the permission bits let the owner write (root can write regardless; "read-only"
// means the same for everyone).
bool writableByBits(const QFileInfo &info)
{
    return info.isWritable() && (info.permissions() & QFileDevice::WriteOwner);
}

// A journal with content beside the file: a change is being saved, or was interrupted.
bool hasUnfinishedChange(const QString &path)
{
    const QFileInfo journal(path + QStringLiteral("-journal"));
    return journal.exists() && journal.size() > 0;
}

// The files this process found sound, by device and inode: the quick check reads the whole
// file (2.1-2.5 s for 1.6 GB, 300,000 records), so it runs once per file and process, not again
// for each window or worker that opens the same file. A file put in its place (a backup
// restored) is another inode and is checked again.
class CheckedFiles
{
public:
    static bool contains(const QString &path) { return instance().has(key(path)); }
    static void add(const QString &path)
    {
        QMutexLocker lock(&instance().m_mutex);
        instance().m_keys.insert(key(path));
    }

private:
    static CheckedFiles &instance()
    {
        static CheckedFiles files;
        return files;
    }
    static QString key(const QString &path)
    {
        struct stat info;
        if (::stat(QFile::encodeName(path).constData(), &info) != 0)
            return {};
        return QStringLiteral("%1:%2").arg(quint64(info.st_dev)).arg(quint64(info.st_ino));
    }
    bool has(const QString &k)
    {
        QMutexLocker lock(&m_mutex);
        return !k.isEmpty() && m_keys.contains(k);
    }

    QMutex m_mutex;
    QSet<QString> m_keys;
};

// SQLITE_READONLY_ROLLBACK (776): a journal to roll back and no permission to do it.
bool needsRollbackButReadOnly(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() == 776;
}

// Reads the SQLite header: page size (offset 16) and page count (offset 28), so a truncated
// file is recognised before SQLite trips over a missing page in the middle of some later query.
bool fileIsTruncated(const QString &path, qint64 *expected, qint64 *actual)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    *actual = file.size();
    if (header.size() < 100)
        return true;
    auto be = [&](int offset, int bytes) {
        quint64 v = 0;
        for (int i = 0; i < bytes; ++i)
            v = (v << 8) | quint8(header.at(offset + i));
        return v;
    };
    quint64 pageSize = be(16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const quint64 pageCount = be(28, 4);
    const quint64 changeCounter = be(24, 4);
    const quint64 validFor = be(92, 4);
    // The in-header size is only trustworthy when its version-valid-for number matches.
    if (pageCount == 0 || changeCounter != validFor)
        return false;
    *expected = qint64(pageSize * pageCount);
    return *actual < *expected;
}

} // namespace

bool Project::looksLikeSqlite(const QString &path, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = tr("cannot be read: %1").arg(file.errorString());
        return false;
    }
    if (file.size() == 0) {
        *why = tr("is empty (0 bytes), not an EviMap project");
        return false;
    }
    const QByteArray magic = file.read(16);
    if (magic != QByteArray("SQLite format 3\0", 16)) {
        *why = tr("is not an EviMap project (not an SQLite database)");
        return false;
    }
    // A journal beside the file means an EviMap stopped while saving: the file may be mid-way
    // through a change (pages written, the header already counting them) until SQLite rolls the
    // journal back when the file is next opened. Judge its size only after that (Project::open).
    const QFileInfo journal(path + QStringLiteral("-journal"));
    const bool hotJournal = journal.exists() && journal.size() > 0;
    qint64 expected = 0, actual = 0;
    if (!hotJournal && fileIsTruncated(path, &expected, &actual)) {
        *why = tr("is damaged: it is truncated (%1 bytes of the %2 its header announces)")
                   .arg(actual)
                   .arg(expected);
        return false;
    }
    return true;
}

Result<std::unique_ptr<Project>> Project::create(const QString &path, const QString &name)
{
    const QFileInfo info(path);
    if (info.exists())
        return Error{Error::Kind::Usage,
                     tr("%1 already exists; choose another name or open it").arg(path)};
    if (!info.absoluteDir().exists())
        return Error{Error::Kind::Usage,
                     tr("%1: the folder %2 does not exist").arg(path, info.absolutePath())};

    std::unique_ptr<Project> project(new Project);
    if (Status s = project->connect(path, false, false); !s) {
        QFile::remove(path);
        return s.error();
    }
    // 16 KiB pages, set before the first table exists. A record's row (title, abstract,
    // authors: about 2 KB) and its copy in the full-text table fit once in a 4 KiB page, which
    // leaves the rest of the page half empty; 100,000 references took 642 MB with 4 KiB pages
    // and 506 MB with 16 KiB, and imported 5-10% faster (docs/performance.md, Import). A
    // decision's write costs the same.
    if (QSqlQuery q(project->database());
        !q.exec(QStringLiteral("PRAGMA page_size = %1").arg(pageSizeBytes))) {
        project.reset();
        QFile::remove(path);
        return Error{Error::Kind::Failure, tr("%1: %2").arg(path, sqlError(q))};
    }
    const QString projectName = name.isEmpty() ? info.completeBaseName() : name;
    Status built = project->writeTransaction([&]() -> Status {
        QSqlQuery q(project->database());
        for (int version = 1; version <= Schema::currentVersion(); ++version) {
            const QStringList statements = Schema::migrationStep(version);
            for (const QString &sql : statements) {
                if (!q.exec(sql))
                    return failure(tr("creating the schema failed: %1").arg(sqlError(q)));
            }
        }
        q.prepare(
            QStringLiteral("INSERT INTO project(id, uuid, name, created_at) VALUES (1, ?, ?, ?)"));
        q.addBindValue(newUuid());
        q.addBindValue(projectName);
        q.addBindValue(utcNow());
        if (!q.exec())
            return failure(sqlError(q));
        if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId)) ||
            !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::currentVersion())))
            return failure(sqlError(q));
        return {};
    });
    if (!built) {
        project.reset();
        QFile::remove(path);
        return Error{Error::Kind::Failure, tr("%1: %2").arg(path, built.errorString())};
    }
    project->m_schemaVersion = Schema::currentVersion();
    if (Status s = project->loadIdentity(); !s)
        return s.error();
    return project;
}

Error Project::unreadable(const QString &path, const QSqlError &error)
{
    if (isBusy(error))
        return failure(tr("%1 is busy: another EviMap has been saving a large change to it (an "
                          "import, a merge) for more than %2 s; try again when it has finished")
                           .arg(path)
                           .arg(lockWaitMs() / 1000));
    if (needsRollbackButReadOnly(error))
        return unfinishedChangeError(path);
    return projectError(tr("%1 is damaged: %2").arg(path, error.text()));
}

Error Project::unfinishedChangeError(const QString &path)
{
    const QFileInfo info(path);
    const QString what = writableByBits(info) ? info.absolutePath() : path;
    return projectError(
        tr("%1 cannot be read now: a change to it is unfinished (%2 is beside it: an EviMap is "
           "saving right now, or one stopped while saving), and only an EviMap that may write "
           "%3 can roll an interrupted change back. Try again in a moment; if it stays, make %3 "
           "writable (or ask its owner) and open the project again. Do not delete %2: the "
           "half-saved change would stay in the file.")
            .arg(path, info.fileName() + QStringLiteral("-journal"), what));
}

Result<std::unique_ptr<Project>> Project::open(const QString &path, Access access)
{
    const QFileInfo info(path);
    if (!info.exists())
        return projectError(tr("%1 does not exist").arg(path));
    if (info.isDir())
        return projectError(tr("%1 is a folder, not an EviMap project").arg(path));
    QString why;
    if (!looksLikeSqlite(path, &why))
        return projectError(path + QLatin1Char(' ') + why);

    const bool writable = writableByBits(info);
    // SQLite saves a change by writing NAME.evimap-journal beside the file first, and deletes
    // it after: a writable file in a read-only folder cannot be changed either.
    const QFileInfo folder(info.absolutePath());
    const bool folderWritable = writableByBits(folder);
    // Before anyone can read the file, an interrupted change must be rolled back, which needs
    // both permissions; say so rather than let SQLite's error read as damage.
    if ((!writable || !folderWritable) && hasUnfinishedChange(path))
        return unfinishedChangeError(path);
    const bool readOnly = access == Access::ReadOnly || !writable || !folderWritable;

    std::unique_ptr<Project> project(new Project);
    // A writable file opened for reading still gets a read-write connection (kept read-only by
    // `PRAGMA query_only`): only such a connection can roll back the journal a crashed EviMap
    // left behind, which SQLite must do before anyone can read the file.
    if (Status s = project->connect(path, readOnly, !writable); !s)
        return s.error();
    if (readOnly && access == Access::ReadWrite && !writable)
        project->m_notices << tr("%1 is read-only: it was opened for reading, and changes cannot "
                                 "be saved")
                                  .arg(path);
    else if (readOnly && access == Access::ReadWrite)
        project->setReadOnlyReason(
            tr("%1 is in a read-only folder (%2): EviMap saves a change by writing %3-journal "
               "beside the file, so it was opened for reading and changes cannot be saved. Copy "
               "the project (with its %3-files folder) to a folder you may write to, or ask for "
               "permission to write %2")
                .arg(path, folder.absoluteFilePath(), info.fileName()));

    QSqlQuery q(project->database());
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return unreadable(path, q.lastError());
    const int appId = q.value(0).toInt();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return unreadable(path, q.lastError());
    const int version = q.value(0).toInt();
    // Reading the schema catches a damaged first page of the catalogue early.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !q.next())
        return unreadable(path, q.lastError());
    // Done with the statement: an upgrade that drops a table (schema 6) finds the database
    // locked while any statement on it is still open.
    q.finish();

    // The reads above rolled back any journal an interrupted EviMap left; the size is final now.
    qint64 expected = 0, actual = 0;
    if (fileIsTruncated(path, &expected, &actual))
        return projectError(tr("%1 is damaged: it is truncated (%2 bytes of the %3 its header "
                               "announces)")
                                .arg(path)
                                .arg(actual)
                                .arg(expected));
    if (appId != Schema::applicationId)
        return projectError(
            tr("%1 is an SQLite database of another program, not an EviMap project").arg(path));
    if (version > Schema::currentVersion())
        return projectError(tr("%1 was made by a newer EviMap (project format %2; this version "
                               "reads up to %3): update EviMap to open it")
                                .arg(path)
                                .arg(version)
                                .arg(Schema::currentVersion()));
    if (version < 1)
        return projectError(tr("%1 is damaged: it has no schema version").arg(path));
    // Nothing is written into a damaged file, or the damage spreads (a decision saved into a
    // broken index page is lost with it). Reading it stays possible, to save what it holds.
    if (!project->m_readOnly) {
        if (Status s = project->quickCheck(); !s)
            return s.error();
    }
    if (version < Schema::currentVersion()) {
        // A command that only reads (info, stats, map…) on a writable file from an older
        // EviMap upgrades it first, as opening it in the window would (with the backup copy),
        // rather than refuse until someone opens it for writing.
        if (access == Access::ReadOnly && writable && folderWritable) {
            project.reset();
            Result<std::unique_ptr<Project>> upgraded = open(path, Access::ReadWrite);
            if (!upgraded)
                return upgraded.error();
            upgraded.value().reset();
            return open(path, Access::ReadOnly);
        }
        if (project->m_readOnly)
            return projectError(tr("%1 uses the older project format %2 and must be upgraded, "
                                   "but it is read-only%3")
                                    .arg(path)
                                    .arg(version)
                                    .arg(project->m_readOnlyReason.isEmpty()
                                             ? QString()
                                             : QStringLiteral(": ") + project->m_readOnlyReason));
        if (Status s = project->migrate(version); !s)
            return s.error();
    }
    project->m_schemaVersion = Schema::currentVersion();
    if (Status s = project->loadIdentity(); !s)
        return s.error();
    return project;
}

Project::~Project()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status Project::connect(const QString &path, bool readOnly, bool readOnlyFile)
{
    m_path = path;
    m_readOnly = readOnly;
    m_connectionName = QStringLiteral("evimap-") + newUuid();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(lockWaitMs());
    if (readOnlyFile)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        return projectError(tr("%1 cannot be opened: %2").arg(path, db.lastError().text()));
    return applyConnectionPragmas();
}

Status Project::applyConnectionPragmas()
{
    QSqlQuery q(database());
    // DELETE journal: WAL needs shared memory that network file systems do not provide.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(lockWaitMs()),
        QStringLiteral("PRAGMA synchronous = FULL"),
    };
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma))
            return unreadable(m_path, q.lastError());
    }
    if (!m_readOnly) {
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")))
            return unreadable(m_path, q.lastError());
    } else if (!q.exec(QStringLiteral("PRAGMA query_only = ON"))) {
        return unreadable(m_path, q.lastError());
    }
    return {};
}

Status Project::migrate(int fromVersion)
{
    const QString backup = QStringLiteral("%1.v%2-backup").arg(m_path).arg(fromVersion);
    QFile::remove(backup);
    if (!QFile::copy(m_path, backup))
        return projectError(tr("%1 must be upgraded, but the backup copy %2 could not be written")
                                .arg(m_path, backup));
    // A step that makes a table again (schema 6, the reviewer table) must not set off the
    // foreign keys' actions when it drops the old one: the steps run with foreign keys off, as
    // SQLite's documentation advises, and each checks them before it commits.
    QSqlQuery pragma(database());
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    const auto foreignKeysBack = qScopeGuard([&] {
        QSqlQuery on(database());
        on.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    });
    for (int version = fromVersion + 1; version <= Schema::currentVersion(); ++version) {
        Status s = writeTransaction([&]() -> Status {
            QSqlQuery q(database());
            const QStringList statements = Schema::migrationStep(version);
            for (const QString &sql : statements) {
                if (!q.exec(sql))
                    return failure(sqlError(q));
            }
            if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
                return failure(sqlError(q));
            if (q.next())
                return failure(tr("a row of %1 names a missing row").arg(q.value(0).toString()));
            if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
                return failure(sqlError(q));
            return {};
        });
        if (!s)
            return projectError(tr("%1: upgrading to project format %2 failed (%3); the file is "
                                   "unchanged and a backup is at %4")
                                    .arg(m_path)
                                    .arg(version)
                                    .arg(s.errorString(), backup));
        qCInfo(lcProject) << "migrated" << m_path << "to schema" << version;
    }
    m_notices << tr("%1 was upgraded from project format %2 to %3; the old file was kept as %4")
                     .arg(m_path)
                     .arg(fromVersion)
                     .arg(Schema::currentVersion())
                     .arg(backup);
    return {};
}

Status Project::quickCheck()
{
    if (CheckedFiles::contains(m_path))
        return {};
    QSqlQuery q(database());
    QStringList problems;
    if (!q.exec(QStringLiteral("PRAGMA quick_check(3)"))) {
        const Error error = unreadable(m_path, q.lastError());
        if (error.kind != Error::Kind::ProjectProblem)
            return error; // busy: not damage
        problems << q.lastError().text();
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (problems.isEmpty()) {
        CheckedFiles::add(m_path);
        return {};
    }
    qCWarning(lcProject) << m_path << "fails the quick check:" << problems;
    if (!q.exec(QStringLiteral("PRAGMA query_only = ON")))
        return unreadable(m_path, q.lastError());
    m_readOnly = true;
    setReadOnlyReason(tr("%1 is damaged, so it was opened read-only and nothing more is written "
                         "into it (SQLite's quick check: %2). `evimap check %1` lists every "
                         "problem; go back to a backup copy, or to an offline copy that "
                         "checks clean")
                          .arg(m_path, problems.join(QStringLiteral("; "))));
    return {};
}

void Project::setReadOnlyReason(const QString &reason)
{
    m_readOnlyReason = reason;
    m_notices << reason;
}

Status Project::loadIdentity()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT uuid, name FROM project WHERE id = 1")))
        return unreadable(m_path, q.lastError());
    if (!q.next())
        return projectError(tr("%1 is damaged: the project row is missing").arg(m_path));
    m_uuid = q.value(0).toString();
    m_name = q.value(1).toString();
    return {};
}

QSqlDatabase Project::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Project::attachmentDirectory() const
{
    return m_path + QStringLiteral("-files");
}

int Project::lockWaitMs()
{
    static const int wait = [] {
        bool ok = false;
        const int seconds = qEnvironmentVariableIntValue("EVIMAP_LOCK_WAIT_SECONDS", &ok);
        return ok && seconds > 0 ? std::min(seconds, 24 * 3600) * 1000 : 120000;
    }();
    return wait;
}

Status Project::writeTransaction(const std::function<Status()> &work)
{
    if (m_readOnly)
        return projectError(m_readOnlyReason.isEmpty()
                                ? tr("%1 is read-only; the change was not saved").arg(m_path)
                                : tr("%1; the change was not saved").arg(m_readOnlyReason));
    QSqlQuery q(database());
    QElapsedTimer waited;
    waited.start();
    auto busyMessage = [&] {
        return failure(tr("%1 is busy: another EviMap has been writing to it for %2 s; the change "
                          "was not saved, try again")
                           .arg(m_path)
                           .arg(waited.elapsed() / 1000));
    };
    // BEGIN IMMEDIATE takes the write lock up front, so `work` never fails half-way because
    // someone else is writing. SQLite's busy timeout waits first; beyond it we keep trying with
    // backoff, because its lock is not fair and a busy shared drive can starve one writer.
    for (int attempt = 0;; ++attempt) {
        if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            break;
        if (!isBusy(q.lastError())) {
            // SQLITE_READONLY (8), SQLITE_CANTOPEN (14): the file or its folder cannot be
            // written (permissions changed since it was opened, a share mounted read-only).
            const int code = q.lastError().nativeErrorCode().toInt() & 0xff;
            if (code == 8 || code == 14)
                return projectError(tr("%1 cannot be saved (%2): check that you may write the "
                                       "file and its folder; the change was not saved")
                                        .arg(m_path, sqlError(q)));
            return failure(tr("%1: a change could not start: %2").arg(m_path, sqlError(q)));
        }
        if (waited.elapsed() > m_writeRetryBudgetMs)
            return busyMessage();
        qCDebug(lcProject) << m_path << "busy, retrying; attempt" << attempt;
        backOff(attempt);
    }
    Status result = work();
    if (result) {
        // COMMIT waits for readers to let go; while it is busy the transaction stays open and
        // can be committed again.
        for (int attempt = 0;; ++attempt) {
            if (q.exec(QStringLiteral("COMMIT")))
                return result;
            if (!isBusy(q.lastError())) {
                result = failure(tr("%1: saving failed: %2").arg(m_path, sqlError(q)));
                break;
            }
            if (waited.elapsed() > m_writeRetryBudgetMs) {
                result = busyMessage();
                break;
            }
            backOff(attempt);
        }
    }
    q.exec(QStringLiteral("ROLLBACK"));
    return result;
}

void Project::setBusyTimeouts(int sqliteBusyTimeoutMs, int writeRetryBudgetMs)
{
    m_writeRetryBudgetMs = writeRetryBudgetMs;
    m_busyTimeoutMs = sqliteBusyTimeoutMs;
    QSqlQuery q(database());
    q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(sqliteBusyTimeoutMs));
}

std::optional<QString> Project::setting(const QString &key) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return std::nullopt;
}

Status Project::setSetting(const QString &key, const QString &value)
{
    return writeTransaction([&]() -> Status { return writeSetting(database(), key, value); });
}

Status Project::writeSetting(QSqlDatabase db, const QString &key, const QString &value,
                             const QString &updatedAt)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO setting(key, value, updated_at) VALUES (?, ?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value, "
                             "updated_at = excluded.updated_at"));
    q.addBindValue(key);
    q.addBindValue(sqlText(value));
    q.addBindValue(updatedAt.isEmpty() ? utcNow() : updatedAt);
    if (!q.exec())
        return failure(sqlError(q));
    return {};
}

} // namespace evimap
