#include "settingsdialog.h"
#include "windowplacement.h"

#include "core/preferences.h"
#include "dedup/dedupthresholds.h"
#include "project/project.h"
#include "screening/highlightcolours.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace evimap::ui {

namespace {

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(28, 16);
    pixmap.fill(colour);
    return QIcon(pixmap);
}

QDoubleSpinBox *thresholdBox(QWidget *parent, const QString &objectName, double value)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(0.01, 1.0);
    box->setDecimals(2);
    box->setSingleStep(0.01);
    box->setValue(value);
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(Project *project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_reviewerName(new QLineEdit(this))
    , m_reviewerInitials(new QLineEdit(this))
    , m_fontFamily(new QFontComboBox(this))
    , m_fontSize(new QSpinBox(this))
    , m_includeButton(new QPushButton(this))
    , m_excludeButton(new QPushButton(this))
    , m_preview(new QLabel(this))
    , m_exportFolder(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("SettingsDialog"));
    setWindowTitle(tr("Preferences"));
    WindowPlacement::apply(this, QStringLiteral("preferences"));

    // --- You ---
    m_reviewerName->setObjectName(QStringLiteral("reviewerName"));
    m_reviewerName->setPlaceholderText(tr("e.g. Amina Rahman"));
    m_reviewerName->setText(Preferences::reviewerName.value());
    m_reviewerInitials->setObjectName(QStringLiteral("reviewerInitials"));
    m_reviewerInitials->setPlaceholderText(tr("e.g. AR"));
    m_reviewerInitials->setMaxLength(6);
    m_reviewerInitials->setText(Preferences::reviewerInitials.value());
    auto *you = new QGroupBox(tr("You"), this);
    auto *youForm = new QFormLayout(you);
    youForm->addRow(tr("&Name:"), m_reviewerName);
    youForm->addRow(tr("&Initials:"), m_reviewerInitials);
    auto *youNote = new QLabel(tr("Offered when a project does not know you yet."), you);
    youNote->setWordWrap(true);
    youForm->addRow(youNote);

    // --- Screening ---
    m_fontFamily->setObjectName(QStringLiteral("screeningFont"));
    m_fontFamily->setCurrentFont(screeningReadingFont(font()));
    m_fontSize->setObjectName(QStringLiteral("screeningFontSize"));
    m_fontSize->setRange(Preferences::minScreeningFontSize, Preferences::maxScreeningFontSize);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(screeningReadingFont(font()).pointSize());
    m_includeButton->setObjectName(QStringLiteral("includeColour"));
    m_includeButton->setText(tr("Choose…"));
    m_excludeButton->setObjectName(QStringLiteral("excludeColour"));
    m_excludeButton->setText(tr("Choose…"));
    m_preview->setObjectName(QStringLiteral("highlightPreview"));
    m_preview->setTextFormat(Qt::RichText);
    m_preview->setWordWrap(true);
    auto *screening = new QGroupBox(tr("Screening"), this);
    auto *screeningForm = new QFormLayout(screening);
    screeningForm->addRow(tr("Reading &font:"), m_fontFamily);
    screeningForm->addRow(tr("Text &size:"), m_fontSize);
    screeningForm->addRow(tr("Highlight for &inclusion terms:"), m_includeButton);
    screeningForm->addRow(tr("Highlight for &exclusion terms:"), m_excludeButton);
    screeningForm->addRow(m_preview);

    // --- Export ---
    m_exportFolder->setObjectName(QStringLiteral("exportFolder"));
    m_exportFolder->setPlaceholderText(tr("The last folder used"));
    m_exportFolder->setText(Preferences::exportFolder.value());
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_exportFolder, 1);
    folderRow->addWidget(browse);
    auto *exportBox = new QGroupBox(tr("Export"), this);
    auto *exportForm = new QFormLayout(exportBox);
    auto *folderLabel = new QLabel(tr("Default &folder:"), exportBox);
    folderLabel->setBuddy(m_exportFolder);
    exportForm->addRow(folderLabel, folderRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(you);
    layout->addWidget(screening);
    layout->addWidget(exportBox);

    // --- This project (shared with the team, so only when it can be written) ---
    if (m_project && !m_project->isReadOnly()) {
        const DedupThresholds t = DedupThresholds::fromProject(*m_project);
        m_reviewThreshold = thresholdBox(this, QStringLiteral("dedupReviewThreshold"), t.review);
        m_autoThreshold = thresholdBox(this, QStringLiteral("dedupAutoThreshold"), t.autoMerge);
        auto *projectBox = new QGroupBox(tr("This project: duplicates"), this);
        auto *projectForm = new QFormLayout(projectBox);
        projectForm->addRow(tr("&Review pairs scoring from:"), m_reviewThreshold);
        projectForm->addRow(tr("&Merge without asking from:"), m_autoThreshold);
        auto *note = new QLabel(tr("Kept in the project file, for everyone who works on it. "
                                   "Defaults: %1 and %2.")
                                    .arg(DedupThresholds::defaultReview)
                                    .arg(DedupThresholds::defaultAutoMerge),
                                projectBox);
        note->setWordWrap(true);
        projectForm->addRow(note);
        layout->addWidget(projectBox);
    }

    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_includeButton, &QPushButton::clicked, this, [this] { chooseColour(true); });
    connect(m_excludeButton, &QPushButton::clicked, this, [this] { chooseColour(false); });
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseExportFolder);
    connect(m_fontFamily, &QFontComboBox::currentFontChanged, this, &SettingsDialog::updatePreview);
    connect(m_fontSize, &QSpinBox::valueChanged, this, &SettingsDialog::updatePreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setIncludeColour(HighlightColours::include());
    setExcludeColour(HighlightColours::exclude());
}

void SettingsDialog::setIncludeColour(const QColor &colour)
{
    if (!colour.isValid())
        return;
    m_include = colour;
    m_includeButton->setIcon(swatch(colour));
    updatePreview();
}

void SettingsDialog::setExcludeColour(const QColor &colour)
{
    if (!colour.isValid())
        return;
    m_exclude = colour;
    m_excludeButton->setIcon(swatch(colour));
    updatePreview();
}

void SettingsDialog::chooseColour(bool include)
{
    const QColor chosen = QColorDialog::getColor(include ? m_include : m_exclude, this,
                                                 include ? tr("Highlight for Inclusion Terms")
                                                         : tr("Highlight for Exclusion Terms"));
    if (include)
        setIncludeColour(chosen);
    else
        setExcludeColour(chosen);
}

void SettingsDialog::chooseExportFolder()
{
    const QString start =
        m_exportFolder->text().isEmpty() ? QDir::homePath() : m_exportFolder->text();
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Default Export Folder"), start);
    if (!folder.isEmpty())
        m_exportFolder->setText(QDir::toNativeSeparators(folder));
}

void SettingsDialog::updatePreview()
{
    if (!m_include.isValid() || !m_exclude.isValid())
        return;
    QFont font = m_fontFamily->currentFont();
    font.setPointSize(m_fontSize->value());
    m_preview->setFont(font);
    m_preview->setText(
        tr("Loneliness in older adults: a <span style=\"background-color:%1\">randomised</span> "
           "trial of group <span style=\"background-color:%1\">CBT</span>, not an "
           "<span style=\"background-color:%2\">editorial</span>.")
            .arg(m_include.name(), m_exclude.name()));
}

void SettingsDialog::accept()
{
    if (m_reviewThreshold && m_autoThreshold && m_project) {
        DedupThresholds t;
        t.review = m_reviewThreshold->value();
        t.autoMerge = m_autoThreshold->value();
        const DedupThresholds before = DedupThresholds::fromProject(*m_project);
        if (!qFuzzyCompare(t.review, before.review) ||
            !qFuzzyCompare(t.autoMerge, before.autoMerge)) {
            if (Status saved = t.save(*m_project); !saved) {
                m_error->setText(saved.errorString());
                m_error->show();
                return;
            }
        }
    }

    Preferences::reviewerName.setValue(m_reviewerName->text().simplified());
    Preferences::reviewerInitials.setValue(m_reviewerInitials->text().trimmed());
    // The system font stays "no choice", so a change of desktop font still reaches EviMap.
    const QString family = m_fontFamily->currentFont().family();
    Preferences::screeningFontFamily.setValue(family == font().family() ? QString() : family);
    Preferences::screeningFontSize.setValue(m_fontSize->value());
    Preferences::includeHighlight.setValue(m_include.name());
    Preferences::excludeHighlight.setValue(m_exclude.name());
    Preferences::exportFolder.setValue(
        QDir::fromNativeSeparators(m_exportFolder->text().trimmed()));
    QDialog::accept();
}

} // namespace evimap::ui
