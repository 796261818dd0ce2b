#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace evimap {

// An open project file (NAME.evimap, SQLite 3) and its one database connection.
//
// Opening checks, before changing anything, that the file exists, is SQLite, is intact, is an
// EviMap project (application_id) and is not from a newer EviMap. Older files are migrated
// forward after a backup copy beside the file. The connection uses a rollback journal (shared
// drives break WAL), foreign keys and a busy timeout. A file opened for writing that EviMap
// could not save into (a read-only folder) or should not (it fails SQLite's quick check) is
// opened read-only instead, with the reason in readOnlyReason() and notices().
//
// A Project belongs to the thread that opened it (QtSql connections are per thread).
class Project final
{
    Q_DECLARE_TR_FUNCTIONS(Project)

public:
    enum class Access
    {
        ReadWrite,
        ReadOnly
    };

    static Result<std::unique_ptr<Project>> create(const QString &path, const QString &name = {});
    static Result<std::unique_ptr<Project>> open(const QString &path,
                                                 Access access = Access::ReadWrite);
    ~Project();
    Project(const Project &) = delete;
    Project &operator=(const Project &) = delete;

    QSqlDatabase database() const;
    QString filePath() const { return m_path; }
    QString name() const { return m_name; }
    QString uuid() const { return m_uuid; }
    int schemaVersion() const { return m_schemaVersion; }
    bool isReadOnly() const { return m_readOnly; }

    // Things the user should be told about the opening (read-only, migrated, backup path).
    QStringList notices() const { return m_notices; }
    // Why a file opened for writing was opened read-only although it is writable: a read-only
    // folder, or damage found by the quick check. Empty otherwise.
    QString readOnlyReason() const { return m_readOnlyReason; }

    // Folder beside the project file where attached PDFs are copied: NAME.evimap-files/.
    QString attachmentDirectory() const;

    // Runs `work` inside one short write transaction (BEGIN IMMEDIATE, so concurrent writers
    // queue on the busy timeout instead of failing half-way). Commits when it succeeds, rolls
    // back otherwise. While other EviMaps hold the file it keeps retrying with backoff (up to
    // lockWaitMs()); a file that stays busy gives a "busy, try again" message, never SQLite's
    // raw "database is locked".
    Status writeTransaction(const std::function<Status()> &work);

    // SQLite's wait per attempt and the total a write keeps retrying (tests shorten both).
    void setBusyTimeouts(int sqliteBusyTimeoutMs, int writeRetryBudgetMs);
    int busyTimeoutMs() const { return m_busyTimeoutMs; }

    // Project settings are read and written through ProjectSetting<T>
    // (project/projectsettings.h), never here.

    // How long anyone waits for another EviMap's write before giving up: SQLite's busy timeout
    // on every connection (so readers wait as long as writers) and the retries of
    // writeTransaction(). Two minutes, long enough for a colleague's large import to finish;
    // EVIMAP_LOCK_WAIT_SECONDS in the environment sets another (tests shorten it, a slow share
    // may want more).
    static int lockWaitMs();

    // The magic header check, also used to vet copies before a merge.
    static bool looksLikeSqlite(const QString &path, QString *why);

private:
    template<typename T>
    friend class ProjectSetting;
    // Renames the project (project.name) and reads the new name back.
    friend struct ProjectProperties;

    // A setting's row as text, nullopt when there is none (ProjectSetting<T> encodes and
    // decodes it). Writing replaces that row only: the others, also those of keys this version
    // does not know, are kept.
    std::optional<QString> setting(const QString &key) const;
    Status setSetting(const QString &key, const QString &value);
    // Inside the caller's write transaction on `db`; `updatedAt` empty: now.
    static Status writeSetting(QSqlDatabase db, const QString &key, const QString &value,
                               const QString &updatedAt = {});

    Project() = default;
    Status connect(const QString &path, bool readOnly, bool readOnlyFile);
    Status applyConnectionPragmas();
    Status quickCheck();
    Status migrate(int fromVersion);
    Status loadIdentity();
    void setReadOnlyReason(const QString &reason);
    // A read that failed while opening, in words: busy (another EviMap's long write), an
    // unfinished change that cannot be rolled back, or damage.
    static Error unreadable(const QString &path, const QSqlError &error);
    static Error unfinishedChangeError(const QString &path);

    QString m_connectionName;
    QString m_path;
    QString m_name;
    QString m_uuid;
    QStringList m_notices;
    QString m_readOnlyReason;
    int m_schemaVersion = 0;
    int m_busyTimeoutMs = lockWaitMs();
    int m_writeRetryBudgetMs = lockWaitMs();
    bool m_readOnly = false;
};

} // namespace evimap
