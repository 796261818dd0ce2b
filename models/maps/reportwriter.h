#pragma once

#include "core/result.h"
#include "maps/evidencemapquery.h"
#include "team/blinding.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

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
        // Who the report is for: its map and charts count what they may see (Blinding).
        qint64 viewerId = Blinding::Unrestricted;
        // Checked between sections and pages: once it is true the writing stops, no file is
        // written (or replaced) and the result is an Error of kind Cancelled.
        const std::atomic_bool *cancelled = nullptr;
        // Told how far the writing is, 0 to 100, as sections are done.
        std::function<void(int percent)> progress;
    };

    static Status write(const Project &project, const QString &path, const Options &options);
    static Status write(const Project &project, const QString &path);
};

} // namespace evimap
