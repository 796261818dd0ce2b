#pragma once

// What the README's screenshots show: the lead's screening criteria and keywords, and a
// two-page journal article as a PDF (the demo's record 1, group CBT for loneliness) drawn with
// Qt's PDF writer.

#include "project/project.h"
#include "screening/highlighttermstore.h"
#include "screening/screeningsettings.h"
#include "screening/screeningstore.h"

#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QString>

namespace evimap::test {

// The criteria and the keywords to highlight, as the lead `lead` writes them.
inline bool writeScreeningSetUp(Project &project, qint64 lead)
{
    ScreeningSettings settings = ScreeningSettings::read(project);
    settings.criteria = QString::fromUtf8(
        "INCLUDE\n"
        "• Psychological factors associated with loneliness: social anxiety, self-esteem, "
        "rejection sensitivity, shame, attachment, depressive symptoms, social cognition.\n"
        "• Interventions that aim to reduce loneliness by targeting such factors (CBT, "
        "mindfulness, compassion-focused, ACT, psychoeducation, social skills or social "
        "cognition training, peer support with a psychological component), in any setting and "
        "design.\n"
        "• Any population and country; journal articles, reports, theses, conference "
        "abstracts.\n\n"
        "EXCLUDE\n"
        "• Prevalence, costs or epidemiology of loneliness only.\n"
        "• Animal studies.\n"
        "• Interventions without a psychological component (befriending calls, hearing aids, "
        "transport, built environment).\n"
        "• Loneliness neither measured nor discussed.");
    if (!settings.write(project).ok())
        return false;
    ScreeningStore store(project);
    for (const char *t : {"lonel*", "social isolation", "social anxiety", "self-esteem", "CBT",
                          "cognitive behavio*ral", "mindfulness", "compassion*", "psychoeducation",
                          "rejection sensitivity", "shame", "attachment", "social cognition"}) {
        if (!HighlightTermStore(store.project())
                 .addHighlightTerm(QString::fromUtf8(t), HighlightKind::Include, lead)
                 .ok())
            return false;
    }
    for (const char *t :
         {"mice", "rat*", "zebrafish", "prevalence", "cost*", "mortality", "obesity"}) {
        if (!HighlightTermStore(store.project())
                 .addHighlightTerm(QString::fromUtf8(t), HighlightKind::Exclude, lead)
                 .ok())
            return false;
    }
    return true;
}

inline bool writeArticlePdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(QStringLiteral("Group cognitive behavioural therapy for loneliness"));
    QPainter p(&writer);
    if (!p.isActive())
        return false;
    const int margin = 230, width = writer.width() - 2 * margin;
    auto block = [&](int &y, const QString &text, int size, bool bold = false,
                     bool italic = false) {
        QFont f(QStringLiteral("DejaVu Serif"));
        f.setPointSizeF(size);
        f.setBold(bold);
        f.setItalic(italic);
        p.setFont(f);
        const QRect r = p.boundingRect(QRect(margin, y, width, 10000), Qt::TextWordWrap, text);
        p.drawText(r, Qt::TextWordWrap, text);
        y = r.bottom() + int(size * 300 / 72.0 * 0.8);
    };
    int y = margin;
    block(y,
          QStringLiteral(
              "Journal of Loneliness and Social Connection Studies · 2023 · 14(3): 211–226"),
          8, false, true);
    block(y,
          QStringLiteral("Group cognitive behavioural therapy for loneliness in older adults "
                         "attending community organisations: a randomised controlled trial"),
          16, true);
    block(y, QStringLiteral("Harriet M. Whitfield, Samuel K. Okafor, Ingrid Sørensen"), 10);
    block(y, QStringLiteral("Abstract"), 11, true);
    block(y,
          QStringLiteral("Background: Loneliness in later life is common and is maintained by "
                         "negative social cognitions and social anxiety. Methods: 212 adults "
                         "aged 65 and over, recruited through community organisations, were "
                         "randomised to eight weekly sessions of group CBT or to a social "
                         "activity control. Results: Loneliness fell more after CBT (UCLA "
                         "Loneliness Scale difference −4.1, 95% CI −6.0 to −2.2) and the gain "
                         "held at six months. Conclusions: Targeting maladaptive social "
                         "cognition reduces loneliness in older adults."),
          10);
    block(y, QStringLiteral("1  Introduction"), 11, true);
    const QString body = QStringLiteral(
        "Chronic loneliness is associated with depressive symptoms, poorer sleep and earlier "
        "mortality. Cognitive models hold that lonely people attend to social threat, expect "
        "rejection and withdraw, which confirms their expectations. Interventions that address "
        "these maladaptive social cognitions have reduced loneliness more than those that only "
        "increase opportunities for contact. Few trials have tested such approaches in community "
        "settings run by voluntary organisations, where most older people who seek help for "
        "loneliness are seen.");
    block(y, body, 10);
    block(y, QStringLiteral("2  Methods"), 11, true);
    block(y,
          QStringLiteral("Participants were recruited from twelve community organisations. "
                         "Eligible adults scored 40 or more on the UCLA Loneliness Scale and "
                         "had no cognitive impairment. Groups of eight met weekly for ninety "
                         "minutes with two facilitators trained in CBT."),
          10);
    writer.newPage();
    y = margin;
    block(y, QStringLiteral("3  Results"), 11, true);
    block(y,
          QStringLiteral("Of 212 participants, 187 completed the six-month follow-up. Social "
                         "anxiety and loneliness fell in the CBT arm; self-esteem rose."),
          10);
    return p.end();
}

} // namespace evimap::test
