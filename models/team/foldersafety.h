#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace evimap {

// Something beside a project file that says its folder is not a safe place for a shared SQLite
// file, or that a write was interrupted.
struct FolderHazard
{
    enum class Kind
    {
        ConflictCopy, // a sync client's conflict copy of the project ("name (conflicted copy …)")
        LeftoverJournal, // NAME.evimap-journal: an EviMap is writing now, or one crashed
        SyncedFolder,    // the file lives in a cloud-synced folder (Dropbox, OneDrive, …)
    };
    Kind kind = Kind::ConflictCopy;
    QString path;    // the file or folder concerned
    QString message; // what it means and what to do, for the user
};

// Looks at the project's folder (names only, nothing is opened) for what cloud sync clients
// leave when two computers changed the same file: Dropbox, OneDrive, Google Drive, Nextcloud /
// ownCloud and Syncthing conflict copies. Those mean the file was changed in two places at once
// and one side's work sits in the copy; sharing through offline copies and `evimap merge` is the
// safe way.
class FolderSafety final
{
    Q_DECLARE_TR_FUNCTIONS(FolderSafety)

public:
    static QList<FolderHazard> inspect(const QString &projectPath);
    // Is `candidate` (a file name) a sync conflict copy of `projectFileName`?
    static bool isConflictCopyName(const QString &projectFileName, const QString &candidate);
    static QJsonArray toJson(const QList<FolderHazard> &hazards);
};

} // namespace evimap
