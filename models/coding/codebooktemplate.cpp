#include "coding/codebooktemplate.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace evimap {

namespace {

constexpr int maxLabelLength = 300;
constexpr int maxDefinitionLength = 20000;

Error refused(const QString &message)
{
    return Error{Error::Kind::InputRefused, message};
}

class Reader
{
public:
    explicit Reader(QString where)
        : m_where(std::move(where))
    {}

    QString error;

    bool text(const QJsonObject &object, const char *name, const QString &at, int maxLength,
              QString *out)
    {
        const QJsonValue value = object.value(QLatin1String(name));
        if (value.isUndefined() || value.isNull()) {
            out->clear();
            return true;
        }
        if (!value.isString())
            return fail(at, CodebookTemplate::tr("\"%1\" must be text").arg(QLatin1String(name)));
        *out = value.toString().trimmed();
        if (out->size() > maxLength)
            return fail(at, CodebookTemplate::tr("\"%1\" is longer than %2 characters")
                                .arg(QLatin1String(name))
                                .arg(maxLength));
        return true;
    }

    bool node(const QJsonValue &value, const QString &at, int depth, bool dimension,
              CodebookTemplate::Node *out)
    {
        if (depth > CodebookTemplate::maxDepth)
            return fail(at, CodebookTemplate::tr("codes are nested deeper than %1 levels")
                                .arg(CodebookTemplate::maxDepth));
        if (++m_nodes > CodebookTemplate::maxNodes)
            return fail(at,
                        CodebookTemplate::tr("more than %1 codes").arg(CodebookTemplate::maxNodes));
        if (!value.isObject())
            return fail(at, CodebookTemplate::tr("expected an object"));
        const QJsonObject object = value.toObject();
        if (!text(object, "key", at, maxLabelLength, &out->key) ||
            !text(object, "label", at, maxLabelLength, &out->label) ||
            !text(object, "definition", at, maxDefinitionLength, &out->definition) ||
            !text(object, "colour", at, 32, &out->colour))
            return false;
        if (out->label.isEmpty())
            return fail(at, CodebookTemplate::tr("the label is missing"));
        if (out->key.isEmpty())
            out->key = Codebook::keyFromLabel(out->label);
        static const QRegularExpression colourPattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
        if (!out->colour.isEmpty() && !colourPattern.match(out->colour).hasMatch())
            return fail(at, CodebookTemplate::tr("the colour \"%1\" is not of the form #rrggbb")
                                .arg(out->colour));
        if (dimension) {
            QString choice;
            if (!text(object, "choice", at, 16, &choice))
                return false;
            if (choice.isEmpty())
                choice = QStringLiteral("multiple");
            if (choice != QLatin1String("single") && choice != QLatin1String("multiple"))
                return fail(at, CodebookTemplate::tr("\"choice\" must be \"single\" or "
                                                     "\"multiple\", not \"%1\"")
                                    .arg(choice));
            out->choice = choice;
        }
        const QJsonValue codes = object.value(QLatin1String("codes"));
        if (codes.isUndefined() || codes.isNull())
            return true;
        if (!codes.isArray())
            return fail(at, CodebookTemplate::tr("\"codes\" must be a list"));
        const QJsonArray list = codes.toArray();
        QSet<QString> keys;
        for (qsizetype i = 0; i < list.size(); ++i) {
            CodebookTemplate::Node child;
            const QString childAt = QStringLiteral("%1.codes[%2]").arg(at).arg(i);
            if (!node(list.at(i), childAt, depth + 1, false, &child))
                return false;
            if (keys.contains(child.key))
                return fail(
                    childAt,
                    CodebookTemplate::tr("the key \"%1\" is used twice here").arg(child.key));
            keys.insert(child.key);
            out->codes.append(child);
        }
        return true;
    }

    bool field(const QJsonValue &value, const QString &at, ExtractionField *out)
    {
        if (!value.isObject())
            return fail(at, CodebookTemplate::tr("expected an object"));
        const QJsonObject object = value.toObject();
        if (!text(object, "key", at, maxLabelLength, &out->key) ||
            !text(object, "label", at, maxLabelLength, &out->label) ||
            !text(object, "kind", at, 16, &out->kind) ||
            !text(object, "definition", at, maxDefinitionLength, &out->definition))
            return false;
        if (out->label.isEmpty())
            return fail(at, CodebookTemplate::tr("the label is missing"));
        if (out->key.isEmpty())
            out->key = Codebook::keyFromLabel(out->label);
        if (out->kind.isEmpty())
            out->kind = QStringLiteral("text");
        if (!ExtractionField::kinds().contains(out->kind))
            return fail(at,
                        CodebookTemplate::tr("\"kind\" must be one of %1, not \"%2\"")
                            .arg(ExtractionField::kinds().join(QLatin1String(", ")), out->kind));
        const QJsonValue choices = object.value(QLatin1String("choices"));
        if (!choices.isUndefined() && !choices.isNull()) {
            if (!choices.isArray())
                return fail(at, CodebookTemplate::tr("\"choices\" must be a list of text"));
            const QJsonArray list = choices.toArray();
            for (const QJsonValue &choice : list) {
                if (!choice.isString() || choice.toString().trimmed().isEmpty() ||
                    choice.toString().size() > maxLabelLength)
                    return fail(at, CodebookTemplate::tr("\"choices\" must be a list of text"));
                out->choices.append(choice.toString().trimmed());
            }
        }
        if (out->kind == QLatin1String("choice") && out->choices.isEmpty())
            return fail(at, CodebookTemplate::tr("a choice field needs \"choices\""));
        return true;
    }

private:
    bool fail(const QString &at, const QString &message)
    {
        error = m_where.isEmpty() ? QStringLiteral("%1: %2").arg(at, message)
                                  : QStringLiteral("%1: %2: %3").arg(m_where, at, message);
        return false;
    }

    QString m_where;
    int m_nodes = 0;
};

QJsonObject nodeToJson(const CodebookTemplate::Node &node, bool dimension)
{
    QJsonObject object{{QStringLiteral("key"), node.key}, {QStringLiteral("label"), node.label}};
    if (dimension)
        object.insert(QStringLiteral("choice"), node.choice);
    else
        object.insert(QStringLiteral("colour"), node.colour);
    object.insert(QStringLiteral("definition"), node.definition);
    QJsonArray codes;
    for (const CodebookTemplate::Node &child : node.codes)
        codes.append(nodeToJson(child, false));
    object.insert(QStringLiteral("codes"), codes);
    return object;
}

int countCodes(const QList<CodebookTemplate::Node> &nodes)
{
    int n = 0;
    for (const CodebookTemplate::Node &node : nodes)
        n += 1 + countCodes(node.codes);
    return n;
}

} // namespace

Result<CodebookTemplate> CodebookTemplate::fromJson(const QByteArray &json, const QString &fileName)
{
    const QString where = fileName;
    auto prefix = [&](const QString &message) {
        return where.isEmpty() ? message : where + QLatin1String(": ") + message;
    };
    if (json.size() > maxFileBytes)
        return refused(
            prefix(tr("a codebook file is at most %1 MB").arg(maxFileBytes / 1024 / 1024)));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refused(prefix(tr("not valid JSON at byte %1: %2")
                                  .arg(parseError.offset)
                                  .arg(parseError.errorString())));
    if (!document.isObject())
        return refused(prefix(tr("not an EviMap codebook (expected a JSON object)")));
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("evimap-codebook"))
        return refused(
            prefix(tr("not an EviMap codebook (\"format\" is not \"evimap-codebook\")")));
    const int version = root.value(QLatin1String("version")).toInt(0);
    if (version != 1)
        return refused(
            prefix(tr("codebook format version %1 is not supported (this EviMap reads "
                      "version 1)")
                       .arg(root.value(QLatin1String("version")).toVariant().toString())));

    Reader reader(where);
    CodebookTemplate result;
    if (!reader.text(root, "name", QStringLiteral("name"), maxLabelLength, &result.name) ||
        !reader.text(root, "description", QStringLiteral("description"), maxDefinitionLength,
                     &result.description))
        return refused(reader.error);

    const QJsonValue dimensions = root.value(QLatin1String("dimensions"));
    if (!dimensions.isUndefined() && !dimensions.isArray())
        return refused(prefix(tr("\"dimensions\" must be a list")));
    const QJsonArray dimensionList = dimensions.toArray();
    QSet<QString> keys;
    for (qsizetype i = 0; i < dimensionList.size(); ++i) {
        Node dimension;
        const QString at = QStringLiteral("dimensions[%1]").arg(i);
        if (!reader.node(dimensionList.at(i), at, 1, true, &dimension))
            return refused(reader.error);
        if (keys.contains(dimension.key))
            return refused(prefix(tr("%1: the key \"%2\" is used twice").arg(at, dimension.key)));
        keys.insert(dimension.key);
        result.dimensions.append(dimension);
    }

    const QJsonValue fields = root.value(QLatin1String("extraction_fields"));
    if (!fields.isUndefined() && !fields.isArray())
        return refused(prefix(tr("\"extraction_fields\" must be a list")));
    const QJsonArray fieldList = fields.toArray();
    keys.clear();
    for (qsizetype i = 0; i < fieldList.size(); ++i) {
        ExtractionField field;
        const QString at = QStringLiteral("extraction_fields[%1]").arg(i);
        if (!reader.field(fieldList.at(i), at, &field))
            return refused(reader.error);
        if (keys.contains(field.key))
            return refused(prefix(tr("%1: the key \"%2\" is used twice").arg(at, field.key)));
        keys.insert(field.key);
        field.position = int(i);
        result.fields.append(field);
    }
    return result;
}

Result<CodebookTemplate> CodebookTemplate::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refused(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    if (file.size() > maxFileBytes)
        return refused(
            tr("%1: a codebook file is at most %2 MB").arg(path).arg(maxFileBytes / 1024 / 1024));
    return fromJson(file.read(maxFileBytes + 1), path);
}

Result<CodebookTemplate> CodebookTemplate::builtIn()
{
    return fromFile(builtInResource());
}

QByteArray CodebookTemplate::toJson() const
{
    QJsonArray dimensionList;
    for (const Node &dimension : dimensions)
        dimensionList.append(nodeToJson(dimension, true));
    QJsonArray fieldList;
    for (const ExtractionField &field : fields) {
        QJsonObject object{{QStringLiteral("key"), field.key},
                           {QStringLiteral("label"), field.label},
                           {QStringLiteral("kind"), field.kind}};
        if (field.kind == QLatin1String("choice"))
            object.insert(QStringLiteral("choices"), QJsonArray::fromStringList(field.choices));
        object.insert(QStringLiteral("definition"), field.definition);
        fieldList.append(object);
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("evimap-codebook")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("description"), description},
                           {QStringLiteral("dimensions"), dimensionList},
                           {QStringLiteral("extraction_fields"), fieldList}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

int CodebookTemplate::codeCount() const
{
    int n = 0;
    for (const Node &dimension : dimensions)
        n += countCodes(dimension.codes);
    return n;
}

} // namespace evimap
