#include "manualentrydialog.h"
#include "windowplacement.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace evimap::ui {

ManualEntryDialog::ManualEntryDialog(Project &project, qint64 reviewerId, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_reviewerId(reviewerId)
    , m_type(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_organisation(new QLineEdit(this))
    , m_country(new QLineEdit(this))
    , m_setting(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_contact(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_date(new QLineEdit(this))
    , m_sourceType(new QLineEdit(this))
    , m_route(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_addButton(new QPushButton(tr("&Add"), this))
{
    setWindowTitle(tr("Add Initiative or Report"));
    WindowPlacement::apply(this, QStringLiteral("manual-entry"));
    for (const QString &type : ManualEntry::types())
        m_type->addItem(type, type);
    for (const QString &route : ManualEntry::routes())
        m_route->addItem(route, route);
    const ManualEntry defaults;
    m_type->setCurrentIndex(qMax(0, m_type->findData(defaults.type)));
    m_route->setCurrentIndex(qMax(0, m_route->findData(defaults.route)));
    m_title->setObjectName(QStringLiteral("manualTitle"));
    m_date->setPlaceholderText(tr("YYYY, YYYY-MM or YYYY-MM-DD"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_setting->setPlaceholderText(tr("e.g. community centre, GP practice, online"));
    m_sourceType->setPlaceholderText(tr("e.g. initiative reported by its organisers"));
    m_contact->setPlaceholderText(tr("who told us, or whom to ask"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 6 + 14);
    m_problem->setObjectName(QStringLiteral("manualProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_type);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("&Setting:"), m_setting);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Co&ntact:"), m_contact);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("D&ate:"), m_date);
    form->addRow(tr("Source t&ype:"), m_sourceType);
    form->addRow(tr("Identified &through:"), m_route);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_addButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_addButton, &QPushButton::clicked, this, &ManualEntryDialog::add);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_title, m_date})
        connect(edit, &QLineEdit::textChanged, this, &ManualEntryDialog::validate);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("For grey literature that came as a description rather than a "
                                "file. It is counted in the PRISMA diagram under other methods, "
                                "by the route you choose."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
    validate();
}

ManualEntry ManualEntryDialog::entry() const
{
    ManualEntry e;
    e.type = m_type->currentData().toString();
    e.title = m_title->text().trimmed();
    e.organisation = m_organisation->text().trimmed();
    e.country = m_country->text().trimmed();
    e.setting = m_setting->text().trimmed();
    e.description = m_description->toPlainText().trimmed();
    e.contact = m_contact->text().trimmed();
    e.url = m_url->text().trimmed();
    e.date = m_date->text().trimmed();
    e.sourceType = m_sourceType->text().trimmed();
    e.route = m_route->currentData().toString();
    e.reviewerId = m_reviewerId;
    return e;
}

void ManualEntryDialog::validate()
{
    const Status ok = entry().validate();
    // An empty title is the normal start, not a mistake to shout about.
    m_problem->setText(ok || m_title->text().trimmed().isEmpty() ? QString() : ok.errorString());
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_addButton->setEnabled(ok.ok());
}

void ManualEntryDialog::add()
{
    Result<ManualEntry::Added> added = entry().addTo(m_project);
    if (!added) {
        QMessageBox::warning(this, windowTitle(), added.error().message);
        return;
    }
    m_added = added->recordId;
    accept();
}

} // namespace evimap::ui
