#include "project/projectinfo.h"

#include "project/project.h"
#include "project/schema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace evimap {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectInfo)
};

} // namespace

Result<ProjectInfo> ProjectInfo::read(Project &project)
{
    ProjectInfo info;
    info.path = project.filePath();
    info.name = project.name();
    info.uuid = project.uuid();
    info.schemaVersion = project.schemaVersion();
    QSqlQuery q(project.database());
    const QString sql = QStringLiteral(
        "SELECT (SELECT count(*) FROM record), "
        "(SELECT count(*) FROM record WHERE duplicate_of IS NULL), "
        "(SELECT count(*) FROM import_batch), (SELECT count(*) FROM attachment), "
        "(SELECT count(*) FROM reviewer), (SELECT count(*) FROM screening_decision), "
        "(SELECT count(*) FROM code WHERE parent_id IS NOT NULL AND retired = 0), "
        "(SELECT count(*) FROM coding)");
    if (!q.exec(sql) || !q.next())
        return failure(Tr::tr("%1: reading the counts failed: %2")
                           .arg(project.filePath(), q.lastError().text()));
    int i = 0;
    info.records = q.value(i++).toLongLong();
    info.uniqueRecords = q.value(i++).toLongLong();
    info.duplicates = info.records - info.uniqueRecords;
    info.batches = q.value(i++).toLongLong();
    info.attachments = q.value(i++).toLongLong();
    info.reviewers = q.value(i++).toLongLong();
    info.decisions = q.value(i++).toLongLong();
    info.codes = q.value(i++).toLongLong();
    info.codings = q.value(i++).toLongLong();
    return info;
}

QJsonObject ProjectInfo::toJson() const
{
    return QJsonObject{
        {QStringLiteral("path"), path},
        {QStringLiteral("name"), name},
        {QStringLiteral("uuid"), uuid},
        {QStringLiteral("schema_version"), schemaVersion},
        {QStringLiteral("records"), records},
        {QStringLiteral("unique_records"), uniqueRecords},
        {QStringLiteral("duplicates"), duplicates},
        {QStringLiteral("batches"), batches},
        {QStringLiteral("attachments"), attachments},
        {QStringLiteral("reviewers"), reviewers},
        {QStringLiteral("decisions"), decisions},
        {QStringLiteral("codes"), codes},
        {QStringLiteral("codings"), codings},
    };
}

QString ProjectInfo::toText() const
{
    return Tr::tr("Project:        %1\n"
                  "File:           %2\n"
                  "Schema version: %3\n"
                  "Records:        %4 (%5 unique, %6 duplicates)\n"
                  "Import batches: %7\n"
                  "Attachments:    %8\n"
                  "Reviewers:      %9\n"
                  "Decisions:      %10\n"
                  "Codes:          %11\n"
                  "Codings:        %12\n")
        .arg(name, path)
        .arg(schemaVersion)
        .arg(records)
        .arg(uniqueRecords)
        .arg(duplicates)
        .arg(batches)
        .arg(attachments)
        .arg(reviewers)
        .arg(decisions)
        .arg(codes)
        .arg(codings);
}

ProjectCheck ProjectCheck::run(Project &project)
{
    ProjectCheck check;
    QSqlQuery q(project.database());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        check.problems << Tr::tr("integrity check could not run: %1").arg(q.lastError().text());
        return check;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            check.problems << Tr::tr("integrity: %1").arg(line);
    }
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (q.next())
            check.problems << Tr::tr("foreign key: row %1 of table %2 points to a missing row of "
                                     "table %3")
                                  .arg(q.value(1).toString(), q.value(0).toString(),
                                       q.value(2).toString());
    }
    const QStringList required = Schema::requiredTables();
    for (const QString &table : required) {
        q.prepare(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE name = ?"));
        q.addBindValue(table);
        if (!q.exec() || !q.next())
            check.problems << Tr::tr("schema: table %1 is missing").arg(table);
    }
    if (q.exec(QStringLiteral("INSERT INTO record_fts(record_fts, rank) "
                              "VALUES ('integrity-check', 1)"))
        == false
        && !project.isReadOnly())
        check.problems << Tr::tr("full-text index: %1").arg(q.lastError().text());
    return check;
}

} // namespace evimap
