#include "ranking/labelleddataset.h"

#include "import/recordfile.h"
#include "records/normalise.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace evimap {

namespace {

QString textOf(const Record &record)
{
    return record.title + QLatin1Char(' ') + record.abstract + QLatin1Char(' ') +
           record.keywords.join(QLatin1Char(' '));
}

int labelOf(const Record &record, const QString &labelColumn)
{
    for (const RawField &field : record.rawFields) {
        if (field.first.compare(labelColumn, Qt::CaseInsensitive) == 0)
            return LabelledDataset::parseLabel(field.second);
    }
    // ASReview writes its labels into RIS notes.
    if (record.notes.contains(QLatin1String("ASReview_relevant")))
        return 1;
    if (record.notes.contains(QLatin1String("ASReview_irrelevant")))
        return 0;
    return -1;
}

} // namespace

int LabelledDataset::relevant() const
{
    return int(std::count(labels.begin(), labels.end(), qint8(1)));
}

int LabelledDataset::parseLabel(const QString &value)
{
    const QString v = value.trimmed().toLower();
    static const QSet<QString> yes = {QStringLiteral("1"),       QStringLiteral("yes"),
                                      QStringLiteral("y"),       QStringLiteral("true"),
                                      QStringLiteral("include"), QStringLiteral("included"),
                                      QStringLiteral("relevant")};
    static const QSet<QString> no = {QStringLiteral("0"),         QStringLiteral("no"),
                                     QStringLiteral("n"),         QStringLiteral("false"),
                                     QStringLiteral("exclude"),   QStringLiteral("excluded"),
                                     QStringLiteral("irrelevant")};
    if (yes.contains(v))
        return 1;
    if (no.contains(v))
        return 0;
    return -1;
}

Result<LabelledDataset> LabelledDataset::read(const QStringList &paths, const QString &labelColumn,
                                              const QString &relevantFile)
{
    if (paths.isEmpty())
        return Error{Error::Kind::Usage, tr("no dataset given")};
    LabelledDataset data;
    data.name = QFileInfo(paths.first()).completeBaseName();

    if (relevantFile.isEmpty()) {
        if (paths.size() > 1)
            return Error{Error::Kind::Usage,
                         tr("several files make one pool only with a file of relevant records "
                            "(--relevant)")};
        Result<RecordFile> file = RecordFile::read(paths.first());
        if (!file)
            return file.error();
        data.issues = file->issues;
        for (const Record &record : std::as_const(file->records)) {
            const int label = labelOf(record, labelColumn);
            if (label < 0) {
                ++data.unlabelled;
                continue;
            }
            data.texts.append(textOf(record));
            data.labels.push_back(qint8(label));
        }
        if (data.labels.empty())
            return Error{Error::Kind::InputRefused,
                         tr("%1: no record has a label in \"%2\" (1/0, yes/no, include/exclude)")
                             .arg(paths.first(), labelColumn)};
        return data;
    }

    Result<RecordFile> screened = RecordFile::read(relevantFile);
    if (!screened)
        return screened.error();
    QSet<QString> relevantTitles;
    for (const Record &record : std::as_const(screened->records)) {
        const QString key = Normalise::title(record.title);
        if (!key.isEmpty())
            relevantTitles.insert(key);
    }
    QHash<QString, int> indexOfTitle;
    QList<Record> pool;
    for (const QString &path : paths) {
        Result<RecordFile> file = RecordFile::read(path);
        if (!file)
            return file.error();
        data.issues += file->issues;
        for (Record &record : file->records) {
            const QString key = Normalise::title(record.title);
            if (key.isEmpty()) {
                ++data.unlabelled;
                continue;
            }
            const auto found = indexOfTitle.constFind(key);
            if (found == indexOfTitle.constEnd()) {
                indexOfTitle.insert(key, int(pool.size()));
                pool.append(std::move(record));
                data.labels.push_back(relevantTitles.contains(key) ? 1 : 0);
            } else {
                ++data.mergedByTitle;
                if (record.abstract.size() > pool[found.value()].abstract.size())
                    pool[found.value()] = std::move(record);
            }
        }
    }
    for (const Record &record : std::as_const(pool))
        data.texts.append(textOf(record));
    if (data.labels.empty())
        return Error{Error::Kind::InputRefused, tr("the search files hold no record with a title")};
    return data;
}

} // namespace evimap
