#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <memory>

namespace evimap {

// The file an attachment row names, opened without trusting the row (it may come from an
// offline copy someone handed back): the row's path must name a regular file directly inside
// the project's NAME.evimap-files/ folder, with no symbolic link on the way (the folder and the
// file are opened with O_NOFOLLOW, so nothing can be swapped in between the checks and the
// reading), no larger than maxBytes. `evimap check` verifies every attachment with it, and a
// merge brings a copy's file in only through it.
class AttachedFile final
{
    Q_DECLARE_TR_FUNCTIONS(AttachedFile)

public:
    // No PDF a review attaches comes near this; a larger file is refused, not read.
    static constexpr qint64 maxBytes = 512LL << 20;

    // `relativePath` as the attachment row keeps it (from the project file's folder).
    static Result<AttachedFile> open(const QString &projectPath, const QString &relativePath);

    // Reads the file to its end and returns its SHA-256 (hex), writing what it reads to
    // `copyTo` as well when one is given, so that what is copied is exactly what was hashed.
    Result<QString> sha256(QIODevice *copyTo = nullptr);

    // Whether `text` looks like a SHA-256 in hex, as attachment rows keep it.
    static bool isSha256(const QString &text);

private:
    AttachedFile() = default;

    QString m_path; // as the row names it, for messages
    std::unique_ptr<QFile> m_file;
};

} // namespace evimap
