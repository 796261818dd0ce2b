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

    void showRecord(const Record &record, const QStringList &sources);
    void showNothing();

    // The HTML shown for a record; all record text is escaped.
    static QString toHtml(const Record &record, const QStringList &sources);
};

} // namespace evimap::ui
