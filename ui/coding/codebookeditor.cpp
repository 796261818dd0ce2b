#include "coding/codebookeditor.h"

#include "coding/codebook.h"
#include "coding/codebookcommand.h"
#include "coding/codebookhtml.h"
#include "coding/codebooktemplate.h"
#include "conflictchoice.h"
#include "core/outputfile.h"
#include "core/preferences.h"
#include "project/project.h"

#include <QAction>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <functional>

namespace evimap::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;

} // namespace

CodebookEditor::CodebookEditor(Project &project, qint64 leadId, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_leadId(leadId)
    , m_codebook(std::make_unique<Codebook>(project))
    , m_tree(new QTreeWidget(this))
    , m_label(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_choice(new QComboBox(this))
    , m_colour(new QLineEdit(this))
    , m_definition(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_retire(new QPushButton(tr("&Retire"), this))
    , m_fields(new QListWidget(this))
    , m_fieldLabel(new QLineEdit(this))
    , m_fieldKey(new QLineEdit(this))
    , m_fieldKind(new QComboBox(this))
    , m_fieldChoices(new QPlainTextEdit(this))
    , m_fieldDefinition(new QPlainTextEdit(this))
    , m_fieldRetire(new QPushButton(tr("Retire"), this))
    , m_undo(new QUndoStack(this))
    , m_undoButton(new QPushButton(tr("&Undo"), this))
    , m_redoButton(new QPushButton(tr("Re&do"), this))
{
    setObjectName(QStringLiteral("codebookEditor"));
    setWindowTitle(tr("Codebook — %1").arg(project.name()));
    resize(1100, 720);

    // --- Codes tab
    m_tree->setObjectName(QStringLiteral("codebookTree"));
    m_tree->setAccessibleName(tr("Codebook"));
    m_label->setObjectName(QStringLiteral("codeLabel"));
    m_definition->setObjectName(QStringLiteral("codeDefinition"));
    m_retire->setObjectName(QStringLiteral("retireButton"));
    m_tree->setHeaderLabels({tr("Code"), tr("Key"), tr("Codings")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setColumnWidth(1, 180);
    m_choice->addItem(tr("Choose any (multiple)"), QStringLiteral("multiple"));
    m_choice->addItem(tr("Choose one (single)"), QStringLiteral("single"));
    m_colour->setPlaceholderText(QStringLiteral("#rrggbb"));
    auto *pickColour = new QPushButton(tr("Pick…"), this);
    connect(pickColour, &QPushButton::clicked, this, [this] {
        const QColor c = QColorDialog::getColor(QColor::fromString(m_colour->text()), this);
        if (c.isValid())
            m_colour->setText(c.name());
    });
    auto *colourRow = new QHBoxLayout;
    colourRow->addWidget(m_colour);
    colourRow->addWidget(pickColour);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto *save = new QPushButton(tr("&Save changes"), this);
    save->setObjectName(QStringLiteral("saveButton"));
    connect(save, &QPushButton::clicked, this, &CodebookEditor::saveSelected);

    auto *form = new QFormLayout;
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("C&hoice:"), m_choice);
    // A row of a layout gets no buddy from addRow(): without one the label would show "&".
    auto *colourLabel = new QLabel(tr("&Colour:"), this);
    colourLabel->setBuddy(m_colour);
    form->addRow(colourLabel, colourRow);
    form->addRow(tr("&Definition:"), m_definition);
    form->addRow(m_status);
    form->addRow(save);

    auto *buttons = new QVBoxLayout;
    auto button = [&](const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    button(tr("Add &dimension…"), &CodebookEditor::addDimension);
    button(tr("&Add code…"), [this] { addCode(false); });
    button(tr("Add c&hild code…"), [this] { addCode(true); });
    button(tr("Move &up"), [this] { moveBy(-1); });
    button(tr("Move do&wn"), [this] { moveBy(1); });
    button(tr("M&ove to…"), &CodebookEditor::moveTo);
    button(tr("&Merge into…"), &CodebookEditor::mergeInto);
    button(tr("S&plit…"), &CodebookEditor::split);
    connect(m_retire, &QPushButton::clicked, this, &CodebookEditor::toggleRetired);
    buttons->addWidget(m_retire);
    buttons->addStretch(1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QHBoxLayout(right);
    rightLayout->addLayout(form, 1);
    rightLayout->addLayout(buttons);
    auto *codesSplitter = new QSplitter(Qt::Horizontal, this);
    codesSplitter->addWidget(m_tree);
    codesSplitter->addWidget(right);
    codesSplitter->setStretchFactor(0, 3);
    codesSplitter->setStretchFactor(1, 2);

    // --- Fields tab
    m_fieldKind->addItems(ExtractionField::kinds());
    m_fieldChoices->setPlaceholderText(tr("One choice per line (choice fields)"));
    auto *fieldForm = new QFormLayout;
    fieldForm->addRow(tr("&Label:"), m_fieldLabel);
    fieldForm->addRow(tr("&Key:"), m_fieldKey);
    fieldForm->addRow(tr("K&ind:"), m_fieldKind);
    fieldForm->addRow(tr("C&hoices:"), m_fieldChoices);
    fieldForm->addRow(tr("&Definition:"), m_fieldDefinition);
    auto *fieldButtons = new QHBoxLayout;
    auto *addFieldButton = new QPushButton(tr("&Add field"), this);
    auto *saveFieldButton = new QPushButton(tr("&Save field"), this);
    fieldButtons->addWidget(addFieldButton);
    fieldButtons->addWidget(saveFieldButton);
    fieldButtons->addWidget(m_fieldRetire);
    fieldForm->addRow(fieldButtons);
    connect(addFieldButton, &QPushButton::clicked, this, &CodebookEditor::addField);
    connect(saveFieldButton, &QPushButton::clicked, this, &CodebookEditor::saveField);
    connect(m_fieldRetire, &QPushButton::clicked, this, &CodebookEditor::toggleFieldRetired);
    connect(m_fields, &QListWidget::currentRowChanged, this, &CodebookEditor::showSelectedField);
    auto *fieldsPage = new QWidget(this);
    auto *fieldsLayout = new QHBoxLayout(fieldsPage);
    fieldsLayout->addWidget(m_fields, 1);
    fieldsLayout->addLayout(fieldForm, 2);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(codesSplitter, tr("&Codes"));
    tabs->addTab(fieldsPage, tr("&Extraction fields"));

    auto *bottom = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *importButton = bottom->addButton(tr("&Import Template…"), QDialogButtonBox::ActionRole);
    auto *exportButton = bottom->addButton(tr("&Export Template…"), QDialogButtonBox::ActionRole);
    auto *htmlButton =
        bottom->addButton(tr("Export &Appendix (HTML)…"), QDialogButtonBox::ActionRole);
    connect(importButton, &QPushButton::clicked, this, &CodebookEditor::importTemplate);
    connect(exportButton, &QPushButton::clicked, this, &CodebookEditor::exportTemplate);
    connect(htmlButton, &QPushButton::clicked, this, &CodebookEditor::exportHtml);
    connect(bottom, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Every change can be undone and redone.
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_redoButton->setObjectName(QStringLiteral("redoButton"));
    bottom->addButton(m_undoButton, QDialogButtonBox::ActionRole);
    bottom->addButton(m_redoButton, QDialogButtonBox::ActionRole);
    connect(m_undoButton, &QPushButton::clicked, this, [this] { step(true); });
    connect(m_redoButton, &QPushButton::clicked, this, [this] { step(false); });
    auto *undo = new QAction(this);
    undo->setShortcut(QKeySequence::Undo);
    connect(undo, &QAction::triggered, this, [this] { step(true); });
    addAction(undo);
    auto *redo = new QAction(this);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    connect(redo, &QAction::triggered, this, [this] { step(false); });
    addAction(redo);
    auto updateUndo = [this] {
        m_undoButton->setEnabled(m_undo->canUndo());
        m_undoButton->setToolTip(m_undo->canUndo() ? tr("Undo %1 (Ctrl+Z)").arg(m_undo->undoText())
                                                   : QString());
        m_redoButton->setEnabled(m_undo->canRedo());
        m_redoButton->setToolTip(
            m_undo->canRedo() ? tr("Redo %1 (Ctrl+Shift+Z)").arg(m_undo->redoText()) : QString());
    };
    connect(m_undo, &QUndoStack::indexChanged, this, updateUndo);
    connect(m_undo, &QUndoStack::cleanChanged, this, updateUndo);
    updateUndo();

    // Enter in an edit field saves that edit. No button is the dialog's default, so Enter can
    // never retire, merge or split anything.
    for (QLineEdit *edit : {m_label, m_key, m_colour})
        connect(edit, &QLineEdit::returnPressed, this, &CodebookEditor::saveSelected);
    for (QLineEdit *edit : {m_fieldLabel, m_fieldKey})
        connect(edit, &QLineEdit::returnPressed, this, &CodebookEditor::saveField);
    const QList<QPushButton *> pushButtons = findChildren<QPushButton *>();
    for (QPushButton *b : pushButtons) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(bottom);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &CodebookEditor::showSelected);
    rebuild();
    rebuildFields();
}

CodebookEditor::~CodebookEditor()
{
    // The commands refer to the project; they go before the dialog's members.
    m_undo->clear();
}

bool CodebookEditor::check(const Status &status)
{
    if (status)
        return true;
    QMessageBox::warning(this, tr("Codebook not changed"), status.errorString());
    return false;
}

Status CodebookEditor::change(const QString &text,
                              const std::function<Status(QSet<qint64> *created)> &edit,
                              const QSet<qint64> &concerned)
{
    Result<CodebookSnapshot> before = CodebookSnapshot::take(m_project, concerned);
    if (!before)
        return before.error();
    const Status made = ChangeCommand::push(
        *m_undo,
        new CodebookCommand(m_project, m_leadId, std::move(before.value()), edit, text,
                            [this](const Status &status, UndoStep) { m_lastStep = status; }));
    if (made) {
        rebuild();
        rebuildFields();
        emit codebookChanged();
    }
    return made;
}

bool CodebookEditor::confirm(const QString &title, const QString &question, const QString &details,
                             const QString &action)
{
    QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("codebookQuestion"));
    box.setInformativeText(details + QStringLiteral("\n\n") + tr("Undo (Ctrl+Z) takes it back."));
    QPushButton *yes = box.addButton(action, QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == yes;
}

void CodebookEditor::step(bool undo)
{
    if (undo ? !m_undo->canUndo() : !m_undo->canRedo())
        return;
    m_lastStep = {};
    if (undo)
        m_undo->undo();
    else
        m_undo->redo();
    (void)m_codebook->reload();
    rebuild();
    rebuildFields();
    emit codebookChanged();
    check(m_lastStep);
}

qint64 CodebookEditor::selectedCode() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, IdRole).toLongLong() : 0;
}

void CodebookEditor::selectCode(qint64 id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, IdRole).toLongLong() == id) {
            m_tree->setCurrentItem(*it);
            return;
        }
    }
}

void CodebookEditor::rebuild()
{
    const qint64 selected = selectedCode();
    // Codings per code, to show what an edit touches.
    const QHash<qint64, int> counts = m_codebook->codingCounts();
    m_tree->clear();
    std::function<void(QTreeWidgetItem *, qint64)> add = [&](QTreeWidgetItem *parent,
                                                             qint64 parentId) {
        const QList<Code> children = m_codebook->children(parentId, true);
        for (const Code &c : children) {
            auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
            QString text = c.label;
            if (c.isDimension())
                text += c.isSingleChoice() ? tr("  (choose one)") : tr("  (choose any)");
            if (c.mergedInto)
                text += tr("  — merged into “%1”").arg(m_codebook->labelPath(c.mergedInto));
            else if (c.retired)
                text += tr("  — retired");
            item->setText(0, text);
            item->setText(1, c.key);
            if (!c.isDimension())
                item->setText(2, QString::number(counts.value(c.id)));
            item->setData(0, IdRole, c.id);
            item->setToolTip(0, c.definition.toHtmlEscaped());
            if (c.isDimension()) {
                QFont bold = item->font(0);
                bold.setBold(true);
                item->setFont(0, bold);
            }
            if (m_codebook->isHidden(c.id)) {
                for (int col = 0; col < 3; ++col)
                    item->setForeground(col, palette().color(QPalette::Disabled, QPalette::Text));
            }
            add(item, c.id);
        }
    };
    add(nullptr, 0);
    m_tree->expandAll();
    if (selected)
        selectCode(selected);
    if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    showSelected();
}

void CodebookEditor::showSelected()
{
    const std::optional<Code> c = m_codebook->code(selectedCode());
    m_label->setText(c ? c->label : QString());
    m_key->setText(c ? c->key : QString());
    m_choice->setEnabled(c && c->isDimension());
    m_choice->setCurrentIndex(c && c->isSingleChoice() ? 1 : 0);
    m_colour->setText(c ? c->colour : QString());
    m_definition->setPlainText(c ? c->definition : QString());
    m_retire->setText(c && c->retired ? tr("&Restore") : tr("&Retire"));
    m_status->setText(c ? m_codebook->labelPath(c->id) : tr("Select a dimension or code."));
}

void CodebookEditor::saveSelected()
{
    std::optional<Code> c = m_codebook->code(selectedCode());
    if (!c)
        return;
    c->label = m_label->text();
    c->key = m_key->text();
    c->colour = m_colour->text();
    c->definition = m_definition->toPlainText();
    c->choice = m_choice->currentData().toString();
    const auto update = [&](QSet<qint64> *) { return m_codebook->update(*c, m_leadId); };
    const QString text = tr("Edit “%1”").arg(c->label);
    Status saved = change(text, update);
    if (!saved && saved.error().kind == Error::Kind::Conflict) {
        // Someone else changed this code meanwhile; the codebook now holds their version. The
        // lead chooses: keep theirs, or save these edits over it (if the code is still there).
        const std::optional<Code> current = m_codebook->code(c->id);
        if (current && chooseToSaveMine(this, saved.errorString())) {
            c->uuid = current->uuid;
            saved = change(text, update);
        } else {
            if (!current)
                check(saved);
            rebuild();
            emit codebookChanged();
            return;
        }
    }
    check(saved);
}

void CodebookEditor::addDimension()
{
    bool ok = false;
    const QString label =
        QInputDialog::getText(this, tr("Add Dimension"), tr("Label of the new dimension:"),
                              QLineEdit::Normal, QString(), &ok);
    if (!ok || label.trimmed().isEmpty())
        return;
    Code dimension;
    dimension.label = label;
    qint64 added = 0;
    if (check(change(tr("Add “%1”").arg(label.trimmed()), [&](QSet<qint64> *) -> Status {
            Result<qint64> id = m_codebook->addDimension(dimension, m_leadId);
            if (!id)
                return id.error();
            added = *id;
            return {};
        })))
        selectCode(added);
}

void CodebookEditor::addCode(bool asChild)
{
    const std::optional<Code> c = m_codebook->code(selectedCode());
    if (!c) {
        QMessageBox::information(this, tr("Add Code"), tr("Select a dimension or code first."));
        return;
    }
    const qint64 parent = asChild || c->isDimension() ? c->id : c->parentId;
    bool ok = false;
    const QString label = QInputDialog::getText(
        this, tr("Add Code"),
        tr("Label of the new code under “%1”:").arg(m_codebook->labelPath(parent)),
        QLineEdit::Normal, QString(), &ok);
    if (!ok || label.trimmed().isEmpty())
        return;
    Code code;
    code.label = label;
    qint64 added = 0;
    if (check(change(tr("Add “%1”").arg(label.trimmed()), [&](QSet<qint64> *) -> Status {
            Result<qint64> id = m_codebook->addCode(parent, code, m_leadId);
            if (!id)
                return id.error();
            added = *id;
            return {};
        })))
        selectCode(added);
}

void CodebookEditor::moveBy(int delta)
{
    const std::optional<Code> c = m_codebook->code(selectedCode());
    if (!c)
        return;
    const QList<Code> siblings = m_codebook->children(c->parentId, true);
    qsizetype at = -1;
    for (qsizetype i = 0; i < siblings.size(); ++i) {
        if (siblings.at(i).id == c->id)
            at = i;
    }
    const qsizetype to = at + delta;
    if (at < 0 || to < 0 || to >= siblings.size())
        return;
    check(change(tr("Move “%1”").arg(c->label), [&](QSet<qint64> *) {
        return m_codebook->move(c->id, c->parentId, int(to), m_leadId);
    }));
}

QStringList CodebookEditor::codeChoices(qint64 except, bool withDimensions,
                                        QList<qint64> *ids) const
{
    QStringList labels;
    std::function<void(qint64)> walk = [&](qint64 parent) {
        const QList<Code> children = m_codebook->children(parent);
        for (const Code &c : children) {
            if (c.id == except)
                continue;
            if (withDimensions || !c.isDimension()) {
                labels << m_codebook->labelPath(c.id);
                ids->append(c.id);
            }
            walk(c.id);
        }
    };
    walk(0);
    return labels;
}

void CodebookEditor::moveTo()
{
    const std::optional<Code> c = m_codebook->code(selectedCode());
    if (!c || c->isDimension())
        return;
    QList<qint64> ids;
    const QStringList labels = codeChoices(c->id, true, &ids);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Move Code"), tr("Move “%1” (and its codings) under:").arg(c->label), labels, 0,
        false, &ok);
    if (!ok)
        return;
    check(change(tr("Move “%1”").arg(c->label), [&](QSet<qint64> *) {
        return m_codebook->move(c->id, ids.value(labels.indexOf(chosen)), -1, m_leadId);
    }));
}

void CodebookEditor::mergeInto()
{
    const std::optional<Code> c = m_codebook->code(selectedCode());
    if (!c || c->isDimension())
        return;
    QList<qint64> ids;
    const QStringList labels = codeChoices(c->id, false, &ids);
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Merge Code"),
                              tr("Merge “%1” into (its codings move there; it is retired):")
                                  .arg(m_codebook->labelPath(c->id)),
                              labels, 0, false, &ok);
    if (!ok)
        return;
    const qint64 target = ids.value(labels.indexOf(chosen));
    if (!confirm(tr("Merge Code"),
                 tr("Merge “%1” into “%2”?")
                     .arg(m_codebook->labelPath(c->id), m_codebook->labelPath(target)),
                 tr("%1 move to “%2”; “%3” is retired.")
                     .arg(Codebook::describe(m_codebook->codeUsage(c->id)),
                          m_codebook->code(target)->label, c->label),
                 tr("Merge")))
        return;
    check(change(tr("Merge “%1” into “%2”").arg(c->label, m_codebook->code(target)->label),
                 [&](QSet<qint64> *) { return m_codebook->merge(c->id, target, m_leadId); },
                 {c->id, target}));
}

void CodebookEditor::split()
{
    const std::optional<Code> c = m_codebook->code(selectedCode());
    if (!c || c->isDimension())
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Split Code"),
        tr("Labels of the new codes, one per line. Every coding of “%1” is copied to each of them "
           "for reviewers to check; “%1” is retired.")
            .arg(c->label),
        QString(), &ok);
    if (!ok)
        return;
    const QStringList labels = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!confirm(
            tr("Split Code"),
            tr("Split “%1” into %2 codes?").arg(m_codebook->labelPath(c->id)).arg(labels.size()),
            tr("%1: the codings are copied to each new code for reviewers to check; “%2” "
               "is retired.")
                .arg(Codebook::describe(m_codebook->codeUsage(c->id)), c->label),
            tr("Split")))
        return;
    QList<qint64> parts;
    if (check(change(tr("Split “%1”").arg(c->label),
                     [&](QSet<qint64> *created) -> Status {
                         Result<QList<qint64>> made = m_codebook->split(c->id, labels, m_leadId);
                         if (!made)
                             return made.error();
                         parts = *made;
                         *created = QSet<qint64>(parts.begin(), parts.end());
                         return {};
                     },
                     {c->id})) &&
        !parts.isEmpty())
        selectCode(parts.first());
}

void CodebookEditor::toggleRetired()
{
    const std::optional<Code> c = m_codebook->code(selectedCode());
    if (!c)
        return;
    if (!c->retired &&
        !confirm(tr("Retire"),
                 c->isDimension() ? tr("Retire the dimension “%1”?").arg(c->label)
                                  : tr("Retire the code “%1”?").arg(m_codebook->labelPath(c->id)),
                 tr("%1. Retired codes stay on the records coded with them but are offered no "
                    "more; Restore brings them back.")
                     .arg(Codebook::describe(m_codebook->codeUsage(c->id))),
                 tr("Retire")))
        return;
    check(change(
        c->retired ? tr("Restore “%1”").arg(c->label) : tr("Retire “%1”").arg(c->label),
        [&](QSet<qint64> *) { return m_codebook->setRetired(c->id, !c->retired, m_leadId); }));
}

void CodebookEditor::importTemplate()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Codebook Template"), Preferences::lastOpenFolder.value(),
        tr("Codebook templates (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    Result<CodebookTemplate> loaded = CodebookTemplate::fromFile(path);
    if (!loaded) {
        QMessageBox::warning(this, tr("Template not imported"), loaded.errorString());
        return;
    }
    CodebookImportSummary applied;
    if (!check(
            change(tr("Import %1").arg(QFileInfo(path).fileName()), [&](QSet<qint64> *) -> Status {
                Result<CodebookImportSummary> summary =
                    m_codebook->applyTemplate(*loaded, m_leadId);
                if (!summary)
                    return summary.error();
                applied = *summary;
                return {};
            })))
        return;
    QMessageBox::information(this, tr("Template imported"),
                             tr("%1 dimensions, %2 codes and %3 fields added; %4 updated.")
                                 .arg(applied.dimensionsAdded)
                                 .arg(applied.codesAdded)
                                 .arg(applied.fieldsAdded)
                                 .arg(applied.updated));
}

void CodebookEditor::exportTemplate()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Codebook Template"),
                                                      Preferences::exportStartFolder(),
                                                      tr("Codebook templates (*.json)"));
    if (!path.isEmpty())
        check(OutputFile::write(path, m_codebook->toTemplate().toJson()));
}

void CodebookEditor::exportHtml()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Codebook Appendix"),
                                     Preferences::exportStartFolder(), tr("HTML (*.html)"));
    if (!path.isEmpty())
        check(OutputFile::write(path, CodebookHtml::render(m_codebook->toTemplate()).toUtf8()));
}

void CodebookEditor::rebuildFields()
{
    const int row = m_fields->currentRow();
    m_fields->clear();
    const QList<ExtractionField> fields = m_codebook->fields(true);
    for (const ExtractionField &f : fields) {
        auto *item =
            new QListWidgetItem(f.retired ? tr("%1 (retired)").arg(f.label) : f.label, m_fields);
        item->setData(IdRole, f.id);
        if (f.retired)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    m_fields->setCurrentRow(qBound(0, row, m_fields->count() - 1));
    showSelectedField();
}

void CodebookEditor::showSelectedField()
{
    const QListWidgetItem *item = m_fields->currentItem();
    const std::optional<ExtractionField> f =
        item ? m_codebook->field(item->data(IdRole).toLongLong()) : std::nullopt;
    m_fieldLabel->setText(f ? f->label : QString());
    m_fieldKey->setText(f ? f->key : QString());
    m_fieldKind->setCurrentText(f ? f->kind : QStringLiteral("text"));
    m_fieldChoices->setPlainText(f ? f->choices.join(QLatin1Char('\n')) : QString());
    m_fieldDefinition->setPlainText(f ? f->definition : QString());
    m_fieldRetire->setText(f && f->retired ? tr("Restore") : tr("Retire"));
}

void CodebookEditor::saveField()
{
    const QListWidgetItem *item = m_fields->currentItem();
    if (!item)
        return;
    std::optional<ExtractionField> f = m_codebook->field(item->data(IdRole).toLongLong());
    if (!f)
        return;
    f->label = m_fieldLabel->text();
    f->key = m_fieldKey->text();
    f->kind = m_fieldKind->currentText();
    f->choices = m_fieldChoices->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    f->definition = m_fieldDefinition->toPlainText();
    check(change(tr("Edit “%1”").arg(f->label),
                 [&](QSet<qint64> *) { return m_codebook->updateField(*f, m_leadId); }));
}

void CodebookEditor::addField()
{
    ExtractionField f;
    f.label = m_fieldLabel->text();
    f.kind = m_fieldKind->currentText();
    f.choices = m_fieldChoices->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    f.definition = m_fieldDefinition->toPlainText();
    if (check(change(tr("Add “%1”").arg(f.label.trimmed()), [&](QSet<qint64> *) -> Status {
            Result<qint64> added = m_codebook->addField(f, m_leadId);
            return added ? Status() : Status(added.error());
        })))
        m_fields->setCurrentRow(m_fields->count() - 1);
}

void CodebookEditor::toggleFieldRetired()
{
    const QListWidgetItem *item = m_fields->currentItem();
    if (!item)
        return;
    const std::optional<ExtractionField> f = m_codebook->field(item->data(IdRole).toLongLong());
    if (!f)
        return;
    if (!f->retired &&
        !confirm(tr("Retire"), tr("Retire the extraction field “%1”?").arg(f->label),
                 tr("The values already extracted are kept, but the field is offered no more; "
                    "Restore brings it back."),
                 tr("Retire")))
        return;
    check(change(
        f->retired ? tr("Restore “%1”").arg(f->label) : tr("Retire “%1”").arg(f->label),
        [&](QSet<qint64> *) { return m_codebook->setFieldRetired(f->id, !f->retired, m_leadId); }));
}

} // namespace evimap::ui
