#include "ranking/rankingstore.h"

#include "core/clock.h"
#include "core/sqlfailure.h"
#include "core/sqlitestatement.h"
#include "project/project.h"
#include "project/projectsettings.h"
#include "team/auditlog.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace evimap {

namespace {} // namespace

Result<RankingData> RankingStore::load(qint64 reviewerId) const
{
    RankingData data;
    // 100,000 texts: through the C API, joined by SQLite, one UTF-8 conversion a record
    // (BM_WindowLoad in bench_ranking; figures in docs/performance.md).
    SqliteStatement texts(m_project.database(), "SELECT id, title || ' ' || abstract || ' ' || "
                                                "replace(keywords, char(10), ' ') FROM record "
                                                "WHERE duplicate_of IS NULL ORDER BY id");
    QHash<qint64, int> indexOf;
    for (;;) {
        Result<bool> row = texts.next();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const qint64 id = texts.int64At(0);
        indexOf.insert(id, int(data.ids.size()));
        data.ids.append(id);
        data.texts.append(texts.textAt(1));
    }
    data.labels.assign(data.ids.size(), Label::Unscreened);

    QSqlQuery q(m_project.database());
    q.setForwardOnly(true);

    // In the order they were made: the history is the stopping aid's sequence of labels.
    q.prepare(QStringLiteral(
        "SELECT record_id, label FROM ("
        "SELECT record_id, result AS label, settled_at AS at, id FROM screening_result "
        "WHERE stage = 'ta' "
        "UNION ALL SELECT d.record_id, d.decision, d.decided_at, d.id FROM screening_decision d "
        "WHERE d.stage = 'ta' AND d.reviewer_id = ? AND NOT EXISTS (SELECT 1 FROM "
        "screening_result s WHERE s.record_id = d.record_id AND s.stage = 'ta')) "
        "ORDER BY at, id"));
    q.addBindValue(reviewerId);
    if (!q.exec())
        return sqlFailure(q);
    while (q.next()) {
        const auto found = indexOf.constFind(q.value(0).toLongLong());
        if (found == indexOf.constEnd())
            continue; // a duplicate's decision
        const QString value = q.value(1).toString();
        qint8 label = Label::Unsure;
        if (value == QLatin1String("include"))
            label = Label::Relevant;
        else if (value == QLatin1String("exclude"))
            label = Label::Irrelevant;
        data.labels[found.value()] = label;
        if (label != Label::Unsure)
            data.history.push_back(label);
    }
    return data;
}

RankingSettings RankingStore::settings() const
{
    const QString json = ProjectSettings::rankingSettings.read(m_project);
    if (json.isEmpty())
        return {};
    Result<RankingSettings> parsed =
        RankingSettings::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
    return parsed ? parsed.value() : RankingSettings();
}

Status RankingStore::setSettings(const RankingSettings &settings)
{
    return ProjectSettings::rankingSettings.write(
        m_project,
        QString::fromUtf8(QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact)));
}

Status RankingStore::logTraining(const Ranking &ranking, const RankingSettings &settings,
                                 qint64 reviewerId, qint64 totalMs, bool blind)
{
    const QString trainedAt = utcNow();
    const QJsonObject after{
        {QStringLiteral("settings"), settings.toJson()},
        {QStringLiteral("model"), ranking.model},
        {QStringLiteral("labels"),
         blind ? QStringLiteral("settled title/abstract results and own decisions")
               : QStringLiteral("settled title/abstract results")},
        {QStringLiteral("trained_on"), ranking.trainedOn},
        {QStringLiteral("relevant_in_training"), ranking.relevantInTraining},
        {QStringLiteral("ranked"), int(ranking.order.size())},
        {QStringLiteral("vectorise_ms"), ranking.vectoriseMs},
        {QStringLiteral("train_ms"), ranking.trainMs},
        {QStringLiteral("score_ms"), ranking.scoreMs},
        {QStringLiteral("total_ms"), totalMs},
        {QStringLiteral("trained_at"), trainedAt},
    };
    AuditChange change;
    change.action = QStringLiteral("ranking.train");
    change.entity = QStringLiteral("ranking");
    change.reviewerId = reviewerId;
    change.after = after;
    return m_project.writeTransaction(
        [&]() -> Status { return AuditLog::record(m_project.database(), change); });
}

} // namespace evimap
