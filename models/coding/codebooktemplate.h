#pragma once

#include "coding/codebook.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace evimap {

// A codebook outside a project: the JSON template format of
// resources/codebook/loneliness-review.json
//
//   {"format": "evimap-codebook", "version": 1, "name": "...", "description": "...",
//    "dimensions": [{"key", "label", "choice", "definition", "codes": [{"key", "label",
//                    "colour", "definition", "codes": [...]}]}],
//    "extraction_fields": [{"key", "label", "kind", "choices", "definition"}]}
//
// Reading bounds what it accepts (file size, nesting depth, number of codes, text lengths) and
// refuses a bad file as a whole, naming the place in the file.
struct CodebookTemplate
{
    Q_DECLARE_TR_FUNCTIONS(CodebookTemplate)

public:
    struct Node
    {
        QString key;
        QString label;
        QString definition;
        QString colour;
        QString choice = QStringLiteral("multiple"); // dimensions only
        QList<Node> codes;
    };

    QString name;
    QString description;
    QList<Node> dimensions;
    QList<ExtractionField> fields;

    static constexpr qint64 maxFileBytes = 4 * 1024 * 1024;
    static constexpr int maxDepth = 12;
    static constexpr int maxNodes = 5000;

    static Result<CodebookTemplate> fromJson(const QByteArray &json, const QString &fileName = {});
    static Result<CodebookTemplate> fromFile(const QString &path);
    // The loneliness review codebook compiled into the program.
    static Result<CodebookTemplate> builtIn();
    static QString builtInResource() { return QStringLiteral(":/codebook/loneliness-review.json"); }

    QByteArray toJson() const;
    // Number of codes below the dimensions, at every depth.
    int codeCount() const;
};

} // namespace evimap
