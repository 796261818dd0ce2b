#pragma once

#include <QString>
#include <QVariant>

namespace evimap {

// QtSql binds a null QString as SQL NULL; text columns in the schema are NOT NULL DEFAULT ''.
inline QVariant sqlText(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

} // namespace evimap
