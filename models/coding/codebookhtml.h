#pragma once

#include <QCoreApplication>
#include <QString>

namespace evimap {

struct CodebookTemplate;

// The codebook as a readable HTML page for a review's appendix: every dimension with its
// codes (nested), their definitions and colours, then the extraction fields. All codebook text
// is HTML-escaped; colours are used only when they have the form #rrggbb.
class CodebookHtml final
{
    Q_DECLARE_TR_FUNCTIONS(CodebookHtml)

public:
    static QString render(const CodebookTemplate &codebook);
};

} // namespace evimap
