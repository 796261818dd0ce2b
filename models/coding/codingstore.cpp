#include "coding/codingstore.h"

#include "coding/codebook.h"
#include "core/clock.h"
#include "core/sqlfailure.h"
#include "core/sqltext.h"
#include "project/project.h"
#include "project/projectsettings.h"
#include "project/reviewers.h"
#include "records/normalise.h"
#include "records/recordstore.h"
#include "team/auditlog.h"
#include "team/blinding.h"
#include "team/roles.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>

namespace evimap {

namespace {

Error usage(const QString &message)
{
    return Error{Error::Kind::Usage, message};
}

QVariant pageValue(int page)
{
    return page > 0 ? QVariant(page) : QVariant(QMetaType(QMetaType::Int));
}

QJsonObject detailsJson(const Codebook &codebook, qint64 codeId, const CodingDetails &d)
{
    QJsonObject object{{QStringLiteral("code"), codebook.keyPath(codeId)}};
    if (!d.quote.isEmpty())
        object.insert(QStringLiteral("quote"), d.quote);
    if (d.page > 0)
        object.insert(QStringLiteral("page"), d.page);
    if (!d.note.isEmpty())
        object.insert(QStringLiteral("note"), d.note);
    return object;
}

Coding codingFromQuery(const QSqlQuery &q, bool result)
{
    // id, uuid, record_id, code_id, reviewer_id (0 for results), quote, page, note, time
    Coding c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    c.recordId = q.value(2).toLongLong();
    c.codeId = q.value(3).toLongLong();
    c.reviewerId = result ? 0 : q.value(4).toLongLong();
    c.details.quote = q.value(5).toString();
    c.details.page = q.value(6).isNull() ? 0 : q.value(6).toInt();
    c.details.note = q.value(7).toString();
    c.codedAt = q.value(8).toString();
    return c;
}

const char selectCoding[] =
    "SELECT id, uuid, record_id, code_id, reviewer_id, quote, page, note, coded_at FROM coding";
const char selectResult[] =
    "SELECT id, uuid, record_id, code_id, 0, quote, page, note, settled_at FROM coding_result";

} // namespace

struct CodingStore::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : recordExists(db)
        , selectCoding(db)
        , insertCoding(db)
        , updateCoding(db)
        , deleteCoding(db)
        , selectValue(db)
        , insertValue(db)
        , updateValue(db)
        , deleteValue(db)
        , audit(db)
    {
        ok = recordExists.prepare(QStringLiteral("SELECT count(*) FROM record WHERE id = ?")) &&
             selectCoding.prepare(
                 QStringLiteral("SELECT id, uuid, quote, page, note FROM coding "
                                "WHERE record_id = ? AND code_id = ? AND reviewer_id = ?")) &&
             insertCoding.prepare(QStringLiteral(
                 "INSERT INTO coding(uuid, record_id, code_id, reviewer_id, quote, page, note, "
                 "coded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) &&
             updateCoding.prepare(QStringLiteral(
                 "UPDATE coding SET quote = ?, page = ?, note = ?, coded_at = ? WHERE id = ?")) &&
             deleteCoding.prepare(QStringLiteral("DELETE FROM coding WHERE id = ?")) &&
             selectValue.prepare(
                 QStringLiteral("SELECT id, uuid, value FROM extraction_value "
                                "WHERE record_id = ? AND field_id = ? AND reviewer_id = ?")) &&
             insertValue.prepare(QStringLiteral(
                 "INSERT INTO extraction_value(uuid, record_id, field_id, reviewer_id, value, "
                 "updated_at) VALUES (?, ?, ?, ?, ?, ?)")) &&
             updateValue.prepare(QStringLiteral(
                 "UPDATE extraction_value SET value = ?, updated_at = ? WHERE id = ?")) &&
             deleteValue.prepare(QStringLiteral("DELETE FROM extraction_value WHERE id = ?"));
    }

    bool ok = false;
    QSqlQuery recordExists;
    QSqlQuery selectCoding;
    QSqlQuery insertCoding;
    QSqlQuery updateCoding;
    QSqlQuery deleteCoding;
    QSqlQuery selectValue;
    QSqlQuery insertValue;
    QSqlQuery updateValue;
    QSqlQuery deleteValue;
    AuditLog audit;
};

CodingStore::CodingStore(Project &project, const Codebook &codebook)
    : m_project(project)
    , m_codebook(codebook)
{}

CodingStore::~CodingStore() = default;

CodingStore::Statements &CodingStore::sql() const
{
    if (!m_sql)
        m_sql = std::make_unique<Statements>(m_project.database());
    return *m_sql;
}

QList<Coding> CodingStore::codings(qint64 recordId, qint64 reviewerId) const
{
    QList<Coding> list;
    QSqlQuery q(m_project.database());
    q.prepare(QString::fromLatin1(selectCoding) +
              QStringLiteral(" WHERE record_id = ? AND reviewer_id = ? ORDER BY id"));
    q.addBindValue(recordId);
    q.addBindValue(reviewerId);
    if (q.exec()) {
        while (q.next())
            list.append(codingFromQuery(q, false));
    }
    return list;
}

std::optional<Coding> CodingStore::coding(qint64 recordId, qint64 codeId, qint64 reviewerId) const
{
    QSqlQuery q(m_project.database());
    q.prepare(QString::fromLatin1(selectCoding) +
              QStringLiteral(" WHERE record_id = ? AND code_id = ? AND reviewer_id = ?"));
    q.addBindValue(recordId);
    q.addBindValue(codeId);
    q.addBindValue(reviewerId);
    if (q.exec() && q.next())
        return codingFromQuery(q, false);
    return std::nullopt;
}

QHash<qint64, QString> CodingStore::values(qint64 recordId, qint64 reviewerId) const
{
    QHash<qint64, QString> map;
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT field_id, value FROM extraction_value "
                             "WHERE record_id = ? AND reviewer_id = ?"));
    q.addBindValue(recordId);
    q.addBindValue(reviewerId);
    if (q.exec()) {
        while (q.next())
            map.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    return map;
}

QList<Coding> CodingStore::allCodings(qint64 recordId) const
{
    QList<Coding> list;
    QSqlQuery q(m_project.database());
    q.prepare(QString::fromLatin1(selectCoding) +
              QStringLiteral(" WHERE record_id = ? ORDER BY reviewer_id, id"));
    q.addBindValue(recordId);
    if (q.exec()) {
        while (q.next())
            list.append(codingFromQuery(q, false));
    }
    return list;
}

bool CodingStore::isBlind(const Project &project)
{
    return ProjectSettings::codingBlind.read(project);
}

QList<Coding> CodingStore::codingsVisibleTo(qint64 recordId, qint64 viewerId) const
{
    return Blinding::asReviewer(m_project, viewerId).visible(allCodings(recordId));
}

Status CodingStore::requireCodable(qint64 codeId) const
{
    const std::optional<Code> code = m_codebook.code(codeId);
    if (!code)
        return usage(tr("unknown code (id %1)").arg(codeId));
    if (code->isDimension())
        return usage(tr("\"%1\" is a dimension; apply one of its codes").arg(code->label));
    if (m_codebook.isHidden(codeId))
        return usage(tr("the code \"%1\" is retired; it can no longer be applied")
                         .arg(m_codebook.labelPath(codeId)));
    return {};
}

Status CodingStore::requireReviewer(qint64 reviewerId) const
{
    if (reviewerId <= 0)
        return usage(tr("codings need a reviewer; choose who is coding first"));
    return Roles::require(m_project, reviewerId, Work::Own, tr("code records"));
}

Status CodingStore::requireReconciler(qint64 leadId) const
{
    if (leadId <= 0)
        return usage(tr("reconciling needs a lead; choose who is reconciling"));
    return Roles::require(m_project, leadId, Work::Lead, tr("reconcile codings"));
}

CodingState CodingStore::stateAfterApplying(qint64 codeId, const CodingDetails &details) const
{
    CodingState state;
    state.codes.insert(codeId, details);
    const qint64 dimension = m_codebook.dimensionOf(codeId);
    const std::optional<Code> dim = m_codebook.code(dimension);
    if (dim && dim->isSingleChoice()) {
        const QList<qint64> others = m_codebook.descendants(dimension);
        for (qint64 other : others) {
            // Codings of retired codes are kept, whatever the dimension.
            if (other != codeId && !m_codebook.isHidden(other))
                state.codes.insert(other, std::nullopt);
        }
    }
    return state;
}

CodingState CodingStore::capture(qint64 recordId, qint64 reviewerId, const CodingState &like) const
{
    CodingState state;
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT quote, page, note FROM coding "
                             "WHERE record_id = ? AND code_id = ? AND reviewer_id = ?"));
    for (auto it = like.codes.constBegin(); it != like.codes.constEnd(); ++it) {
        q.addBindValue(recordId);
        q.addBindValue(it.key());
        q.addBindValue(reviewerId);
        if (q.exec() && q.next()) {
            CodingDetails d;
            d.quote = q.value(0).toString();
            d.page = q.value(1).isNull() ? 0 : q.value(1).toInt();
            d.note = q.value(2).toString();
            state.codes.insert(it.key(), d);
        } else {
            state.codes.insert(it.key(), std::nullopt);
        }
    }
    const QHash<qint64, QString> current = values(recordId, reviewerId);
    for (auto it = like.values.constBegin(); it != like.values.constEnd(); ++it)
        state.values.insert(it.key(), current.value(it.key()));
    return state;
}

Status CodingStore::restoreInTransaction(qint64 recordId, qint64 reviewerId,
                                         const CodingState &state)
{
    Statements &st = sql();
    if (!st.ok)
        return failure(tr("the coding statements could not be prepared"));
    st.recordExists.bindValue(0, recordId);
    const bool exists =
        st.recordExists.exec() && st.recordExists.next() && st.recordExists.value(0).toInt() > 0;
    st.recordExists.finish();
    if (!exists)
        return usage(tr("there is no record with id %1").arg(recordId));

    // Removals first, so a single-choice switch never holds two codes at once.
    QList<qint64> order = state.codes.keys();
    std::sort(order.begin(), order.end(), [&](qint64 a, qint64 b) {
        const bool ra = !state.codes.value(a).has_value(), rb = !state.codes.value(b).has_value();
        return ra != rb ? ra : a < b;
    });
    for (qint64 codeId : std::as_const(order)) {
        const std::optional<CodingDetails> wanted = state.codes.value(codeId);
        QSqlQuery &select = st.selectCoding;
        select.bindValue(0, recordId);
        select.bindValue(1, codeId);
        select.bindValue(2, reviewerId);
        if (!select.exec())
            return sqlFailure(select);
        const bool found = select.next();
        CodingDetails current;
        qint64 rowId = 0;
        QString uuid;
        if (found) {
            rowId = select.value(0).toLongLong();
            uuid = select.value(1).toString();
            current.quote = select.value(2).toString();
            current.page = select.value(3).isNull() ? 0 : select.value(3).toInt();
            current.note = select.value(4).toString();
        }
        select.finish();
        AuditChange audit;
        audit.entity = QStringLiteral("coding");
        audit.reviewerId = reviewerId;
        audit.recordId = recordId;
        if (!wanted) {
            if (!found)
                continue;
            st.deleteCoding.bindValue(0, rowId);
            if (!st.deleteCoding.exec())
                return sqlFailure(st.deleteCoding);
            audit.action = QStringLiteral("coding.remove");
            audit.entityUuid = uuid;
            audit.before = detailsJson(m_codebook, codeId, current);
        } else if (!found) {
            if (!m_codebook.code(codeId) || m_codebook.code(codeId)->isDimension())
                return usage(tr("unknown code (id %1)").arg(codeId));
            uuid = newUuid();
            QSqlQuery &insert = st.insertCoding;
            insert.bindValue(0, uuid);
            insert.bindValue(1, recordId);
            insert.bindValue(2, codeId);
            insert.bindValue(3, reviewerId);
            insert.bindValue(4, sqlText(wanted->quote));
            insert.bindValue(5, pageValue(wanted->page));
            insert.bindValue(6, sqlText(wanted->note));
            insert.bindValue(7, utcNow());
            if (!insert.exec())
                return sqlFailure(insert);
            audit.action = QStringLiteral("coding.apply");
            audit.entityUuid = uuid;
            audit.after = detailsJson(m_codebook, codeId, *wanted);
        } else {
            if (current == *wanted)
                continue;
            QSqlQuery &update = st.updateCoding;
            update.bindValue(0, sqlText(wanted->quote));
            update.bindValue(1, pageValue(wanted->page));
            update.bindValue(2, sqlText(wanted->note));
            update.bindValue(3, utcNow());
            update.bindValue(4, rowId);
            if (!update.exec())
                return sqlFailure(update);
            audit.action = QStringLiteral("coding.update");
            audit.entityUuid = uuid;
            audit.before = detailsJson(m_codebook, codeId, current);
            audit.after = detailsJson(m_codebook, codeId, *wanted);
        }
        if (Status s = st.audit.record(audit); !s)
            return s;
    }

    for (auto it = state.values.constBegin(); it != state.values.constEnd(); ++it) {
        const std::optional<ExtractionField> field = m_codebook.field(it.key());
        if (!field)
            return usage(tr("unknown extraction field (id %1)").arg(it.key()));
        Result<QString> value = field->validate(it.value());
        if (!value)
            return value.error();
        QSqlQuery &select = st.selectValue;
        select.bindValue(0, recordId);
        select.bindValue(1, it.key());
        select.bindValue(2, reviewerId);
        if (!select.exec())
            return sqlFailure(select);
        const bool found = select.next();
        const qint64 rowId = found ? select.value(0).toLongLong() : 0;
        const QString uuid = found ? select.value(1).toString() : newUuid();
        const QString before = found ? select.value(2).toString() : QString();
        select.finish();
        if (before == *value)
            continue;
        QSqlQuery *write = nullptr;
        if (value->isEmpty()) {
            write = &st.deleteValue;
            write->bindValue(0, rowId);
        } else if (found) {
            write = &st.updateValue;
            write->bindValue(0, *value);
            write->bindValue(1, utcNow());
            write->bindValue(2, rowId);
        } else {
            write = &st.insertValue;
            write->bindValue(0, uuid);
            write->bindValue(1, recordId);
            write->bindValue(2, it.key());
            write->bindValue(3, reviewerId);
            write->bindValue(4, *value);
            write->bindValue(5, utcNow());
        }
        if (!write->exec())
            return sqlFailure(*write);
        AuditChange audit;
        audit.action = value->isEmpty() ? QStringLiteral("extraction.clear")
                                        : QStringLiteral("extraction.set");
        audit.entity = QStringLiteral("extraction_value");
        audit.entityUuid = uuid;
        audit.reviewerId = reviewerId;
        audit.recordId = recordId;
        if (!before.isEmpty())
            audit.before = QJsonObject{{QStringLiteral("field"), field->key},
                                       {QStringLiteral("value"), before}};
        if (!value->isEmpty())
            audit.after = QJsonObject{{QStringLiteral("field"), field->key},
                                      {QStringLiteral("value"), *value}};
        if (Status s = st.audit.record(audit); !s)
            return s;
    }
    return {};
}

Status CodingStore::restore(qint64 recordId, qint64 reviewerId, const CodingState &state)
{
    if (Status s = requireReviewer(reviewerId); !s)
        return s;
    return m_project.writeTransaction(
        [&]() -> Status { return restoreInTransaction(recordId, reviewerId, state); });
}

Status CodingStore::apply(qint64 recordId, qint64 codeId, qint64 reviewerId,
                          const CodingDetails &details)
{
    if (Status s = requireCodable(codeId); !s)
        return s;
    if (details.page < 0)
        return usage(tr("a page number is 1 or more"));
    return restore(recordId, reviewerId, stateAfterApplying(codeId, details));
}

Status CodingStore::remove(qint64 recordId, qint64 codeId, qint64 reviewerId)
{
    CodingState state;
    state.codes.insert(codeId, std::nullopt);
    return restore(recordId, reviewerId, state);
}

Status CodingStore::setValue(qint64 recordId, qint64 fieldId, qint64 reviewerId,
                             const QString &value)
{
    const std::optional<ExtractionField> field = m_codebook.field(fieldId);
    if (!field)
        return usage(tr("unknown extraction field (id %1)").arg(fieldId));
    if (field->retired)
        return usage(tr("the field \"%1\" is retired").arg(field->label));
    CodingState state;
    state.values.insert(fieldId, value);
    return restore(recordId, reviewerId, state);
}

Status CodingStore::applyAll(qint64 reviewerId, const QList<PendingCoding> &batch)
{
    if (Status s = requireReviewer(reviewerId); !s)
        return s;
    for (const PendingCoding &p : batch) {
        if (p.codeId != 0) {
            if (Status s = requireCodable(p.codeId); !s)
                return s;
        } else if (!m_codebook.field(p.fieldId)) {
            return usage(tr("unknown extraction field (id %1)").arg(p.fieldId));
        }
    }
    return m_project.writeTransaction([&]() -> Status {
        for (const PendingCoding &p : batch) {
            CodingState state;
            if (p.codeId != 0)
                state = stateAfterApplying(p.codeId, p.details);
            else
                state.values.insert(p.fieldId, p.value);
            if (Status s = restoreInTransaction(p.recordId, reviewerId, state); !s)
                return s;
        }
        return {};
    });
}

QList<Coding> CodingStore::results(qint64 recordId) const
{
    QList<Coding> list;
    QSqlQuery q(m_project.database());
    q.prepare(QString::fromLatin1(selectResult) +
              QStringLiteral(" WHERE record_id = ? ORDER BY id"));
    q.addBindValue(recordId);
    if (q.exec()) {
        while (q.next())
            list.append(codingFromQuery(q, true));
    }
    return list;
}

QHash<qint64, QString> CodingStore::resultValues(qint64 recordId) const
{
    QHash<qint64, QString> map;
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT field_id, value FROM extraction_value "
                             "WHERE record_id = ? AND reviewer_id IS NULL"));
    q.addBindValue(recordId);
    if (q.exec()) {
        while (q.next())
            map.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    return map;
}

bool CodingStore::isReconciled(qint64 recordId) const
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM audit_log WHERE record_id = ? AND "
                             "action = 'coding.reconcile') "
                             "OR EXISTS (SELECT 1 FROM coding_result WHERE record_id = ?)"));
    q.addBindValue(recordId);
    q.addBindValue(recordId);
    return q.exec() && q.next() && q.value(0).toInt() != 0;
}

std::optional<CodingStore::RecordHeading> CodingStore::recordHeading(qint64 recordId,
                                                                     Status *error) const
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT uuid, doi, title, year FROM record WHERE id = ?"));
    q.addBindValue(recordId);
    if (!q.exec()) {
        if (error)
            *error = sqlFailure(q);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return RecordHeading{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).isNull() ? QString() : QString::number(q.value(3).toInt())};
}

QList<qint64> CodingStore::reconciledRecords() const
{
    QList<qint64> list;
    QSqlQuery q(m_project.database());
    if (q.exec(QStringLiteral(
            "SELECT record_id FROM audit_log WHERE action = 'coding.reconcile' AND record_id IS "
            "NOT NULL "
            "UNION SELECT record_id FROM coding_result "
            "UNION SELECT record_id FROM extraction_value WHERE reviewer_id IS NULL ORDER BY 1"))) {
        while (q.next())
            list.append(q.value(0).toLongLong());
    }
    return list;
}

Status CodingStore::reconcileRecord(qint64 recordId, qint64 leadId, const QSet<qint64> &codes,
                                    const QHash<qint64, QString> &values, qint64 preferredReviewer)
{
    if (Status s = requireReconciler(leadId); !s)
        return s;
    return m_project.writeTransaction([&]() -> Status {
        return reconcileInTransaction(recordId, leadId, codes, values, preferredReviewer);
    });
}

Status CodingStore::reconcileInTransaction(qint64 recordId, qint64 leadId,
                                           const QSet<qint64> &codes,
                                           const QHash<qint64, QString> &values,
                                           qint64 preferredReviewer)
{
    for (qint64 codeId : codes) {
        const std::optional<Code> code = m_codebook.code(codeId);
        if (!code || code->isDimension())
            return usage(tr("unknown code (id %1)").arg(codeId));
    }
    QHash<qint64, QString> checked;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const std::optional<ExtractionField> field = m_codebook.field(it.key());
        if (!field)
            return usage(tr("unknown extraction field (id %1)").arg(it.key()));
        Result<QString> value = field->validate(it.value());
        if (!value)
            return value.error();
        if (!value->isEmpty())
            checked.insert(it.key(), *value);
    }

    const QList<Coding> coded = allCodings(recordId);
    {
        QSqlDatabase db = m_project.database();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT uuid FROM record WHERE id = ?"));
        q.addBindValue(recordId);
        if (!q.exec() || !q.next())
            return usage(tr("there is no record with id %1").arg(recordId));
        const QString recordUuid = q.value(0).toString();

        QHash<qint64, qint64> existing; // code -> row
        QJsonArray before, after;
        q.prepare(QStringLiteral("SELECT id, code_id FROM coding_result WHERE record_id = ?"));
        q.addBindValue(recordId);
        if (!q.exec())
            return sqlFailure(q);
        while (q.next()) {
            existing.insert(q.value(1).toLongLong(), q.value(0).toLongLong());
            before.append(m_codebook.keyPath(q.value(1).toLongLong()));
        }
        for (auto it = existing.constBegin(); it != existing.constEnd(); ++it) {
            if (codes.contains(it.key()))
                continue;
            q.prepare(QStringLiteral("DELETE FROM coding_result WHERE id = ?"));
            q.addBindValue(it.value());
            if (!q.exec())
                return sqlFailure(q);
        }
        QList<qint64> sorted(codes.begin(), codes.end());
        std::sort(sorted.begin(), sorted.end());
        for (qint64 codeId : std::as_const(sorted)) {
            CodingDetails details;
            bool found = false;
            for (const Coding &c : coded) {
                if (c.codeId != codeId)
                    continue;
                if (!found || c.reviewerId == preferredReviewer) {
                    details = c.details;
                    found = true;
                }
            }
            after.append(m_codebook.keyPath(codeId));
            if (existing.contains(codeId)) {
                q.prepare(QStringLiteral("UPDATE coding_result SET quote = ?, page = ?, note = ?, "
                                         "settled_by = ?, settled_at = ? WHERE id = ?"));
                q.addBindValue(sqlText(details.quote));
                q.addBindValue(pageValue(details.page));
                q.addBindValue(sqlText(details.note));
                q.addBindValue(leadId);
                q.addBindValue(utcNow());
                q.addBindValue(existing.value(codeId));
            } else {
                q.prepare(
                    QStringLiteral("INSERT INTO coding_result(uuid, record_id, code_id, quote, "
                                   "page, note, settled_by, settled_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
                q.addBindValue(newUuid());
                q.addBindValue(recordId);
                q.addBindValue(codeId);
                q.addBindValue(sqlText(details.quote));
                q.addBindValue(pageValue(details.page));
                q.addBindValue(sqlText(details.note));
                q.addBindValue(leadId);
                q.addBindValue(utcNow());
            }
            if (!q.exec())
                return sqlFailure(q);
        }

        QJsonObject valuesBefore, valuesAfter;
        const QHash<qint64, QString> oldValues = resultValues(recordId);
        for (auto it = oldValues.constBegin(); it != oldValues.constEnd(); ++it) {
            const std::optional<ExtractionField> f = m_codebook.field(it.key());
            valuesBefore.insert(f ? f->key : QString::number(it.key()), it.value());
            if (checked.contains(it.key()))
                continue;
            q.prepare(QStringLiteral("DELETE FROM extraction_value WHERE record_id = ? AND "
                                     "field_id = ? AND reviewer_id IS NULL"));
            q.addBindValue(recordId);
            q.addBindValue(it.key());
            if (!q.exec())
                return sqlFailure(q);
        }
        for (auto it = checked.constBegin(); it != checked.constEnd(); ++it) {
            valuesAfter.insert(m_codebook.field(it.key())->key, it.value());
            if (oldValues.value(it.key()) == it.value() && oldValues.contains(it.key()))
                continue;
            if (oldValues.contains(it.key())) {
                q.prepare(
                    QStringLiteral("UPDATE extraction_value SET value = ?, updated_at = ? "
                                   "WHERE record_id = ? AND field_id = ? AND reviewer_id IS NULL"));
                q.addBindValue(it.value());
                q.addBindValue(utcNow());
                q.addBindValue(recordId);
                q.addBindValue(it.key());
            } else {
                q.prepare(
                    QStringLiteral("INSERT INTO extraction_value(uuid, record_id, field_id, "
                                   "reviewer_id, value, updated_at) VALUES (?, ?, ?, NULL, ?, ?)"));
                q.addBindValue(newUuid());
                q.addBindValue(recordId);
                q.addBindValue(it.key());
                q.addBindValue(it.value());
                q.addBindValue(utcNow());
            }
            if (!q.exec())
                return sqlFailure(q);
        }

        AuditChange audit;
        audit.action = QStringLiteral("coding.reconcile");
        audit.entity = QStringLiteral("record");
        audit.entityUuid = recordUuid;
        audit.reviewerId = leadId;
        audit.recordId = recordId;
        audit.before = QJsonObject{{QStringLiteral("codes"), before},
                                   {QStringLiteral("values"), valuesBefore}};
        audit.after =
            QJsonObject{{QStringLiteral("codes"), after}, {QStringLiteral("values"), valuesAfter}};
        if (preferredReviewer > 0)
            audit.after.insert(QStringLiteral("preferred_reviewer"), preferredReviewer);
        return sql().audit.record(audit);
    }
}

Result<ReconcileSummary> CodingStore::reconcileAll(qint64 leadId, qint64 preferredReviewer,
                                                   bool again)
{
    if (Status s = requireReconciler(leadId); !s)
        return s.error();
    if (preferredReviewer > 0) {
        if (const Result<Reviewer> preferred = Reviewers(m_project).withId(preferredReviewer);
            !preferred)
            return preferred.error();
    }

    QList<qint64> records;
    {
        QSqlQuery q(m_project.database());
        if (!q.exec(QStringLiteral("SELECT record_id FROM coding UNION SELECT record_id FROM "
                                   "extraction_value WHERE reviewer_id IS NOT NULL ORDER BY 1")))
            return sqlFailure(q);
        while (q.next())
            records.append(q.value(0).toLongLong());
    }
    ReconcileSummary summary;
    struct Reconciliation
    {
        qint64 recordId;
        QSet<qint64> codes;
        QHash<qint64, QString> values;
    };
    QList<Reconciliation> decisions;
    for (qint64 recordId : std::as_const(records)) {
        if (!again && isReconciled(recordId)) {
            ++summary.alreadyReconciled;
            continue;
        }
        const QList<qint64> who = coders(recordId);
        if (who.size() < 2 && !(who.size() == 1 && who.first() == preferredReviewer)) {
            summary.singleCoder.append(recordId);
            continue;
        }
        // Per coder: codes in use and values.
        QHash<qint64, QSet<qint64>> codesOf;
        QHash<qint64, QHash<qint64, QString>> valuesOf;
        QSet<qint64> allCodes, allFields;
        const QList<Coding> coded = allCodings(recordId);
        for (const Coding &c : coded) {
            if (m_codebook.isHidden(c.codeId) || !m_codebook.code(c.codeId))
                continue;
            codesOf[c.reviewerId].insert(c.codeId);
            allCodes.insert(c.codeId);
        }
        for (qint64 reviewer : who) {
            valuesOf[reviewer] = values(recordId, reviewer);
            const QList<qint64> keys = valuesOf[reviewer].keys();
            for (qint64 key : keys)
                allFields.insert(key);
        }
        QSet<qint64> finalCodes;
        QHash<qint64, QString> finalValues;
        bool differs = false;
        bool canResolve = who.contains(preferredReviewer);
        for (qint64 codeId : std::as_const(allCodes)) {
            int have = 0;
            for (qint64 reviewer : who)
                have += codesOf[reviewer].contains(codeId) ? 1 : 0;
            if (have == who.size()) {
                finalCodes.insert(codeId);
            } else {
                differs = true;
                if (canResolve && codesOf[preferredReviewer].contains(codeId))
                    finalCodes.insert(codeId);
            }
        }
        for (qint64 fieldId : std::as_const(allFields)) {
            const QString first = valuesOf[who.first()].value(fieldId);
            bool same = true;
            for (qint64 reviewer : who)
                same = same && valuesOf[reviewer].value(fieldId) == first;
            if (same) {
                finalValues.insert(fieldId, first);
            } else {
                differs = true;
                if (canResolve)
                    finalValues.insert(fieldId, valuesOf[preferredReviewer].value(fieldId));
            }
        }
        if (who.size() < 2)
            differs = true; // only the preferred reviewer coded it
        if (differs && !canResolve) {
            summary.unresolved.append(recordId);
            continue;
        }
        decisions.append({recordId, finalCodes, finalValues});
        ++summary.reconciled;
        if (differs)
            ++summary.resolvedByPreferred;
        else
            ++summary.agreed;
    }
    // One transaction for the batch: a commit per record would cost a disk sync each.
    Status written = m_project.writeTransaction([&]() -> Status {
        for (const Reconciliation &d : std::as_const(decisions)) {
            if (Status s = reconcileInTransaction(d.recordId, leadId, d.codes, d.values,
                                                  preferredReviewer);
                !s)
                return s;
        }
        return {};
    });
    if (!written)
        return written.error();
    return summary;
}

QList<qint64> CodingStore::recordsToCode() const
{
    QList<qint64> list;
    QSqlQuery q(m_project.database());
    if (!q.exec(
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM screening_result WHERE stage = 'ft')")) ||
        !q.next())
        return list;
    const QString stage = q.value(0).toInt() != 0 ? QStringLiteral("ft") : QStringLiteral("ta");
    q.prepare(
        QStringLiteral("SELECT r.id FROM screening_result s JOIN record r ON r.id = s.record_id "
                       "WHERE s.stage = ? AND s.result = 'include' AND r.duplicate_of IS NULL "
                       "ORDER BY r.id"));
    q.addBindValue(stage);
    if (q.exec()) {
        while (q.next())
            list.append(q.value(0).toLongLong());
    }
    return list;
}

QList<QPair<qint64, QString>> CodingStore::recordList(bool all) const
{
    QList<QPair<qint64, QString>> list;
    QSqlQuery q(m_project.database());
    if (all) {
        if (!q.exec(QStringLiteral(
                "SELECT id, title FROM record WHERE duplicate_of IS NULL ORDER BY id")))
            return list;
        while (q.next())
            list.append({q.value(0).toLongLong(), q.value(1).toString()});
        return list;
    }
    const QList<qint64> ids = recordsToCode();
    q.prepare(QStringLiteral("SELECT title FROM record WHERE id = ?"));
    for (qint64 id : ids) {
        q.addBindValue(id);
        list.append({id, q.exec() && q.next() ? q.value(0).toString() : QString()});
    }
    return list;
}

QList<qint64> CodingStore::recordsCodedBy(qint64 reviewerId) const
{
    QList<qint64> list;
    QSqlQuery q(m_project.database());
    q.prepare(
        QStringLiteral("SELECT record_id FROM coding WHERE reviewer_id = ? UNION "
                       "SELECT record_id FROM extraction_value WHERE reviewer_id = ? ORDER BY 1"));
    q.addBindValue(reviewerId);
    q.addBindValue(reviewerId);
    if (q.exec()) {
        while (q.next())
            list.append(q.value(0).toLongLong());
    }
    return list;
}

QList<qint64> CodingStore::coders(qint64 recordId) const
{
    QList<qint64> list;
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT reviewer_id FROM coding WHERE record_id = ? UNION "
                             "SELECT reviewer_id FROM extraction_value WHERE record_id = ? AND "
                             "reviewer_id IS NOT NULL ORDER BY 1"));
    q.addBindValue(recordId);
    q.addBindValue(recordId);
    if (q.exec()) {
        while (q.next())
            list.append(q.value(0).toLongLong());
    }
    return list;
}

Result<qint64> CodingStore::resolveRecord(const QString &idUuidOrDoi) const
{
    const QString text = idUuidOrDoi.trimmed();
    if (text.isEmpty())
        return usage(tr("the record is empty (give its id, uuid or DOI)"));
    QSqlQuery q(m_project.database());
    static const QRegularExpression digits(QStringLiteral("^\\d{1,18}$"));
    std::optional<qint64> id;
    if (digits.match(text).hasMatch()) {
        q.prepare(QStringLiteral("SELECT id FROM record WHERE id = ?"));
        q.addBindValue(text.toLongLong());
        if (q.exec() && q.next())
            id = q.value(0).toLongLong();
    } else if (!QUuid::fromString(text).isNull()) {
        id = RecordStore(m_project.database())
                 .idByUuid(QUuid::fromString(text).toString(QUuid::WithoutBraces));
    } else if (const QString doi = Normalise::doi(text); !doi.isEmpty()) {
        // "norm_doi <> ''" lets SQLite use the partial index record_norm_doi; without it a
        // bound DOI scans the whole table (thousands of lookups in a batch).
        q.prepare(QStringLiteral("SELECT id FROM record WHERE norm_doi = ? AND norm_doi <> '' "
                                 "ORDER BY duplicate_of IS NOT NULL, id LIMIT 1"));
        q.addBindValue(doi);
        if (q.exec() && q.next())
            id = q.value(0).toLongLong();
    }
    if (!id)
        return usage(tr("no record \"%1\" in the project (give its id, uuid or DOI)").arg(text));
    // Code the record a duplicate was merged into.
    for (int guard = 0; guard < 50; ++guard) {
        q.prepare(QStringLiteral("SELECT duplicate_of FROM record WHERE id = ?"));
        q.addBindValue(*id);
        if (!q.exec() || !q.next() || q.value(0).isNull())
            break;
        id = q.value(0).toLongLong();
    }
    return *id;
}

} // namespace evimap
