#include "reviewerdialog.h"
#include "windowplacement.h"

#include "core/preferences.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace evimap::ui {

ReviewerDialog::ReviewerDialog(const QStringList &existingNames, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_initials(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Who is reviewing?"));
    WindowPlacement::apply(this, QStringLiteral("reviewer"));
    auto *intro = new QLabel(tr("Your decisions and codes are recorded under your name. "
                                "EviMap remembers you for this project."),
                             this);
    intro->setWordWrap(true);
    m_name->setPlaceholderText(tr("e.g. Amina Rahman"));
    m_name->setCompleter(new QCompleter(existingNames, this));
    m_initials->setPlaceholderText(tr("e.g. AR"));
    m_initials->setMaxLength(6);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Initials:"), m_initials);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &ReviewerDialog::updateInitials);
    connect(m_initials, &QLineEdit::textEdited, this, [this] {
        m_initialsEdited = true;
        updateOk();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The first name given becomes the default for other projects (Edit > Preferences changes it).
    connect(this, &QDialog::accepted, this, [this] {
        if (Preferences::reviewerName.value().isEmpty()) {
            Preferences::reviewerName.setValue(name());
            Preferences::reviewerInitials.setValue(initials());
        }
    });
    // The identity chosen in Edit > Preferences, so a reviewer types it once for all projects.
    m_name->setText(Preferences::reviewerName.value());
    if (const QString initials = Preferences::reviewerInitials.value(); !initials.isEmpty()) {
        m_initials->setText(initials);
        m_initialsEdited = true;
    }
    updateOk();
}

QString ReviewerDialog::name() const
{
    return m_name->text().simplified();
}

QString ReviewerDialog::initials() const
{
    return m_initials->text().trimmed();
}

void ReviewerDialog::updateInitials(const QString &name)
{
    if (!m_initialsEdited) {
        QString initials;
        const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words)
            initials += word.front().toUpper();
        m_initials->setText(initials.left(4));
    }
    updateOk();
}

void ReviewerDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name().isEmpty() && !initials().isEmpty());
}

} // namespace evimap::ui
