#pragma once

#include <QString>

namespace evimap::cli {

// Options shared by the commands that write figures (cmd_map.cpp).

// "2015-2024", "2015-", "-2024" or "2019" into inclusive bounds (0: none).
bool parseYears(const QString &text, int *from, int *to);
// --resolution in dots per inch (24..1200) into a scale over 96 dpi.
bool parseResolution(const QString &text, double *scale);

} // namespace evimap::cli
