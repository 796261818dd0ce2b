#include "import/attachedfile.h"

#include "core/sha256.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace evimap {

namespace {

// Opens `name` inside the folder `dirFd` without following a symbolic link; -1 with errno set.
int openNoFollow(int dirFd, const QString &name, int flags)
{
    return ::openat(dirFd, QFile::encodeName(name).constData(),
                    flags | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
}

QString reason(int error)
{
    if (error == ELOOP)
        return AttachedFile::tr("it is a symbolic link");
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

bool AttachedFile::isSha256(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

Result<AttachedFile> AttachedFile::open(const QString &projectPath, const QString &relativePath)
{
    const QFileInfo project(projectPath);
    const QString folder = project.fileName() + QStringLiteral("-files");
    const QStringList parts = relativePath.split(QLatin1Char('/'));
    const QString name = parts.value(1);
    if (parts.size() != 2 || parts.first() != folder || name.isEmpty() ||
        name == QLatin1String(".") || name == QLatin1String("..") ||
        relativePath.contains(QLatin1Char('\\')) || relativePath.contains(QChar(0)))
        return failure(tr("the path \"%1\" is not a file in %2").arg(relativePath, folder));

    const int projectDir = ::open(QFile::encodeName(project.absolutePath()).constData(),
                                  O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (projectDir < 0)
        return failure(tr("%1 cannot be read: %2").arg(project.absolutePath(), reason(errno)));
    const int filesDir = openNoFollow(projectDir, folder, O_RDONLY | O_DIRECTORY);
    if (filesDir < 0) {
        QString why = reason(errno);
        struct stat link;
        if (::fstatat(projectDir, QFile::encodeName(folder).constData(), &link,
                      AT_SYMLINK_NOFOLLOW) == 0)
            why = S_ISLNK(link.st_mode)    ? reason(ELOOP)
                  : !S_ISDIR(link.st_mode) ? tr("it is not a folder")
                                           : why;
        ::close(projectDir);
        return failure(tr("%1 cannot be read: %2").arg(folder, why));
    }
    ::close(projectDir);
    const int fd = openNoFollow(filesDir, name, O_RDONLY);
    const int fileError = errno;
    ::close(filesDir);
    if (fd < 0)
        return failure(tr("%1 cannot be read: %2").arg(relativePath, reason(fileError)));
    struct stat info;
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        return failure(tr("%1 is not a regular file").arg(relativePath));
    }
    if (info.st_size > maxBytes) {
        ::close(fd);
        return failure(tr("%1 is larger than %2 MiB").arg(relativePath).arg(maxBytes >> 20));
    }
    // Reads block from here on, as for any file.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    AttachedFile opened;
    opened.m_path = relativePath;
    opened.m_file = std::make_unique<QFile>();
    if (!opened.m_file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return failure(tr("%1 cannot be read: %2").arg(relativePath, opened.m_file->errorString()));
    }
    return opened;
}

Result<QString> AttachedFile::sha256(QIODevice *copyTo)
{
    QFile &file = *m_file;
    Sha256 hash;
    qint64 total = 0;
    for (;;) {
        const QByteArray block = file.read(1 << 20);
        if (block.isEmpty()) {
            if (file.error() != QFileDevice::NoError)
                return failure(tr("%1 cannot be read: %2").arg(m_path, file.errorString()));
            break;
        }
        total += block.size();
        if (total > maxBytes) // it grew while being read
            return failure(tr("%1 is larger than %2 MiB").arg(m_path).arg(maxBytes >> 20));
        hash.addData(block);
        if (copyTo)
            copyTo->write(block); // a failure stays with the device (OutputFile::commit)
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace evimap
