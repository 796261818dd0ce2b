#pragma once

#include "import/formatregistry.h"
#include "import/recordreader.h"

namespace evimap {

// PubMed MEDLINE / .nbib tagged text (and the same layout as written by ERIC): "PMID- " tag
// lines with the tag left-aligned in four columns, continuation lines indented by six spaces,
// records separated by blank lines and/or starting at "PMID-". Tolerates what real and test
// files do: "PMID-123" without a space, empty tags ("TI-"), records without a PMID, free text
// between records (skipped with an Info issue).
class MedlineReader final : public RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(MedlineReader)

public:
    // A record larger than this (in characters) is skipped with an Error issue.
    static constexpr qsizetype maxRecordChars = 1 << 20;

    static FormatRegistry::Format format();
    QString formatId() const override { return QStringLiteral("medline"); }
    Status read(QIODevice &device, const ReadContext &context) override;

    // Maps the tags of one record onto a Record (exposed for tests).
    static Record toRecord(const QList<RawField> &fields);
    // The record type for PubMed/ERIC publication types ("Journal Article", "Technical
    // Report", "Congress", "Reports - Research", ...); empty when none is known.
    static QString typeFromPublicationTypes(const QStringList &types);
    // PubMed's short author form "Long V" as "Long, V"; other forms are kept.
    static QString authorFromShortForm(const QString &au);
};

} // namespace evimap
