#include "import/xmltext.h"

namespace evimap {

bool XmlText::checkDepth(QXmlStreamReader &xml, int depth)
{
    if (depth <= maxDepth)
        return false;
    xml.raiseError(tr("the elements are nested more than %1 levels deep").arg(maxDepth));
    return true;
}

QString XmlText::read(QXmlStreamReader &xml, int depth, bool *cut)
{
    QString text;
    int level = 0;
    auto append = [&](QStringView more) {
        if (text.size() + more.size() > maxChars) {
            *cut = true;
            text += more.first(qMax<qsizetype>(0, maxChars - text.size()));
        } else {
            text += more;
        }
    };
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            ++level;
            if (checkDepth(xml, depth + level))
                return text;
            break;
        case QXmlStreamReader::EndElement:
            if (level == 0)
                return text;
            --level;
            break;
        case QXmlStreamReader::Characters:
        case QXmlStreamReader::EntityReference:
            append(xml.text());
            break;
        default:
            break;
        }
    }
    return text;
}

QString XmlText::errorText(const QXmlStreamReader &xml)
{
    return errorText(xml, int(xml.lineNumber()), int(xml.columnNumber()));
}

QString XmlText::errorText(const QXmlStreamReader &xml, int line, int column)
{
    return tr("the XML is not well-formed at line %1, column %2: %3")
        .arg(line)
        .arg(column)
        .arg(xml.errorString());
}

} // namespace evimap
