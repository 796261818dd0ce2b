#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace evimap {

class Project;

// One line of a PRISMA box: "PsycINFO (n = 25)", "Wrong population (n = 3)".
struct PrismaLine
{
    QString label;
    qint64 count = 0;
    QString route; // identification lines: the batch route ("database", "register", "website",
                   // ...; "manual" for records typed in); empty for exclusion reasons
};

// The flow of one column of the PRISMA 2020 diagram: identification, removal, screening,
// retrieval, eligibility, inclusion. Each number comes from the project file.
struct PrismaFlow
{
    QList<PrismaLine> identified; // per database/register source, or per route
    qint64 identifiedTotal = 0;   // record_source rows (+ records without a source)
    qint64 duplicatesRemoved = 0; // identified − records left after removing duplicates
    qint64 automationRemoved = 0; // marked ineligible by automation tools
    qint64 otherRemoved = 0;      // removed for other reasons
    qint64 uniqueRecords = 0;     // records that are not duplicates (counted independently)
    qint64 screened = 0;          // uniqueRecords − automation − other
    qint64 screeningExcluded = 0; // settled "exclude" at title/abstract
    qint64 awaitingScreening = 0; // screened but not settled (0 when screening is complete)
    qint64 sought = 0;            // reports sought for retrieval
    qint64 notRetrieved = 0;
    qint64 assessed = 0; // sought − not retrieved
    QList<PrismaLine> excludedReasons;
    qint64 excluded = 0; // excluded at full text (the sum of the reasons)
    qint64 awaitingAssessment = 0;
    qint64 included = 0;
};

// The numbers of the PRISMA 2020 flow diagram, computed from the data:
// - A record's column is the route of the first batch it came from: database and register
//   batches feed "databases and registers", websites, organisations, citation searching, expert
//   contacts and other routes feed "other methods"; records typed in by hand count under other
//   methods.
// - Identified: the records each batch brought (record_source rows), per database source, or
//   per route for other methods.
// - Duplicates removed: identified minus the records that are not duplicates (duplicate_of
//   unset), which is the records marked as duplicates plus any re-identifications linked to an
//   existing record.
// - Marked ineligible by automation: the setting `prisma.automationExcluded` when set; otherwise,
//   when prioritised screening was stopped early (`screening.stoppedEarly` = 1), the records of
//   the databases column without a title/abstract result. Removed for other reasons: the setting
//   `prisma.otherRemoved` (0 when unset).
// - Screened: the rest. Excluded: settled "exclude" at title/abstract.
// - Sought for retrieval: settled "include" at title/abstract, plus records that went straight to
//   full-text assessment. Not retrieved: full-text result "not_retrieved". Assessed: the rest.
//   Excluded with a count per reason. Included: full-text "include".
// - Studies and reports included: the project does not link reports of the same study, so each
//   included report counts as one study (said in `notes`).
class PrismaCounts final
{
    Q_DECLARE_TR_FUNCTIONS(PrismaCounts)

public:
    QString projectName;
    // The protocol's registration (ProjectProperties), shown beside the name in the title.
    QString registration;
    PrismaFlow databases; // databases and registers
    PrismaFlow other;     // other methods
    qint64 studiesIncluded = 0;
    qint64 reportsIncluded = 0;
    QStringList notes; // what the reader should know (stopped early, studies = reports...)

    bool hasOtherMethods() const { return other.identifiedTotal > 0; }

    static Result<PrismaCounts> read(const Project &project);

    // The boxes that do not add up, in words; empty when every sum holds. Records still waiting
    // for a decision are reported here too, since the diagram is not final until they are
    // settled.
    QStringList check() const;
    QJsonObject toJson() const;
};

} // namespace evimap
