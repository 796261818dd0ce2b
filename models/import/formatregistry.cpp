#include "import/formatregistry.h"

#include "import/bibtexreader.h"
#include "import/csljsonreader.h"
#include "import/csvreader.h"
#include "import/endnotexmlreader.h"
#include "import/linereader.h"
#include "import/medlinereader.h"
#include "import/pdfreader.h"
#include "import/pubmedxmlreader.h"
#include "import/risreader.h"
#include "import/wosreader.h"

#include <QBuffer>
#include <QFileInfo>

namespace evimap {

const QList<FormatRegistry::Format> &FormatRegistry::formats()
{
    // One line per format. Order matters only for ties in detection.
    static const QList<Format> list = {
        RisReader::format(),     BibtexReader::format(),    CslJsonReader::format(),
        MedlineReader::format(), PubmedXmlReader::format(), EndnoteXmlReader::format(),
        WosReader::format(),     CsvReader::format(),       PdfReader::format(),
    };
    return list;
}

const FormatRegistry::Format *FormatRegistry::find(const QString &id)
{
    for (const Format &format : formats()) {
        if (format.id == id)
            return &format;
    }
    return nullptr;
}

QStringList FormatRegistry::ids()
{
    QStringList list;
    for (const Format &format : formats())
        list.append(format.id);
    return list;
}

QString FormatRegistry::decodeHead(const QByteArray &head)
{
    QByteArray copy = head;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    LineReader reader(buffer);
    QString text, line;
    while (reader.readLine(line)) {
        text += line;
        text += QLatin1Char('\n');
    }
    return text;
}

QString FormatRegistry::detect(const QByteArray &head, const QString &fileName)
{
    const QString text = decodeHead(head);
    const QString extension = QFileInfo(fileName).suffix().toLower();
    QString best;
    int bestScore = 0;
    for (const Format &format : formats()) {
        int score = format.sniff ? format.sniff(text) : 0;
        // The extension only breaks ties and rescues weak evidence.
        if (format.extensions.contains(extension))
            score += 5;
        if (score > bestScore) {
            bestScore = score;
            best = format.id;
        }
    }
    return bestScore >= 20 ? best : QString();
}

} // namespace evimap
