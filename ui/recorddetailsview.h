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

    void showRecord(const Record &record, const QStringList &sources,
                    const RecordMerges &merges = {});
    void showNothing();

    // The HTML shown for a record; all record text is escaped.
    static QString toHtml(const Record &record, const QStringList &sources,
                          const RecordMerges &merges = {});
};

} // namespace evimap::ui
