#include "recorddetailsview.h"

#include "screening/keywordhighlighter.h"

#include "records/record.h"

#include <QUrl>

namespace evimap::ui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td style='color:palette(mid); padding-right:12px'>%1</td>"
                          "<td>%2</td></tr>")
        .arg(esc(label), value);
}

} // namespace

RecordDetailsView::RecordDetailsView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenExternalLinks(true);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(14);
    showNothing();
}

void RecordDetailsView::showNothing()
{
    setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                .arg(esc(tr("Select a record to see its details."))));
}

void RecordDetailsView::showRecord(const Record &record, const QStringList &sources,
                                   const RecordMerges &merges, const QStringList &highlight)
{
    setHtml(toHtml(record, sources, merges, highlight));
}

QString RecordDetailsView::toHtml(const Record &r, const QStringList &sources,
                                  const RecordMerges &merges, const QStringList &highlight)
{
    QList<HighlightRule> rules;
    for (const QString &term : highlight)
        rules.append({term, HighlightKind::Include});
    const KeywordHighlighter highlighter(rules);
    // Search matches marked, the rest escaped.
    const auto marked = [&highlighter](const QString &text) {
        const QList<HighlightRange> ranges = highlighter.ranges(text);
        QString out;
        qsizetype at = 0;
        for (const HighlightRange &range : ranges) {
            out += esc(text.mid(at, range.start - at));
            out += QStringLiteral("<span class='match' style='background-color:#ffe98a; "
                                  "color:#000000;'>%1</span>")
                       .arg(esc(text.mid(range.start, range.length)));
            at = range.start + range.length;
        }
        return out + esc(text.mid(at));
    };
    QString html;
    // The marker first, so a merged record is never mistaken for one that counts.
    if (merges.duplicateOf > 0)
        html += QStringLiteral("<p style='background-color:#fff1c2; color:#6b4f00; "
                               "padding:4px'><b>%1</b> %2</p>")
                    .arg(esc(tr("Duplicate of #%1").arg(merges.duplicateOf)),
                         esc(tr("(merged; it is not counted, screened or exported on its own)")));
    html += QStringLiteral("<h2 style='margin-bottom:4px'>%1</h2>")
                .arg(r.title.isEmpty() ? esc(tr("(no title)")) : marked(r.title));
    if (!r.authors.isEmpty())
        html += QStringLiteral("<p style='margin-top:0'>%1</p>")
                    .arg(esc(r.authors.join(QStringLiteral("; "))));
    QStringList where;
    if (!r.container.isEmpty())
        where << QStringLiteral("<i>%1</i>").arg(esc(r.container));
    if (r.year > 0)
        where << QString::number(r.year);
    QString volume = esc(r.volume);
    if (!r.issue.isEmpty())
        volume += QStringLiteral("(%1)").arg(esc(r.issue));
    if (!volume.isEmpty())
        where << volume;
    if (!r.pages.isEmpty())
        where << esc(r.pages);
    if (!where.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(where.join(QStringLiteral(", ")));
    if (!r.abstract.isEmpty())
        html += QStringLiteral("<p style='line-height:140%'>%1</p>").arg(marked(r.abstract));
    else
        html += QStringLiteral("<p style='color:gray'>%1</p>").arg(esc(tr("No abstract.")));

    QString table;
    table += row(tr("Type"), esc(r.type));
    if (!r.doi.isEmpty())
        table +=
            row(tr("DOI"),
                QStringLiteral("<a href='https://doi.org/%1'>%2</a>")
                    .arg(esc(QString::fromUtf8(QUrl::toPercentEncoding(r.doi, "/"))), esc(r.doi)));
    table += row(tr("PMID"), esc(r.pmid));
    table += row(tr("Accession"), esc(r.accession));
    table += row(tr("ISBN"), esc(r.isbn));
    if (!r.url.isEmpty()) {
        const QUrl url(r.url, QUrl::StrictMode);
        const bool safe = url.isValid() && (url.scheme() == QLatin1String("http") ||
                                            url.scheme() == QLatin1String("https"));
        table += row(tr("URL"), safe ? QStringLiteral("<a href='%1'>%2</a>")
                                           .arg(esc(url.toString(QUrl::FullyEncoded)), esc(r.url))
                                     : esc(r.url));
    }
    table += row(tr("Keywords"), marked(r.keywords.join(QStringLiteral("; "))));
    table += row(tr("Language"), esc(r.language));
    table += row(tr("Country"), esc(r.country));
    table += row(tr("Publisher"), esc(r.publisher));
    table += row(tr("Notes"), esc(r.notes).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    table += row(tr("Imported from"), esc(sources.join(QStringLiteral("; "))));
    QStringList merged;
    for (const qint64 id : merges.mergedIntoThis)
        merged << QStringLiteral("#%1").arg(id);
    table += row(tr("Duplicates merged"), esc(merged.join(QStringLiteral(", "))));
    html += QStringLiteral("<table cellspacing='2'>%1</table>").arg(table);
    return html;
}

} // namespace evimap::ui
