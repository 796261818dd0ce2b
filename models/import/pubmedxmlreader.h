#pragma once

#include "import/formatregistry.h"
#include "import/recordreader.h"

class QXmlStreamReader;

namespace evimap {

// PubMed XML (efetch / "Save as XML"): a PubmedArticleSet of PubmedArticle and
// PubmedBookArticle elements, each read on its own with QXmlStreamReader (XmlRecords: a broken
// or oversized article costs only itself). Each article is first
// flattened to (tag, value) pairs named after the elements ("ArticleTitle", "JournalTitle",
// "Author", "ArticleId.doi", ...), then mapped onto a Record; cited references, comments and
// history dates are not part of the record.
class PubmedXmlReader final : public RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(PubmedXmlReader)

public:
    static FormatRegistry::Format format();
    QString formatId() const override { return QStringLiteral("pubmed-xml"); }
    Status read(QIODevice &device, const ReadContext &context) override;

    // Maps the flattened fields of one article onto a Record (exposed for tests).
    static Record toRecord(const QList<RawField> &fields, bool bookArticle);

private:
    // Reads one article element through its end; false when the record is too large.
    static bool readArticle(QXmlStreamReader &xml, int depth, QList<RawField> *fields);
};

} // namespace evimap
