#include "project/readerconnection.h"

#include "core/clock.h"
#include "project/project.h"

#include <QSqlError>

namespace evimap {

ReaderConnection::ReaderConnection(const QString &projectPath)
    : m_name(QStringLiteral("evimap-reader-") + newUuid())
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(projectPath);
    // The same patience with other EviMaps' writes as the project's own connection.
    db.setConnectOptions(
        QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1;QSQLITE_OPEN_READONLY").arg(Project::lockWaitMs()));
    if (!db.open())
        m_status = failure(tr("%1 cannot be read: %2").arg(projectPath, db.lastError().text()));
}

ReaderConnection::~ReaderConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase ReaderConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace evimap
