#pragma once

#include "cli/command.h"

class QDir;

namespace evimap::cli {

// Writes the demo project's PRISMA diagram (SVG and PNG) and, when the project has codes, its
// evidence map (SVG and interactive HTML) into `dir`, printing where. Returns an exit code.
int writeDemoFigures(CommandContext &context, const Project &project, const QDir &dir);

} // namespace evimap::cli
