// Precision, recall and speed of duplicate detection against labelled data.
//
//   bench_dedup asysd ASySD__labelled_test_set.csv [--project FILE]
//       The ASySD labelled set (1,845 records). Its `source` column marks one record of each
//       study "unique" and every other copy "duplicate" (584 studies, 1,261 duplicates); its
//       `label` column is a reference manager's outcome (Duplicate_in_trash 896), shown too.
//   bench_dedup generated PREFIX [--project FILE] [--no-run]
//       Records written by gen_refs.py (PREFIX.ris) with their true duplicates (PREFIX.dups.tsv).
//       Imports PREFIX.ris into FILE (a new temporary project when not given; an existing FILE
//       is reused), runs duplicate detection with automatic merging, and scores the result.
//       --no-run only scores the project as it is (after `evimap dedup FILE --auto`).
//   Both take --thresholds AUTO,REVIEW to try other thresholds than the defaults.
//
// Scoring: the records of each merged group should be copies of one study. A group that holds
// k studies has removed k - 1 records wrongly; the rest of what it removed is right.
// Precision = right / removed; recall = right / (records - studies). "Auto + queue" counts the
// pairs waiting in the review queue as if a reviewer confirmed them.
#include "dedup/dedupstore.h"
#include "dedup/duplicatefinder.h"
#include "import/importjob.h"
#include "project/project.h"
#include "records/normalise.h"
#include "records/recordstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QVariant>

#include <optional>

#include <sys/resource.h>

#include <cstdio>

using namespace evimap;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

long peakRssMb()
{
    struct rusage usage
    {
    };
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// Windows-1252 (the ASySD file's encoding) to text.
QString decodeCp1252(const QByteArray &bytes)
{
    static const char16_t high[32] = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    QString s;
    s.reserve(bytes.size());
    for (const char byte : bytes) {
        const uchar c = uchar(byte);
        s.append(c >= 0x80 && c < 0xA0 ? QChar(high[c - 0x80]) : QChar(char16_t(c)));
    }
    return s;
}

// RFC 4180: quoted fields may hold commas, doubled quotes and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            row.append(field);
            field.clear();
            if (!(row.size() == 1 && row.first().isEmpty()))
                rows.append(row);
            row.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

// "Adeli K.Lewis G. F." (an export that ran the names together) -> ["Adeli K.", "Lewis G. F."]
QStringList splitAuthors(const QString &text)
{
    static const QRegularExpression boundary(QStringLiteral("(?<=\\.)(?=[A-Z])"));
    QStringList list;
    for (const QString &part : text.split(boundary, Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            list.append(part.trimmed());
    }
    return list;
}

struct Scores
{
    qint64 removed = 0;
    qint64 right = 0;
    qint64 truth = 0;
    double precision() const { return removed ? double(right) / double(removed) : 1.0; }
    double recall() const { return truth ? double(right) / double(truth) : 1.0; }
};

// `cluster` maps each record to the group it ended up in; `study` to its true study.
Scores score(const QHash<qint64, qint64> &cluster, const QHash<qint64, qint64> &study,
             qint64 trueDuplicates)
{
    QHash<qint64, QSet<qint64>> studiesOf;
    QHash<qint64, qint64> sizeOf;
    for (auto it = cluster.begin(); it != cluster.end(); ++it) {
        studiesOf[it.value()].insert(study.value(it.key()));
        ++sizeOf[it.value()];
    }
    Scores s;
    s.truth = trueDuplicates;
    for (auto it = sizeOf.begin(); it != sizeOf.end(); ++it) {
        const qint64 studies = studiesOf.value(it.key()).size();
        s.removed += it.value() - 1;
        s.right += it.value() - studies;
    }
    return s;
}

struct UnionFind
{
    QHash<qint64, qint64> parent;
    qint64 find(qint64 x)
    {
        while (parent.value(x, x) != x)
            x = parent.value(x);
        return x;
    }
    void unite(qint64 a, qint64 b)
    {
        const qint64 ra = find(a), rb = find(b);
        if (ra != rb)
            parent.insert(ra, rb);
    }
};

// Groups after automatic merges (duplicate_of), and after confirming the queue as well.
void clustersOf(Project &project, QHash<qint64, qint64> *automatic,
                QHash<qint64, qint64> *withQueue, qint64 *queuedPairs)
{
    QSqlQuery q(project.database());
    q.exec(QStringLiteral("SELECT id, COALESCE(duplicate_of, id) FROM record"));
    UnionFind uf;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const qint64 root = q.value(1).toLongLong();
        automatic->insert(id, root);
        uf.unite(id, root);
    }
    *queuedPairs = 0;
    q.exec(QStringLiteral("SELECT record_a, record_b FROM dedup_pair WHERE status = 'pending'"));
    while (q.next()) {
        uf.unite(q.value(0).toLongLong(), q.value(1).toLongLong());
        ++*queuedPairs;
    }
    for (auto it = automatic->begin(); it != automatic->end(); ++it)
        withQueue->insert(it.key(), uf.find(it.key()));
}

void printScores(const char *what, const Scores &s)
{
    out() << QStringLiteral("  %1 removed %2, right %3 of %4 true duplicates: precision %5 %, "
                            "recall %6 %\n")
                 .arg(QLatin1String(what), -16)
                 .arg(s.removed)
                 .arg(s.right)
                 .arg(s.truth)
                 .arg(100.0 * s.precision(), 0, 'f', 2)
                 .arg(100.0 * s.recall(), 0, 'f', 2);
}

// --thresholds AUTO,REVIEW (default: the project's settings, i.e. the defaults).
std::optional<DedupThresholds> g_thresholds;

Result<DedupSummary> runDedup(Project &project, double *seconds)
{
    QElapsedTimer timer;
    timer.start();
    DedupOptions options;
    options.autoMerge = true;
    options.thresholds = g_thresholds;
    Result<DedupSummary> summary = DuplicateFinder::run(project, options);
    *seconds = double(timer.elapsed()) / 1000.0;
    return summary;
}

void printSummary(const DedupSummary &s, double seconds)
{
    out() << QStringLiteral("  %1 records, %2 candidate pairs, %3 pairs found, %4 merged "
                            "automatically (%5 groups), %6 queued, %7 linked; %8 s, peak RSS "
                            "%9 MB\n")
                 .arg(s.records)
                 .arg(s.candidates)
                 .arg(s.pairsFound)
                 .arg(s.merged)
                 .arg(s.groups)
                 .arg(s.queued)
                 .arg(s.linked)
                 .arg(seconds, 0, 'f', 2)
                 .arg(peakRssMb());
}

int runAsysd(const QString &csvPath, const QString &keepProject)
{
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly)) {
        out() << "cannot read " << csvPath << '\n';
        return 1;
    }
    const QList<QStringList> rows = parseCsv(decodeCp1252(file.readAll()));
    if (rows.size() < 2) {
        out() << csvPath << ": no rows\n";
        return 1;
    }
    const QStringList header = rows.first();
    auto column = [&](const char *name) { return header.indexOf(QLatin1String(name)); };
    const qsizetype author = column("author"), title = column("title"), year = column("year"),
                    journal = column("journal"), abstract = column("abstract"), doi = column("doi"),
                    number = column("number"), pages = column("pages"), volume = column("volume"),
                    isbn = column("isbn"), recordId = column("record_id"), label = column("label"),
                    source = column("source");
    if (std::min({author, title, year, journal, doi, pages, volume, recordId, label, source}) < 0) {
        out() << csvPath << ": unexpected columns " << header.join(QLatin1Char(',')) << '\n';
        return 1;
    }

    QTemporaryDir dir;
    if (!keepProject.isEmpty())
        QFile::remove(keepProject);
    Result<std::unique_ptr<Project>> created = Project::create(
        keepProject.isEmpty() ? dir.filePath(QStringLiteral("asysd.evimap")) : keepProject);
    if (!created) {
        out() << created.errorString() << '\n';
        return 1;
    }
    Project &project = *created.value();
    auto value = [](const QStringList &row, qsizetype i) {
        const QString v = i >= 0 ? row.value(i).trimmed() : QString();
        return v == QLatin1String("NA") ? QString() : v;
    };
    // Truth: each "unique" record starts a study; the others are copies of some study. The
    // file does not say which, so a group's studies are counted by its "unique" records.
    QHash<qint64, bool> sourceUnique, labelKept;
    Status stored = project.writeTransaction([&]() -> Status {
        RecordStore store(project.database());
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QStringList &row = rows.at(i);
            Record r;
            r.title = value(row, title);
            r.authors = splitAuthors(value(row, author));
            r.year = value(row, year).toInt();
            r.container = value(row, journal);
            r.abstract = value(row, abstract);
            r.doi = Normalise::cleanDoi(value(row, doi));
            r.issue = value(row, number);
            r.pages = value(row, pages);
            r.volume = value(row, volume);
            r.isbn = value(row, isbn);
            r.sourceRecordNo = int(i);
            if (Status s = store.insert(r, 0); !s)
                return s;
            sourceUnique.insert(r.id, value(row, source) == QLatin1String("unique"));
            labelKept.insert(r.id, value(row, label) == QLatin1String("In_database"));
        }
        return {};
    });
    if (!stored) {
        out() << stored.errorString() << '\n';
        return 1;
    }
    double seconds = 0;
    Result<DedupSummary> summary = runDedup(project, &seconds);
    if (!summary) {
        out() << summary.errorString() << '\n';
        return 1;
    }
    out() << "ASySD labelled set (" << csvPath << ")\n";
    printSummary(summary.value(), seconds);

    QHash<qint64, qint64> automatic, withQueue;
    qint64 queued = 0;
    clustersOf(project, &automatic, &withQueue, &queued);
    // A group with k "unique" records holds k studies (at least one).
    auto scoreWith = [&](const QHash<qint64, bool> &kept, const QHash<qint64, qint64> &cluster) {
        QHash<qint64, qint64> keptInGroup, sizeOf;
        for (auto it = cluster.begin(); it != cluster.end(); ++it) {
            keptInGroup[it.value()] += kept.value(it.key()) ? 1 : 0;
            ++sizeOf[it.value()];
        }
        Scores s;
        for (auto it = kept.begin(); it != kept.end(); ++it)
            s.truth += it.value() ? 0 : 1;
        for (auto it = sizeOf.begin(); it != sizeOf.end(); ++it) {
            const qint64 studies = std::max<qint64>(1, keptInGroup.value(it.key()));
            s.removed += it.value() - 1;
            s.right += it.value() - std::min(it.value(), studies);
        }
        return s;
    };
    out() << "  truth: source column (one \"unique\" record per study)\n";
    printScores("automatic", scoreWith(sourceUnique, automatic));
    printScores("auto + queue", scoreWith(sourceUnique, withQueue));
    out() << "  for comparison, truth: label column (a reference manager's In_database / "
             "Duplicate_in_trash)\n";
    printScores("automatic", scoreWith(labelKept, automatic));
    printScores("auto + queue", scoreWith(labelKept, withQueue));
    out().flush();
    return 0;
}

int runGenerated(const QString &prefix, QString projectPath, bool noRun)
{
    // Truth: dup_index -> original_index (0-based positions in the file).
    QFile tsv(prefix + QStringLiteral(".dups.tsv"));
    if (!tsv.open(QIODevice::ReadOnly)) {
        out() << "cannot read " << tsv.fileName() << '\n';
        return 1;
    }
    QHash<qint64, qint64> originalOf;
    QHash<qint64, QString> kindOf;
    tsv.readLine();
    while (!tsv.atEnd()) {
        const QList<QByteArray> parts = tsv.readLine().trimmed().split('\t');
        if (parts.size() >= 3) {
            originalOf.insert(parts.at(0).toLongLong(), parts.at(1).toLongLong());
            kindOf.insert(parts.at(0).toLongLong(), QString::fromLatin1(parts.at(2)));
        }
    }

    QTemporaryDir dir;
    if (projectPath.isEmpty())
        projectPath = dir.filePath(QStringLiteral("generated.evimap"));
    std::unique_ptr<Project> project;
    if (QFile::exists(projectPath)) {
        Result<std::unique_ptr<Project>> opened = Project::open(projectPath);
        if (!opened) {
            out() << opened.errorString() << '\n';
            return 1;
        }
        project = std::move(opened.value());
    } else {
        Result<std::unique_ptr<Project>> created = Project::create(projectPath);
        if (!created) {
            out() << created.errorString() << '\n';
            return 1;
        }
        project = std::move(created.value());
        QElapsedTimer timer;
        timer.start();
        Result<ImportSummary> imported =
            ImportJob::run(*project, prefix + QStringLiteral(".ris"), ImportOptions());
        if (!imported) {
            out() << imported.errorString() << '\n';
            return 1;
        }
        out() << QStringLiteral("imported %1 records in %2 s\n")
                     .arg(imported->imported)
                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2);
    }
    out() << "Generated records (" << prefix << ".ris, " << originalOf.size()
          << " true duplicates)\n";
    if (!noRun) {
        double seconds = 0;
        Result<DedupSummary> summary = runDedup(*project, &seconds);
        if (!summary) {
            out() << summary.errorString() << '\n';
            return 1;
        }
        printSummary(summary.value(), seconds);
    }

    // Record id -> position in the file -> true study.
    QHash<qint64, qint64> study, position;
    QSqlQuery q(project->database());
    q.exec(QStringLiteral("SELECT record_id, record_no FROM record_source"));
    while (q.next()) {
        const qint64 index = q.value(1).toLongLong() - 1;
        position.insert(q.value(0).toLongLong(), index);
        study.insert(q.value(0).toLongLong(), originalOf.value(index, index));
    }
    QHash<qint64, qint64> automatic, withQueue;
    qint64 queued = 0;
    clustersOf(*project, &automatic, &withQueue, &queued);
    printScores("automatic", score(automatic, study, originalOf.size()));
    printScores("auto + queue", score(withQueue, study, originalOf.size()));

    // Recall by kind of near-duplicate: is the copy in its original's group?
    QHash<qint64, qint64> recordAt;
    for (auto it = position.begin(); it != position.end(); ++it)
        recordAt.insert(it.value(), it.key());
    QHash<QString, QPair<int, int>> byKind; // found automatically / with queue, of total
    QHash<QString, int> totals;
    for (auto it = originalOf.begin(); it != originalOf.end(); ++it) {
        const QString kind = kindOf.value(it.key());
        const qint64 copy = recordAt.value(it.key()), original = recordAt.value(it.value());
        ++totals[kind];
        if (automatic.value(copy) == automatic.value(original))
            ++byKind[kind].first;
        if (withQueue.value(copy) == withQueue.value(original))
            ++byKind[kind].second;
    }
    QStringList kinds = totals.keys();
    kinds.sort();
    for (const QString &kind : std::as_const(kinds))
        out() << QStringLiteral("    %1 %2 copies: %3 % merged automatically, %4 % merged or "
                                "queued\n")
                     .arg(kind, -12)
                     .arg(totals.value(kind))
                     .arg(100.0 * byKind.value(kind).first / totals.value(kind), 0, 'f', 2)
                     .arg(100.0 * byKind.value(kind).second / totals.value(kind), 0, 'f', 2);
    out().flush();
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (const qsizetype t = args.indexOf(QLatin1String("--thresholds")); t > 0) {
        const QStringList values = args.value(t + 1).split(QLatin1Char(','));
        DedupThresholds thresholds;
        thresholds.autoMerge = values.value(0).toDouble();
        thresholds.review = values.value(1).toDouble();
        if (!thresholds.isValid()) {
            std::fprintf(stderr, "--thresholds AUTO,REVIEW with 0 < REVIEW <= AUTO <= 1\n");
            return 2;
        }
        g_thresholds = thresholds;
    }
    if (args.size() >= 2 && args.at(0) == QLatin1String("asysd")) {
        const qsizetype p = args.indexOf(QLatin1String("--project"));
        return runAsysd(args.at(1), p > 0 ? args.value(p + 1) : QString());
    }
    if (args.size() >= 2 && args.at(0) == QLatin1String("generated")) {
        // --import-only: make the project and stop (to time `evimap dedup` on it).
        if (args.contains(QLatin1String("--import-only"))) {
            const qsizetype p = args.indexOf(QLatin1String("--project"));
            Result<std::unique_ptr<Project>> created = Project::create(args.value(p + 1));
            if (p < 0 || !created)
                return 1;
            Result<ImportSummary> imported = ImportJob::run(
                *created.value(), args.at(1) + QStringLiteral(".ris"), ImportOptions());
            return imported ? 0 : 1;
        }
        const qsizetype p = args.indexOf(QLatin1String("--project"));
        return runGenerated(args.at(1), p > 0 ? args.value(p + 1) : QString(),
                            args.contains(QLatin1String("--no-run")));
    }
    std::fprintf(stderr, "usage: bench_dedup asysd LABELLED.csv [--project FILE]\n"
                         "       bench_dedup generated PREFIX [--project FILE] [--no-run]\n"
                         "       bench_dedup generated PREFIX --project FILE --import-only\n");
    return 2;
}
