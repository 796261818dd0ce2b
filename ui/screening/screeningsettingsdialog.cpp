#include "screening/screeningsettingsdialog.h"

#include "project/project.h"
#include "project/reviewers.h"
#include "screening/exclusionreasonstore.h"
#include "screening/highlighttermstore.h"
#include "screening/screeningsettings.h"
#include "team/roles.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace evimap::ui {

namespace {

QStringList linesOf(const QPlainTextEdit *edit)
{
    QStringList lines;
    const QStringList raw = edit->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : raw) {
        const QString t = line.simplified();
        if (!t.isEmpty() && !lines.contains(t, Qt::CaseInsensitive))
            lines << t;
    }
    return lines;
}

} // namespace

ScreeningSettingsDialog::ScreeningSettingsDialog(Project &project, qint64 reviewerId,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_reviewerId(reviewerId)
    , m_criteria(new QPlainTextEdit(this))
    , m_includeTerms(new QPlainTextEdit(this))
    , m_excludeTerms(new QPlainTextEdit(this))
    , m_reasons(new QPlainTextEdit(this))
    , m_required(new QSpinBox(this))
    , m_requiredFullText(new QSpinBox(this))
    , m_blind(new QCheckBox(tr("Blind: reviewers do not see each other's decisions until a record "
                               "is settled"),
                            this))
    , m_stoppedEarly(new QCheckBox(tr("Screening stopped early, guided by the prioritised "
                                      "ranking: PRISMA reports the records never screened as "
                                      "removed by automation, not as excluded"),
                                   this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Screening Criteria, Keywords and Reasons"));
    const std::optional<Reviewer> me = Reviewers(project).byId(reviewerId);
    m_canEdit = me && Roles::allows(me->role, Work::Lead) && !project.isReadOnly();

    const ScreeningSettings settings = ScreeningSettings::read(project);
    const ExclusionReasonStore reasonStore(project);
    const HighlightTermStore termStore(project);
    m_criteria->setObjectName(QStringLiteral("criteriaEdit"));
    m_criteria->setPlainText(settings.criteria);
    m_criteria->setPlaceholderText(tr("Include: …\nExclude: …"));
    QStringList include, exclude, reasons;
    for (const HighlightRule &r : termStore.highlightRules())
        (r.kind == HighlightKind::Include ? include : exclude) << r.term;
    for (const ExclusionReason &r : reasonStore.reasons())
        reasons << r.label;
    m_includeTerms->setObjectName(QStringLiteral("includeTerms"));
    m_includeTerms->setPlainText(include.join(QLatin1Char('\n')));
    m_includeTerms->setPlaceholderText(tr("lonel*\nsocial isolation"));
    m_excludeTerms->setObjectName(QStringLiteral("excludeTerms"));
    m_excludeTerms->setPlainText(exclude.join(QLatin1Char('\n')));
    m_excludeTerms->setPlaceholderText(tr("mice\nrat*"));
    m_reasons->setObjectName(QStringLiteral("reasonsEdit"));
    m_reasons->setPlainText(reasons.join(QLatin1Char('\n')));
    m_required->setRange(1, 10);
    m_required->setValue(settings.reviewersRequiredAt(ScreeningStage::TitleAbstract));
    m_required->setObjectName(QStringLiteral("reviewersRequired"));
    m_requiredFullText->setRange(1, 10);
    m_requiredFullText->setValue(settings.reviewersRequiredAt(ScreeningStage::FullText));
    m_requiredFullText->setObjectName(QStringLiteral("reviewersRequiredFullText"));
    m_blind->setChecked(settings.blind);
    m_stoppedEarly->setObjectName(QStringLiteral("stoppedEarly"));
    m_stoppedEarly->setChecked(settings.stoppedEarly);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #9b1c1c;"));

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Criteria</b> shown beside every record:"), this), 0, 0, 1, 2);
    grid->addWidget(m_criteria, 1, 0, 1, 2);
    grid->addWidget(
        new QLabel(tr("<b>Include keywords</b> (green), one a line; * is a wildcard:"), this), 2,
        0);
    grid->addWidget(new QLabel(tr("<b>Exclude keywords</b> (red):"), this), 2, 1);
    grid->addWidget(m_includeTerms, 3, 0);
    grid->addWidget(m_excludeTerms, 3, 1);
    grid->addWidget(new QLabel(tr("<b>Exclusion reasons</b>, in order (keys 1–9); removing one "
                                  "retires it:"),
                               this),
                    4, 0, 1, 2);
    grid->addWidget(m_reasons, 5, 0, 1, 2);
    auto *form = new QFormLayout;
    form->addRow(tr("Reviewers who must agree, at title/abstract:"), m_required);
    form->addRow(tr("At full text:"), m_requiredFullText);
    form->addRow(QString(), m_blind);
    form->addRow(QString(), m_stoppedEarly);

    auto *buttons = new QDialogButtonBox(
        m_canEdit ? QDialogButtonBox::Save | QDialogButtonBox::Cancel : QDialogButtonBox::Close,
        this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    if (!m_canEdit)
        layout->addWidget(new QLabel(tr("Only the project's lead can change these."), this));
    layout->addLayout(grid, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    for (QWidget *w :
         {static_cast<QWidget *>(m_criteria), static_cast<QWidget *>(m_includeTerms),
          static_cast<QWidget *>(m_excludeTerms), static_cast<QWidget *>(m_reasons),
          static_cast<QWidget *>(m_required), static_cast<QWidget *>(m_requiredFullText),
          static_cast<QWidget *>(m_blind), static_cast<QWidget *>(m_stoppedEarly)})
        w->setEnabled(m_canEdit);
    resize(760, 680);
}

bool ScreeningSettingsDialog::save()
{
    if (!m_canEdit)
        return true;
    ScreeningSettings settings = ScreeningSettings::read(m_project);
    settings.criteria = m_criteria->toPlainText().trimmed();
    settings.reviewersRequired = m_required->value();
    // Kept as "the same" while it is, so old projects keep one number for both stages.
    settings.reviewersRequiredFullText = m_requiredFullText->value() == m_required->value() &&
                                                 settings.reviewersRequiredFullText == 0
                                             ? 0
                                             : m_requiredFullText->value();
    settings.blind = m_blind->isChecked();
    settings.stoppedEarly = m_stoppedEarly->isChecked();
    QStringList problems;
    if (Status s = settings.write(m_project); !s)
        problems << s.errorString();

    ExclusionReasonStore reasonStore(m_project);
    HighlightTermStore termStore(m_project);
    // Keywords: add the new, remove the dropped.
    const QList<HighlightRule> existing = termStore.highlightRules();
    for (HighlightKind kind : {HighlightKind::Include, HighlightKind::Exclude}) {
        const QStringList wanted =
            linesOf(kind == HighlightKind::Include ? m_includeTerms : m_excludeTerms);
        for (const HighlightRule &r : existing) {
            if (r.kind == kind && !wanted.contains(r.term))
                if (Status s = termStore.removeHighlightTerm(r.term, kind, m_reviewerId); !s)
                    problems << s.errorString();
        }
        for (const QString &term : wanted) {
            if (Status s = termStore.addHighlightTerm(term, kind, m_reviewerId); !s)
                problems << s.errorString();
        }
    }

    // Reasons: keep the order given, add the new, retire the dropped.
    const QStringList wanted = linesOf(m_reasons);
    for (const ExclusionReason &r : reasonStore.reasons()) {
        if (!wanted.contains(r.label, Qt::CaseInsensitive))
            if (Status s = reasonStore.retireReason(r.id, m_reviewerId); !s)
                problems << s.errorString();
    }
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        std::optional<ExclusionReason> r = std::nullopt;
        for (const ExclusionReason &active : reasonStore.reasons()) {
            if (active.label.compare(wanted.at(i), Qt::CaseInsensitive) == 0)
                r = active;
        }
        if (!r) {
            Result<ExclusionReason> added = reasonStore.addReason(wanted.at(i), m_reviewerId);
            if (!added) {
                problems << added.errorString();
                continue;
            }
            r = added.value();
        }
        if (Status s = reasonStore.moveReason(r->id, int(i), m_reviewerId); !s)
            problems << s.errorString();
    }
    if (!problems.isEmpty()) {
        m_error->setText(problems.join(QLatin1Char('\n')));
        return false;
    }
    return true;
}

void ScreeningSettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace evimap::ui
