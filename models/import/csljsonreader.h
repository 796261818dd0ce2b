#pragma once

#include "import/formatregistry.h"
#include "import/recordreader.h"

#include <QJsonObject>

namespace evimap {

// CSL-JSON as exported by Zotero, Better BibTeX, Mendeley and citeproc tools: an array of items,
// one item object, or {"items": [...]}. Items in Zotero's own JSON (Better BibTeX's library
// export: "itemType", "creators", "date") are read too; its "note" and "attachment" items are
// not references and are left out without counting as skipped. The file is read an item at a
// time (JsonItemStream), so its length does not matter; an item over maxItemBytes, or with a
// field over maxFieldChars, is skipped with a message naming its line.
class CslJsonReader final : public RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(CslJsonReader)

public:
    static constexpr qsizetype maxItemBytes = 8 << 20;
    static constexpr qsizetype maxFieldChars = 1 << 20;

    static FormatRegistry::Format format();
    QString formatId() const override { return QStringLiteral("csljson"); }
    Status read(QIODevice &device, const ReadContext &context) override;

    // One CSL-JSON item (or Zotero item) as a Record.
    static Record toRecord(const QJsonObject &item);
    static QString typeFromCsl(const QString &type);
};

} // namespace evimap
