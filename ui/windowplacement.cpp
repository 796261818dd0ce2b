#include "windowplacement.h"

#include "core/preferences.h"

#include <QApplication>
#include <QEvent>
#include <QFontMetrics>
#include <QMainWindow>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace evimap::ui {

namespace {

// Room for the window manager's border and title bar while no window has been framed yet
// (the main window's first showing): generous, as a title bar of Openbox or Xfce is.
const QMargins unknownFrame(8, 32, 8, 8);
// A title bar's icon and buttons, beside the title.
constexpr int titleBarButtons = 160;

// The window the rule measures from: the parent's window, else the main window.
QWidget *referenceOf(const QWidget *window)
{
    if (QWidget *parent = window->parentWidget())
        return parent->window();
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (w != window && w->isVisible() && qobject_cast<QMainWindow *>(w))
            return w;
    }
    return nullptr;
}

// The width its title needs, as the window manager shows it (Qt adds the program's name), so
// a small dialog's title is not cut short ("Who is rev… — EviMap").
int titleWidth(const QWidget *window)
{
    QString title = window->windowTitle();
    const QString program = QGuiApplication::applicationDisplayName();
    if (!program.isEmpty() && !title.endsWith(program))
        title += QStringLiteral(" — ") + program;
    QFont font = QApplication::font();
    font.setBold(true);
    return QFontMetrics(font).horizontalAdvance(title) + titleBarButtons;
}

QMargins frameOf(const QWidget *window)
{
    const QRect frame = window->frameGeometry();
    const QRect client = window->geometry();
    return QMargins(client.left() - frame.left(), client.top() - frame.top(),
                    frame.right() - client.right(), frame.bottom() - client.bottom());
}

} // namespace

WindowPlacement::WindowPlacement(QWidget *window, const QString &kind)
    : QObject(window)
    , m_window(window)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("windowPlacement"));
    window->installEventFilter(this);
}

void WindowPlacement::apply(QWidget *window, const QString &kind)
{
    if (!window || !window->isWindow() ||
        window->findChild<WindowPlacement *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    auto *placement = new WindowPlacement(window, kind);
    if (window->isVisible())
        placement->placeOnScreen();
}

QRect WindowPlacement::place(QSize wanted, QRect remembered, QRect available, QMargins frame,
                             QPoint centre)
{
    const QRect room = available.marginsRemoved(frame);
    if (remembered.isValid() && room.contains(remembered))
        return remembered;
    const QSize size = wanted.boundedTo(room.size()).expandedTo(QSize(1, 1));
    QPoint topLeft = centre - QPoint(size.width() / 2, size.height() / 2);
    topLeft.setX(std::clamp(topLeft.x(), room.left(), room.right() + 1 - size.width()));
    topLeft.setY(std::clamp(topLeft.y(), room.top(), room.bottom() + 1 - size.height()));
    return QRect(topLeft, size);
}

QString WindowPlacement::screenLayout()
{
    QStringList screens;
    const QList<QScreen *> all = QGuiApplication::screens();
    for (const QScreen *screen : all) {
        const QRect g = screen->geometry();
        screens
            << QStringLiteral("%1x%2+%3+%4").arg(g.width()).arg(g.height()).arg(g.x()).arg(g.y());
    }
    screens.sort();
    return screens.join(QLatin1Char(','));
}

void WindowPlacement::placeOnScreen()
{
    m_placed = true;
    const QWidget *reference = referenceOf(m_window);
    const QScreen *screen = reference ? reference->screen() : m_window->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    // The main window's frame tells what the window manager adds around a window.
    QMargins frame = reference && reference->isVisible() ? frameOf(reference) : QMargins();
    if (frame.isNull())
        frame = unknownFrame;
    const QRect available = screen->availableGeometry();
    const QPoint centre =
        reference && reference->isVisible() ? reference->geometry().center() : available.center();
    const QRect remembered = Preferences::windowPlace(screenLayout(), m_kind);
    const QSize wanted(std::max(m_window->width(), titleWidth(m_window)), m_window->height());
    const QRect rect = place(wanted, remembered, available, frame, centre);
    // The client area: by now the window exists, and X11 window managers place a new window's
    // client where it is asked to, its frame around it.
    m_window->setGeometry(rect);
}

bool WindowPlacement::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        // Show arrives before the window is mapped, so it opens in its place.
        if (event->type() == QEvent::Show && !m_placed)
            placeOnScreen();
        else if (event->type() == QEvent::Hide && m_placed && !m_window->isMinimized())
            Preferences::setWindowPlace(screenLayout(), m_kind, m_window->geometry());
    }
    return QObject::eventFilter(watched, event);
}

} // namespace evimap::ui
