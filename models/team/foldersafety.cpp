#include "team/foldersafety.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace evimap {

bool FolderSafety::isConflictCopyName(const QString &projectFileName, const QString &candidate)
{
    if (candidate == projectFileName)
        return false;
    const QFileInfo project(projectFileName);
    const QString base = QRegularExpression::escape(project.completeBaseName());
    const QString ext = QRegularExpression::escape(QLatin1Char('.') + project.suffix());
    const QStringList patterns = {
        // Dropbox: "name (conflicted copy 2024-05-01).ext", "name (Ann's conflicted copy …).ext";
        // Nextcloud / ownCloud (new): "name (conflicted copy 2024-05-01 101500).ext";
        // Google Drive and others: "name (1).ext".
        QStringLiteral("^%1 \\((?:[^)]*conflict[^)]*|\\d{1,3})\\)%2$"),
        // ownCloud (old): "name_conflict-20240501-101500.ext"
        QStringLiteral("^%1_conflict-[^/]*%2$"),
        // OneDrive and generic: "name-conflict….ext", "name-DESKTOP-1A2B3C.ext" (a computer name)
        QStringLiteral("^%1-(?:conflict[^/]*|(?:DESKTOP|LAPTOP|PC)-[A-Za-z0-9]+)%2$"),
        // Syncthing: "name.sync-conflict-20240501-101500-ABCDEFG.ext"
        QStringLiteral("^%1\\.sync-conflict-[^/]*%2$"),
        // Syncthing and others also keep the extension in the middle:
        // "name.ext.sync-conflict-…", or add it twice.
        QStringLiteral("^%1%2\\.sync-conflict-[^/]*$"),
    };
    for (const QString &pattern : patterns) {
        const QRegularExpression re(pattern.arg(base, ext),
                                    QRegularExpression::CaseInsensitiveOption);
        if (re.match(candidate).hasMatch())
            return true;
    }
    return false;
}

QList<FolderHazard> FolderSafety::inspect(const QString &projectPath)
{
    QList<FolderHazard> hazards;
    const QFileInfo project(projectPath);
    const QDir folder = project.absoluteDir();
    const QString name = project.fileName();

    const QStringList entries = folder.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        if (!isConflictCopyName(name, entry))
            continue;
        FolderHazard h;
        h.kind = FolderHazard::Kind::ConflictCopy;
        h.path = folder.filePath(entry);
        h.message = tr("%1 is a sync conflict copy of %2: the project was changed on two "
                       "computers at once and some work is only in the copy. Open the newer "
                       "one, merge the other into it (evimap merge), and share through offline "
                       "copies instead of a synced file.")
                        .arg(entry, name);
        hazards.append(h);
    }

    const QString journal = projectPath + QStringLiteral("-journal");
    if (QFileInfo::exists(journal)) {
        FolderHazard h;
        h.kind = FolderHazard::Kind::LeftoverJournal;
        h.path = journal;
        h.message = tr("%1 is beside the project: another EviMap is saving right now, or one was "
                       "stopped while saving. Do not delete it or copy the project without it; "
                       "the next EviMap to open the project rolls the unfinished change back.")
                        .arg(QFileInfo(journal).fileName());
        hazards.append(h);
    }

    // Sync clients copy files whole and know nothing of SQLite's locks.
    static const QStringList syncedFolders = {
        QStringLiteral("Dropbox"),          QStringLiteral("OneDrive"),
        QStringLiteral("Google Drive"),     QStringLiteral("My Drive"),
        QStringLiteral("GoogleDrive"),      QStringLiteral("Nextcloud"),
        QStringLiteral("ownCloud"),         QStringLiteral("iCloud Drive"),
        QStringLiteral("Mobile Documents"), QStringLiteral("Box Sync"),
        QStringLiteral("pCloudDrive"),      QStringLiteral("MEGAsync")};
    const QStringList parts = folder.absolutePath().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const bool synced =
            std::any_of(syncedFolders.cbegin(), syncedFolders.cend(), [&](const QString &s) {
                return part.compare(s, Qt::CaseInsensitive) == 0 ||
                       part.startsWith(s + QStringLiteral(" - "), Qt::CaseInsensitive);
            });
        if (!synced)
            continue;
        FolderHazard h;
        h.kind = FolderHazard::Kind::SyncedFolder;
        h.path = folder.absolutePath();
        h.message = tr("the project is in a cloud-synced folder (%1). Sync does not respect "
                       "SQLite's locks: never have it open on two computers at once; take an "
                       "offline copy each (evimap copy) and merge them back.")
                        .arg(part);
        hazards.append(h);
        break;
    }
    return hazards;
}

QJsonArray FolderSafety::toJson(const QList<FolderHazard> &hazards)
{
    QJsonArray list;
    for (const FolderHazard &h : hazards) {
        const QString kind =
            h.kind == FolderHazard::Kind::ConflictCopy      ? QStringLiteral("conflict_copy")
            : h.kind == FolderHazard::Kind::LeftoverJournal ? QStringLiteral("journal")
                                                            : QStringLiteral("synced_folder");
        list.append(QJsonObject{{QStringLiteral("kind"), kind},
                                {QStringLiteral("path"), h.path},
                                {QStringLiteral("message"), h.message}});
    }
    return list;
}

} // namespace evimap
