#pragma once

#include <QList>
#include <QTextBrowser>

namespace evimap {
struct Record;
}

namespace evimap::ui {

// What merging did to a record: merged into another ("Duplicate of #743"), or kept with others
// merged into it.
struct RecordMerges
{
    qint64 duplicateOf = 0;
    QList<qint64> mergedIntoThis;
};

// The fields of one record, readable: title, authors, source, abstract, identifiers, sources.
class RecordDetailsView final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit RecordDetailsView(QWidget *parent = nullptr);

    // `merges`: what the record duplicates and what was merged into it (the marker);
    // `highlight`: search terms to mark in the title, abstract and keywords (KeywordHighlighter
    // terms, as SearchQuery::highlightTerms gives them).
    void showRecord(const Record &record, const QStringList &sources,
                    const RecordMerges &merges = {}, const QStringList &highlight = {});
    void showNothing();

    // The HTML shown for a record; all record text is escaped.
    static QString toHtml(const Record &record, const QStringList &sources,
                          const RecordMerges &merges = {}, const QStringList &highlight = {});
};

} // namespace evimap::ui
