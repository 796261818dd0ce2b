#pragma once

#include "import/formatregistry.h"
#include "import/recordreader.h"

class QXmlStreamReader;

namespace evimap {

// EndNote XML (<xml><records><record>...), as written by EndNote, Zotero, Mendeley, Bookends
// and JabRef, each record read on its own with QXmlStreamReader (XmlRecords: a broken or
// oversized record costs only itself; Mendeley writes the whole file on one line). Field text
// may be split into styled runs (<style face="bold">...</style>), which are
// concatenated. Each record is first flattened to (tag, value) pairs named after the elements
// ("titles/title", "authors/author", "related-urls/url", ...), then mapped onto a Record; fields
// without a Record field are kept as raw fields.
class EndnoteXmlReader final : public RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(EndnoteXmlReader)

public:
    static FormatRegistry::Format format();
    QString formatId() const override { return QStringLiteral("endnote-xml"); }
    Status read(QIODevice &device, const ReadContext &context) override;

    // Maps the flattened fields of one record onto a Record (exposed for tests).
    static Record toRecord(const QList<RawField> &fields);
    // Record type from EndNote's reference type name ("Journal Article") or, without one, its
    // number (17).
    static QString typeFromEndnote(const QString &name, const QString &number);

private:
    static bool readRecord(QXmlStreamReader &xml, int depth, QList<RawField> *fields);
};

} // namespace evimap
