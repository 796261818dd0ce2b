#include "project/projectinfo.h"

#include "import/attachedfile.h"
#include "project/project.h"
#include "project/schema.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace evimap {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectInfo)
};

// The circles in a set of links child -> parent (each row points at one other row or none), in
// time linear in the links: each row is walked once, and a walk that comes back to a row of its
// own path has found a circle.
QList<QList<qint64>> circles(const QHash<qint64, qint64> &parentOf)
{
    QList<QList<qint64>> found;
    QHash<qint64, int> state; // 1: on the current walk, 2: done
    for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it) {
        if (state.value(it.key()))
            continue;
        QList<qint64> path;
        qint64 node = it.key();
        while (parentOf.contains(node) && !state.value(node)) {
            state.insert(node, 1);
            path.append(node);
            node = parentOf.value(node);
        }
        if (state.value(node) == 1) { // came back to this walk: a circle from `node` on
            QList<qint64> circle = path.mid(path.indexOf(node));
            // From its smallest id, so the same circle reads the same every time.
            std::rotate(circle.begin(), std::min_element(circle.begin(), circle.end()),
                        circle.end());
            found.append(circle);
        }
        for (qint64 n : std::as_const(path))
            state.insert(n, 2);
    }
    return found;
}

QString circleText(const QList<qint64> &circle)
{
    QStringList ids;
    for (qint64 id : circle)
        ids << QString::number(id);
    ids << ids.first();
    return ids.join(QStringLiteral(" \u2192 "));
}

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
                              "VALUES ('integrity-check', 1)")) == false &&
        !project.isReadOnly())
        check.problems << Tr::tr("full-text index: %1").arg(q.lastError().text());
    check.problems << cycles(project);
    return check;
}

QStringList ProjectCheck::cycles(Project &project)
{
    struct Link
    {
        const char *sql;
        const char *what; // %1: the ids in their circle
    };
    static const Link links[] = {
        {"SELECT id, duplicate_of FROM record WHERE duplicate_of IS NOT NULL",
         QT_TRANSLATE_NOOP("ProjectInfo", "records %1 are marked as duplicates of each other in a "
                                          "circle, so none of them is listed; undo one of these "
                                          "merges (evimap dedup --undo) or restore a backup")},
        {"SELECT id, parent_id FROM code WHERE parent_id IS NOT NULL",
         QT_TRANSLATE_NOOP("ProjectInfo", "codes %1 are each other's parents in a circle, so "
                                          "none of them is in the codebook; restore a backup")},
        {"SELECT id, merged_into FROM code WHERE merged_into IS NOT NULL",
         QT_TRANSLATE_NOOP("ProjectInfo", "codes %1 are merged into each other in a circle; "
                                          "restore a backup")},
    };
    QStringList problems;
    for (const Link &link : links) {
        QSqlQuery q(project.database());
        q.setForwardOnly(true);
        if (!q.exec(QString::fromLatin1(link.sql))) {
            problems << Tr::tr("links could not be read: %1").arg(q.lastError().text());
            continue;
        }
        QHash<qint64, qint64> parentOf;
        while (q.next())
            parentOf.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
        const QList<QList<qint64>> found = circles(parentOf);
        for (const QList<qint64> &circle : found)
            problems << Tr::tr(link.what).arg(circleText(circle));
    }
    return problems;
}

QStringList ProjectCheck::attachmentProblems(Project &project)
{
    QStringList problems;
    QSqlQuery q(project.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, record_id, file_path, file_sha256 FROM attachment "
                               "ORDER BY id"))) {
        problems << Tr::tr("attachments could not be read: %1").arg(q.lastError().text());
        return problems;
    }
    while (q.next()) {
        const QString where = Tr::tr("attachment %1 of record %2")
                                  .arg(q.value(0).toLongLong())
                                  .arg(q.value(1).toLongLong());
        const QString path = q.value(2).toString();
        const QString sha = q.value(3).toString();
        Result<AttachedFile> file = AttachedFile::open(project.filePath(), path);
        if (!file) {
            problems << Tr::tr("%1: %2; attach the PDF again (evimap attach)")
                            .arg(where, file.errorString());
            continue;
        }
        Result<QString> actual = file->sha256();
        if (!actual)
            problems << Tr::tr("%1: %2").arg(where, actual.errorString());
        else if (*actual != sha)
            problems << Tr::tr("%1: %2 is not the file that was attached (its SHA-256 is %3, the "
                               "project expects %4): it was changed or damaged; attach the PDF "
                               "again (evimap attach)")
                            .arg(where, path, actual->left(12), sha.left(12));
    }
    return problems;
}

} // namespace evimap
