#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace evimap {

class EvidenceMap;
class MapCodebook;

// The evidence map as one self-contained, interactive HTML file: inline CSS and JavaScript, no
// network access. Bubbles (area proportional to the count) with colour segments, empty cells
// shaded as gaps, filters by every other dimension and by year, and the list of a cell's items
// on click. The data travel as JSON in a <script type="application/json"> block with "<", ">"
// and "&" escaped as \u003c, \u003e and \u0026, and the page puts record text into the document
// with textContent only, so a title holding markup stays text.
//
// The URL fragment sets initial filters: #filter=setting:online;country:ireland&years=2015-2024
// (dimension and code keys or labels).
class EvidenceMapHtml final
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceMapHtml)

public:
    static QByteArray write(const EvidenceMap &map, const MapCodebook &codebook);
    // The data block's JSON (before escaping).
    static QJsonObject data(const EvidenceMap &map, const MapCodebook &codebook);
    // JSON text made safe inside a <script> element.
    static QByteArray escapeForScript(const QByteArray &json);
};

} // namespace evimap
