#pragma once

#include "core/result.h"
#include "maps/evidencemapquery.h"
#include "team/blinding.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace evimap {

class Project;

// The PDF report of a project: a summary of the project, the PRISMA diagram, the evidence map,
// the charts, the table of included items with their codes, and the codebook as an appendix.
// Drawn with QPdfWriter, QPainter and QTextDocument, so it needs a QGuiApplication.
class ReportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    // The parts of the report, in the order they are written. The title (and authors) always
    // head the first page.
    enum Section
    {
        Summary = 0x01,  // the project in numbers
        Prisma = 0x02,   // the PRISMA 2020 flow diagram
        Map = 0x04,      // the evidence map
        Charts = 0x08,   // the charts
        Items = 0x10,    // the table of included items and their codes
        Codebook = 0x20, // the codebook as an appendix
    };
    Q_DECLARE_FLAGS(Sections, Section)
    static constexpr int AllSections = Summary | Prisma | Map | Charts | Items | Codebook;

    // The sections' names on the command line ("summary", "prisma", "map", "charts", "items",
    // "codebook"), in the report's order.
    static QStringList sectionNames();
    static Section sectionOf(const QString &name); // 0 when unknown
    // "prisma,map" into sections; nullopt when a name is unknown or none is given.
    static std::optional<Sections> parseSections(const QString &list);
    // What a section is called in the report and the window ("PRISMA 2020 flow diagram").
    static QString sectionTitle(Section section);

    struct Options
    {
        // The report's title (empty: the project's name) and its authors (empty: the
        // project properties' authors), in the front matter under it.
        QString title;
        QStringList authors;
        Sections sections = Sections(AllSections);
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

Q_DECLARE_OPERATORS_FOR_FLAGS(ReportWriter::Sections)

} // namespace evimap
