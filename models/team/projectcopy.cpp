#include "team/projectcopy.h"

#include "core/clock.h"
#include "core/sqltext.h"
#include "project/project.h"
#include "project/projectsettings.h"
#include "project/reviewers.h"
#include "team/auditlog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

namespace evimap {

CopyOrigin CopyOrigin::read(Project &project)
{
    CopyOrigin origin;
    origin.originFile = ProjectSettings::copyOrigin.read(project);
    origin.takenAt = ProjectSettings::copyTakenAt.read(project);
    origin.reviewerUuid = ProjectSettings::copyReviewer.read(project);
    if (!origin.reviewerUuid.isEmpty()) {
        QSqlQuery q(project.database());
        q.prepare(QStringLiteral("SELECT name FROM reviewer WHERE uuid = ?"));
        q.addBindValue(origin.reviewerUuid);
        if (q.exec() && q.next())
            origin.reviewerName = q.value(0).toString();
    }
    return origin;
}

namespace {

// A path kept in the project must stay inside the project's folder: copies are untrusted.
bool isSafeRelativePath(const QString &path)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path) || path.startsWith(QLatin1Char('/')) ||
        path.contains(QLatin1Char('\\')) || path.contains(QLatin1Char(':')))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part == QLatin1String("..") || part.isEmpty())
            return false;
    }
    return true;
}

} // namespace

Result<TakenCopy> ProjectCopy::take(Project &main, const QString &outPath, qint64 reviewerId)
{
    const QFileInfo out(outPath);
    if (out.exists())
        return Error{Error::Kind::Usage,
                     tr("%1 already exists; choose another name for the copy").arg(outPath)};
    if (!out.absoluteDir().exists())
        return Error{Error::Kind::Usage,
                     tr("%1: the folder %2 does not exist").arg(outPath, out.absolutePath())};
    if (out.absoluteFilePath() == QFileInfo(main.filePath()).absoluteFilePath())
        return Error{Error::Kind::Usage, tr("the copy must be another file than the project")};
    const std::optional<Reviewer> reviewer = Reviewers(main).byId(reviewerId);
    if (!reviewer)
        return Error{Error::Kind::Usage, tr("a copy is taken for a reviewer of the project")};

    TakenCopy taken;
    taken.path = outPath;
    taken.origin.originFile = QFileInfo(main.filePath()).fileName();
    taken.origin.reviewerUuid = reviewer->uuid;
    taken.origin.reviewerName = reviewer->name;
    // Holding the write lock keeps every other writer out while the bytes are copied, so the
    // copy is one consistent state. The time is stamped after the last writer finished and the
    // clock is let tick past it before anyone can write again: every row the copy holds is at
    // or before `takenAt`, every later change strictly after.
    Status copied = main.writeTransaction([&]() -> Status {
        taken.origin.takenAt = utcNow();
        QThread::msleep(3);
        if (!QFile::copy(main.filePath(), outPath))
            return failure(tr("%1 could not be written").arg(outPath));
        return {};
    });
    if (!copied) {
        QFile::remove(outPath);
        return copied.error();
    }
    QFile::setPermissions(outPath, QFile::ReadOwner | QFile::WriteOwner);

    Result<std::unique_ptr<Project>> opened = Project::open(outPath);
    if (!opened) {
        QFile::remove(outPath);
        return opened.error();
    }
    Project &copy = *opened.value();
    const QDir mainFolder = QFileInfo(main.filePath()).absoluteDir();
    const QDir copyFolder = out.absoluteDir();
    const QDir copyFiles(copy.attachmentDirectory());
    Status marked = copy.writeTransaction([&]() -> Status {
        // Stamped with the moment the copy was taken: nothing in it is later than that.
        const QList<QPair<const ProjectSetting<QString> *, QString>> settings = {
            {&ProjectSettings::copyOrigin, taken.origin.originFile},
            {&ProjectSettings::copyTakenAt, taken.origin.takenAt},
            {&ProjectSettings::copyReviewer, taken.origin.reviewerUuid}};
        for (const auto &[setting, value] : settings) {
            if (Status s = setting->write(copy.database(), value, taken.origin.takenAt); !s)
                return s;
        }
        // The PDFs travel with the copy, in the copy's own attachment folder.
        QSqlQuery q(copy.database());
        QList<QPair<qint64, QString>> files;
        if (!q.exec(QStringLiteral("SELECT id, file_path FROM attachment")))
            return failure(q.lastError().text());
        while (q.next())
            files.append({q.value(0).toLongLong(), q.value(1).toString()});
        for (const auto &[id, path] : std::as_const(files)) {
            if (!isSafeRelativePath(path)) {
                taken.notices << tr("attachment %1 has an unsafe path and was not copied").arg(id);
                continue;
            }
            const QString source = mainFolder.filePath(path);
            if (!QFile::exists(source)) {
                taken.notices << tr("the attached file %1 is missing").arg(path);
                continue;
            }
            if (!copyFiles.exists() && !QDir().mkpath(copyFiles.path()))
                return failure(tr("the folder %1 cannot be made").arg(copyFiles.path()));
            const QString target = copyFiles.filePath(QFileInfo(path).fileName());
            if (!QFile::exists(target) && !QFile::copy(source, target))
                return failure(tr("%1 could not be copied").arg(source));
            QSqlQuery u(copy.database());
            u.prepare(QStringLiteral("UPDATE attachment SET file_path = ? WHERE id = ?"));
            u.addBindValue(copyFolder.relativeFilePath(QFileInfo(target).absoluteFilePath()));
            u.addBindValue(id);
            if (!u.exec())
                return failure(u.lastError().text());
            ++taken.attachmentsCopied;
        }
        return {};
    });
    if (!marked) {
        opened.value().reset();
        QFile::remove(outPath);
        return marked.error();
    }

    // The main file remembers that a copy is out, and for whom.
    AuditChange change;
    change.action = QStringLiteral("team.copy");
    change.entity = QStringLiteral("project");
    change.entityUuid = main.uuid();
    change.reviewerId = reviewerId;
    change.after = QJsonObject{{QStringLiteral("copy"), out.fileName()},
                               {QStringLiteral("takenAt"), taken.origin.takenAt},
                               {QStringLiteral("reviewer"), reviewer->name}};
    Status logged = main.writeTransaction(
        [&]() -> Status { return AuditLog::record(main.database(), change); });
    if (!logged)
        taken.notices
            << tr("the copy was taken but the project's audit log could not record it: %1")
                   .arg(logged.errorString());
    return taken;
}

} // namespace evimap
