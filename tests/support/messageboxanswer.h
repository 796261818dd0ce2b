#pragma once

// For GUI tests: answer the next modal message box as a person would, by its button's text.

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>

namespace evimap::test {

// Once the event loop runs (inside the box's exec()), clicks the button of the active modal
// QMessageBox whose text, without its '&', is `button`, and keeps the box's text in `asked`
// (left empty when no box came).
inline void answerNextMessageBox(const QString &button, QString *asked)
{
    asked->clear();
    QTimer::singleShot(0, [button, asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *asked = box->text();
        for (QAbstractButton *b : box->buttons()) {
            if (b->text().remove(QLatin1Char('&')) == button)
                b->click();
        }
    });
}

} // namespace evimap::test
