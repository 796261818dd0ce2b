#include "dedup/comparablerecord.h"

#include "records/normalise.h"

#include <QHash>
#include <QRegularExpression>

namespace evimap {

namespace {

bool startsWithAny(const QString &title, std::initializer_list<const char *> prefixes)
{
    for (const char *prefix : prefixes) {
        const QLatin1String p(prefix);
        if (title.startsWith(p) && (title.size() == p.size() || title.at(p.size()) == u' '))
            return true;
    }
    return false;
}

} // namespace

QString ComparableRecord::isbnKey(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
        else if ((c == u'X' || c == u'x') && digits.size() == 9)
            digits.append(QLatin1Char('X'));
        else if (c == u' ' || c == u'-')
            continue;
        else if (!digits.isEmpty())
            break; // "0957-9672 (Print)": stop at the first word after the number
    }
    return digits.size() == 10 || digits.size() == 13 ? digits : QString();
}

ComparableRecord::Notice ComparableRecord::noticeOf(const QString &t)
{
    if (t.isEmpty())
        return Notice::None;
    // Only prefixes that do not start ordinary titles ("Correction of scoliosis", "Withdrawal
    // symptoms", "Re-evaluating ..."): a title on one side only would keep true duplicates apart.
    if (startsWithAny(t,
                      {"erratum", "errata", "corrigendum", "corrigenda", "correction to",
                       "corrections to", "correction for", "correction notice", "author correction",
                       "publisher correction", "publishers note", "addendum to"}) ||
        t == QLatin1String("correction"))
        return Notice::Erratum;
    if (startsWithAny(t,
                      {"retraction notice", "retraction note", "retraction of", "retraction to",
                       "notice of retraction", "statement of retraction", "expression of concern",
                       "editorial expression of concern", "notice of withdrawal", "withdrawn"}) ||
        t == QLatin1String("retraction"))
        return Notice::Retraction;
    if (startsWithAny(t, {"retracted", "retracted article"}))
        return Notice::Retracted;
    if (startsWithAny(t, {"comment on", "commentary on", "comments on", "reply to",
                          "response to comment", "letter to the editor re", "in reply to"}))
        return Notice::Comment;
    if (t.endsWith(QLatin1String(" erratum")) || t.endsWith(QLatin1String(" corrigendum")))
        return Notice::Erratum;
    // Web of Science titles corrections after the article: "… (vol 12, pg 345, 2019)".
    if (t.contains(QLatin1String(" vol "))) {
        static const QRegularExpression wos(QStringLiteral(" vol \\d+ pg [a-z]?\\d+ \\d{4}$"));
        if (wos.match(t).hasMatch())
            return Notice::Erratum;
    }
    return Notice::None;
}

bool ComparableRecord::isPreprintSource(const QString &doi, const QStringList &journal)
{
    if (doi.startsWith(QLatin1String("10."))) {
        // bioRxiv and medRxiv (10.1101/ followed by digits; Cold Spring Harbor journals use
        // 10.1101/gad... and are not preprints), PsyArXiv and other OSF servers, SSRN,
        // Research Square, arXiv, Preprints.org, ChemRxiv, Authorea.
        static const char *const servers[] = {
            "10.31234/",          "10.31219/",         "10.31235/",   "10.31730/",
            "10.35542/",          "10.2139/SSRN",      "10.21203/RS", "10.48550/ARXIV",
            "10.20944/PREPRINTS", "10.26434/CHEMRXIV", "10.22541/AU"};
        for (const char *server : servers) {
            if (doi.startsWith(QLatin1String(server), Qt::CaseInsensitive))
                return true;
        }
        if (doi.startsWith(QLatin1String("10.1101/")) && doi.size() > 8 && doi.at(8).isDigit())
            return true;
    }
    for (const QString &word : journal) {
        if (word == QLatin1String("biorxiv") || word == QLatin1String("medrxiv") ||
            word == QLatin1String("arxiv") || word == QLatin1String("psyarxiv") ||
            word == QLatin1String("socarxiv") || word == QLatin1String("chemrxiv") ||
            word == QLatin1String("ssrn") || word == QLatin1String("preprints") ||
            word == QLatin1String("preprint") || word == QLatin1String("authorea"))
            return true;
    }
    return journal.size() >= 2 && journal.at(0) == QLatin1String("research") &&
           journal.at(1) == QLatin1String("square");
}

ComparableRecord ComparableRecord::fromStored(qint64 id, const QString &type,
                                              const QString &normTitle, const QString &normDoi,
                                              const QString &pmid, const QString &accession,
                                              const QString &isbn, const QString &container,
                                              const QString &volume, const QString &pages,
                                              const QString &normAuthors, int year,
                                              QHash<QString, QStringList> *journalCache)
{
    ComparableRecord r;
    r.id = id;
    r.type = type;
    r.title = normTitle;
    r.doi = normDoi;
    r.pmid = pmid.trimmed();
    r.accession = accession.trimmed().toLower();
    r.isbn = isbnKey(isbn);
    if (journalCache) {
        auto it = journalCache->constFind(container);
        if (it == journalCache->constEnd())
            it = journalCache->insert(container, Normalise::journalWords(container));
        r.journal = it.value();
    } else {
        r.journal = Normalise::journalWords(container);
    }
    r.volume = Normalise::volume(volume);
    r.firstPage = Normalise::firstPage(pages);
    r.authors = normAuthors.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    r.year = year;
    r.notice = noticeOf(r.title);
    r.preprint = type == RecordType::Preprint || isPreprintSource(r.doi, r.journal);
    r.conference = type == RecordType::ConferenceAbstract || type == RecordType::ConferencePaper ||
                   r.journal.contains(QLatin1String("conference")) ||
                   r.journal.contains(QLatin1String("congress")) ||
                   r.journal.contains(QLatin1String("meeting")) ||
                   r.journal.contains(QLatin1String("symposium"));
    return r;
}

ComparableRecord ComparableRecord::fromRecord(const Record &record)
{
    ComparableRecord r = fromStored(record.id, record.type, Normalise::title(record.title),
                                    Normalise::doi(record.doi), record.pmid, record.accession,
                                    record.isbn, record.container, record.volume, record.pages,
                                    Normalise::authors(record.authors), record.year);
    for (const QString &field : {record.title, record.abstract, record.container, record.volume,
                                 record.issue, record.pages, record.doi, record.pmid,
                                 record.accession, record.url, record.language, record.publisher}) {
        if (!field.isEmpty())
            ++r.completeness;
    }
    r.completeness +=
        int(!record.authors.isEmpty()) + int(record.year > 0) + int(!record.keywords.isEmpty());
    return r;
}

} // namespace evimap
