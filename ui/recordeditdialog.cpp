#include "recordeditdialog.h"
#include "windowplacement.h"

#include "conflictchoice.h"
#include "project/project.h"
#include "records/recordedit.h"
#include "records/recordstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIntValidator>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace evimap::ui {

namespace {

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    const QStringList all = edit->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : all) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out;
}

QPlainTextEdit *textBox(QWidget *parent, int rows)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * rows + 14);
    return edit;
}

} // namespace

RecordEditDialog::RecordEditDialog(Project &project, qint64 recordId, qint64 reviewerId,
                                   QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_reviewerId(reviewerId)
    , m_type(new QComboBox(this))
    , m_title(edits(RecordFields::indexOf("title"), new QLineEdit(this)))
    , m_authors(edits(RecordFields::indexOf("authors"), textBox(this, 3)))
    , m_year(edits(RecordFields::indexOf("year"), new QLineEdit(this)))
    , m_container(edits(RecordFields::indexOf("container"), new QLineEdit(this)))
    , m_volume(edits(RecordFields::indexOf("volume"), new QLineEdit(this)))
    , m_issue(edits(RecordFields::indexOf("issue"), new QLineEdit(this)))
    , m_pages(edits(RecordFields::indexOf("pages"), new QLineEdit(this)))
    , m_doi(edits(RecordFields::indexOf("doi"), new QLineEdit(this)))
    , m_url(edits(RecordFields::indexOf("url"), new QLineEdit(this)))
    , m_abstract(edits(RecordFields::indexOf("abstract"), textBox(this, 8)))
    , m_keywords(edits(RecordFields::indexOf("keywords"), textBox(this, 2)))
    , m_notes(edits(RecordFields::indexOf("notes"), textBox(this, 2)))
{
    setWindowTitle(tr("Edit Record %1").arg(recordId));
    WindowPlacement::apply(this, QStringLiteral("record-edit"));
    for (const QString &type :
         {RecordType::JournalArticle, RecordType::Book, RecordType::Chapter,
          RecordType::ConferencePaper, RecordType::ConferenceAbstract, RecordType::Report,
          RecordType::Thesis, RecordType::WebPage, RecordType::Initiative, RecordType::Preprint,
          RecordType::Dataset, RecordType::Other})
        m_type->addItem(type, type);
    m_year->setValidator(new QIntValidator(0, 2999, m_year));
    m_year->setMaxLength(4);
    m_title->setObjectName(QStringLiteral("editTitle"));
    m_doi->setObjectName(QStringLiteral("editDoi"));
    m_abstract->setObjectName(QStringLiteral("editAbstract"));

    auto *form = new QFormLayout;
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Authors (one a line):"), m_authors);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Journal or book:"), m_container);
    auto *numbers = new QHBoxLayout;
    numbers->addWidget(m_volume);
    numbers->addWidget(m_issue);
    numbers->addWidget(m_pages);
    m_volume->setPlaceholderText(tr("volume"));
    m_issue->setPlaceholderText(tr("issue"));
    m_pages->setPlaceholderText(tr("pages"));
    form->addRow(tr("Volume, issue, pages:"), numbers);
    form->addRow(tr("&DOI:"), m_doi);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("A&bstract:"), m_abstract);
    form->addRow(tr("&Keywords (one a line):"), m_keywords);
    form->addRow(tr("&Notes:"), m_notes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(720, sizeHint().height());

    if (const std::optional<Record> record = RecordStore(project.database()).record(recordId)) {
        m_original = *record;
        fill(m_original);
    }
}

void RecordEditDialog::fill(const Record &r)
{
    m_type->setCurrentIndex(qMax(0, m_type->findData(r.type)));
    for (const Editor &e : std::as_const(m_editors)) {
        const QString value = e.field->value(r);
        if (auto *line = qobject_cast<QLineEdit *>(e.editor))
            line->setText(value);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(e.editor))
            text->setPlainText(value);
    }
}

Record RecordEditDialog::edited() const
{
    Record r = m_original;
    r.type = m_type->currentData().toString();
    for (const Editor &e : m_editors) {
        QString value;
        if (const auto *line = qobject_cast<const QLineEdit *>(e.editor))
            value = line->text().trimmed();
        else if (const auto *text = qobject_cast<const QPlainTextEdit *>(e.editor))
            value = e.field->kind == RecordField::Kind::List ? lines(text).join(QLatin1Char('\n'))
                                                             : text->toPlainText().trimmed();
        e.field->setValue(r, value);
    }
    return r;
}

bool RecordEditDialog::save()
{
    const Record mine = edited();
    Status saved = RecordEdit::save(m_project, m_original, mine, m_reviewerId);
    if (!saved && saved.error().kind == Error::Kind::Conflict) {
        const std::optional<Record> current =
            RecordStore(m_project.database()).record(m_original.id);
        if (!current) { // deleted meanwhile: nothing left to keep or to save into
            QMessageBox::information(this, tr("Record not saved"), saved.errorString());
            return true;
        }
        m_original = *current;
        if (!chooseToSaveMine(this, saved.errorString())) {
            fill(m_original);
            return false; // the form now shows theirs; the reviewer may edit again or close
        }
        Record again = mine;
        again.uuid = current->uuid;
        saved = RecordEdit::save(m_project, m_original, again, m_reviewerId);
    }
    if (!saved) {
        QMessageBox::warning(this, tr("Record not saved"), saved.errorString());
        return false;
    }
    return true;
}

} // namespace evimap::ui
