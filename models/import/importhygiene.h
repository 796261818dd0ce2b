#pragma once

#include "records/record.h"

#include <QString>

namespace evimap::ImportHygiene {

// Rules every importer's records pass through before they are stored (ImportJob applies them
// to each record as it is read, whatever the format).

// Is this abstract a stand-in for "there is none"? "NA", "N/A", "n.a.", "[No abstract
// available]", "No abstract.", "(Abstract not available)", "None": case, surrounding brackets,
// spaces and a trailing period do not matter. An abstract that says more is not a placeholder.
bool isPlaceholderAbstract(const QString &abstract);

// What tidy() found in one record.
struct Tidied
{
    bool abstractCleared = false; // the abstract was a placeholder and is now empty
    bool untitled = false;        // the record has no title (it is imported, and counted)
};

// Empties a placeholder abstract and says whether the record has a title.
Tidied tidy(Record &record);

} // namespace evimap::ImportHygiene
