// The codebook: the shipped template, JSON round trip, refusal of bad templates, and every lead
// edit after coding has started (rename, move, merge, split, retire), checking the codings and
// the audit log afterwards.
#include "coding/codebook.h"
#include "coding/codebookhtml.h"
#include "coding/codebooktemplate.h"
#include "coding/codingstore.h"
#include "core/clock.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace evimap;

namespace {

qint64 addRecord(Project &project, const QString &title)
{
    QSqlQuery q(project.database());
    q.prepare(QStringLiteral(
        "INSERT INTO record(uuid, title, created_at, updated_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(newUuid());
    q.addBindValue(title);
    q.addBindValue(utcNow());
    q.addBindValue(utcNow());
    if (!q.exec())
        return 0;
    return q.lastInsertId().toLongLong();
}

int count(Project &project, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(project.database());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

int auditRows(Project &project, const QString &action)
{
    return count(project, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"),
                 {action});
}

} // namespace

class CodebookTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    qint64 m_lead = 0;
    qint64 m_ana = 0;
    qint64 m_ben = 0;
    QList<qint64> m_records;

    Codebook freshCodebook() { return Codebook(*m_project); }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(
            QStringLiteral("%1.evimap").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(path);
        Result<std::unique_ptr<Project>> created = Project::create(path);
        QVERIFY2(created.ok(), qPrintable(created.errorString()));
        m_project = std::move(created.value());
        Reviewers reviewers(*m_project);
        m_lead = reviewers.add(QStringLiteral("Lena Lead"), QStringLiteral("LL")).value().id;
        m_ana = reviewers.add(QStringLiteral("Ana Alves"), QStringLiteral("AA")).value().id;
        m_ben = reviewers.add(QStringLiteral("Ben Brook"), QStringLiteral("BB")).value().id;
        m_records.clear();
        for (int i = 1; i <= 4; ++i)
            m_records.append(addRecord(*m_project, QStringLiteral("Record %1").arg(i)));
        Result<CodebookTemplate> builtIn = CodebookTemplate::builtIn();
        QVERIFY2(builtIn.ok(), qPrintable(builtIn.errorString()));
        Codebook codebook(*m_project);
        Result<CodebookImportSummary> applied = codebook.applyTemplate(*builtIn, m_lead);
        QVERIFY2(applied.ok(), qPrintable(applied.errorString()));
    }

    void cleanup() { m_project.reset(); }

    void builtInTemplate_hasTheReviewDimensionsAndDefinitions()
    {
        Result<CodebookTemplate> t = CodebookTemplate::builtIn();
        QVERIFY(t.ok());
        QCOMPARE(t->dimensions.size(), 11);
        QCOMPARE(t->fields.size(), 6);
        Codebook codebook = freshCodebook();
        QCOMPARE(codebook.dimensions().size(), 11);
        QCOMPARE(codebook.name(), QStringLiteral("Loneliness and mental health review"));
        const QList<Code> codes = codebook.codesInOrder();
        QCOMPARE(codes.size(), t->codeCount());
        for (const Code &code : codes)
            QVERIFY2(!code.definition.isEmpty(), qPrintable(codebook.labelPath(code.id)));
        QStringList dimensionKeys;
        for (const Code &d : codebook.dimensions())
            dimensionKeys << d.key;
        QCOMPARE(dimensionKeys, QStringList({"factor", "approach", "format", "setting", "country",
                                             "population", "theory", "loneliness-outcome",
                                             "wellbeing-outcome", "design", "source-type"}));
        const Code design = codebook.dimensions().at(9);
        QVERIFY(design.isSingleChoice());
        QVERIFY(!codebook.dimensions().at(0).isSingleChoice());
        const std::optional<ExtractionField> effect =
            codebook.findField(QStringLiteral("effect-reported"));
        QVERIFY(effect);
        QCOMPARE(effect->kind, QStringLiteral("choice"));
        QCOMPARE(effect->choices.size(), 4);
    }

    void applyTemplate_twice_addsNothing()
    {
        Codebook codebook = freshCodebook();
        const int before = int(codebook.codesInOrder().size());
        Result<CodebookImportSummary> again =
            codebook.applyTemplate(CodebookTemplate::builtIn().value(), m_lead);
        QVERIFY(again.ok());
        QCOMPARE(again->codesAdded, 0);
        QCOMPARE(again->dimensionsAdded, 0);
        QCOMPARE(again->fieldsAdded, 0);
        QCOMPARE(again->updated, 0);
        QCOMPARE(int(codebook.codesInOrder().size()), before);
    }

    void resolvePath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected"); // key path, or "" for an error
        QTest::newRow("labels") << "Psychological factor/Social anxiety"
                                << "factor/social-anxiety";
        QTest::newRow("keys") << "factor/social-anxiety"
                              << "factor/social-anxiety";
        QTest::newRow("case and spaces") << " psychological FACTOR / social anxiety "
                                         << "factor/social-anxiety";
        QTest::newRow("nested full")
            << "Psychological factor/Maladaptive social cognition/Negative social expectations"
            << "factor/maladaptive-social-cognition/negative-social-expectations";
        QTest::newRow("nested short")
            << "factor/negative-social-expectations"
            << "factor/maladaptive-social-cognition/negative-social-expectations";
        QTest::newRow("same key other dimension") << "wellbeing-outcome/improved"
                                                  << "wellbeing-outcome/improved";
        QTest::newRow("label with slash-free dash") << "Intervention approach/Arts- and music-based"
                                                    << "approach/arts-music-based";
        QTest::newRow("dimension only") << "Psychological factor"
                                        << "";
        QTest::newRow("unknown") << "factor/telepathy"
                                 << "";
        QTest::newRow("empty") << ""
                               << "";
    }

    void resolvePath()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        Codebook codebook = freshCodebook();
        Result<qint64> id = codebook.resolvePath(path);
        if (expected.isEmpty()) {
            QVERIFY(!id.ok());
            QVERIFY(!id.errorString().isEmpty());
        } else {
            QVERIFY2(id.ok(), qPrintable(id.errorString()));
            QCOMPARE(codebook.keyPath(*id), expected);
        }
    }

    void jsonRoundTrip_keepsTheTree()
    {
        Codebook codebook = freshCodebook();
        const QByteArray json = codebook.toTemplate().toJson();
        Result<CodebookTemplate> back =
            CodebookTemplate::fromJson(json, QStringLiteral("export.json"));
        QVERIFY2(back.ok(), qPrintable(back.errorString()));
        QCOMPARE(back->toJson(), json);
        // And it equals the shipped template, read and written the same way.
        QCOMPARE(json, CodebookTemplate::builtIn()->toJson());
    }

    void refusedTemplates_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QByteArray head = R"({"format": "evimap-codebook", "version": 1, )";
        QTest::newRow("not json") << QByteArray("{nope") << "not valid JSON";
        QTest::newRow("array") << QByteArray("[]") << "expected a JSON object";
        QTest::newRow("other format")
            << QByteArray(R"({"format": "x", "version": 1})") << "not an EviMap codebook";
        QTest::newRow("newer version")
            << QByteArray(R"({"format": "evimap-codebook", "version": 2})")
            << "version 2 is not supported";
        QTest::newRow("no label") << head + R"("dimensions": [{"key": "a"}]})"
                                  << "dimensions[0]: the label is missing";
        QTest::newRow("bad choice") << head + R"("dimensions": [{"label": "A", "choice": "some"}]})"
                                    << "\"choice\" must be";
        QTest::newRow("duplicate key")
            << head +
                   R"("dimensions": [{"label": "A", "codes": [{"label": "x"}, {"label": "X"}]}]})"
            << "dimensions[0].codes[1]: the key \"x\" is used twice";
        QTest::newRow("bad colour")
            << head +
                   R"("dimensions": [{"label": "A", "codes": [{"label": "x", "colour": "red;x"}]}]})"
            << "not of the form #rrggbb";
        QTest::newRow("choice field without choices")
            << head + R"("extraction_fields": [{"label": "Effect", "kind": "choice"}]})"
            << "needs \"choices\"";
        QTest::newRow("unknown kind")
            << head + R"("extraction_fields": [{"label": "E", "kind": "blob"}]})"
            << "\"kind\" must be one of";
        QByteArray deep = head + R"("dimensions": [{"label": "D", "codes": [)";
        for (int i = 0; i < 20; ++i)
            deep += R"({"label": "c", "codes": [)";
        for (int i = 0; i < 20; ++i)
            deep += "]}";
        deep += "]}]}";
        QTest::newRow("too deep") << deep << "nested deeper than 12 levels";
    }

    void refusedTemplates()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        Result<CodebookTemplate> t = CodebookTemplate::fromJson(json, QStringLiteral("bad.json"));
        QVERIFY(!t.ok());
        QCOMPARE(t.error().kind, Error::Kind::InputRefused);
        QVERIFY2(t.errorString().startsWith(QLatin1String("bad.json: ")),
                 qPrintable(t.errorString()));
        QVERIFY2(t.errorString().contains(message), qPrintable(t.errorString()));
    }

    void htmlAppendix_escapesAllText()
    {
        CodebookTemplate t;
        t.name = QStringLiteral("<script>alert(1)</script>");
        CodebookTemplate::Node dimension;
        dimension.key = QStringLiteral("d");
        dimension.label = QStringLiteral("Factor & <b>bold</b>");
        CodebookTemplate::Node code;
        code.key = QStringLiteral("c\"x");
        code.label = QStringLiteral("Code <img src=x onerror=alert(1)>");
        code.definition = QStringLiteral("Defined as \"a\" < b");
        code.colour = QStringLiteral("red;background:url(x)");
        dimension.codes.append(code);
        t.dimensions.append(dimension);
        const QString html = CodebookHtml::render(t);
        QVERIFY(!html.contains(QLatin1String("<script>")));
        QVERIFY(!html.contains(QLatin1String("<img")));
        QVERIFY(!html.contains(QLatin1String("<b>bold")));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(html.contains(QLatin1String("Factor &amp; &lt;b&gt;bold&lt;/b&gt;")));
        QVERIFY(html.contains(QLatin1String("Defined as &quot;a&quot; &lt; b")));
        QVERIFY(!html.contains(QLatin1String("url(x)"))); // a colour that is not #rrggbb is dropped

        // The real codebook: every definition appears.
        const QString full = CodebookHtml::render(freshCodebook().toTemplate());
        QVERIFY(full.contains(QLatin1String("Social anxiety")));
        QVERIFY(full.contains(QLatin1String("background:#1b9e77")));
        QVERIFY(full.contains(QLatin1String("Extraction fields")));
    }

    void edit_changedMeanwhileByAnotherWindow_isAConflictNotAnOverwrite()
    {
        // Two windows on one file, each with its codebook read at the start.
        Result<std::unique_ptr<Project>> second = Project::open(m_project->filePath());
        QVERIFY(second.ok());
        Codebook mine = freshCodebook();
        Codebook theirs(*second.value());
        const qint64 anxiety = mine.resolvePath(QStringLiteral("factor/social-anxiety")).value();
        QVERIFY(theirs.rename(anxiety, QStringLiteral("Social anxiety (theirs)"), m_lead).ok());

        Code edit = *mine.code(anxiety); // still the version read before their rename
        edit.definition = QStringLiteral("My new definition.");
        Status saved = mine.update(edit, m_lead);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, Error::Kind::Conflict);
        QVERIFY2(saved.errorString().contains(QStringLiteral("Social anxiety (theirs)")),
                 qPrintable(saved.errorString()));
        // Nothing written; the codebook now shows their version.
        QCOMPARE(freshCodebook().code(anxiety)->definition, theirs.code(anxiety)->definition);
        QCOMPARE(mine.code(anxiety)->label, QStringLiteral("Social anxiety (theirs)"));

        // Choosing to save anyway, from the version now read, works and keeps their label.
        Code again = *mine.code(anxiety);
        again.definition = QStringLiteral("My new definition.");
        QVERIFY(mine.update(again, m_lead).ok());
        const Code stored = *freshCodebook().code(anxiety);
        QCOMPARE(stored.definition, QStringLiteral("My new definition."));
        QCOMPARE(stored.label, QStringLiteral("Social anxiety (theirs)"));
    }

    void rename_keepsCodings()
    {
        Codebook codebook = freshCodebook();
        CodingStore store(*m_project, codebook);
        const qint64 anxiety =
            codebook.resolvePath(QStringLiteral("factor/social-anxiety")).value();
        QVERIFY(store.apply(m_records[0], anxiety, m_ana, {QStringLiteral("fear of groups"), 4, {}})
                    .ok());
        QVERIFY(store.apply(m_records[1], anxiety, m_ben).ok());

        QVERIFY(
            codebook.rename(anxiety, QStringLiteral("Social anxiety and avoidance"), m_lead).ok());
        QCOMPARE(codebook.code(anxiety)->label, QStringLiteral("Social anxiety and avoidance"));
        QCOMPARE(codebook.code(anxiety)->key,
                 QStringLiteral("social-anxiety")); // the key is stable
        const std::optional<Coding> kept = store.coding(m_records[0], anxiety, m_ana);
        QVERIFY(kept);
        QCOMPARE(kept->details.quote, QStringLiteral("fear of groups"));
        QCOMPARE(kept->details.page, 4);
        QVERIFY(store.coding(m_records[1], anxiety, m_ben));
        QCOMPARE(
            codebook
                .resolvePath(QStringLiteral("Psychological factor/Social anxiety and avoidance"))
                .value(),
            anxiety);

        QSqlQuery q(m_project->database());
        QVERIFY(q.exec(QStringLiteral("SELECT reviewer_id, before, after FROM audit_log "
                                      "WHERE action = 'codebook.rename'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), m_lead);
        QCOMPARE(QJsonDocument::fromJson(q.value(1).toByteArray())
                     .object()
                     .value(QLatin1String("label"))
                     .toString(),
                 QStringLiteral("Social anxiety"));
        QCOMPARE(QJsonDocument::fromJson(q.value(2).toByteArray())
                     .object()
                     .value(QLatin1String("label"))
                     .toString(),
                 QStringLiteral("Social anxiety and avoidance"));
        QVERIFY(!q.next());
    }

    void merge_movesCodingsToTheTarget()
    {
        Codebook codebook = freshCodebook();
        CodingStore store(*m_project, codebook);
        const qint64 shame = codebook.resolvePath(QStringLiteral("factor/shame")).value();
        const qint64 stigma = codebook.resolvePath(QStringLiteral("factor/self-stigma")).value();
        QVERIFY(store
                    .apply(m_records[0], shame, m_ana,
                           {QStringLiteral("ashamed of being alone"), 3, QStringLiteral("na")})
                    .ok());
        QVERIFY(store.apply(m_records[1], shame, m_ana, {{}, 0, QStringLiteral("na")}).ok());
        QVERIFY(store
                    .apply(m_records[1], stigma, m_ana,
                           {QStringLiteral("internalised stigma"), 7, QStringLiteral("nb")})
                    .ok());
        QVERIFY(store.apply(m_records[0], stigma, m_ben).ok());
        QVERIFY(store.reconcileRecord(m_records[2], m_lead, {shame}, {}).ok());

        QVERIFY(codebook.merge(shame, stigma, m_lead).ok());

        QCOMPARE(count(*m_project, QStringLiteral("SELECT count(*) FROM coding WHERE code_id = ?"),
                       {shame}),
                 0);
        QCOMPARE(count(*m_project,
                       QStringLiteral("SELECT count(*) FROM coding_result WHERE code_id = ?"),
                       {shame}),
                 0);
        // Record 1: Ana's shame coding moved, with its quote and page.
        std::optional<Coding> moved = store.coding(m_records[0], stigma, m_ana);
        QVERIFY(moved);
        QCOMPARE(moved->details.quote, QStringLiteral("ashamed of being alone"));
        QCOMPARE(moved->details.page, 3);
        // Record 2: Ana had both; one coding remains, the target's quote kept, notes joined.
        QCOMPARE(store.codings(m_records[1], m_ana).size(), 1);
        std::optional<Coding> joined = store.coding(m_records[1], stigma, m_ana);
        QVERIFY(joined);
        QCOMPARE(joined->details.quote, QStringLiteral("internalised stigma"));
        QCOMPARE(joined->details.page, 7);
        QCOMPARE(joined->details.note, QStringLiteral("nb; na"));
        // Ben's own coding untouched, the reconciled result moved.
        QVERIFY(store.coding(m_records[0], stigma, m_ben));
        QCOMPARE(store.results(m_records[2]).size(), 1);
        QCOMPARE(store.results(m_records[2]).first().codeId, stigma);
        // The source is retired and points to the target; its path resolves to the target.
        QVERIFY(codebook.code(shame)->retired);
        QCOMPARE(codebook.code(shame)->mergedInto, stigma);
        QCOMPARE(codebook.resolvePath(QStringLiteral("Psychological factor/Shame")).value(),
                 stigma);
        QCOMPARE(auditRows(*m_project, QStringLiteral("codebook.merge")), 1);
        QCOMPARE(
            count(*m_project,
                  QStringLiteral(
                      "SELECT count(*) FROM audit_log WHERE action = "
                      "'codebook.merge' AND reviewer_id = ? AND before LIKE '%\"codings\":2%'"),
                  {m_lead}),
            1);
    }

    void merge_refusedWhenASingleChoiceDimensionWouldHoldTwoCodes()
    {
        Codebook codebook = freshCodebook();
        CodingStore store(*m_project, codebook);
        const qint64 rct = codebook.resolvePath(QStringLiteral("design/rct")).value();
        const qint64 prePost = codebook.resolvePath(QStringLiteral("design/pre-post")).value();
        const qint64 shame = codebook.resolvePath(QStringLiteral("factor/shame")).value();
        QVERIFY(store.apply(m_records[0], rct, m_ana).ok());
        QVERIFY(store.apply(m_records[0], shame, m_ana).ok());
        Status refused = codebook.merge(shame, prePost, m_lead);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorString().contains(QLatin1String("single-choice")),
                 qPrintable(refused.errorString()));
        QVERIFY(!codebook.code(shame)->retired);
        QVERIFY(store.coding(m_records[0], shame, m_ana));
        // Within the dimension a merge is fine: no reviewer can hold both.
        QVERIFY(codebook.merge(prePost, rct, m_lead).ok());
    }

    void split_copiesCodingsForReview()
    {
        Codebook codebook = freshCodebook();
        CodingStore store(*m_project, codebook);
        const qint64 digital =
            codebook.resolvePath(QStringLiteral("approach/digital-app-based")).value();
        QVERIFY(
            store.apply(m_records[0], digital, m_ana, {QStringLiteral("a smartphone app"), 2, {}})
                .ok());
        QVERIFY(store.apply(m_records[1], digital, m_ben).ok());
        QVERIFY(store.reconcileRecord(m_records[3], m_lead, {digital}, {}).ok());

        Result<QList<qint64>> parts = codebook.split(
            digital, {QStringLiteral("App-based"), QStringLiteral("Web-based")}, m_lead);
        QVERIFY2(parts.ok(), qPrintable(parts.errorString()));
        QCOMPARE(parts->size(), 2);
        for (qint64 part : *parts) {
            QCOMPARE(codebook.dimensionOf(part), codebook.dimensionOf(digital));
            std::optional<Coding> copy = store.coding(m_records[0], part, m_ana);
            QVERIFY(copy);
            QCOMPARE(copy->details.quote, QStringLiteral("a smartphone app"));
            QCOMPARE(copy->details.page, 2);
            QVERIFY(store.coding(m_records[1], part, m_ben));
            QCOMPARE(store.results(m_records[3]).size(), 3); // source + two copies
        }
        // The new codes sit right after the source, in order.
        const QList<Code> siblings = codebook.children(codebook.code(digital)->parentId, true);
        qsizetype at = -1;
        for (qsizetype i = 0; i < siblings.size(); ++i) {
            if (siblings.at(i).id == digital)
                at = i;
        }
        QVERIFY(at >= 0 && at + 2 < siblings.size());
        QCOMPARE(siblings.at(at + 1).label, QStringLiteral("App-based"));
        QCOMPARE(siblings.at(at + 2).label, QStringLiteral("Web-based"));
        // The source is retired, its own codings kept.
        QVERIFY(codebook.code(digital)->retired);
        QVERIFY(store.coding(m_records[0], digital, m_ana));
        QCOMPARE(auditRows(*m_project, QStringLiteral("codebook.split")), 1);
        QVERIFY(!codebook.split(digital, {QStringLiteral("x"), QStringLiteral("y")}, m_lead).ok());
    }

    void retire_hidesFromCodingButKeepsCodings()
    {
        Codebook codebook = freshCodebook();
        CodingStore store(*m_project, codebook);
        const qint64 hopelessness =
            codebook.resolvePath(QStringLiteral("factor/hopelessness")).value();
        QVERIFY(store.apply(m_records[0], hopelessness, m_ana).ok());
        const int codesBefore = int(codebook.codesInOrder().size());

        QVERIFY(codebook.setRetired(hopelessness, true, m_lead).ok());
        QCOMPARE(int(codebook.codesInOrder().size()), codesBefore - 1);
        QVERIFY(store.coding(m_records[0], hopelessness, m_ana));
        QVERIFY(!codebook.resolvePath(QStringLiteral("factor/hopelessness")).ok());
        const Status refused = store.apply(m_records[1], hopelessness, m_ana);
        QVERIFY(!refused.ok());
        QVERIFY(refused.errorString().contains(QLatin1String("retired")));
        // A dimension retired hides its codes too.
        const qint64 country = codebook.dimensions().at(4).id;
        QVERIFY(codebook.setRetired(country, true, m_lead).ok());
        QVERIFY(codebook.isHidden(codebook.children(country, true).first().id));

        QVERIFY(codebook.setRetired(hopelessness, false, m_lead).ok());
        QVERIFY(store.apply(m_records[1], hopelessness, m_ana).ok());
        QCOMPARE(auditRows(*m_project, QStringLiteral("codebook.retire")), 2);
        QCOMPARE(auditRows(*m_project, QStringLiteral("codebook.restore")), 1);
    }

    void move_keepsCodingsAndRefusesCycles()
    {
        Codebook codebook = freshCodebook();
        CodingStore store(*m_project, codebook);
        const qint64 parent =
            codebook.resolvePath(QStringLiteral("factor/maladaptive-social-cognition")).value();
        const qint64 rejection =
            codebook.resolvePath(QStringLiteral("factor/rejection-sensitivity")).value();
        const qint64 child =
            codebook.resolvePath(QStringLiteral("factor/negative-social-expectations")).value();
        QVERIFY(store.apply(m_records[0], rejection, m_ana).ok());

        QVERIFY(codebook.move(rejection, parent, 0, m_lead).ok());
        QCOMPARE(codebook.code(rejection)->parentId, parent);
        QCOMPARE(codebook.children(parent).first().id, rejection);
        QCOMPARE(codebook.keyPath(rejection),
                 QStringLiteral("factor/maladaptive-social-cognition/rejection-sensitivity"));
        QVERIFY(store.coding(m_records[0], rejection, m_ana));
        QVERIFY(!codebook.move(parent, child, 0, m_lead).ok());
        QVERIFY(!codebook.move(parent, 0, 0, m_lead).ok());
        QCOMPARE(auditRows(*m_project, QStringLiteral("codebook.move")), 1);
    }

    void edits_needALead()
    {
        Codebook codebook = freshCodebook();
        const qint64 shame = codebook.resolvePath(QStringLiteral("factor/shame")).value();
        const Status refused = codebook.rename(shame, QStringLiteral("Guilt"), m_ana);
        QVERIFY(!refused.ok());
        QVERIFY(refused.errorString().contains(QLatin1String("only a lead")));
        QCOMPARE(codebook.code(shame)->label, QStringLiteral("Shame"));
        QVERIFY(!codebook.addCode(shame, Code{}, m_lead).ok()); // no label

        Code added;
        added.label = QStringLiteral("Loneliness stigma");
        Result<qint64> id = codebook.addCode(codebook.dimensions().first().id, added, m_lead);
        QVERIFY(id.ok());
        QCOMPARE(codebook.code(*id)->key, QStringLiteral("loneliness-stigma"));
        QCOMPARE(auditRows(*m_project, QStringLiteral("codebook.add")) > 0, true);
    }

    void singleChoice_changeRefusedWhileCodingsConflict()
    {
        Codebook codebook = freshCodebook();
        CodingStore store(*m_project, codebook);
        Code format = codebook.dimensions().at(2);
        QVERIFY(store.apply(m_records[0], codebook.children(format.id).at(0).id, m_ana).ok());
        QVERIFY(store.apply(m_records[0], codebook.children(format.id).at(1).id, m_ana).ok());
        format.choice = QStringLiteral("single");
        QVERIFY(!codebook.update(format, m_lead).ok());
        QVERIFY(store.remove(m_records[0], codebook.children(format.id).at(1).id, m_ana).ok());
        QVERIFY(codebook.update(format, m_lead).ok());
        QVERIFY(codebook.code(format.id)->isSingleChoice());
    }
};

QTEST_GUILESS_MAIN(CodebookTest)
#include "tst_codebook.moc"
