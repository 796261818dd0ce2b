#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QString>

#include <memory>

namespace evimap {

// A file EviMap writes for people to use (a figure, a map, an export, a report, a CSV table, a
// codebook) or brings into a project (a merged copy's attachment): written to a temporary file
// beside it and renamed over it only when every byte was written, so a full disk or a lost
// share leaves the old file (or none), never a short one, and says why ("No space left on
// device"). Every such file goes through here.
//
// QSaveFile alone is not enough in Qt 6.4: a write that fills the disk part-way returns the
// bytes it wrote with no error, so the next write, or commit() flushing its buffer, either
// reports "Unknown error" or nothing at all, and commit() renames a short file into place.
// device() therefore writes the rest of a short write again, which fails with the system's
// reason, and commit() renames only when nothing failed.
class OutputFile final
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    explicit OutputFile(const QString &path);
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    Status open();
    // Where to write between open() and commit().
    QIODevice &device();
    // Puts the file in place if everything was written; otherwise removes the temporary file
    // and says why. An OutputFile destroyed without commit() leaves nothing behind.
    Status commit();

    // The whole file at once.
    static Status write(const QString &path, const QByteArray &bytes);

private:
    class Device;

    QString m_path;
    QSaveFile m_file;
    std::unique_ptr<Device> m_device;
};

} // namespace evimap
