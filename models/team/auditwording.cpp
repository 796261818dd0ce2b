#include "team/auditwording.h"

#include "coding/codebook.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "screening/screeningdecision.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>

#include <cmath>
#include <functional>

namespace evimap {

namespace {

using Tr = AuditWording;

QJsonObject parse(const QString &json)
{
    if (json.isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    return doc.isObject() ? doc.object() : QJsonObject();
}

// Free text on one line, cut to a readable length.
QString clip(const QString &text, int length = 100)
{
    const QString one = text.simplified();
    return one.size() > length ? one.left(length - 1) + QChar(0x2026) : one;
}

// "1 code", "3 codes": written out, because the command line's CSV has no plural translation.
QString counted(qint64 n, const QString &one, const QString &many)
{
    return (n == 1 ? one : many).arg(n);
}

QString named(const QString &name)
{
    return QStringLiteral("‘%1’").arg(clip(name, 80));
}

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(clip(text));
}

QString numberText(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 6);
}

// A JSON value as a person reads it.
QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::Bool:
        return value.toBool() ? Tr::tr("yes") : Tr::tr("no");
    case QJsonValue::Double:
        return numberText(value.toDouble());
    case QJsonValue::String:
        return value.toString().isEmpty() ? QStringLiteral("—") : clip(value.toString());
    case QJsonValue::Array: {
        QStringList parts;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &v : array) {
            if (v.isObject()) {
                const QJsonObject o = v.toObject();
                parts << (o.contains(QStringLiteral("label"))
                              ? o.value(QStringLiteral("label")).toString()
                              : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
            } else {
                parts << valueText(v);
            }
        }
        return parts.isEmpty() ? QStringLiteral("—") : clip(parts.join(QStringLiteral(", ")));
    }
    case QJsonValue::Object:
        return clip(
            QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
    }
    return {};
}

// Identifiers and hashes say nothing to a reader; the sentence names what they point at.
bool isIdentifier(const QString &key)
{
    return key == QLatin1String("uuid") || key == QLatin1String("sha256") ||
           key == QLatin1String("reasonId") || key.endsWith(QLatin1String("_uuid"));
}

void flatten(const QJsonObject &object, const QString &prefix, QMap<QString, QJsonValue> *out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isIdentifier(it.key()))
            continue;
        const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject())
            flatten(it.value().toObject(), key, out); // an empty object adds nothing
        else
            out->insert(key, it.value());
    }
}

// Everything a sentence is made from: the row, its JSON and the names.
struct Row
{
    const AuditEntry &e;
    const AuditNames &names;
    QJsonObject before;
    QJsonObject after;

    QString who() const { return e.reviewer.isEmpty() ? Tr::tr("Someone") : e.reviewer; }
    QString record() const
    {
        return e.recordId > 0 ? QStringLiteral("#%1").arg(e.recordId) : Tr::tr("a record");
    }
    QString recordNumber(const QJsonValue &id) const
    {
        return QStringLiteral("#%1").arg(id.toInteger());
    }
    QJsonValue b(const char *key) const { return before.value(QLatin1String(key)); }
    QJsonValue a(const char *key) const { return after.value(QLatin1String(key)); }
    QString bs(const char *key) const { return b(key).toString(); }
    QString as(const char *key) const { return a(key).toString(); }
    // The value from after, else from before.
    QJsonValue either(const char *key) const
    {
        return after.contains(QLatin1String(key)) ? a(key) : b(key);
    }

    QString stage() const
    {
        const QString key = either("stage").toString();
        const std::optional<ScreeningStage> s = ScreeningNames::stageFromKey(key);
        return s ? ScreeningNames::stageLabel(*s) : key;
    }
    QString code(const QString &keyPath) const
    {
        const QString label = names.codes.value(keyPath);
        if (!label.isEmpty())
            return named(label);
        return named(keyPath.section(QLatin1Char('/'), -1));
    }
    QString field(const QString &key) const
    {
        const QString label = names.fields.value(key);
        return named(label.isEmpty() ? key : label);
    }
    QString person(const QJsonValue &id) const
    {
        const QString name = names.reviewers.value(id.toInteger());
        return name.isEmpty() ? Tr::tr("reviewer %1").arg(id.toInteger()) : name;
    }
    // "#3 and #7", "#3, #5 and #7".
    QString records(const QJsonValue &list) const
    {
        QStringList ids;
        const QJsonArray array = list.toArray();
        for (const QJsonValue &v : array)
            ids << recordNumber(v);
        return listText(ids);
    }
    static QString listText(const QStringList &items)
    {
        if (items.isEmpty())
            return QString();
        if (items.size() == 1)
            return items.first();
        return Tr::tr("%1 and %2")
            .arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
    }
};

// The decision in a screening JSON object, as a verb phrase: "excluded #12 at title/abstract:
// Animal study".
QString decided(const Row &r, const QJsonObject &o)
{
    const QString decision = o.value(QStringLiteral("decision")).toString();
    QString text;
    if (decision == QLatin1String("include"))
        text = Tr::tr("included %1 at %2").arg(r.record(), r.stage());
    else if (decision == QLatin1String("exclude"))
        text = Tr::tr("excluded %1 at %2").arg(r.record(), r.stage());
    else
        text = Tr::tr("marked %1 unsure at %2").arg(r.record(), r.stage());
    const QString reason = o.value(QStringLiteral("reason")).toString();
    if (!reason.isEmpty())
        text += QStringLiteral(": ") + clip(reason, 80);
    return text;
}

QString decisionWord(const QString &key)
{
    if (key == QLatin1String("include"))
        return Tr::tr("include");
    if (key == QLatin1String("exclude"))
        return Tr::tr("exclude");
    if (key == QLatin1String("unsure"))
        return Tr::tr("unsure");
    return key;
}

// A screening result in words: "excluded (Animal study)".
QString resultText(const QJsonObject &o)
{
    const QString result = o.value(QStringLiteral("result")).toString();
    QString text;
    if (result == QLatin1String("include"))
        text = Tr::tr("included");
    else if (result == QLatin1String("exclude"))
        text = Tr::tr("excluded");
    else if (result == QLatin1String("not_retrieved"))
        text = Tr::tr("full text not retrieved");
    else
        text = result;
    const QString reason = o.value(QStringLiteral("reason")).toString();
    if (!reason.isEmpty())
        text += QStringLiteral(" (%1)").arg(clip(reason, 80));
    return text;
}

QString withNote(const QString &text, const QJsonObject &o)
{
    const QString note = o.value(QStringLiteral("note")).toString();
    return note.trimmed().isEmpty()
               ? text
               : text + QLatin1Char(' ') + Tr::tr("(note: %1)").arg(quoted(note));
}

QString codePathText(const QString &path)
{
    return named(QString(path).replace(QLatin1Char('/'), QStringLiteral(" ▸ ")));
}

using Wording = std::function<QString(const Row &)>;

const QMap<QString, Wording> &wordings()
{
    static const QMap<QString, Wording> table = {
        // --- Screening
        {QStringLiteral("screening.decide"),
         [](const Row &r) {
             return withNote(QStringLiteral("%1 %2").arg(r.who(), decided(r, r.after)), r.after);
         }},
        {QStringLiteral("screening.change"),
         [](const Row &r) {
             QString text = Tr::tr("%1 changed their decision on %2 at %3 from %4 to %5")
                                .arg(r.who(), r.record(), r.stage(), decisionWord(r.bs("decision")),
                                     decisionWord(r.as("decision")));
             if (!r.as("reason").isEmpty())
                 text += QStringLiteral(": ") + clip(r.as("reason"), 80);
             return withNote(text, r.after);
         }},
        {QStringLiteral("screening.withdraw"),
         [](const Row &r) {
             return Tr::tr("%1 withdrew their decision (%2) on %3 at %4")
                 .arg(r.who(), decisionWord(r.bs("decision")), r.record(), r.stage());
         }},
        {QStringLiteral("screening.settled_by_agreement"),
         [](const Row &r) {
             if (r.e.reviewer.isEmpty())
                 return Tr::tr("%1 was settled at %2: %3")
                     .arg(r.record(), r.stage(), resultText(r.after));
             return Tr::tr("%1’s decision settled %2 at %3: %4")
                 .arg(r.who(), r.record(), r.stage(), resultText(r.after));
         }},
        {QStringLiteral("screening.unsettled"),
         [](const Row &r) {
             if (r.e.reviewer.isEmpty())
                 return Tr::tr("%1 is no longer settled at %2 (it was %3)")
                     .arg(r.record(), r.stage(), resultText(r.before));
             return Tr::tr("%1’s change unsettled %2 at %3 (it was %4)")
                 .arg(r.who(), r.record(), r.stage(), resultText(r.before));
         }},
        {QStringLiteral("screening.settle"),
         [](const Row &r) {
             return withNote(Tr::tr("%1 settled %2 at %3: %4")
                                 .arg(r.who(), r.record(), r.stage(), resultText(r.after)),
                             r.after);
         }},
        {QStringLiteral("screening.unsettle"),
         [](const Row &r) {
             return Tr::tr("%1 took back the settlement of %2 at %3 (it was %4)")
                 .arg(r.who(), r.record(), r.stage(), resultText(r.before));
         }},
        {QStringLiteral("screening.not_retrieved"),
         [](const Row &r) {
             return withNote(
                 Tr::tr("%1 marked the full text of %2 as not retrieved").arg(r.who(), r.record()),
                 r.after);
         }},
        {QStringLiteral("screening.retrieved"),
         [](const Row &r) {
             if (r.a("pdfAttached").toBool())
                 return Tr::tr("%1 attached the full text of %2, which was marked not retrieved")
                     .arg(r.who(), r.record());
             return Tr::tr("%1 cleared “full text not retrieved” on %2").arg(r.who(), r.record());
         }},
        {QStringLiteral("screening.reopen"),
         [](const Row &r) {
             return withNote(Tr::tr("%1 reopened %2 at %3 (it was %4)")
                                 .arg(r.who(), r.record(), r.stage(), resultText(r.before)),
                             r.after);
         }},
        {QStringLiteral("screening.reopen_undone"),
         [](const Row &r) {
             return Tr::tr("%1 undid the reopening of %2 at %3: %4 again")
                 .arg(r.who(), r.record(), r.stage(), resultText(r.after));
         }},
        {QStringLiteral("screening.reason.add"),
         [](const Row &r) {
             return Tr::tr("%1 added the exclusion reason %2").arg(r.who(), named(r.as("label")));
         }},
        {QStringLiteral("screening.reason.rename"),
         [](const Row &r) {
             return Tr::tr("%1 renamed the exclusion reason %2 to %3")
                 .arg(r.who(), named(r.bs("label")), named(r.as("label")));
         }},
        {QStringLiteral("screening.reason.move"),
         [](const Row &r) {
             return Tr::tr("%1 moved an exclusion reason from position %2 to %3")
                 .arg(r.who(), valueText(r.b("position")), valueText(r.a("position")));
         }},
        {QStringLiteral("screening.reason.retire"),
         [](const Row &r) {
             return Tr::tr("%1 retired the exclusion reason %2").arg(r.who(), named(r.as("label")));
         }},
        {QStringLiteral("screening.highlight.add"),
         [](const Row &r) {
             return r.as("kind") == QLatin1String("exclude")
                        ? Tr::tr("%1 added %2 to the exclude keywords")
                              .arg(r.who(), named(r.as("term")))
                        : Tr::tr("%1 added %2 to the include keywords")
                              .arg(r.who(), named(r.as("term")));
         }},
        {QStringLiteral("screening.highlight.remove"),
         [](const Row &r) {
             return r.bs("kind") == QLatin1String("exclude")
                        ? Tr::tr("%1 removed %2 from the exclude keywords")
                              .arg(r.who(), named(r.bs("term")))
                        : Tr::tr("%1 removed %2 from the include keywords")
                              .arg(r.who(), named(r.bs("term")));
         }},
        // --- Coding
        {QStringLiteral("coding.apply"),
         [](const Row &r) {
             QString text =
                 Tr::tr("%1 applied %2 to %3").arg(r.who(), r.code(r.as("code")), r.record());
             if (!r.as("quote").isEmpty())
                 text += QLatin1Char(' ') + Tr::tr("with the quote %1").arg(quoted(r.as("quote")));
             if (r.a("page").toInt() > 0)
                 text += QLatin1Char(' ') + Tr::tr("(p. %1)").arg(r.a("page").toInt());
             return text;
         }},
        {QStringLiteral("coding.update"),
         [](const Row &r) {
             QStringList what;
             if (r.bs("quote") != r.as("quote"))
                 what << Tr::tr("quote");
             if (r.b("page").toInt() != r.a("page").toInt())
                 what << Tr::tr("page");
             if (r.bs("note") != r.as("note"))
                 what << Tr::tr("note");
             if (what.isEmpty())
                 what << Tr::tr("details");
             return Tr::tr("%1 changed the %2 of %3 on %4")
                 .arg(r.who(), Row::listText(what), r.code(r.either("code").toString()),
                      r.record());
         }},
        {QStringLiteral("coding.remove"),
         [](const Row &r) {
             return Tr::tr("%1 removed %2 from %3").arg(r.who(), r.code(r.bs("code")), r.record());
         }},
        {QStringLiteral("extraction.set"),
         [](const Row &r) {
             return Tr::tr("%1 set %2 to %3 on %4")
                 .arg(r.who(), r.field(r.as("field")), quoted(r.as("value")), r.record());
         }},
        {QStringLiteral("extraction.clear"),
         [](const Row &r) {
             return Tr::tr("%1 cleared %2 on %3").arg(r.who(), r.field(r.bs("field")), r.record());
         }},
        {QStringLiteral("coding.reconcile"),
         [](const Row &r) {
             const int codes = int(r.a("codes").toArray().size());
             const int values = int(r.a("values").toObject().size());
             QString text = Tr::tr("%1 reconciled the coding of %2: %3, %4")
                                .arg(r.who(), r.record(),
                                     counted(codes, Tr::tr("%1 code"), Tr::tr("%1 codes")),
                                     counted(values, Tr::tr("%1 value"), Tr::tr("%1 values")));
             if (r.a("preferred_reviewer").toInteger() > 0)
                 text +=
                     QLatin1Char(' ') +
                     Tr::tr("(differences taken from %1)").arg(r.person(r.a("preferred_reviewer")));
             return text;
         }},
        // --- Codebook
        {QStringLiteral("codebook.add-dimension"),
         [](const Row &r) {
             return Tr::tr("%1 added the dimension %2").arg(r.who(), named(r.as("label")));
         }},
        {QStringLiteral("codebook.add"),
         [](const Row &r) {
             const QString path = r.as("path");
             const QString parent = path.section(QLatin1Char('/'), 0, -2);
             if (parent.isEmpty())
                 return Tr::tr("%1 added the code %2").arg(r.who(), named(r.as("label")));
             return Tr::tr("%1 added the code %2 to %3")
                 .arg(r.who(), named(r.as("label")), codePathText(parent));
         }},
        {QStringLiteral("codebook.rename"),
         [](const Row &r) {
             return Tr::tr("%1 renamed the code %2 to %3")
                 .arg(r.who(), named(r.bs("label")), named(r.as("label")));
         }},
        {QStringLiteral("codebook.edit"),
         [](const Row &r) {
             return Tr::tr("%1 edited the code %2").arg(r.who(), codePathText(r.as("path")));
         }},
        {QStringLiteral("codebook.move"),
         [](const Row &r) {
             return Tr::tr("%1 moved the code %2 to %3")
                 .arg(r.who(), codePathText(r.bs("path")), codePathText(r.as("path")));
         }},
        {QStringLiteral("codebook.merge"),
         [](const Row &r) {
             return Tr::tr("%1 merged the code %2 into %3 (%4)")
                 .arg(r.who(), codePathText(r.bs("path")), codePathText(r.as("merged_into")),
                      counted(r.b("codings").toInt(), Tr::tr("%1 coding moved"),
                              Tr::tr("%1 codings moved")));
         }},
        {QStringLiteral("codebook.split"),
         [](const Row &r) {
             QStringList parts;
             const QJsonArray codes = r.a("codes").toArray();
             for (const QJsonValue &c : codes)
                 parts << named(c.toObject().value(QStringLiteral("label")).toString());
             return Tr::tr("%1 split the code %2 into %3")
                 .arg(r.who(), codePathText(r.bs("path")), Row::listText(parts));
         }},
        {QStringLiteral("codebook.retire"),
         [](const Row &r) {
             return Tr::tr("%1 retired the code %2").arg(r.who(), codePathText(r.bs("path")));
         }},
        {QStringLiteral("codebook.restore"),
         [](const Row &r) {
             return Tr::tr("%1 restored the code %2").arg(r.who(), codePathText(r.bs("path")));
         }},
        {QStringLiteral("codebook.add-field"),
         [](const Row &r) {
             return Tr::tr("%1 added the extraction field %2").arg(r.who(), named(r.as("label")));
         }},
        {QStringLiteral("codebook.edit-field"),
         [](const Row &r) {
             return Tr::tr("%1 edited the extraction field %2").arg(r.who(), named(r.as("label")));
         }},
        {QStringLiteral("codebook.retire-field"),
         [](const Row &r) {
             return Tr::tr("%1 retired the extraction field %2").arg(r.who(), r.field(r.bs("key")));
         }},
        {QStringLiteral("codebook.restore-field"),
         [](const Row &r) {
             return Tr::tr("%1 restored the extraction field %2")
                 .arg(r.who(), r.field(r.bs("key")));
         }},
        {QStringLiteral("codebook.import"),
         [](const Row &r) {
             return Tr::tr("%1 imported the codebook %2: %3, %4 and %5 added")
                 .arg(
                     r.who(), named(r.as("name")),
                     counted(r.a("dimensions_added").toInt(), Tr::tr("%1 dimension"),
                             Tr::tr("%1 dimensions")),
                     counted(r.a("codes_added").toInt(), Tr::tr("%1 code"), Tr::tr("%1 codes")),
                     counted(r.a("fields_added").toInt(), Tr::tr("%1 field"), Tr::tr("%1 fields")));
         }},
        {QStringLiteral("codebook.undo"),
         [](const Row &r) {
             return Tr::tr("%1 undid a codebook change: %2").arg(r.who(), clip(r.as("change")));
         }},
        {QStringLiteral("codebook.redo"),
         [](const Row &r) {
             return Tr::tr("%1 redid a codebook change: %2").arg(r.who(), clip(r.as("change")));
         }},
        // --- Duplicates
        {QStringLiteral("dedup.run"),
         [](const Row &r) {
             return Tr::tr("%1 looked for duplicates among %2: %3, %4 merged automatically")
                 .arg(r.who(),
                      counted(r.a("records").toInt(), Tr::tr("%1 record"), Tr::tr("%1 records")),
                      counted(r.a("pairs_found").toInt(), Tr::tr("%1 possible pair found"),
                              Tr::tr("%1 possible pairs found")),
                      counted(r.a("merged").toInt(), Tr::tr("%1 record"), Tr::tr("%1 records")));
         }},
        {QStringLiteral("dedup.merge"),
         [](const Row &r) {
             const QString kept = r.recordNumber(r.a("kept"));
             return r.a("automatic").toBool()
                        ? Tr::tr("%1 merged %2 into %3 automatically, as duplicates")
                              .arg(r.who(), r.records(r.a("records")), kept)
                        : Tr::tr("%1 merged %2 into %3 as duplicates")
                              .arg(r.who(), r.records(r.a("records")), kept);
         }},
        {QStringLiteral("dedup.not_duplicate"),
         [](const Row &r) {
             return Tr::tr("%1 marked %2 as not duplicates")
                 .arg(r.who(), r.records(r.a("records")));
         }},
        {QStringLiteral("dedup.undo_not_duplicate"),
         [](const Row &r) {
             return Tr::tr("%1 took back “not duplicates” on a pair with %2; it waits for review "
                           "again")
                 .arg(r.who(), r.record());
         }},
        {QStringLiteral("dedup.unlink"),
         [](const Row &r) {
             return Tr::tr("%1 unlinked a pair with %2; it waits for review again")
                 .arg(r.who(), r.record());
         }},
        {QStringLiteral("dedup.split"),
         [](const Row &r) {
             return Tr::tr("%1 undid the merge into %2: %3 are separate records again")
                 .arg(r.who(), r.recordNumber(r.b("kept")), r.records(r.b("records")));
         }},
        {QStringLiteral("dedup.thresholds"),
         [](const Row &r) { return Tr::tr("%1 changed the duplicate thresholds").arg(r.who()); }},
        // --- Records, imports, files
        {QStringLiteral("record.add"),
         [](const Row &r) {
             return Tr::tr("%1 added %2 by hand: %3")
                 .arg(r.who(), r.record(), quoted(r.as("title")));
         }},
        {QStringLiteral("record.edit"),
         [](const Row &r) {
             return Tr::tr("%1 edited %2: %3")
                 .arg(r.who(), r.record(), Row::listText(r.after.keys()));
         }},
        {QStringLiteral("record.tag"),
         [](const Row &r) {
             return Tr::tr("%1 tagged %2 %3").arg(r.who(), r.record(), named(r.as("tag")));
         }},
        {QStringLiteral("record.untag"),
         [](const Row &r) {
             return Tr::tr("%1 took the tag %2 off %3")
                 .arg(r.who(), named(r.bs("tag")), r.record());
         }},
        {QStringLiteral("tag.create"),
         [](const Row &r) {
             return Tr::tr("%1 made the tag %2").arg(r.who(), named(r.as("name")));
         }},
        {QStringLiteral("record.delete"),
         [](const Row &r) {
             return Tr::tr("%1 deleted %2 %3")
                 .arg(r.who(), r.recordNumber(r.b("id")), quoted(r.bs("title")));
         }},
        {QStringLiteral("import.batch"),
         [](const Row &r) {
             QString text = Tr::tr("%1 imported %2 from %3")
                                .arg(r.who(),
                                     counted(r.a("imported").toInt(), Tr::tr("%1 record"),
                                             Tr::tr("%1 records")),
                                     r.as("file"));
             if (!r.as("source").isEmpty())
                 text += QStringLiteral(" (%1)").arg(r.as("source"));
             if (r.a("skipped").toInt() > 0)
                 text += QStringLiteral("; ") + Tr::tr("%1 skipped").arg(r.a("skipped").toInt());
             return text;
         }},
        {QStringLiteral("attachment.add"),
         [](const Row &r) {
             return Tr::tr("%1 attached %2 (%3) to %4")
                 .arg(r.who(), r.as("file").section(QLatin1Char('/'), -1),
                      counted(r.a("pages").toInt(), Tr::tr("%1 page"), Tr::tr("%1 pages")),
                      r.record());
         }},
        {QStringLiteral("ranking.train"),
         [](const Row &r) {
             return Tr::tr("%1 retrained the relevance ranking on %2")
                 .arg(r.who(), counted(r.a("trained_on").toInt(), Tr::tr("%1 screened record"),
                                       Tr::tr("%1 screened records")));
         }},
        // --- Team
        {QStringLiteral("team.rename"),
         [](const Row &r) {
             return Tr::tr("%1 renamed %2 to %3").arg(r.who(), r.bs("name"), r.as("name"));
         }},
        {QStringLiteral("team.role"),
         [](const Row &r) {
             const QString role = r.as("role");
             if (role == QLatin1String("lead"))
                 return Tr::tr("%1 made %2 a lead").arg(r.who(), r.as("name"));
             if (role == QLatin1String("viewer"))
                 return Tr::tr("%1 made %2 a viewer").arg(r.who(), r.as("name"));
             if (role == QLatin1String("reviewer"))
                 return Tr::tr("%1 made %2 a reviewer").arg(r.who(), r.as("name"));
             return Tr::tr("%1 gave %2 the role %3").arg(r.who(), r.as("name"), role);
         }},
        {QStringLiteral("team.switch"),
         [](const Row &r) {
             if (r.bs("name").isEmpty())
                 return Tr::tr("%1 said they are at this computer").arg(r.as("name"));
             return Tr::tr("%1 took over this computer from %2").arg(r.as("name"), r.bs("name"));
         }},
        {QStringLiteral("project.properties"),
         [](const Row &r) { return Tr::tr("%1 changed the project's properties").arg(r.who()); }},
        {QStringLiteral("team.copy"),
         [](const Row &r) {
             return Tr::tr("%1 took a copy of the project for %2: %3")
                 .arg(r.who(), r.as("reviewer"), r.as("copy").section(QLatin1Char('/'), -1));
         }},
        {QStringLiteral("team.merge"),
         [](const Row &r) {
             QString text = r.as("copy_for").isEmpty()
                                ? Tr::tr("%1 merged a copy back: %2")
                                      .arg(r.who(), r.as("copy").section(QLatin1Char('/'), -1))
                                : Tr::tr("%1 merged %2’s copy back: %3")
                                      .arg(r.who(), r.as("copy_for"),
                                           r.as("copy").section(QLatin1Char('/'), -1));
             const int conflicts = int(r.a("conflicts").toArray().size());
             if (conflicts > 0)
                 text += QStringLiteral(" (%1)").arg(
                     counted(conflicts, Tr::tr("%1 conflict"), Tr::tr("%1 conflicts")));
             return text;
         }},
    };
    return table;
}

} // namespace

AuditNames AuditNames::read(Project &project)
{
    AuditNames names;
    const QList<Reviewer> people = Reviewers(project).all();
    for (const Reviewer &r : people)
        names.reviewers.insert(r.id, r.name);
    const Codebook codebook(project);
    const QList<Code> dimensions = codebook.dimensions(true);
    for (const Code &c : dimensions)
        names.codes.insert(codebook.keyPath(c.id), c.label);
    const QList<Code> codes = codebook.codesInOrder(true);
    for (const Code &c : codes)
        names.codes.insert(codebook.keyPath(c.id), c.label);
    const QList<ExtractionField> fields = codebook.fields(true);
    for (const ExtractionField &f : fields)
        names.fields.insert(f.key, f.label);
    return names;
}

QString AuditWording::sentence(const AuditEntry &entry, const AuditNames &names)
{
    const Row row{entry, names, parse(entry.before), parse(entry.after)};
    const auto it = wordings().constFind(entry.action);
    if (it != wordings().cend())
        return (*it)(row);
    if (entry.recordId > 0)
        return tr("%1: %2 on %3").arg(row.who(), entry.action, row.record());
    return tr("%1: %2").arg(row.who(), entry.action);
}

QStringList AuditWording::changes(const AuditEntry &entry, const AuditNames &names)
{
    QMap<QString, QJsonValue> before, after;
    flatten(parse(entry.before), QString(), &before);
    flatten(parse(entry.after), QString(), &after);
    QStringList keys = before.keys();
    for (const QString &k : after.keys()) {
        if (!before.contains(k))
            keys << k;
    }
    QStringList lines;
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue b = before.value(key, QJsonValue(QJsonValue::Undefined));
        const QJsonValue a = after.value(key, QJsonValue(QJsonValue::Undefined));
        if (b == a)
            continue;
        auto text = [&](const QJsonValue &v) {
            if (key == QLatin1String("settledBy") && v.isDouble())
                return names.reviewers.value(v.toInteger(), valueText(v));
            return valueText(v);
        };
        const QString bt = text(b), at = text(a);
        if (bt == at)
            continue;
        lines << QStringLiteral("%1: %2 → %3").arg(key, bt, at);
    }
    return lines;
}

QString AuditWording::localTime(const QString &utcIso)
{
    QDateTime t = QDateTime::fromString(utcIso, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(utcIso, Qt::ISODate);
    if (!t.isValid())
        return utcIso;
    if (t.timeSpec() == Qt::LocalTime) // no zone written: the project stores UTC
        t.setTimeSpec(Qt::UTC);
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QStringList AuditWording::knownActions()
{
    return wordings().keys();
}

} // namespace evimap
