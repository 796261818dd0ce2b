#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace evimap {

// An open project file (NAME.evimap, SQLite 3) and its one database connection.
//
// Opening checks, before changing anything, that the file exists, is SQLite, is intact, is an
// EviMap project (application_id) and is not from a newer EviMap. Older files are migrated
// forward after a backup copy beside the file. The connection uses a rollback journal (shared
// drives break WAL), foreign keys and a busy timeout.
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

    // Folder beside the project file where attached PDFs are copied: NAME.evimap-files/.
    QString attachmentDirectory() const;

    // Runs `work` inside one short write transaction (BEGIN IMMEDIATE, so concurrent writers
    // queue on the busy timeout instead of failing half-way). Commits when it succeeds, rolls
    // back otherwise. While other EviMaps hold the file it keeps retrying with backoff (up to
    // two minutes); a file that stays busy gives a "busy, try again" message, never SQLite's
    // raw "database is locked".
    Status writeTransaction(const std::function<Status()> &work);

    // SQLite's wait per attempt and the total a write keeps retrying (tests shorten both).
    void setBusyTimeouts(int sqliteBusyTimeoutMs, int writeRetryBudgetMs);

    // Project settings (key/value, typed by their callers).
    QString setting(const QString &key, const QString &defaultValue = {}) const;
    Status setSetting(const QString &key, const QString &value);

    // How long a connection waits for another EviMap's write before SQLite says "busy".
    static constexpr int defaultBusyTimeoutMs = 10000;

    // The magic header check, also used to vet copies before a merge.
    static bool looksLikeSqlite(const QString &path, QString *why);

private:
    Project() = default;
    Status connect(const QString &path, bool readOnly, bool readOnlyFile);
    Status applyConnectionPragmas();
    Status migrate(int fromVersion);
    Status loadIdentity();

    QString m_connectionName;
    QString m_path;
    QString m_name;
    QString m_uuid;
    QStringList m_notices;
    int m_schemaVersion = 0;
    // How long a write keeps trying while other EviMaps hold the file: long enough for a
    // colleague's import to finish on a shared drive.
    int m_writeRetryBudgetMs = 120000;
    bool m_readOnly = false;
};

} // namespace evimap
