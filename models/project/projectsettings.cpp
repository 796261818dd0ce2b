#include "project/projectsettings.h"

#include "project/project.h"

namespace evimap {

namespace {

QString toText(bool value)
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}

QString toText(int value)
{
    return QString::number(value);
}

QString toText(qint64 value)
{
    return QString::number(value);
}

QString toText(double value)
{
    return QString::number(value);
}

QString toText(const QString &value)
{
    return value;
}

bool fromText(const QString &text, bool *value)
{
    // "true"/"false" is how screening.blind was written before there was one encoding; the
    // others are what a person editing the file might write.
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("1") || t == QLatin1String("true") || t == QLatin1String("yes") ||
        t == QLatin1String("on"))
        *value = true;
    else if (t == QLatin1String("0") || t == QLatin1String("false") || t == QLatin1String("no") ||
             t == QLatin1String("off"))
        *value = false;
    else
        return false;
    return true;
}

bool fromText(const QString &text, int *value)
{
    bool ok = false;
    *value = text.trimmed().toInt(&ok);
    return ok;
}

bool fromText(const QString &text, qint64 *value)
{
    bool ok = false;
    *value = text.trimmed().toLongLong(&ok);
    return ok;
}

bool fromText(const QString &text, double *value)
{
    bool ok = false;
    *value = text.trimmed().toDouble(&ok);
    return ok;
}

bool fromText(const QString &text, QString *value)
{
    *value = text;
    return true;
}

} // namespace

template<typename T>
QString ProjectSetting<T>::encode(const T &value)
{
    return toText(value);
}

template<typename T>
std::optional<T> ProjectSetting<T>::decode(const QString &text)
{
    T value{};
    if (!fromText(text, &value))
        return std::nullopt;
    return value;
}

template<typename T>
T ProjectSetting<T>::read(const Project &project) const
{
    const std::optional<QString> text = project.setting(key());
    return text ? decode(*text).value_or(m_default) : m_default;
}

template<typename T>
Status ProjectSetting<T>::write(Project &project, const T &value) const
{
    return project.setSetting(key(), encode(value));
}

template<typename T>
Status ProjectSetting<T>::write(QSqlDatabase db, const T &value, const QString &updatedAt) const
{
    return Project::writeSetting(std::move(db), key(), encode(value), updatedAt);
}

template class ProjectSetting<bool>;
template class ProjectSetting<int>;
template class ProjectSetting<qint64>;
template class ProjectSetting<double>;
template class ProjectSetting<QString>;

} // namespace evimap
