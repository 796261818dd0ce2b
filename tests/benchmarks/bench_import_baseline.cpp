// The yardstick for import speed: a bare SQLite bulk insert, through the C API, of the same rows
// EviMap stores (same columns, same FTS5 index, one transaction, same durability settings). The
// rows are parsed first with EviMap's own reader and are not part of the timing.
//
//   bench_import_baseline FILE [FORMAT]     prints parse and insert times in seconds
#include "import/recordfile.h"
#include "records/normalise.h"
#include "records/recordstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUuid>

#include <sqlite3.h>

#include <cstdio>

using namespace evimap;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_import_baseline FILE [FORMAT]\n");
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    Result<RecordFile> file = RecordFile::read(
        QString::fromLocal8Bit(argv[1]), argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString());
    if (!file) {
        std::fprintf(stderr, "%s\n", qPrintable(file.errorString()));
        return 1;
    }
    const double parseSeconds = timer.nsecsElapsed() / 1e9;

    QTemporaryDir dir;
    const QByteArray path = dir.filePath(QStringLiteral("baseline.db")).toLocal8Bit();
    sqlite3 *db = nullptr;
    sqlite3_open(path.constData(), &db);
    auto exec = [&](const char *sql) {
        char *error = nullptr;
        if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
            std::fprintf(stderr, "%s: %s\n", sql, error);
            std::exit(1);
        }
    };
    exec("PRAGMA page_size = 16384"); // as Project::create
    exec("PRAGMA journal_mode = DELETE");
    exec("PRAGMA synchronous = FULL");
    exec("CREATE TABLE record (id INTEGER PRIMARY KEY, uuid TEXT, type TEXT, title TEXT, "
         "abstract TEXT, authors TEXT, year INTEGER, container TEXT, volume TEXT, issue TEXT, "
         "pages TEXT, doi TEXT, keywords TEXT, raw_fields TEXT, norm_title TEXT, norm_doi TEXT, "
         "norm_authors TEXT)");
    exec("CREATE INDEX record_norm_doi ON record(norm_doi)");
    exec("CREATE INDEX record_norm_title ON record(norm_title)");
    exec("CREATE VIRTUAL TABLE record_fts USING fts5(title, abstract, keywords, fulltext, "
         "tokenize = 'unicode61 remove_diacritics 2')");

    timer.restart();
    exec("BEGIN");
    sqlite3_stmt *insert = nullptr;
    sqlite3_stmt *fts = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO record(uuid, type, title, abstract, authors, year, container, "
                       "volume, issue, pages, doi, keywords, raw_fields, norm_title, norm_doi, "
                       "norm_authors) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                       -1, &insert, nullptr);
    sqlite3_prepare_v2(db,
                       "INSERT INTO record_fts(rowid, title, abstract, keywords) VALUES (?,?,?,?)",
                       -1, &fts, nullptr);
    for (const Record &r : std::as_const(file->records)) {
        const QByteArray values[] = {QUuid::createUuid().toByteArray(QUuid::WithoutBraces),
                                     r.type.toUtf8(),
                                     r.title.toUtf8(),
                                     r.abstract.toUtf8(),
                                     r.authors.join(QLatin1Char('\n')).toUtf8(),
                                     QByteArray(),
                                     r.container.toUtf8(),
                                     r.volume.toUtf8(),
                                     r.issue.toUtf8(),
                                     r.pages.toUtf8(),
                                     r.doi.toUtf8(),
                                     r.keywords.join(QLatin1Char('\n')).toUtf8(),
                                     RecordStore::rawFieldsToJson(r.rawFields).toUtf8(),
                                     Normalise::title(r.title).toUtf8(),
                                     Normalise::doi(r.doi).toUtf8(),
                                     Normalise::authors(r.authors).toUtf8()};
        for (int i = 0; i < 16; ++i) {
            if (i == 5)
                sqlite3_bind_int(insert, 6, r.year);
            else
                sqlite3_bind_text(insert, i + 1, values[i].constData(), int(values[i].size()),
                                  SQLITE_TRANSIENT);
        }
        sqlite3_step(insert);
        sqlite3_reset(insert);
        sqlite3_bind_int64(fts, 1, sqlite3_last_insert_rowid(db));
        sqlite3_bind_text(fts, 2, values[2].constData(), int(values[2].size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(fts, 3, values[3].constData(), int(values[3].size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(fts, 4, values[11].constData(), int(values[11].size()), SQLITE_TRANSIENT);
        sqlite3_step(fts);
        sqlite3_reset(fts);
    }
    sqlite3_finalize(insert);
    sqlite3_finalize(fts);
    exec("COMMIT");
    const double insertSeconds = timer.nsecsElapsed() / 1e9;
    sqlite3_close(db);
    std::printf("records %lld\nparse_seconds %.3f\nbare_insert_seconds %.3f\n",
                qint64(file->records.size()), parseSeconds, insertSeconds);
    return 0;
}
