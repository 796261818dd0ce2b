#include "projectpropertiesdialog.h"

#include "project/project.h"
#include "project/reviewers.h"
#include "team/roles.h"
#include "windowplacement.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace evimap::ui {

ProjectPropertiesDialog::ProjectPropertiesDialog(Project &project, qint64 reviewerId,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_reviewerId(reviewerId)
    , m_name(new QLineEdit(this))
    , m_question(new QPlainTextEdit(this))
    , m_authors(new QPlainTextEdit(this))
    , m_registration(new QLineEdit(this))
    , m_funder(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("projectPropertiesDialog"));
    setWindowTitle(tr("Project Properties"));
    WindowPlacement::apply(this, QStringLiteral("project-properties"));

    const std::optional<Reviewer> me =
        reviewerId > 0 ? Reviewers(project).byId(reviewerId) : std::nullopt;
    m_canEdit = me && !project.isReadOnly() && Roles::allows(me->role, Work::Lead);

    const ProjectProperties p = ProjectProperties::read(project);
    m_name->setText(p.name);
    m_question->setPlainText(p.question);
    m_authors->setPlainText(p.authors.join(QLatin1Char('\n')));
    m_registration->setText(p.registration);
    m_funder->setText(p.funder);
    m_registration->setPlaceholderText(tr("e.g. PROSPERO CRD42024000001 or an OSF DOI"));
    m_authors->setPlaceholderText(tr("One author a line, in the order credited"));
    m_question->setTabChangesFocus(true);
    m_authors->setTabChangesFocus(true);
    for (QWidget *field :
         {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_question),
          static_cast<QWidget *>(m_authors), static_cast<QWidget *>(m_registration),
          static_cast<QWidget *>(m_funder)}) {
        field->setEnabled(true);
        if (auto *line = qobject_cast<QLineEdit *>(field))
            line->setReadOnly(!m_canEdit);
        if (auto *text = qobject_cast<QPlainTextEdit *>(field))
            text->setReadOnly(!m_canEdit);
    }
    m_question->setFixedHeight(m_question->fontMetrics().lineSpacing() * 4 + 12);
    m_authors->setFixedHeight(m_authors->fontMetrics().lineSpacing() * 4 + 12);

    auto *form = new QFormLayout;
    auto addRow = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&Name:"), m_name);
    addRow(tr("Review &question:"), m_question);
    addRow(tr("&Authors:"), m_authors);
    addRow(tr("&Registration:"), m_registration);
    addRow(tr("&Funder:"), m_funder);

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    if (m_canEdit)
        intro->setText(tr("The name titles the window, the report and the PRISMA diagram; the "
                          "rest is the report's front matter. Empty fields are left out."));
    else if (me)
        intro->setText(tr("Only a lead changes the project's properties; you are %1, a %2.")
                           .arg(me->name, Roles::key(me->role)));
    else
        intro->setText(tr("Only a lead changes the project's properties."));
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("propertiesMessage"));
    if (!m_canEdit)
        m_buttons->setStandardButtons(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProjectPropertiesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(620, sizeHint().height());
    m_name->setFocus();
}

ProjectProperties ProjectPropertiesDialog::properties() const
{
    ProjectProperties p;
    p.name = m_name->text();
    p.question = m_question->toPlainText();
    p.authors = m_authors->toPlainText().split(QLatin1Char('\n'));
    p.registration = m_registration->text();
    p.funder = m_funder->text();
    return p;
}

void ProjectPropertiesDialog::accept()
{
    if (!m_canEdit) {
        QDialog::reject();
        return;
    }
    if (Status saved = ProjectProperties::save(m_project, properties(), m_reviewerId); !saved) {
        m_message->setText(saved.errorString());
        return;
    }
    QDialog::accept();
}

} // namespace evimap::ui
