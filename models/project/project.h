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
    enum class Access { ReadWrite, ReadOnly };

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
    // back otherwise.
    Status writeTransaction(const std::function<Status()> &work);

    // Project settings (key/value, typed by their callers).
    QString setting(const QString &key, const QString &defaultValue = {}) const;
    Status setSetting(const QString &key, const QString &value);

    // The magic header check, also used to vet copies before a merge.
    static bool looksLikeSqlite(const QString &path, QString *why);

private:
    Project() = default;
    Status connect(const QString &path, bool readOnly);
    Status applyConnectionPragmas();
    Status migrate(int fromVersion);
    Status loadIdentity();

    QString m_connectionName;
    QString m_path;
    QString m_name;
    QString m_uuid;
    QStringList m_notices;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
};

} // namespace evimap
