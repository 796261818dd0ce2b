#pragma once

#include "core/result.h"
#include "records/record.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace evimap {

class Project;

// An initiative, report or web page that someone described (by email, at a stakeholder event)
// rather than a file: stored as a record in an import batch of its own with format "manual",
// so PRISMA counts it under "other methods" by its identification route (organisation or
// expert contact by default; website and other also fit).
//
// Fields map onto the record: organisation -> publisher, description -> abstract, date -> date
// and year; contact, setting and source type are kept as raw fields ("Contact", "Setting",
// "Source type").
class ManualEntry final
{
    Q_DECLARE_TR_FUNCTIONS(ManualEntry)

public:
    QString type = RecordType::Initiative; // see types()
    QString title;
    QString organisation;
    QString country;
    QString setting;
    QString description;
    QString contact;
    QString url;
    QString date;                                   // YYYY, YYYY-MM or YYYY-MM-DD
    QString sourceType;                             // e.g. "initiative reported by its organisers"
    QString route = QStringLiteral("organisation"); // see routes()
    QString source; // who or where it came from; default: the organisation
    qint64 reviewerId = 0;

    static QStringList types();
    static QStringList routes();

    // Usage errors for a missing title, an unknown type or route, a date that is not a date.
    Status validate() const;
    Record toRecord() const;

    struct Added
    {
        qint64 recordId = 0;
        qint64 batchId = 0;
        QString recordUuid;
    };
    // Validates, then stores the batch, the record and an audit_log entry in one transaction.
    Result<Added> addTo(Project &project) const;
};

} // namespace evimap
