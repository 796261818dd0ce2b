#pragma once

#include "core/result.h"
#include "maps/evidencemapquery.h"

#include <QCoreApplication>
#include <QString>

namespace evimap {

class Project;

// The PDF report of a project: a summary of the project, the PRISMA diagram, the evidence map,
// the charts, the table of included items with their codes, and the codebook as an appendix.
// Drawn with QPdfWriter, QPainter and QTextDocument, so it needs a QGuiApplication.
class ReportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    struct Options
    {
        // The map in the report; empty dimensions take the codebook's defaults.
        EvidenceMapQuery map;
    };

    static Status write(const Project &project, const QString &path, const Options &options);
    static Status write(const Project &project, const QString &path);
};

} // namespace evimap
