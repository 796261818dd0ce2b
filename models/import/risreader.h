#pragma once

#include "import/formatregistry.h"
#include "import/recordreader.h"

namespace evimap {

// RIS as written by PsycINFO (Ovid, EBSCO), PubMed, Scopus, Web of Science, Zotero, EndNote and
// Mendeley: "TY  - " tag lines, untagged continuation lines, repeated tags, records closed by
// "ER  - " (a missing final ER is tolerated, as are records that do not start with TY).
class RisReader final : public RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(RisReader)

public:
    // A field (continuation lines included) and a record (the sum of its values) over these
    // sizes, in characters, make the record skipped with an error; what follows is read.
    static constexpr qsizetype maxFieldChars = 1024 * 1024;
    static constexpr qsizetype maxRecordChars = 8 * 1024 * 1024;

    static FormatRegistry::Format format();
    QString formatId() const override { return QStringLiteral("ris"); }
    Status read(QIODevice &device, const ReadContext &context) override;

    // Maps the tags of one record onto a Record (exposed for tests and other RIS-like readers).
    static Record toRecord(const QList<RawField> &fields);
    static QString typeFromRis(const QString &ty);
    static QString risFromType(const QString &type);
};

} // namespace evimap
