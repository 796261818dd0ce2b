#include "records/recordfilterstore.h"

#include "coding/codebook.h"
#include "coding/codingstore.h"
#include "core/sqlfailure.h"
#include "project/project.h"
#include "screening/screeningstore.h"
#include "team/blinding.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace evimap {

namespace {

QString decisionKey(RecordView view)
{
    switch (view) {
    case RecordView::MyIncluded:
        return QStringLiteral("include");
    case RecordView::MyExcluded:
        return QStringLiteral("exclude");
    default:
        return QStringLiteral("unsure");
    }
}

} // namespace

RecordFilterStore::RecordFilterStore(Project &project, qint64 viewerId)
    : m_project(project)
    , m_viewerId(viewerId)
{}

Status RecordFilterStore::allowed(const RecordFilter &filter) const
{
    const Blinding viewer(m_project, m_viewerId);
    switch (filter.view) {
    case RecordView::MyIncluded:
    case RecordView::MyExcluded:
    case RecordView::MyUnsure:
    case RecordView::AwaitingOthers:
        if (m_viewerId <= 0)
            return Error{Error::Kind::Usage,
                         tr("\"%1\" lists a reviewer's own votes: say who you are.")
                             .arg(RecordFilter::label(filter.view))};
        return {};
    case RecordView::Conflicts:
        if (!viewer.maySeeConflicts())
            return Error{Error::Kind::Usage,
                         tr("Only the lead sees the conflicts while screening is blind: they "
                            "would show how others voted on records not settled yet.")};
        return {};
    case RecordView::DecidedBy:
        if (filter.reviewerId != m_viewerId && !viewer.seesAllScreening())
            return Error{Error::Kind::Usage,
                         tr("Only the lead sees another reviewer's decisions while screening "
                            "is blind.")};
        return {};
    default:
        return {};
    }
}

Result<QList<qint64>> RecordFilterStore::ids(const RecordFilter &filter) const
{
    if (Status s = allowed(filter); !s)
        return s.error();
    const Blinding viewer(m_project, m_viewerId);
    const QString stage = ScreeningNames::stageKey(filter.stage);
    const QString live = QStringLiteral("r.duplicate_of IS NULL");

    // Views worked out by other stores: their sets, kept to live records.
    std::optional<QSet<qint64>> set;
    if (filter.view == RecordView::Conflicts) {
        set.emplace();
        const QList<ScreeningConflict> conflicts =
            ScreeningStore(m_project).conflicts(filter.stage);
        for (const ScreeningConflict &c : conflicts)
            set->insert(c.recordId);
    } else if (filter.view == RecordView::Coded || filter.view == RecordView::NotCoded) {
        const Codebook codebook(m_project);
        const CodingStore coding(m_project, codebook);
        QSet<qint64> coded;
        const QList<qint64> reconciled = coding.reconciledRecords();
        coded.unite(QSet<qint64>(reconciled.begin(), reconciled.end()));
        if (viewer.seesAllCoding()) {
            QSqlQuery q(m_project.database());
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT record_id FROM coding UNION SELECT record_id FROM "
                                       "extraction_value")))
                return sqlFailure(q);
            while (q.next())
                coded.insert(q.value(0).toLongLong());
        } else if (m_viewerId > 0) {
            const QList<qint64> mine = coding.recordsCodedBy(m_viewerId);
            coded.unite(QSet<qint64>(mine.begin(), mine.end()));
        }
        if (filter.view == RecordView::Coded) {
            set = coded;
        } else {
            const QList<qint64> toCode = coding.recordsToCode();
            set = QSet<qint64>(toCode.begin(), toCode.end()) - coded;
        }
    }

    QString sql;
    QVariantList binds;
    switch (filter.view) {
    case RecordView::All:
    case RecordView::Conflicts:
    case RecordView::Coded:
    case RecordView::NotCoded:
        sql = QStringLiteral("SELECT r.id FROM record r WHERE ") + live;
        break;
    case RecordView::MyIncluded:
    case RecordView::MyExcluded:
    case RecordView::MyUnsure:
        sql = QStringLiteral("SELECT r.id FROM record r JOIN screening_decision d ON d.record_id "
                             "= r.id WHERE d.stage = ? AND d.reviewer_id = ? AND d.decision = ? "
                             "AND ") +
              live;
        binds << stage << m_viewerId << decisionKey(filter.view);
        break;
    case RecordView::AwaitingOthers:
        sql = QStringLiteral("SELECT r.id FROM record r JOIN screening_decision d ON d.record_id "
                             "= r.id WHERE d.stage = ? AND d.reviewer_id = ? AND NOT EXISTS "
                             "(SELECT 1 FROM screening_result s WHERE s.record_id = r.id AND "
                             "s.stage = d.stage) AND ") +
              live;
        binds << stage << m_viewerId;
        break;
    case RecordView::Included:
    case RecordView::Excluded:
    case RecordView::Settled:
        sql = QStringLiteral("SELECT r.id FROM record r JOIN screening_result s ON s.record_id = "
                             "r.id WHERE s.stage = ? AND ") +
              live;
        binds << stage;
        if (filter.view != RecordView::Settled) {
            sql += QStringLiteral(" AND s.result = ?");
            binds << (filter.view == RecordView::Included ? QStringLiteral("include")
                                                          : QStringLiteral("exclude"));
        }
        break;
    case RecordView::NotRetrieved:
        sql = QStringLiteral("SELECT r.id FROM record r JOIN screening_result s ON s.record_id = "
                             "r.id WHERE s.stage = 'ft' AND s.result = 'not_retrieved' AND ") +
              live;
        break;
    case RecordView::HasPdf:
        sql = QStringLiteral("SELECT r.id FROM record r WHERE EXISTS (SELECT 1 FROM attachment a "
                             "WHERE a.record_id = r.id) AND ") +
              live;
        break;
    case RecordView::Batch:
        sql = QStringLiteral("SELECT DISTINCT r.id FROM record r JOIN record_source rs ON "
                             "rs.record_id = r.id WHERE rs.batch_id = ? AND ") +
              live;
        binds << filter.batchId;
        break;
    case RecordView::Source:
        sql = QStringLiteral("SELECT DISTINCT r.id FROM record r JOIN record_source rs ON "
                             "rs.record_id = r.id JOIN import_batch b ON b.id = rs.batch_id "
                             "WHERE b.source = ? COLLATE NOCASE AND ") +
              live;
        binds << filter.text;
        break;
    case RecordView::Duplicates:
        sql = QStringLiteral("SELECT r.id FROM record r WHERE r.duplicate_of IS NOT NULL");
        break;
    case RecordView::DecidedBy:
        sql = QStringLiteral("SELECT r.id FROM record r JOIN screening_decision d ON d.record_id "
                             "= r.id WHERE d.stage = ? AND d.reviewer_id = ? AND ") +
              live;
        binds << stage << filter.reviewerId;
        break;
    case RecordView::Tagged:
        sql = QStringLiteral("SELECT DISTINCT r.id FROM record r JOIN record_tag rt ON "
                             "rt.record_id = r.id JOIN tag t ON t.id = rt.tag_id WHERE t.name = ? "
                             "COLLATE NOCASE AND ") +
              live;
        binds << filter.text;
        if (!viewer.seesAllScreening()) {
            sql += QStringLiteral(" AND rt.reviewer_id = ?");
            binds << m_viewerId;
        }
        break;
    }
    sql += QStringLiteral(" ORDER BY r.id");

    QSqlQuery q(m_project.database());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlFailure(q);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec())
        return sqlFailure(q);
    QList<qint64> ids;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (!set || set->contains(id))
            ids.append(id);
    }
    return ids;
}

} // namespace evimap
