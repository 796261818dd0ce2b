#pragma once

#include <QString>

namespace evimap {

// A publication date as bibliographic files write it: "2009", "2013 06 10", "2016 Apr 19",
// "2001/09/01", "20100520", "1998 Dec-1999 Jan" (PubMed MedlineDate), "Jun 15, 2015",
// "06/15/2015" (EndNote), "2004 JUN 8" (Web of Science PY + PD), "Article 10 2019" (ERIC).
struct PubDate
{
    int year = 0; // 0 when no year was found
    QString date; // "YYYY", "YYYY-MM" or "YYYY-MM-DD"; empty when no year was found

    bool isValid() const { return year > 0; }

    static PubDate parse(const QString &text);
    // 1-12 for "Jan", "january", "JAN."; 0 otherwise.
    static int monthFromName(QStringView name);
};

} // namespace evimap
