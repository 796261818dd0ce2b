#pragma once

// Shared helpers for the Qt Test executables.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace evimap::test {

inline QString dataPath(const QString &relative)
{
    return QStringLiteral(EVIMAP_TEST_DATA "/") + relative;
}

inline QString sourcePath(const QString &relative)
{
    return QStringLiteral(EVIMAP_SOURCE_DIR "/") + relative;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

#ifdef EVIMAP_BINARY
// Runs the real evimap binary (as users and scripts do) and returns its exit code. Only the
// command-line tests (tests/app) have it: they alone wait for the binary to be built.
struct RunResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline RunResult runEvimap(const QStringList &arguments, const QString &workingDir = {})
{
    QProcess process;
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(QStringLiteral(EVIMAP_BINARY), arguments);
    RunResult result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
#endif

} // namespace evimap::test
