#include "coding/codingpanel.h"

#include "coding/codebook.h"
#include "coding/codingcommand.h"
#include "coding/codingstore.h"
#include "project/project.h"
#include "records/recordstore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProxyStyle>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <functional>

namespace evimap::ui {

namespace {

// Draws a radio button instead of a check box for codes of single-choice dimensions.
class RadioIndicatorStyle final : public QProxyStyle
{
public:
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        if (element == PE_IndicatorItemViewItemCheck) {
            const auto *item = qstyleoption_cast<const QStyleOptionViewItem *>(option);
            if (item && item->index.data(CodingPanel::SingleChoiceRole).toBool()) {
                QStyleOptionButton radio;
                radio.rect = option->rect;
                radio.state = option->state;
                radio.palette = option->palette;
                baseStyle()->drawPrimitive(PE_IndicatorRadioButton, &radio, painter, widget);
                return;
            }
        }
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
};

// Turns clicks on the check indicator and Space into a request, so every toggle goes through
// the undo stack instead of the model changing itself.
class ToggleDelegate final : public QStyledItemDelegate
{
public:
    ToggleDelegate(QObject *parent, std::function<void(const QModelIndex &)> toggle)
        : QStyledItemDelegate(parent)
        , m_toggle(std::move(toggle))
    {}

    bool editorEvent(QEvent *event, QAbstractItemModel *, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override
    {
        const QModelIndex first = index.siblingAtColumn(0);
        if (!first.data(Qt::CheckStateRole).isValid())
            return false;
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick: {
            if (index.column() != 0)
                return false;
            QStyleOptionViewItem opt(option);
            initStyleOption(&opt, index);
            const QWidget *widget = option.widget;
            QStyle *style = widget ? widget->style() : QApplication::style();
            const QRect check =
                style->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &opt, widget);
            const auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() != Qt::LeftButton || !check.contains(mouse->position().toPoint()))
                return false;
            if (event->type() == QEvent::MouseButtonRelease)
                m_toggle(first);
            return true;
        }
        case QEvent::KeyPress: {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() != Qt::Key_Space && key->key() != Qt::Key_Select)
                return false;
            m_toggle(first);
            return true;
        }
        default:
            return false;
        }
    }

private:
    std::function<void(const QModelIndex &)> m_toggle;
};

QIcon swatch(const QString &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    const QColor c = QColor::fromString(colour);
    if (c.isValid()) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(c.darker(140));
        painter.setBrush(c);
        painter.drawRoundedRect(QRectF(1, 1, 10, 10), 2, 2);
    }
    return QIcon(pixmap);
}

QString tooltip(const QString &label, const QString &definition)
{
    if (definition.isEmpty())
        return QStringLiteral("<b>%1</b>").arg(label.toHtmlEscaped());
    return QStringLiteral("<p style=\"white-space:pre-wrap\"><b>%1</b><br>%2</p>")
        .arg(label.toHtmlEscaped(), definition.toHtmlEscaped());
}

QString evidenceText(const CodingDetails &d)
{
    QStringList parts;
    if (d.page > 0)
        parts << CodingPanel::tr("p. %1").arg(d.page);
    if (!d.quote.isEmpty()) {
        QString quote = d.quote.simplified();
        if (quote.size() > 48)
            quote = quote.left(47) + QChar(0x2026);
        parts << QChar(0x201C) + quote + QChar(0x201D);
    }
    if (!d.note.isEmpty())
        parts << CodingPanel::tr("note");
    return parts.isEmpty() ? CodingPanel::tr("applied") : parts.join(QStringLiteral(" · "));
}

} // namespace

CodingPanel::CodingPanel(Project &project, qint64 reviewerId, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_reviewerId(reviewerId)
    , m_codebook(std::make_unique<Codebook>(project))
    , m_store(std::make_unique<CodingStore>(project, *m_codebook))
    , m_recordLabel(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_detailsBox(new QGroupBox(this))
    , m_quote(new QPlainTextEdit(m_detailsBox))
    , m_page(new QSpinBox(m_detailsBox))
    , m_note(new QLineEdit(m_detailsBox))
    , m_fieldsBox(new QGroupBox(tr("Extraction"), this))
    , m_fieldsForm(new QFormLayout(m_fieldsBox))
    , m_message(new QLabel(this))
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("codingPanel"));
    m_recordLabel->setObjectName(QStringLiteral("codingRecordLabel"));
    m_recordLabel->setTextFormat(Qt::PlainText);
    m_recordLabel->setWordWrap(true);
    QFont bold = m_recordLabel->font();
    bold.setBold(true);
    m_recordLabel->setFont(bold);

    m_filter->setObjectName(QStringLiteral("codingFilter"));
    m_filter->setPlaceholderText(tr("Filter codes and definitions  (Ctrl+Shift+F)"));
    m_filter->setAccessibleName(tr("Filter codes"));
    m_filter->setAccessibleDescription(
        tr("Down or Enter goes to the first matching code; Esc clears the filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);

    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(SearchRole);
    m_tree->setObjectName(QStringLiteral("codeTree"));
    m_tree->setAccessibleName(tr("Codes"));
    m_tree->setAccessibleDescription(
        tr("Space applies or removes the selected code; Ctrl+Enter goes to the next record"));
    m_tree->setModel(m_proxy);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setAlternatingRowColors(true);
    auto *style = new RadioIndicatorStyle;
    style->setParent(this);
    m_tree->setStyle(style);
    m_tree->setItemDelegate(new ToggleDelegate(m_tree, [this](const QModelIndex &index) {
        if (index != m_tree->currentIndex().siblingAtColumn(0))
            m_tree->setCurrentIndex(index);
        toggleCurrentCode();
    }));

    m_detailsBox->setObjectName(QStringLiteral("codingDetails"));
    m_quote->setObjectName(QStringLiteral("codingQuote"));
    m_quote->setPlaceholderText(tr("Supporting quote (select text in the PDF to fill it in)"));
    m_quote->setTabChangesFocus(true);
    m_quote->setFixedHeight(m_quote->fontMetrics().lineSpacing() * 4 + 12);
    m_quote->installEventFilter(this);
    m_page->setObjectName(QStringLiteral("codingPage"));
    m_page->setRange(0, 99999);
    m_page->setSpecialValueText(tr("–"));
    m_page->setMaximumWidth(110);
    m_note->setObjectName(QStringLiteral("codingNote"));
    m_note->setPlaceholderText(tr("Note"));
    m_note->installEventFilter(this); // Esc: back to the codes
    auto *details = new QFormLayout(m_detailsBox);
    details->addRow(tr("&Quote:"), m_quote);
    details->addRow(tr("&Page:"), m_page);
    details->addRow(tr("&Note:"), m_note);
    m_fieldsBox->setObjectName(QStringLiteral("codingFields"));

    m_message->setObjectName(QStringLiteral("codingMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_recordLabel);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_detailsBox);
    layout->addWidget(m_fieldsBox);
    layout->addWidget(m_message);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_tree->expandAll();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        commitDetails();
        loadDetails();
    });
    connect(m_page, &QSpinBox::editingFinished, this, &CodingPanel::commitDetails);
    connect(m_note, &QLineEdit::editingFinished, this, &CodingPanel::commitDetails);

    auto shortcut = [this](const QKeySequence &keys, void (CodingPanel::*slot)()) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), &CodingPanel::nextRecord);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), &CodingPanel::nextRecord);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), &CodingPanel::previousRecord);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter), &CodingPanel::previousRecord);
    // Ctrl+F is the window's: it finds in the PDF (CodingWindow).
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), &CodingPanel::focusFilter);
    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(redo);

    buildTree();
    buildFieldForm();
    setTabOrder(m_filter, m_tree);
    refresh();
}

void CodingPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

CodingPanel::~CodingPanel()
{
    // The stack's commands refer to the store; let them go first.
    m_undo->clear();
}

void CodingPanel::buildTree()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const qint64 current = currentCodeId();
    m_items.clear();
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Code"), tr("Evidence")});
    std::function<void(QStandardItem *, qint64, bool)> addChildren =
        [&](QStandardItem *parent, qint64 parentId, bool single) {
            const QList<Code> codes = m_codebook->children(parentId);
            for (const Code &code : codes) {
                auto *item = new QStandardItem(code.label);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                item->setData(code.id, CodeIdRole);
                item->setData(single, SingleChoiceRole);
                item->setData(Qt::Unchecked, Qt::CheckStateRole);
                item->setData(code.label + QLatin1Char(' ') + code.key, SearchRole);
                item->setToolTip(tooltip(code.label, code.definition));
                item->setIcon(swatch(code.colour));
                auto *evidence = new QStandardItem;
                evidence->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                evidence->setToolTip(item->toolTip());
                parent->appendRow({item, evidence});
                m_items.insert(code.id, item);
                addChildren(item, code.id, single);
            }
        };
    const QList<Code> dimensions = m_codebook->dimensions();
    for (const Code &dimension : dimensions) {
        auto *item = new QStandardItem(dimension.label);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
        item->setData(dimension.id, CodeIdRole);
        item->setData(true, DimensionRole);
        item->setData(dimension.label + QLatin1Char(' ') + dimension.key, SearchRole);
        item->setToolTip(tooltip(dimension.label, dimension.definition));
        auto *kind =
            new QStandardItem(dimension.isSingleChoice() ? tr("choose one") : tr("choose any"));
        kind->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        kind->setForeground(palette().color(QPalette::PlaceholderText));
        m_model->appendRow({item, kind});
        addChildren(item, dimension.id, dimension.isSingleChoice());
    }
    m_tree->expandAll();
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(
        0, qMax(260, m_tree->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 44));
    m_loading = wasLoading;
    if (current && m_items.contains(current))
        setCurrentCode(current);
    else if (m_proxy->rowCount() > 0)
        m_tree->setCurrentIndex(m_proxy->index(0, 0));
}

void CodingPanel::buildFieldForm()
{
    while (m_fieldsForm->rowCount() > 0)
        m_fieldsForm->removeRow(0);
    m_fieldEditors.clear();
    m_refusedFields.clear();
    const QList<ExtractionField> fields = m_codebook->fields();
    for (const ExtractionField &field : fields) {
        QWidget *editor = nullptr;
        if (field.kind == QLatin1String("choice")) {
            auto *combo = new QComboBox(m_fieldsBox);
            combo->addItem(QString());
            combo->addItems(field.choices);
            connect(combo, &QComboBox::activated, this, [this, id = field.id] { commitField(id); });
            editor = combo;
        } else {
            auto *line = new QLineEdit(m_fieldsBox);
            if (field.kind == QLatin1String("number"))
                line->setPlaceholderText(tr("number, e.g. 120 or 72.4"));
            else if (field.kind == QLatin1String("date"))
                line->setPlaceholderText(tr("YYYY-MM-DD"));
            connect(line, &QLineEdit::editingFinished, this,
                    [this, id = field.id] { commitField(id); });
            line->setProperty("fieldId", field.id);
            line->installEventFilter(this); // Esc reverts a refused value
            editor = line;
        }
        editor->setObjectName(QStringLiteral("field-") + field.key);
        editor->setToolTip(tooltip(field.label, field.definition));
        editor->setProperty("definitionTip", editor->toolTip());
        auto *label = new QLabel(field.label + QLatin1Char(':'), m_fieldsBox);
        label->setTextFormat(Qt::PlainText);
        label->setToolTip(editor->toolTip());
        label->setBuddy(editor);
        m_fieldsForm->addRow(label, editor);
        m_fieldEditors.insert(field.id, editor);
    }
    m_fieldsBox->setVisible(!fields.isEmpty());
}

void CodingPanel::reloadCodebook()
{
    commitDetails();
    (void)m_codebook->reload();
    buildTree();
    buildFieldForm();
    refresh();
}

void CodingPanel::setRecords(const QList<qint64> &records)
{
    m_records = records;
    if (m_recordId == 0 && !records.isEmpty())
        setRecord(records.first());
    else
        refresh();
}

void CodingPanel::setRecord(qint64 recordId)
{
    if (recordId == m_recordId)
        return;
    finishEditing();
    if (hasRefusedField()) {
        // The typed text stays until it is fixed or reverted: the record does not change.
        emit recordChanged(m_recordId);
        return;
    }
    m_recordId = recordId;
    // Messages were about the record left behind.
    showMessage(QString(), false);
    refresh();
    emit recordChanged(recordId);
}

void CodingPanel::finishEditing()
{
    commitDetails();
    // Typed fields: unchanged ones are no-ops, a changed one is saved, or refused and marked.
    // (A choice is saved as soon as it is made.)
    const QList<qint64> fields = m_fieldEditors.keys();
    for (qint64 field : fields) {
        if (qobject_cast<QLineEdit *>(m_fieldEditors.value(field)))
            commitField(field);
    }
}

void CodingPanel::nextRecord()
{
    finishEditing();
    const qsizetype at = m_records.indexOf(m_recordId);
    if (at + 1 < m_records.size())
        setRecord(m_records.at(at + 1));
    else
        showMessage(tr("This is the last record of the list."), false);
    m_tree->setFocus();
}

void CodingPanel::previousRecord()
{
    finishEditing();
    const qsizetype at = m_records.indexOf(m_recordId);
    if (at > 0)
        setRecord(m_records.at(at - 1));
    m_tree->setFocus();
}

qint64 CodingPanel::codeAt(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid())
        return 0;
    const QModelIndex source = m_proxy->mapToSource(proxyIndex.siblingAtColumn(0));
    if (!source.isValid() || source.data(DimensionRole).toBool())
        return 0;
    return source.data(CodeIdRole).toLongLong();
}

qint64 CodingPanel::currentCodeId() const
{
    return codeAt(m_tree->currentIndex());
}

QStandardItem *CodingPanel::itemForCode(qint64 codeId) const
{
    return m_items.value(codeId);
}

void CodingPanel::setCurrentCode(qint64 codeId)
{
    QStandardItem *item = itemForCode(codeId);
    if (!item)
        return;
    QModelIndex index = m_proxy->mapFromSource(item->index());
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(item->index());
    }
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index, QAbstractItemView::PositionAtCenter); // with its parents in view
}

void CodingPanel::refresh()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const bool hasRecord = m_recordId > 0;
    m_tree->setEnabled(hasRecord);
    m_fieldsBox->setEnabled(hasRecord && !m_project.isReadOnly());

    QHash<qint64, CodingDetails> applied;
    if (hasRecord) {
        const QList<Coding> codings = m_store->codings(m_recordId, m_reviewerId);
        for (const Coding &c : codings)
            applied.insert(c.codeId, c.details);
    }
    for (auto it = m_items.constBegin(); it != m_items.constEnd(); ++it) {
        QStandardItem *item = it.value();
        const bool on = applied.contains(it.key());
        const Qt::CheckState state = on ? Qt::Checked : Qt::Unchecked;
        if (item->data(Qt::CheckStateRole).toInt() != state)
            item->setData(state, Qt::CheckStateRole);
        QStandardItem *evidence =
            (item->parent() ? item->parent() : m_model->invisibleRootItem())->child(item->row(), 1);
        if (evidence) {
            const QString text = on ? evidenceText(applied.value(it.key())) : QString();
            if (evidence->text() != text)
                evidence->setText(text);
        }
    }

    const QHash<qint64, QString> values =
        hasRecord ? m_store->values(m_recordId, m_reviewerId) : QHash<qint64, QString>();
    for (auto it = m_fieldEditors.constBegin(); it != m_fieldEditors.constEnd(); ++it) {
        if (m_refusedFields.contains(it.key()))
            continue; // the typed text stays until it is fixed or reverted
        const QString value = values.value(it.key());
        if (auto *combo = qobject_cast<QComboBox *>(it.value())) {
            const int index = combo->findText(value);
            combo->setCurrentIndex(index < 0 ? 0 : index);
        } else if (auto *line = qobject_cast<QLineEdit *>(it.value())) {
            if (line->text() != value)
                line->setText(value);
        }
    }

    if (!hasRecord) {
        m_recordLabel->setText(tr("No record to code. Records included at screening appear here; "
                                  "any record can be chosen."));
    } else {
        const std::optional<Record> record = RecordStore(m_project.database()).record(m_recordId);
        QString title = record ? record->title : QString();
        if (record && record->year > 0)
            title += QStringLiteral(" (%1)").arg(record->year);
        const qsizetype at = m_records.indexOf(m_recordId);
        const QString position = at >= 0 ? tr("Record %1 of %2").arg(at + 1).arg(m_records.size())
                                         : tr("Record #%1").arg(m_recordId);
        m_recordLabel->setText(position + QStringLiteral("  ·  ") + title);
    }
    loadDetails();
    if (m_message->text().isEmpty() || !m_message->property("error").toBool())
        showMessage(m_store->isBlind() ? tr("Blind coding: you see only your own codings until the "
                                            "record is reconciled.")
                                       : QString(),
                    false);
    m_loading = wasLoading;
}

void CodingPanel::loadDetails()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const qint64 code = m_recordId > 0 ? currentCodeId() : 0;
    m_detailsCodeId = code;
    std::optional<Coding> coding;
    if (code)
        coding = m_store->coding(m_recordId, code, m_reviewerId);
    const CodingDetails details = coding ? coding->details : CodingDetails{};
    m_detailsBox->setEnabled(code != 0 && !m_project.isReadOnly());
    m_detailsBox->setTitle(code ? (coding
                                       ? tr("Evidence for “%1”").arg(m_codebook->code(code)->label)
                                       : tr("Evidence for “%1” (not applied; a quote applies it)")
                                             .arg(m_codebook->code(code)->label))
                                : tr("Evidence (select a code)"));
    if (m_quote->toPlainText() != details.quote)
        m_quote->setPlainText(details.quote);
    m_page->setValue(details.page);
    if (m_note->text() != details.note)
        m_note->setText(details.note);
    m_loading = wasLoading;
}

CodingCommand *CodingPanel::change(const CodingState &after, const QString &text,
                                   bool mergeableDetails)
{
    return new CodingCommand(*m_store, m_recordId, m_reviewerId, after, text, mergeableDetails,
                             [this, recordId = m_recordId](const Status &status, UndoStep) {
                                 stepped(recordId, status);
                             });
}

bool CodingPanel::push(CodingCommand *command)
{
    if (const Status s = ChangeCommand::push(*m_undo, command); !s) {
        showMessage(s.errorString(), true);
        refresh();
        return false;
    }
    // A merged command does not move the index; show its effect anyway.
    refresh();
    emit codingChanged(m_recordId);
    return true;
}

void CodingPanel::toggleCurrentCode()
{
    const qint64 code = currentCodeId();
    if (!code || !m_recordId)
        return;
    commitDetails();
    const std::optional<Coding> current = m_store->coding(m_recordId, code, m_reviewerId);
    const QString label = m_codebook->code(code)->label;
    if (current) {
        CodingState state;
        state.codes.insert(code, std::nullopt);
        push(change(state, tr("Remove “%1”").arg(label)));
    } else {
        push(change(m_store->stateAfterApplying(code, {}), tr("Apply “%1”").arg(label)));
    }
}

void CodingPanel::applyQuote(const QString &text, int page)
{
    const qint64 code = currentCodeId();
    if (!code || !m_recordId) {
        showMessage(tr("Select a code first, then apply the selected text to it."), true);
        return;
    }
    commitDetails();
    const std::optional<Coding> current = m_store->coding(m_recordId, code, m_reviewerId);
    CodingDetails details = current ? current->details : CodingDetails{};
    details.quote = text.trimmed();
    details.page = qMax(0, page);
    push(change(m_store->stateAfterApplying(code, details),
                tr("Quote for “%1”").arg(m_codebook->code(code)->label)));
}

void CodingPanel::commitDetails()
{
    if (m_loading || !m_detailsCodeId || !m_recordId || m_project.isReadOnly())
        return;
    const CodingDetails wanted{m_quote->toPlainText().trimmed(), m_page->value(),
                               m_note->text().trimmed()};
    const std::optional<Coding> current =
        m_store->coding(m_recordId, m_detailsCodeId, m_reviewerId);
    if (current ? current->details == wanted : wanted == CodingDetails{})
        return;
    const std::optional<Code> code = m_codebook->code(m_detailsCodeId);
    if (!code)
        return;
    const qint64 codeId = m_detailsCodeId;
    if (current) {
        CodingState state;
        state.codes.insert(codeId, wanted);
        push(change(state, tr("Evidence for “%1”").arg(code->label), true));
    } else {
        push(
            change(m_store->stateAfterApplying(codeId, wanted), tr("Apply “%1”").arg(code->label)));
    }
}

void CodingPanel::commitField(qint64 fieldId)
{
    if (m_loading || !m_recordId)
        return;
    QWidget *editor = m_fieldEditors.value(fieldId);
    QString value;
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        value = combo->currentText();
    else if (auto *line = qobject_cast<QLineEdit *>(editor))
        value = line->text().trimmed();
    const std::optional<ExtractionField> field = m_codebook->field(fieldId);
    if (!field)
        return;
    // Refused visibly, the typed text kept: never dropped in silence.
    const Result<QString> valid = field->validate(value);
    if (!valid) {
        markRefused(fieldId, valid.errorString());
        return;
    }
    clearRefused(fieldId);
    if (m_store->values(m_recordId, m_reviewerId).value(fieldId) == *valid) {
        if (auto *line = qobject_cast<QLineEdit *>(editor); line && line->text() != *valid)
            line->setText(*valid);
        return;
    }
    CodingState state;
    state.values.insert(fieldId, value);
    push(change(state, tr("Set “%1”").arg(field->label)));
}

void CodingPanel::markRefused(qint64 fieldId, const QString &why)
{
    QWidget *editor = m_fieldEditors.value(fieldId);
    m_refusedFields.insert(fieldId);
    const QString text = tr("Record %1: %2. Not saved: correct it, or press Esc to go back to "
                            "the saved value.")
                             .arg(m_recordId)
                             .arg(why);
    editor->setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid #b00020; }"));
    editor->setToolTip(text);
    showMessage(text, true);
}

void CodingPanel::clearRefused(qint64 fieldId)
{
    if (!m_refusedFields.remove(fieldId))
        return;
    QWidget *editor = m_fieldEditors.value(fieldId);
    editor->setStyleSheet(QString());
    editor->setToolTip(editor->property("definitionTip").toString());
    if (m_refusedFields.isEmpty())
        showMessage(QString(), false);
}

void CodingPanel::revertField(qint64 fieldId)
{
    clearRefused(fieldId);
    if (auto *line = qobject_cast<QLineEdit *>(m_fieldEditors.value(fieldId)))
        line->setText(m_store->values(m_recordId, m_reviewerId).value(fieldId));
}

void CodingPanel::stepped(qint64 recordId, const Status &status)
{
    // Undo and redo may concern another record: show that record, without writing the
    // (now stale) editor contents back.
    m_loading = true;
    if (recordId != m_recordId) {
        const QList<qint64> refused(m_refusedFields.cbegin(), m_refusedFields.cend());
        for (qint64 field : refused)
            clearRefused(field);
        m_recordId = recordId;
        m_loading = false;
        refresh();
        emit recordChanged(m_recordId);
    } else {
        m_loading = false;
        refresh();
    }
    // A step the store refused is dropped from the stack (ChangeCommand); say why.
    if (!status)
        showMessage(status.errorString(), true);
    emit codingChanged(recordId);
}

void CodingPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

QString CodingPanel::message() const
{
    return m_message->text();
}

bool CodingPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && watched->property("fieldId").isValid() &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        // A refused value goes back to the saved one; Esc again hands the keys to the codes.
        const qint64 field = watched->property("fieldId").toLongLong();
        if (m_refusedFields.contains(field))
            revertField(field);
        else
            m_tree->setFocus();
        return true;
    }
    if ((watched == m_quote || watched == m_note) && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        m_tree->setFocus(); // what was typed is kept, as leaving the field keeps it
        return true;
    }
    if (watched == m_quote && event->type() == QEvent::FocusOut) {
        commitDetails();
    } else if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return ||
            key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ControlModifier)
                return false;
            // Into the tree, on the first code that matches.
            QModelIndex index = m_tree->currentIndex();
            if (!m_filter->text().isEmpty() || !index.isValid() || !codeAt(index)) {
                index = QModelIndex();
                for (QModelIndex i = m_proxy->index(0, 0); i.isValid(); i = m_tree->indexBelow(i)) {
                    if (codeAt(i)) {
                        index = i;
                        break;
                    }
                }
            }
            if (index.isValid())
                m_tree->setCurrentIndex(index);
            m_tree->setFocus();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_filter->clear();
            m_tree->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace evimap::ui
