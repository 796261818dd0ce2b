#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace evimap {

// A read-only connection of its own to a project file, for a worker thread that reads while the
// project's thread reads too (a QtSql connection belongs to the thread that opened it, so
// Project::database() cannot be shared). Open it in the thread that uses it; it closes when it
// goes out of scope. Each connection sees the file as committed when its statement starts.
class ReaderConnection final
{
    Q_DECLARE_TR_FUNCTIONS(ReaderConnection)

public:
    explicit ReaderConnection(const QString &projectPath);
    ~ReaderConnection();
    ReaderConnection(const ReaderConnection &) = delete;
    ReaderConnection &operator=(const ReaderConnection &) = delete;

    // Empty when open; else why not.
    Status status() const { return m_status; }
    QSqlDatabase database() const;

private:
    QString m_name;
    Status m_status;
};

} // namespace evimap
