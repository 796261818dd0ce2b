#pragma once

#include "core/result.h"

#include <QSqlError>
#include <QSqlQuery>

namespace evimap {

// A statement that failed, as the stores report it: SQLite's own message.
inline Error sqlFailure(const QSqlQuery &query)
{
    return failure(query.lastError().text());
}

} // namespace evimap
