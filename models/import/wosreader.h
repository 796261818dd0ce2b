#pragma once

#include "import/formatregistry.h"
#include "import/recordreader.h"

namespace evimap {

// Web of Science plain text ("FN Clarivate Analytics Web of Science", "VR 1.0"): two-letter
// tags followed by one space, continuation lines indented by three spaces, "ER" closing each
// record and "EF" closing the file. Author and address tags (AU, AF, C1, CR, ...) hold one
// value per line; keyword tags (DE, ID) are split on ";".
class WosReader final : public RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(WosReader)

public:
    // A record larger than this (in characters) is skipped with an Error issue.
    static constexpr qsizetype maxRecordChars = 1 << 20;

    static FormatRegistry::Format format();
    QString formatId() const override { return QStringLiteral("wos"); }
    Status read(QIODevice &device, const ReadContext &context) override;

    // Maps the tags of one record onto a Record (exposed for tests). Multi-line list tags
    // arrive as one field per line.
    static Record toRecord(const QList<RawField> &fields);
    // Record type from the PT (publication type letter) and DT (document type) values.
    static QString typeFromWos(const QString &pt, const QString &dt);
};

} // namespace evimap
