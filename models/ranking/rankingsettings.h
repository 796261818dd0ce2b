#pragma once

#include "core/result.h"
#include "ranking/classifier.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace evimap {

// How records are ranked: features, model and the share of uncertain records mixed in. The
// defaults are the settings measured best (docs/performance.md, "Prioritised screening").
// Stored as JSON in the audit log with every training, so a ranking can be explained later.
struct RankingSettings
{
    enum class Model
    {
        LogisticRegression,
        NaiveBayes,
        ComplementNaiveBayes
    };

    Model model = Model::LogisticRegression;
    bool bigrams = true;
    bool stopWords = true;
    bool sublinearTf = true;
    int minDf = 2;
    double c = 1.0;                   // logistic regression: inverse regularisation strength
    double alpha = 1.0;               // naive Bayes: additive smoothing
    Balance balance = Balance::Equal; // how relevant and irrelevant records are weighed
    // Share of screening positions given to the record the model is least sure about, so the
    // model also learns where it is unsure (0 = pure relevance order).
    double uncertaintyShare = 0.05;

    QJsonObject toJson() const;
    static Result<RankingSettings> fromJson(const QJsonObject &json);

    static QString modelId(Model model);
    static Result<Model> modelFromId(const QString &id);
    static QStringList modelIds();
    static Result<Balance> balanceFromId(const QString &id);
};

} // namespace evimap
