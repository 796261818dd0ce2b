#pragma once

#include <QTextBrowser>

namespace evimap {
struct Record;
}

namespace evimap::ui {

// The fields of one record, readable: title, authors, source, abstract, identifiers, sources.
class RecordDetailsView final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit RecordDetailsView(QWidget *parent = nullptr);

    // `highlight`: search terms to mark in the title, abstract and keywords (KeywordHighlighter
    // terms, as SearchQuery::highlightTerms gives them).
    void showRecord(const Record &record, const QStringList &sources,
                    const QStringList &highlight = {});
    void showNothing();

    // The HTML shown for a record; all record text is escaped.
    static QString toHtml(const Record &record, const QStringList &sources,
                          const QStringList &highlight = {});
};

} // namespace evimap::ui
