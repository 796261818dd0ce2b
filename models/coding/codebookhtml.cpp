#include "coding/codebookhtml.h"

#include "coding/codebooktemplate.h"

#include <QRegularExpression>

namespace evimap {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString swatch(const QString &colour)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (!pattern.match(colour).hasMatch())
        return QString();
    return QStringLiteral("<span class=\"swatch\" style=\"background:%1\"></span>").arg(colour);
}

void renderCodes(const QList<CodebookTemplate::Node> &codes, QString *html)
{
    if (codes.isEmpty())
        return;
    *html += QStringLiteral("<ul class=\"codes\">\n");
    for (const CodebookTemplate::Node &code : codes) {
        *html += QStringLiteral("<li><p class=\"code\">%1<strong>%2</strong> <code>%3</code></p>")
                     .arg(swatch(code.colour), esc(code.label), esc(code.key));
        if (!code.definition.isEmpty())
            *html += QStringLiteral("<p class=\"definition\">%1</p>").arg(esc(code.definition));
        renderCodes(code.codes, html);
        *html += QStringLiteral("</li>\n");
    }
    *html += QStringLiteral("</ul>\n");
}

} // namespace

QString CodebookHtml::render(const CodebookTemplate &codebook)
{
    const QString title = codebook.name.isEmpty() ? tr("Codebook") : codebook.name;
    QString html;
    html +=
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<title>%1</title>\n<style>\n"
            "body{font-family:sans-serif;max-width:60em;margin:2em "
            "auto;line-height:1.45;color:#222}\n"
            "h1{font-size:1.6em}h2{font-size:1.25em;margin-top:2em;border-bottom:1px solid #ccc}\n"
            ".choice{font-weight:normal;color:#555;font-size:.8em}\n"
            "ul.codes{list-style:none;padding-left:1.2em}\n"
            "p.code{margin:.6em 0 .1em}p.definition{margin:0 0 .4em 1.6em;color:#333}\n"
            ".swatch{display:inline-block;width:.9em;height:.9em;margin-right:.5em;"
            "border:1px solid #888;vertical-align:middle}\n"
            "code{color:#666;font-size:.85em}\n"
            "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em;"
            "text-align:left;vertical-align:top}\n"
            "</style>\n</head>\n<body>\n")
            .arg(esc(title));
    html += QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
    if (!codebook.description.isEmpty())
        html += QStringLiteral("<p>%1</p>\n").arg(esc(codebook.description));
    html += QStringLiteral("<p>%1</p>\n")
                .arg(esc(tr("%n dimension(s), %1 codes, %2 extraction fields.", nullptr,
                            int(codebook.dimensions.size()))
                             .arg(codebook.codeCount())
                             .arg(codebook.fields.size())));
    for (const CodebookTemplate::Node &dimension : codebook.dimensions) {
        html += QStringLiteral("<h2>%1 <span class=\"choice\">(%2)</span></h2>\n")
                    .arg(esc(dimension.label),
                         esc(dimension.choice == QLatin1String("single") ? tr("choose one")
                                                                         : tr("choose any")));
        if (!dimension.definition.isEmpty())
            html += QStringLiteral("<p class=\"dimension-definition\">%1</p>\n")
                        .arg(esc(dimension.definition));
        renderCodes(dimension.codes, &html);
    }
    if (!codebook.fields.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n<table>\n<tr><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                    .arg(esc(tr("Extraction fields")), esc(tr("Field")), esc(tr("Kind")),
                         esc(tr("Definition")));
        for (const ExtractionField &field : codebook.fields) {
            QString kind = esc(field.kind);
            if (!field.choices.isEmpty())
                kind += QStringLiteral(": ") + esc(field.choices.join(QLatin1String("; ")));
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>\n")
                        .arg(esc(field.label), kind, esc(field.definition));
        }
        html += QStringLiteral("</table>\n");
    }
    html += QStringLiteral("</body>\n</html>\n");
    return html;
}

} // namespace evimap
