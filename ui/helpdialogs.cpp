#include "helpdialogs.h"

#include "windowplacement.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace evimap::ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HelpDialogs)
};

QString withoutMnemonic(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    text.remove(QChar(0x2026)); // "…"
    return text.trimmed();
}

void listMenu(const QMenu *menu, const QString &path, QString &html)
{
    QString rows;
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions) {
        if (action->isSeparator())
            continue;
        if (action->menu()) {
            listMenu(action->menu(), path + QStringLiteral(" ▸ ") + withoutMnemonic(action->text()),
                     html);
            continue;
        }
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.isEmpty())
            continue;
        QStringList shown;
        for (const QKeySequence &key : keys)
            shown << key.toString(QKeySequence::NativeText).toHtmlEscaped();
        rows +=
            QStringLiteral("<tr><td style=\"padding-right:24px\"><b>%1</b></td><td>%2</td></tr>")
                .arg(shown.join(QStringLiteral(", ")),
                     withoutMnemonic(action->text()).toHtmlEscaped());
    }
    if (!rows.isEmpty())
        html += QStringLiteral("<h4>%1</h4><table>%2</table>").arg(path.toHtmlEscaped(), rows);
}

} // namespace

QWidget *showGuide(QWidget *parent)
{
    auto *window = parent ? parent->findChild<QDialog *>(QStringLiteral("GuideWindow")) : nullptr;
    if (!window) {
        window = new QDialog(parent, Qt::Window);
        window->setObjectName(QStringLiteral("GuideWindow"));
        window->setWindowTitle(Tr::tr("Guide"));
        window->resize(760, 720);
        WindowPlacement::apply(window, QStringLiteral("guide"));
        auto *browser = new QTextBrowser(window);
        browser->setObjectName(QStringLiteral("guideText"));
        browser->setOpenExternalLinks(true);
        QFile file(QStringLiteral(":/docs/guide.md"));
        if (file.open(QIODevice::ReadOnly))
            browser->setMarkdown(QString::fromUtf8(file.readAll()));
        else
            browser->setPlainText(Tr::tr("The guide is missing from this build."));
        browser->document()->setDocumentMargin(18);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, window);
        QObject::connect(buttons, &QDialogButtonBox::rejected, window, &QDialog::close);
        auto *layout = new QVBoxLayout(window);
        layout->addWidget(browser);
        layout->addWidget(buttons);
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

QString aboutText()
{
    return Tr::tr("<h3>EviMap %1</h3>"
                  "<p>Literature reviews and evidence maps, offline, in one project file.</p>"
                  "<p>EviMap is free software under the GNU General Public License, version 3 "
                  "or later.</p>"
                  "<p>Built on:</p><ul>"
                  "<li>Qt %2 — GNU Lesser General Public License, version 3</li>"
                  "<li>Poppler — GNU General Public License, version 2 or later</li>"
                  "<li>SQLite — public domain</li></ul>")
        .arg(QStringLiteral(EVIMAP_VERSION), QString::fromLatin1(qVersion()));
}

void showAbout(QWidget *parent)
{
    QMessageBox::about(parent, Tr::tr("About EviMap"), aboutText());
}

QString shortcutReference(const QMenuBar *menuBar)
{
    QString html;
    const QList<QAction *> menus = menuBar->actions();
    for (const QAction *action : menus) {
        if (action->menu())
            listMenu(action->menu(), withoutMnemonic(action->text()), html);
    }
    return html;
}

void showKeyboardShortcuts(QWidget *parent, const QMenuBar *menuBar)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("ShortcutsWindow"));
    dialog.setWindowTitle(Tr::tr("Keyboard Shortcuts"));
    dialog.resize(520, 640);
    WindowPlacement::apply(&dialog, QStringLiteral("shortcuts"));
    auto *browser = new QTextBrowser(&dialog);
    browser->setObjectName(QStringLiteral("shortcutsText"));
    browser->setHtml(shortcutReference(menuBar) +
                     Tr::tr("<p>The screening, coding and duplicate review windows have keys "
                            "of their own: Help ▸ Guide lists them.</p>"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog.exec();
}

} // namespace evimap::ui
