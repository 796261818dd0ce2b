// Screenshots of the screening view for the README (a test mode, skipped unless asked for):
//
//   EVIMAP_SCREENSHOTS=docs/images xvfb-run -a -s "-screen 0 1600x1000x24"
//       env QT_QPA_PLATFORM=xcb build/tests/tst_screeningscreenshots     (one line)
//
// It builds the demo project with a realistic set-up (criteria, keywords, reasons, a reviewer
// part-way through), then saves screening-title-abstract.png, screening-full-text.png and
// screening-dark.png.
#include "import/importjob.h"
#include "pdf/pdfviewer.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "screening/screeningsettings.h"
#include "screening/screeningstore.h"
#include "screening/screeningview.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace evimap;

namespace {

const char criteria[] =
    "INCLUDE\n"
    "• Psychological factors associated with loneliness: social anxiety, self-esteem, "
    "rejection sensitivity, shame, attachment, depressive symptoms, social cognition.\n"
    "• Interventions that aim to reduce loneliness by targeting such factors (CBT, "
    "mindfulness, compassion-focused, ACT, psychoeducation, social skills or social cognition "
    "training, peer support with a psychological component), in any setting and design.\n"
    "• Any population and country; journal articles, reports, theses, conference abstracts.\n\n"
    "EXCLUDE\n"
    "• Prevalence, costs or epidemiology of loneliness only.\n"
    "• Animal studies.\n"
    "• Interventions without a psychological component (befriending calls, hearing aids, "
    "transport, built environment).\n"
    "• Loneliness neither measured nor discussed.";

// A two-page article, set like a journal's PDF.
bool writeArticle(const QString &path)
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

} // namespace

class ScreeningScreenshots : public QObject
{
    Q_OBJECT

private:
    QString m_out;
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    qint64 m_ann = 0;

    void save(QWidget &window, const QString &name)
    {
        window.raise();
        window.activateWindow();
        QTest::qWait(400); // fonts, layout, the PDF's first paint
        const QString path = QDir(m_out).filePath(name);
        QVERIFY2(window.grab().save(path), qPrintable(path));
        qInfo("wrote %s", qPrintable(QFileInfo(path).absoluteFilePath()));
    }

private slots:
    void initTestCase()
    {
        m_out = qEnvironmentVariable("EVIMAP_SCREENSHOTS");
        if (m_out.isEmpty())
            QSKIP("set EVIMAP_SCREENSHOTS=FOLDER to write the screening screenshots");
        QVERIFY(QDir().mkpath(m_out));
        QStandardPaths::setTestModeEnabled(true);
        const QString path = m_dir.filePath("loneliness.evimap");
        m_project = std::move(Project::create(path, "Loneliness and mental health").value());
        Reviewers people(*m_project);
        const qint64 lead = people.add("Lena Lead", "LL")->id;
        m_ann = people.add("Ann Able", "AA")->id;
        QVERIFY(
            ImportJob::run(*m_project, test::sourcePath("resources/demo/loneliness-demo.ris"), {})
                .ok());

        ScreeningSettings settings = ScreeningSettings::read(*m_project);
        settings.criteria = QString::fromUtf8(criteria);
        QVERIFY(settings.write(*m_project).ok());
        ScreeningStore store(*m_project);
        for (const char *t :
             {"lonel*", "social isolation", "social anxiety", "self-esteem", "CBT",
              "cognitive behavio*ral", "mindfulness", "compassion*", "psychoeducation",
              "rejection sensitivity", "shame", "attachment", "social cognition"})
            QVERIFY(
                store.addHighlightTerm(QString::fromUtf8(t), HighlightKind::Include, lead).ok());
        for (const char *t :
             {"mice", "rat*", "zebrafish", "prevalence", "cost*", "mortality", "obesity"})
            QVERIFY(
                store.addHighlightTerm(QString::fromUtf8(t), HighlightKind::Exclude, lead).ok());
        for (const char *r :
             {"Not about loneliness", "No psychological factor or intervention",
              "Prevalence or epidemiology only", "Animal study", "Wrong publication type"})
            QVERIFY(store.addReason(QString::fromUtf8(r), lead).ok());

        // Ann is part-way through title/abstract; record 1 reached full text with its PDF.
        const QList<std::pair<qint64, Decision>> done{
            {1, Decision::Include}, {2, Decision::Include}, {3, Decision::Exclude},
            {4, Decision::Include}, {5, Decision::Exclude}, {6, Decision::Include}};
        for (const auto &[id, d] : done)
            QVERIFY(
                store.setDecision(id, ScreeningStage::TitleAbstract, m_ann, DecisionInput{d, 0, {}})
                    .ok());
        const QString folder = m_project->attachmentDirectory();
        QVERIFY(QDir().mkpath(folder));
        const QString pdf = QDir(folder).filePath("whitfield-2023.pdf");
        QVERIFY(writeArticle(pdf));
        QSqlQuery q(m_project->database());
        q.prepare(
            "INSERT INTO attachment(uuid, record_id, file_path, file_sha256, page_count, added_at) "
            "VALUES ('shot', 1, ?, '', 2, '2026-01-01')");
        q.addBindValue(QDir(QFileInfo(path).absolutePath()).relativeFilePath(pdf));
        QVERIFY(q.exec());
    }

    void titleAndAbstract()
    {
        ui::ScreeningView view(*m_project, m_ann);
        view.setWindowTitle("Screening — Loneliness and mental health — Ann Able");
        view.setOrder(ScreeningSession::Order::ImportOrder);
        view.resize(1500, 920);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.session()->goToRecord(7)); // compassion-focused therapy, a long abstract
        save(view, "screening-title-abstract.png");
    }

    void fullText()
    {
        ui::ScreeningView view(*m_project, m_ann);
        view.setWindowTitle("Screening — Loneliness and mental health — Ann Able");
        view.setOrder(ScreeningSession::Order::ImportOrder);
        view.setStage(ScreeningStage::FullText);
        view.resize(1500, 920);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.session()->goToRecord(1));
        QVERIFY(view.pdfViewer()->isOpen());
        view.pdfViewer()->search("social anxiety");
        save(view, "screening-full-text.png");
    }

    void titleAndAbstractOnADarkDesktop()
    {
        // The palette a dark desktop theme gives Qt's Fusion style.
        const QPalette light = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x1f, 0x1f, 0x1f));
        dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xe4));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        QApplication::setPalette(dark);
        ui::ScreeningView view(*m_project, m_ann);
        view.setOrder(ScreeningSession::Order::ImportOrder);
        view.resize(1500, 920);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.session()->goToRecord(7));
        save(view, "screening-dark.png");
        QApplication::setPalette(light);
    }
};

QTEST_MAIN(ScreeningScreenshots)
#include "tst_screeningscreenshots.moc"
