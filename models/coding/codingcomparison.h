#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace evimap {

class Codebook;
class Project;

// Agreement of two reviewers on one code (present or absent) over the items both coded:
//                 B present   B absent
//   A present     both        onlyA
//   A absent      onlyB       neither
// Percent agreement p_o = (both + neither) / n. Cohen's kappa = (p_o - p_e) / (1 - p_e) with
// p_e = ((both+onlyA)(both+onlyB) + (onlyB+neither)(onlyA+neither)) / n². Kappa is undefined
// (nullopt) when p_e = 1, i.e. both reviewers gave every item the same single answer.
struct PresenceAgreement
{
    int both = 0;
    int onlyA = 0;
    int onlyB = 0;
    int neither = 0;

    int items() const { return both + onlyA + onlyB + neither; }
    int agreements() const { return both + neither; }
    // 0..100; nullopt with no items.
    std::optional<double> percent() const;
    std::optional<double> kappa() const;
    void add(bool inA, bool inB);
    PresenceAgreement &operator+=(const PresenceAgreement &other);
};

// One place where two reviewers differ on a record: a code one applied and the other did not,
// or an extraction field with different values.
struct CodingDifference
{
    qint64 recordId = 0;
    QString recordTitle;
    qint64 codeId = 0;  // set for a code
    qint64 fieldId = 0; // set for a field
    QString path;       // label path of the code, or the field's label
    bool inA = false;   // codes: A applied it
    bool inB = false;
    QString valueA; // fields: the values; codes: the quotes
    QString valueB;
};

struct CodeAgreement
{
    qint64 codeId = 0;
    QString path;
    PresenceAgreement agreement;
};

// The dual-coding comparison of two reviewers: where they differ, code by code, and how well
// they agree, per code and overall (all code decisions pooled).
struct CodingComparison
{
    Q_DECLARE_TR_FUNCTIONS(CodingComparison)

public:
    qint64 reviewerA = 0;
    qint64 reviewerB = 0;
    QString nameA;
    QString nameB;
    QList<qint64> items; // records both reviewers coded
    QList<qint64> onlyA; // records only A coded
    QList<qint64> onlyB;
    QList<CodingDifference> differences; // by record, then codebook order
    QList<CodeAgreement> perCode;        // every code in use, codebook order
    PresenceAgreement overall;

    // Compares over every record both coded (or over `records` when given).
    static Result<CodingComparison> compare(Project &project, const Codebook &codebook,
                                            qint64 reviewerA, qint64 reviewerB,
                                            const QList<qint64> &records = {});

    QJsonObject toJson() const;
    QString toText() const;
};

} // namespace evimap
