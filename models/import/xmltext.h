#pragma once

#include <QCoreApplication>
#include <QString>
#include <QXmlStreamReader>

namespace evimap {

// Bounds and text reading shared by the XML readers (PubMed XML, EndNote XML), which stream
// with QXmlStreamReader and never build a tree of the whole file.
class XmlText final
{
    Q_DECLARE_TR_FUNCTIONS(XmlText)

public:
    static constexpr int maxDepth = 64;            // element nesting
    static constexpr qsizetype maxChars = 1 << 20; // text of one element, and of one record

    // Reads the content of the element the reader stands on (a StartElement at nesting level
    // `depth`), inline markup included ("<i>", "<sup>", EndNote's "<style>" runs are
    // concatenated), through its end element. Text beyond maxChars is dropped and `*cut` set.
    // Nesting deeper than maxDepth stops the reader with an error.
    static QString read(QXmlStreamReader &xml, int depth, bool *cut);

    // Stops the reader with an error when `depth` is deeper than maxDepth; true if it did.
    static bool checkDepth(QXmlStreamReader &xml, int depth);

    // "line 12: Opening and ending tag mismatch." for issues about an XML error.
    static QString errorText(const QXmlStreamReader &xml);
    // The same, at a line and column of the file given by the caller (XmlRecords).
    static QString errorText(const QXmlStreamReader &xml, int line, int column);
};

} // namespace evimap
