#include "conflictchoice.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace evimap::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConflictChoice)
};
} // namespace

bool chooseToSaveMine(QWidget *parent, const QString &whatHappened)
{
    QMessageBox box(QMessageBox::Question, Tr::tr("Changed by Someone Else"),
                    whatHappened + QStringLiteral("\n\n") +
                        Tr::tr("Keep their version, or save yours in its place?"),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("conflictChoice"));
    QPushButton *mine = box.addButton(Tr::tr("Save &Mine"), QMessageBox::AcceptRole);
    QPushButton *theirs = box.addButton(Tr::tr("Keep &Theirs"), QMessageBox::RejectRole);
    box.setDefaultButton(theirs);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(mine);
}

} // namespace evimap::ui
