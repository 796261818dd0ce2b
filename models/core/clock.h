#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace evimap {

// Times in the project file are UTC ISO-8601 with milliseconds, so they sort as text.
inline QString utcNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Rows that a merge of two copies must match carry one of these.
inline QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace evimap
