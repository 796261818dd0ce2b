#include "newprojectdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace evimap::ui {

NewProjectDialog::NewProjectDialog(QWidget *parent)
    : QDialog(parent)
    , m_titleAbstract(new QSpinBox(this))
    , m_fullText(new QSpinBox(this))
    , m_reasons(new QPlainTextEdit(this))
{
    setWindowTitle(tr("New Project: Screening"));
    const NewProjectSetup defaults;
    for (QSpinBox *box : {m_titleAbstract, m_fullText}) {
        box->setRange(1, 10);
        box->setSuffix(tr(" per record"));
    }
    m_titleAbstract->setObjectName(QStringLiteral("reviewersTitleAbstract"));
    m_titleAbstract->setAccessibleName(tr("Reviewers per record at title/abstract"));
    m_titleAbstract->setValue(defaults.reviewersTitleAbstract);
    m_fullText->setObjectName(QStringLiteral("reviewersFullText"));
    m_fullText->setAccessibleName(tr("Reviewers per record at full text"));
    m_fullText->setValue(defaults.reviewersFullText);
    m_reasons->setObjectName(QStringLiteral("exclusionReasons"));
    m_reasons->setAccessibleName(tr("Full-text exclusion reasons"));
    m_reasons->setPlainText(defaults.exclusionReasons.join(QLatin1Char('\n')));
    m_reasons->setTabChangesFocus(true);
    m_reasons->setMinimumHeight(m_reasons->fontMetrics().height() * 9);

    auto *intro = new QLabel(tr("How many reviewers screen each record, each on their own "
                                "(blind) before their decisions are compared? Two is the "
                                "usual standard for systematic reviews."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("At &title/abstract:"), m_titleAbstract);
    form->addRow(tr("At &full text:"), m_fullText);
    auto *reasonsLabel =
        new QLabel(tr("Full-text &exclusion reasons, one a line (you can change them later in "
                      "Screening ▸ Criteria, Keywords and Reasons):"),
                   this);
    reasonsLabel->setWordWrap(true);
    reasonsLabel->setBuddy(m_reasons);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(reasonsLabel);
    layout->addWidget(m_reasons, 1);
    layout->addWidget(buttons);
    m_titleAbstract->setFocus();
}

NewProjectSetup NewProjectDialog::setup() const
{
    NewProjectSetup setup;
    setup.reviewersTitleAbstract = m_titleAbstract->value();
    setup.reviewersFullText = m_fullText->value();
    setup.exclusionReasons = m_reasons->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return setup;
}

} // namespace evimap::ui
