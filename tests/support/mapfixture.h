#pragma once

// Builds projects for the maps, PRISMA and chart tests: exactly the rows each test needs,
// inserted with SQL (import batches, records, codes, screening results, codings).

#include "core/clock.h"
#include "project/project.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

namespace evimap::test {

class MapFixture
{
public:
    explicit MapFixture(const QString &name = QStringLiteral("Map fixture"))
    {
        m_path = m_dir.path() + QStringLiteral("/fixture.evimap");
        Result<std::unique_ptr<Project>> created = Project::create(m_path, name);
        if (created)
            m_project = std::move(created.value());
        else
            m_error = created.errorString();
        // Test files need no durability; this keeps building them fast.
        if (m_project)
            exec(QStringLiteral("PRAGMA synchronous = OFF"));
        if (m_project)
            m_reviewer =
                exec(QStringLiteral("INSERT INTO reviewer(uuid, name, initials, role, "
                                    "created_at) VALUES (?, 'Lead Person', 'LP', 'lead', ?)"),
                     {newUuid(), utcNow()});
    }

    bool ok() const { return m_project != nullptr && m_error.isEmpty(); }
    QString error() const { return m_error; }
    Project &project() { return *m_project; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    qint64 reviewer() const { return m_reviewer; }
    // Closes the connection (so the real binary can open the file alone).
    void close() { m_project.reset(); }

    // Runs one statement; returns the last insert id (0 on failure, with error() set).
    qint64 exec(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_project->database());
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec()) {
            m_error += sql + QStringLiteral(": ") + q.lastError().text() + QLatin1Char('\n');
            return 0;
        }
        return q.lastInsertId().toLongLong();
    }

    qint64 addBatch(const QString &source, const QString &route = QStringLiteral("database"))
    {
        return exec(QStringLiteral("INSERT INTO import_batch(uuid, file_name, file_sha256, format, "
                                   "source, route, imported_at) VALUES (?, ?, '', 'ris', ?, ?, ?)"),
                    {newUuid(), source + QStringLiteral(".ris"), source, route, utcNow()});
    }

    // A record (from `batch`, when not 0).
    qint64 addRecord(const QString &title, int year = 0, qint64 batch = 0,
                     const QString &authors = QStringLiteral("Doe, Jane"))
    {
        const qint64 id = exec(QStringLiteral("INSERT INTO record(uuid, title, authors, year, "
                                              "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                               {newUuid(), title, authors, year > 0 ? QVariant(year) : QVariant(),
                                utcNow(), utcNow()});
        if (batch != 0)
            exec(QStringLiteral("INSERT INTO record_source(record_id, batch_id, record_no) VALUES "
                                "(?, ?, ?)"),
                 {id, batch, ++m_recordNo});
        return id;
    }

    void markDuplicate(qint64 record, qint64 of)
    {
        exec(QStringLiteral("UPDATE record SET duplicate_of = ? WHERE id = ?"), {of, record});
    }

    // A dimension (parent 0) or a code.
    qint64 addCode(qint64 parent, const QString &key, const QString &label, int position = 0)
    {
        return exec(QStringLiteral("INSERT INTO code(uuid, parent_id, key, label, position) "
                                   "VALUES (?, ?, ?, ?, ?)"),
                    {newUuid(), parent == 0 ? QVariant() : QVariant(parent), key, label, position});
    }

    void code(qint64 record, qint64 code)
    {
        exec(QStringLiteral("INSERT INTO coding_result(uuid, record_id, code_id, settled_by, "
                            "settled_at) VALUES (?, ?, ?, ?, ?)"),
             {newUuid(), record, code, m_reviewer, utcNow()});
    }

    // A reviewer's own (not reconciled) code.
    void reviewerCode(qint64 record, qint64 code)
    {
        exec(QStringLiteral("INSERT INTO coding(uuid, record_id, code_id, reviewer_id, coded_at) "
                            "VALUES (?, ?, ?, ?, ?)"),
             {newUuid(), record, code, m_reviewer, utcNow()});
    }

    qint64 addReason(const QString &label, int position = 0)
    {
        return exec(QStringLiteral("INSERT INTO exclusion_reason(uuid, label, position) VALUES "
                                   "(?, ?, ?)"),
                    {newUuid(), label, position});
    }

    // A settled screening result: stage "ta" or "ft"; result include/exclude/not_retrieved.
    void settle(qint64 record, const QString &stage, const QString &result, qint64 reason = 0)
    {
        exec(QStringLiteral("INSERT INTO screening_result(uuid, record_id, stage, result, "
                            "reason_id, settled_by, settled_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {newUuid(), record, stage, result, reason == 0 ? QVariant() : QVariant(reason),
              m_reviewer, utcNow()});
    }

    void decide(qint64 record, const QString &stage, const QString &decision)
    {
        exec(QStringLiteral("INSERT INTO screening_decision(uuid, record_id, stage, reviewer_id, "
                            "decision, decided_at) VALUES (?, ?, ?, ?, ?, ?)"),
             {newUuid(), record, stage, m_reviewer, decision, utcNow()});
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Project> m_project;
    QString m_error;
    qint64 m_reviewer = 0;
    int m_recordNo = 0;
};

} // namespace evimap::test
