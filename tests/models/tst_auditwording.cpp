// The audit log in words: every action the stores write has a sentence of its own (one row of
// the table below each), values before and after read as field changes, times as local time to
// the minute; and the rows a real project writes come out in words, never as a raw action.
#include "coding/codebook.h"
#include "coding/codebooktemplate.h"
#include "coding/codingstore.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "records/recordedit.h"
#include "records/recordstore.h"
#include "screening/exclusionreasonstore.h"
#include "screening/screeningstore.h"
#include "team/audittrail.h"
#include "team/auditwording.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace evimap;

namespace {

AuditNames testNames()
{
    AuditNames names;
    names.reviewers.insert(2, QStringLiteral("Lena Lead"));
    names.reviewers.insert(3, QStringLiteral("Ann Able"));
    names.codes.insert(QStringLiteral("factor/shame"), QStringLiteral("Shame"));
    names.fields.insert(QStringLiteral("n"), QStringLiteral("Sample size"));
    return names;
}

const char codebookJson[] = R"({
  "format": "evimap-codebook", "version": 1, "name": "Small",
  "dimensions": [
    {"key": "factor", "label": "Psychological factor", "choice": "multiple",
     "codes": [{"key": "shame", "label": "Shame"}, {"key": "anxiety", "label": "Social anxiety"}]}
  ]
})";

struct Case
{
    QString action, who;
    qint64 record = 0;
    QString before, after, sentence, changes;
};

// One row per action the stores write: what the row holds, and its words.
QList<Case> cases()
{
    QList<Case> list;
    auto row = [&list](const char *action, const char *who, qint64 record, const char *before,
                       const char *after, const char *sentence, const char *changes) {
        list.append({QString::fromUtf8(action), QString::fromUtf8(who), record,
                     QString::fromUtf8(before), QString::fromUtf8(after),
                     QString::fromUtf8(sentence), QString::fromUtf8(changes)});
    };
    // Screening
    row("screening.decide", "Ann Able", 12, "",
        R"({"stage":"ta","decision":"exclude","reasonId":4,"reason":"Animal study"})",
        "Ann Able excluded #12 at title/abstract: Animal study",
        "decision: — → exclude; reason: — → Animal study; stage: — → ta");
    row("screening.change", "Ann Able", 12, R"({"stage":"ft","decision":"include"})",
        R"({"stage":"ft","decision":"unsure","note":"check the\nmethods"})",
        "Ann Able changed their decision on #12 at full text from include to unsure "
        "(note: “check the methods”)",
        "decision: include → unsure; note: — → check the methods");
    row("screening.withdraw", "Ann Able", 12, R"({"stage":"ta","decision":"include"})", "",
        "Ann Able withdrew their decision (include) on #12 at title/abstract",
        "decision: include → —; stage: ta → —");
    row("screening.settled_by_agreement", "Ben Okafor", 7, "",
        R"({"stage":"ta","result":"include","settledBy":null})",
        "Ben Okafor’s decision settled #7 at title/abstract: included",
        "result: — → include; stage: — → ta");
    row("screening.unsettled", "Ben Okafor", 7,
        R"({"stage":"ta","result":"include","settledBy":null})", "",
        "Ben Okafor’s change unsettled #7 at title/abstract (it was included)",
        "result: include → —; stage: ta → —");
    row("screening.settle", "Lena Lead", 9, "",
        R"({"stage":"ft","result":"exclude","reasonId":2,"reason":"Wrong population","settledBy":2})",
        "Lena Lead settled #9 at full text: excluded (Wrong population)",
        "reason: — → Wrong population; result: — → exclude; settledBy: — → Lena Lead; "
        "stage: — → ft");
    row("screening.unsettle", "Lena Lead", 9, R"({"stage":"ta","result":"exclude","settledBy":2})",
        "", "Lena Lead took back the settlement of #9 at title/abstract (it was excluded)",
        "result: exclude → —; settledBy: Lena Lead → —; stage: ta → —");
    row("screening.not_retrieved", "Ann Able", 5, "",
        R"({"stage":"ft","result":"not_retrieved","settledBy":3,"note":"library has no access"})",
        "Ann Able marked the full text of #5 as not retrieved (note: “library has no access”)",
        "note: — → library has no access; result: — → not_retrieved; settledBy: — → Ann Able; "
        "stage: — → ft");
    row("screening.retrieved", "Ann Able", 5,
        R"({"stage":"ft","result":"not_retrieved","settledBy":3})", R"({"pdfAttached":true})",
        "Ann Able attached the full text of #5, which was marked not retrieved",
        "result: not_retrieved → —; settledBy: Ann Able → —; stage: ft → —; pdfAttached: — → "
        "yes");
    row("screening.reopen", "Lena Lead", 9, R"({"stage":"ta","result":"include","settledBy":null})",
        R"({"stage":"ta","reopened":true})",
        "Lena Lead reopened #9 at title/abstract (it was included)",
        "result: include → —; reopened: — → yes");
    row("screening.reopen_undone", "Lena Lead", 9, "",
        R"({"stage":"ta","result":"include","settledBy":null})",
        "Lena Lead undid the reopening of #9 at title/abstract: included again",
        "result: — → include; stage: — → ta");
    row("screening.reason.add", "Lena Lead", 0, "", R"({"label":"Wrong outcome"})",
        "Lena Lead added the exclusion reason ‘Wrong outcome’", "label: — → Wrong outcome");
    row("screening.reason.rename", "Lena Lead", 0, R"({"label":"Wrong outcom"})",
        R"({"label":"Wrong outcome"})",
        "Lena Lead renamed the exclusion reason ‘Wrong outcom’ to ‘Wrong outcome’",
        "label: Wrong outcom → Wrong outcome");
    row("screening.reason.move", "Lena Lead", 0, R"({"position":2})", R"({"position":4})",
        "Lena Lead moved an exclusion reason from position 2 to 4", "position: 2 → 4");
    row("screening.reason.retire", "Lena Lead", 0, R"({"label":"Other","retired":false})",
        R"({"label":"Other","retired":true})", "Lena Lead retired the exclusion reason ‘Other’",
        "retired: no → yes");
    row("screening.highlight.add", "Lena Lead", 0, "", R"({"term":"rat","kind":"exclude"})",
        "Lena Lead added ‘rat’ to the exclude keywords", "kind: — → exclude; term: — → rat");
    row("screening.highlight.remove", "Lena Lead", 0, R"({"term":"lonel*","kind":"include"})", "",
        "Lena Lead removed ‘lonel*’ from the include keywords",
        "kind: include → —; term: lonel* → —");
    // Coding and extraction
    row("coding.apply", "Ben Okafor", 812, "",
        R"({"code":"factor/shame","quote":"felt ashamed","page":3})",
        "Ben Okafor applied ‘Shame’ to #812 with the quote “felt ashamed” (p. 3)",
        "code: — → factor/shame; page: — → 3; quote: — → felt ashamed");
    row("coding.update", "Ben Okafor", 812, R"({"code":"factor/shame","page":3})",
        R"({"code":"factor/shame","page":4,"note":"see table 2"})",
        "Ben Okafor changed the page and note of ‘Shame’ on #812",
        "page: 3 → 4; note: — → see table 2");
    row("coding.remove", "Ben Okafor", 812, R"({"code":"factor/low-self-esteem"})", "",
        "Ben Okafor removed ‘low-self-esteem’ from #812", "code: factor/low-self-esteem → —");
    row("extraction.set", "Ben Okafor", 812, R"({"field":"n","value":"40"})",
        R"({"field":"n","value":"120"})", "Ben Okafor set ‘Sample size’ to “120” on #812",
        "value: 40 → 120");
    row("extraction.clear", "Ben Okafor", 812, R"({"field":"n","value":"120"})", "",
        "Ben Okafor cleared ‘Sample size’ on #812", "field: n → —; value: 120 → —");
    row("coding.reconcile", "Lena Lead", 812, R"({"codes":[],"values":{}})",
        R"({"codes":["factor/shame","factor/anxiety"],"values":{"n":"120"},"preferred_reviewer":3})",
        "Lena Lead reconciled the coding of #812: 2 codes, 1 value (differences taken from "
        "Ann Able)",
        "codes: — → factor/shame, factor/anxiety; preferred_reviewer: — → 3; values.n: — → 120");
    // Codebook
    row("codebook.add-dimension", "Lena Lead", 0, "",
        R"({"path":"Setting","key":"setting","label":"Setting","choice":"single"})",
        "Lena Lead added the dimension ‘Setting’",
        "choice: — → single; key: — → setting; label: — → Setting; path: — → Setting");
    row("codebook.add", "Lena Lead", 0, "",
        R"({"path":"Psychological factor/Shame","key":"shame","label":"Shame"})",
        "Lena Lead added the code ‘Shame’ to ‘Psychological factor’",
        "key: — → shame; label: — → Shame; path: — → Psychological factor/Shame");
    row("codebook.rename", "Lena Lead", 0,
        R"({"path":"Psychological factor/Shme","key":"shame","label":"Shme"})",
        R"({"path":"Psychological factor/Shame","key":"shame","label":"Shame"})",
        "Lena Lead renamed the code ‘Shme’ to ‘Shame’",
        "label: Shme → Shame; path: Psychological factor/Shme → Psychological factor/Shame");
    row("codebook.edit", "Lena Lead", 0,
        R"({"path":"Psychological factor/Shame","key":"shame","label":"Shame"})",
        R"({"path":"Psychological factor/Shame","key":"shame","label":"Shame","colour":"#aa0000"})",
        "Lena Lead edited the code ‘Psychological factor ▸ Shame’", "colour: — → #aa0000");
    row("codebook.move", "Lena Lead", 0,
        R"({"path":"Psychological factor/Shame","position":3,"key":"shame"})",
        R"({"path":"Emotions/Shame","position":1,"key":"shame"})",
        "Lena Lead moved the code ‘Psychological factor ▸ Shame’ to ‘Emotions ▸ Shame’",
        "path: Psychological factor/Shame → Emotions/Shame; position: 3 → 1");
    row("codebook.merge", "Lena Lead", 0,
        R"({"path":"Factor/Embarrassment","codings":12,"results":2,"children":0})",
        R"({"merged_into":"Factor/Shame","merged_into_uuid":"u-1"})",
        "Lena Lead merged the code ‘Factor ▸ Embarrassment’ into ‘Factor ▸ Shame’ (12 codings "
        "moved)",
        "children: 0 → —; codings: 12 → —; path: Factor/Embarrassment → —; results: 2 → —; "
        "merged_into: — → Factor/Shame");
    row("codebook.split", "Lena Lead", 0, R"({"path":"Factor/Affect","codings":4,"results":0})",
        R"({"codes":[{"label":"Shame","uuid":"a"},{"label":"Guilt","uuid":"b"}],"copied_codings_each":4})",
        "Lena Lead split the code ‘Factor ▸ Affect’ into ‘Shame’ and ‘Guilt’",
        "codings: 4 → —; path: Factor/Affect → —; results: 0 → —; codes: — → Shame, Guilt; "
        "copied_codings_each: — → 4");
    row("codebook.retire", "Lena Lead", 0, R"({"path":"Factor/Shame","retired":false})",
        R"({"retired":true,"codings_kept":3,"results_kept":1})",
        "Lena Lead retired the code ‘Factor ▸ Shame’",
        "path: Factor/Shame → —; retired: no → yes; codings_kept: — → 3; results_kept: — → 1");
    row("codebook.restore", "Lena Lead", 0, R"({"path":"Factor/Shame","retired":true})",
        R"({"retired":false,"codings_kept":3,"results_kept":1})",
        "Lena Lead restored the code ‘Factor ▸ Shame’",
        "path: Factor/Shame → —; retired: yes → no; codings_kept: — → 3; results_kept: — → 1");
    row("codebook.add-field", "Lena Lead", 0, "",
        R"({"key":"n","label":"Sample size","kind":"integer","definition":""})",
        "Lena Lead added the extraction field ‘Sample size’",
        "key: — → n; kind: — → integer; label: — → Sample size");
    row("codebook.edit-field", "Lena Lead", 0,
        R"({"key":"n","label":"N","kind":"integer","definition":""})",
        R"({"key":"n","label":"Sample size","kind":"integer","definition":""})",
        "Lena Lead edited the extraction field ‘Sample size’", "label: N → Sample size");
    row("codebook.retire-field", "Lena Lead", 0, R"({"key":"n","retired":false})",
        R"({"retired":true})", "Lena Lead retired the extraction field ‘Sample size’",
        "key: n → —; retired: no → yes");
    row("codebook.restore-field", "Lena Lead", 0, R"({"key":"n","retired":true})",
        R"({"retired":false})", "Lena Lead restored the extraction field ‘Sample size’",
        "key: n → —; retired: yes → no");
    row("codebook.import", "Lena Lead", 0, "",
        R"({"name":"Loneliness review","dimensions_added":9,"codes_added":60,"fields_added":1,"updated":0})",
        "Lena Lead imported the codebook ‘Loneliness review’: 9 dimensions, 60 codes and 1 "
        "field added",
        "codes_added: — → 60; dimensions_added: — → 9; fields_added: — → 1; name: — → "
        "Loneliness review; updated: — → 0");
    row("codebook.undo", "Lena Lead", 0, "", R"({"change":"Rename Shme"})",
        "Lena Lead undid a codebook change: Rename Shme", "change: — → Rename Shme");
    row("codebook.redo", "Lena Lead", 0, "", R"({"change":"Rename Shme"})",
        "Lena Lead redid a codebook change: Rename Shme", "change: — → Rename Shme");
    // Duplicates
    row("dedup.run", "Lena Lead", 0, "",
        R"({"records":500,"candidates":900,"pairs_found":31,"merged":6,"linked":0,"auto_merge":true,"auto_threshold":0.95,"review_threshold":0.7})",
        "Lena Lead looked for duplicates among 500 records: 31 possible pairs found, 6 records "
        "merged automatically",
        "auto_merge: — → yes; auto_threshold: — → 0.95; candidates: — → 900; linked: — → 0; "
        "merged: — → 6; pairs_found: — → 31; records: — → 500; review_threshold: — → 0.7");
    row("dedup.merge", "Lena Lead", 2, R"({"fields":{"year":2019},"duplicate_of":{},"pairs":{}})",
        R"({"kept":2,"records":[3,7],"pairs":[11,12],"fields":{"year":2020},"history_rows":1,"automatic":false})",
        "Lena Lead merged #3 and #7 into #2 as duplicates",
        "fields.year: 2019 → 2020; automatic: — → no; history_rows: — → 1; kept: — → 2; pairs: "
        "— → 11, 12; records: — → 3, 7");
    row("dedup.not_duplicate", "Ann Able", 3, R"({"status":"pending"})",
        R"({"status":"not_duplicate","records":[3,8]})",
        "Ann Able marked #3 and #8 as not duplicates",
        "status: pending → not_duplicate; records: — → 3, 8");
    row("dedup.undo_not_duplicate", "Ann Able", 3,
        R"({"status":"not_duplicate","decided_by":3,"decided_at":"2026-01-01T10:00:00.000Z"})",
        R"({"status":"pending"})",
        "Ann Able took back “not duplicates” on a pair with #3; it waits for review again",
        "decided_at: 2026-01-01T10:00:00.000Z → —; decided_by: 3 → —; status: not_duplicate → "
        "pending");
    row("dedup.unlink", "Ann Able", 3, R"({"status":"linked"})", R"({"status":"pending"})",
        "Ann Able unlinked a pair with #3; it waits for review again", "status: linked → pending");
    row("dedup.split", "Lena Lead", 2, R"({"kept":2,"records":[3,7],"fields":{"year":2020}})",
        R"({"undoes":"u-9","pair":11,"fields":{"year":2019}})",
        "Lena Lead undid the merge into #2: #3 and #7 are separate records again",
        "fields.year: 2020 → 2019; kept: 2 → —; records: 3, 7 → —; pair: — → 11; undoes: — → u-9");
    row("dedup.thresholds", "Lena Lead", 0, R"({"auto_merge":0.95,"review":0.7})",
        R"({"auto_merge":0.97,"review":0.7})", "Lena Lead changed the duplicate thresholds",
        "auto_merge: 0.95 → 0.97");
    // Records, imports, files, ranking
    row("record.add", "Ann Able", 40, "",
        R"({"type":"initiative","title":"Community Sheds","route":"other","batch":3})",
        "Ann Able added #40 by hand: “Community Sheds”",
        "batch: — → 3; route: — → other; title: — → Community Sheds; type: — → initiative");
    row("record.edit", "Ann Able", 12, R"({"year":"2019","title":"Lonelyness"})",
        R"({"year":"2020","title":"Loneliness"})", "Ann Able edited #12: title and year",
        "title: Lonelyness → Loneliness; year: 2019 → 2020");
    row("record.tag", "Ann Able", 12, "", R"({"tag":"pilot"})", "Ann Able tagged #12 ‘pilot’",
        "tag: — → pilot");
    row("record.untag", "Ann Able", 12, R"({"tag":"pilot"})", "",
        "Ann Able took the tag ‘pilot’ off #12", "tag: pilot → —");
    row("tag.create", "Ann Able", 0, "", R"({"name":"pilot"})", "Ann Able made the tag ‘pilot’",
        "name: — → pilot");
    row("record.delete", "Lena Lead", 0,
        R"({"id":15,"title":"A duplicate","authors":"","year":2001,"doi":"","pmid":"","decisions":0,"codings":0,"attachments":0})",
        "", "Lena Lead deleted #15 “A duplicate”",
        "attachments: 0 → —; codings: 0 → —; decisions: 0 → —; id: 15 → —; title: A duplicate "
        "→ —; year: 2001 → —");
    row("import.batch", "Lena Lead", 0, "",
        R"({"file":"wos.txt","format":"wos","sha256":"ab12","source":"Web of Science","imported":120,"skipped":2})",
        "Lena Lead imported 120 records from wos.txt (Web of Science); 2 skipped",
        "file: — → wos.txt; format: — → wos; imported: — → 120; skipped: — → 2; source: — → "
        "Web of Science");
    row("attachment.add", "Ann Able", 12, "",
        R"({"file":"pdfs/12-whitfield.pdf","sha256":"cd34","pages":9,"matchedBy":"doi"})",
        "Ann Able attached 12-whitfield.pdf (9 pages) to #12",
        "file: — → pdfs/12-whitfield.pdf; matchedBy: — → doi; pages: — → 9");
    row("ranking.train", "Ann Able", 0, "", R"({"model":"nb","trained_on":200})",
        "Ann Able retrained the relevance ranking on 200 screened records",
        "model: — → nb; trained_on: — → 200");
    // Team
    row("team.copy", "Lena Lead", 0, "",
        R"({"copy":"/x/ben.evimap","takenAt":"2026-01-01T10:00:00.000Z","reviewer":"Ben Okafor"})",
        "Lena Lead took a copy of the project for Ben Okafor: ben.evimap",
        "copy: — → /x/ben.evimap; reviewer: — → Ben Okafor; takenAt: — → "
        "2026-01-01T10:00:00.000Z");
    row("team.merge", "Lena Lead", 0, "",
        R"({"copy":"ben.evimap","copy_for":"Ben Okafor","changed":true,"conflicts":[{"a":1}]})",
        "Lena Lead merged Ben Okafor’s copy back: ben.evimap (1 conflict)",
        "changed: — → yes; conflicts: — → {\"a\":1}; copy: — → ben.evimap; copy_for: — → Ben "
        "Okafor");
    // People and the project
    row("team.rename", "Ana Silva", 0, R"({"name":"Ben Okafr"})", R"({"name":"Ben Okafor"})",
        "Ana Silva renamed Ben Okafr to Ben Okafor", "name: Ben Okafr → Ben Okafor");
    row("team.role", "Ana Silva", 0, R"({"name":"Ben Okafor","role":"reviewer"})",
        R"({"name":"Ben Okafor","role":"lead"})", "Ana Silva made Ben Okafor a lead",
        "role: reviewer → lead");
    row("team.switch", "Vera Viewer", 0, R"({"name":"Ana Silva"})", R"({"name":"Vera Viewer"})",
        "Vera Viewer took over this computer from Ana Silva", "name: Ana Silva → Vera Viewer");
    row("project.properties", "Ana Silva", 0, R"({"name":"old","funder":""})",
        R"({"name":"Loneliness","funder":"The Fund"})",
        "Ana Silva changed the project's properties",
        "funder: — → The Fund; name: old → Loneliness");
    // Nobody named (the command line without --reviewer), and an action without words.
    row("screening.decide nobody", "", 4, "", R"({"stage":"ta","decision":"include"})",
        "Someone included #4 at title/abstract", "decision: — → include; stage: — → ta");
    row("future.action", "Ann Able", 4, "", "", "Ann Able: future.action on #4", "");
    return list;
}

} // namespace

class AuditWordingTest : public QObject
{
    Q_OBJECT

private slots:
    void sentence_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("who");
        QTest::addColumn<qint64>("record");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("changes"); // joined with "; "
        for (const Case &c : cases())
            QTest::addRow("%s", qPrintable(c.action))
                << c.action << c.who << c.record << c.before << c.after << c.sentence << c.changes;
    }

    void sentence()
    {
        QFETCH(QString, action);
        QFETCH(QString, who);
        QFETCH(qint64, record);
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, sentence);
        QFETCH(QString, changes);
        AuditEntry e;
        e.action = action.section(QLatin1Char(' '), 0, 0);
        e.reviewer = who;
        e.recordId = record;
        e.before = before;
        e.after = after;
        QCOMPARE(AuditWording::sentence(e, testNames()), sentence);
        QCOMPARE(AuditWording::changes(e, testNames()).join(QStringLiteral("; ")), changes);
    }

    // Every action with words of its own has a row in the table above, and no row is for an
    // action the wording does not know (but the two that test the fallbacks).
    void sentence_everyKnownActionIsTested()
    {
        QStringList tested;
        for (const Case &c : cases()) {
            if (!c.action.contains(QLatin1Char(' ')) && c.action != QLatin1String("future.action"))
                tested << c.action;
        }
        tested.sort();
        QCOMPARE(tested, AuditWording::knownActions());
    }

    void localTime_isTheMinuteInTheLocalZone()
    {
        const QString stored = QStringLiteral("2026-03-14T09:05:42.123Z");
        const QDateTime utc(QDate(2026, 3, 14), QTime(9, 5, 42, 123), Qt::UTC);
        QCOMPARE(AuditWording::localTime(stored),
                 utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        QCOMPARE(AuditWording::localTime(QStringLiteral("not a time")),
                 QStringLiteral("not a time"));
    }

    // A project the test builds, changed through the stores as the windows change it: every row
    // its audit log holds comes out in words, with the reviewers' names and the codes' labels.
    void realProject_everyRowInWords()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<Project>> created =
            Project::create(dir.filePath(QStringLiteral("words.evimap")), QStringLiteral("Words"));
        QVERIFY2(created.ok(), qPrintable(created.errorString()));
        Project &p = *created.value();
        Reviewers people(p);
        const qint64 lead = people.add(QStringLiteral("Lena Lead"), QStringLiteral("LL"))->id;
        const qint64 ann = people.add(QStringLiteral("Ann Able"), QStringLiteral("AA"))->id;
        RecordStore records(p.database());
        Record r;
        r.title = QStringLiteral("Loneliness and shame");
        r.year = 2019;
        QVERIFY(p.writeTransaction([&]() -> Status { return records.insert(r, 0); }).ok());

        ScreeningStore store(p);
        const Result<ExclusionReason> animal =
            ExclusionReasonStore(store.project()).addReason(QStringLiteral("Animal study"), lead);
        QVERIFY(animal.ok());
        QVERIFY(store
                    .setDecision(r.id, ScreeningStage::TitleAbstract, ann,
                                 DecisionInput{Decision::Exclude, animal->id, {}})
                    .ok());
        Codebook codebook(p);
        QVERIFY(
            codebook.applyTemplate(CodebookTemplate::fromJson(codebookJson).value(), lead).ok());
        CodingStore coding(p, codebook);
        QVERIFY(
            coding.apply(r.id, codebook.resolvePath(QStringLiteral("factor/shame")).value(), ann)
                .ok());
        const Record original = *records.record(r.id);
        Record edited = original;
        edited.year = 2020;
        QVERIFY(RecordEdit::save(p, original, edited, ann).ok());

        const QList<AuditEntry> entries = AuditTrail::read(p);
        const AuditNames names = AuditNames::read(p);
        QVERIFY(entries.size() >= 5);
        QStringList sentences;
        for (const AuditEntry &e : entries) {
            QVERIFY2(AuditWording::knownActions().contains(e.action), qPrintable(e.action));
            const QString s = AuditWording::sentence(e, names);
            QVERIFY2(!s.contains(e.action), qPrintable(s));
            sentences << s;
        }
        const QString all = sentences.join(QLatin1Char('\n'));
        QVERIFY2(
            all.contains(
                QStringLiteral("Ann Able excluded #%1 at title/abstract: Animal study").arg(r.id)),
            qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Ann Able applied ‘Shame’ to #%1").arg(r.id)),
                 qPrintable(all));
        bool yearChange = false;
        for (const AuditEntry &e : entries) {
            if (e.action == QLatin1String("record.edit"))
                yearChange =
                    AuditWording::changes(e, names).contains(QStringLiteral("year: 2019 → 2020"));
        }
        QVERIFY(yearChange);

        // The CSV keeps the stored columns and adds the words.
        const QByteArray csv = AuditTrail::toCsv(entries, names);
        QVERIFY(csv.contains("at,reviewer,initials,action,entity,entity_uuid,record,before,after,"
                             "local_time,description,changes"));
        QVERIFY(csv.contains("screening.decide"));
        QVERIFY(csv.contains("\"\"decision\"\":\"\"exclude\"\"")); // the JSON, quoted
        QVERIFY(csv.contains(QStringLiteral("Ann Able applied ‘Shame’").toUtf8()));
        QVERIFY(csv.contains(QStringLiteral("year: 2019 → 2020").toUtf8()));
    }
};

QTEST_GUILESS_MAIN(AuditWordingTest)
#include "tst_auditwording.moc"
