#pragma once

#include <QRect>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace evimap {

// A typed user preference: its key and default live in one place. Widgets read preferences
// through these, never QSettings directly.
template<typename T>
class Preference final
{
public:
    Preference(const char *key, T defaultValue)
        : m_key(QLatin1String(key))
        , m_default(defaultValue)
    {}

    T value() const
    {
        return QSettings().value(m_key, QVariant::fromValue(m_default)).template value<T>();
    }
    void setValue(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    QString key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

namespace Preferences {
inline const Preference<QStringList> recentProjects("project/recent", {});
inline const Preference<QByteArray> windowState("window/state", {});
inline const Preference<QString> lastOpenFolder("project/lastFolder", {});
constexpr int maxRecentProjects = 8;

// Edit > Preferences. The reviewer identity offered when a project does not know the user yet.
inline const Preference<QString> reviewerName("reviewer/defaultName", {});
inline const Preference<QString> reviewerInitials("reviewer/defaultInitials", {});
// The screening view's reading text: an empty family is the system font.
inline const Preference<QString> screeningFontFamily("screening/fontFamily", {});
inline const Preference<int> screeningFontSize("screening/fontSize", 13);
constexpr int minScreeningFontSize = 8;
constexpr int maxScreeningFontSize = 32;
// Keyword highlights in titles, abstracts and PDFs: pale backgrounds, as #rrggbb.
inline const Preference<QString> includeHighlight("screening/includeHighlight",
                                                  QStringLiteral("#d9efdc"));
inline const Preference<QString> excludeHighlight("screening/excludeHighlight",
                                                  QStringLiteral("#f6dcdc"));
// Whether the import dialog offers to find duplicates after importing (ticked by default).
inline const Preference<bool> findDuplicatesAfterImport("import/findDuplicates", true);
// Where exports (maps, reports, codings) are suggested; empty: the last folder used.
inline const Preference<QString> exportFolder("export/folder", {});

// The reviewer identity chosen for a project (by the project's uuid), so it is asked once.
inline QString reviewerForProject(const QString &projectUuid)
{
    return QSettings().value(QStringLiteral("reviewer/") + projectUuid).toString();
}
inline void setReviewerForProject(const QString &projectUuid, const QString &reviewerUuid)
{
    QSettings().setValue(QStringLiteral("reviewer/") + projectUuid, reviewerUuid);
}
// Where a kind of window ("main", "coding", "import"...) was when it last closed, per
// arrangement of screens ("1366x768+0+0"); an invalid rectangle when it never was.
inline QRect windowPlace(const QString &screens, const QString &kind)
{
    return QSettings().value(QStringLiteral("windows/%1/%2").arg(screens, kind)).toRect();
}
inline void setWindowPlace(const QString &screens, const QString &kind, const QRect &place)
{
    QSettings().setValue(QStringLiteral("windows/%1/%2").arg(screens, kind), place);
}
// The folder an export dialog starts in: the chosen export folder, else the last folder used.
inline QString exportStartFolder()
{
    const QString folder = exportFolder.value();
    return folder.isEmpty() ? lastOpenFolder.value() : folder;
}
inline void addRecentProject(const QString &path)
{
    QStringList list = recentProjects.value();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > maxRecentProjects)
        list.removeLast();
    recentProjects.setValue(list);
}
} // namespace Preferences

} // namespace evimap
