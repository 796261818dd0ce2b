<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BibtexReader</name>
    <message numerus="yes">
        <source>%n line(s) were not UTF-8 and were read as Windows-1252</source>
        <translation><numerusform>%n line was not UTF-8 and was read as Windows-1252</numerusform><numerusform>%n lines were not UTF-8 and were read as Windows-1252</numerusform></translation>
    </message>
</context>
<context>
    <name>Codebook</name>
    <message numerus="yes">
        <source>"%1" cannot become single-choice: %n record(s) already have more than one of its codes from one reviewer</source>
        <translation><numerusform>"%1" cannot become single-choice: %n record already has more than one of its codes from one reviewer</numerusform><numerusform>"%1" cannot become single-choice: %n records already have more than one of its codes from one reviewer</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>moving "%1" into the single-choice dimension "%2" would give %n record(s) two of its codes from one reviewer</source>
        <translation><numerusform>moving "%1" into the single-choice dimension "%2" would give %n record two of its codes from one reviewer</numerusform><numerusform>moving "%1" into the single-choice dimension "%2" would give %n records two of its codes from one reviewer</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>merging "%1" into "%2" would give %n record(s) two codes of the single-choice dimension "%3" from one reviewer</source>
        <translation><numerusform>merging "%1" into "%2" would give %n record two codes of the single-choice dimension "%3" from one reviewer</numerusform><numerusform>merging "%1" into "%2" would give %n records two codes of the single-choice dimension "%3" from one reviewer</numerusform></translation>
    </message>
</context>
<context>
    <name>CodebookHtml</name>
    <message numerus="yes">
        <source>%n dimension(s), %1 codes, %2 extraction fields.</source>
        <translation><numerusform>%n dimension, %1 codes, %2 extraction fields.</numerusform><numerusform>%n dimensions, %1 codes, %2 extraction fields.</numerusform></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>Attached %1 to record %2 ("%3"), matched by %4; %n page(s)</source>
        <translation><numerusform>Attached %1 to record %2 ("%3"), matched by %4; %n page</numerusform><numerusform>Attached %1 to record %2 ("%3"), matched by %4; %n pages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) with differences left for the lead (ids: %1)</source>
        <translation><numerusform>%n record with differences left for the lead (ids: %1)</numerusform><numerusform>%n records with differences left for the lead (ids: %1)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) coded by one reviewer only, waiting for a second</source>
        <translation><numerusform>%n record coded by one reviewer only, waiting for a second</numerusform><numerusform>%n records coded by one reviewer only, waiting for a second</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n item(s))</source>
        <translation><numerusform>Wrote %1 (%n item)</numerusform><numerusform>Wrote %1 (%n items)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) hidden until settled (blind screening and coding)</source>
        <translation><numerusform>%n change hidden until settled (blind screening and coding)</numerusform><numerusform>%n changes hidden until settled (blind screening and coding)</numerusform></translation>
    </message>
</context>
<context>
    <name>CslJsonReader</name>
    <message numerus="yes">
        <source>%n note or attachment item(s) were left out (they are not references)</source>
        <translation><numerusform>%n note or attachment item was left out (they are not references)</numerusform><numerusform>%n note or attachment items were left out (they are not references)</numerusform></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message numerus="yes">
        <source>%n field(s) were not UTF-8 and were read as Windows-1252</source>
        <translation><numerusform>%n field was not UTF-8 and was read as Windows-1252</numerusform><numerusform>%n fields were not UTF-8 and were read as Windows-1252</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message numerus="yes">
        <source>%n record(s) without a title (record %1) imported all the same: give each a title with Edit Record, or delete it</source>
        <translation><numerusform>%n record without a title (record %1) imported all the same: give each a title with Edit Record, or delete it</numerusform><numerusform>%n records without a title (record %1) imported all the same: give each a title with Edit Record, or delete it</numerusform></translation>
    </message>
</context>
<context>
    <name>IssueLog</name>
    <message numerus="yes">
        <source>%n more problem(s) were found and not listed, %1 of them errors (only the first %2 are listed)</source>
        <translation><numerusform>%n more problem was found and not listed, %1 of them errors (only the first %2 are listed)</numerusform><numerusform>%n more problems were found and not listed, %1 of them errors (only the first %2 are listed)</numerusform></translation>
    </message>
</context>
<context>
    <name>MedlineReader</name>
    <message numerus="yes">
        <source>%n line(s) were not UTF-8 and were read as Windows-1252</source>
        <translation><numerusform>%n line was not UTF-8 and was read as Windows-1252</numerusform><numerusform>%n lines were not UTF-8 and were read as Windows-1252</numerusform></translation>
    </message>
</context>
<context>
    <name>PdfReader</name>
    <message numerus="yes">
        <source>the PDF reader reported %n problem(s) with this file; damaged or unsupported parts were skipped (the first: %1)</source>
        <translation><numerusform>the PDF reader reported %n problem with this file; damaged or unsupported parts were skipped (the first: %1)</numerusform><numerusform>the PDF reader reported %n problems with this file; damaged or unsupported parts were skipped (the first: %1)</numerusform></translation>
    </message>
</context>
<context>
    <name>PdfText</name>
    <message numerus="yes">
        <source>it took longer than %n second(s)</source>
        <translation><numerusform>it took longer than %n second</numerusform><numerusform>it took longer than %n seconds</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>only the first %n page(s) were read</source>
        <translation><numerusform>only the first %n page was read</numerusform><numerusform>only the first %n pages were read</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>the text was cut after page %1: reading took longer than %n second(s)</source>
        <translation><numerusform>the text was cut after page %1: reading took longer than %n second</numerusform><numerusform>the text was cut after page %1: reading took longer than %n seconds</numerusform></translation>
    </message>
</context>
<context>
    <name>ProjectMerge</name>
    <message numerus="yes">
        <source>%1: %n row(s) differ between the files; the main file's were kept</source>
        <translation><numerusform>%1: %n row differs between the files; the main file's was kept</numerusform><numerusform>%1: %n rows differ between the files; the main file's were kept</numerusform></translation>
    </message>
</context>
<context>
    <name>RisReader</name>
    <message numerus="yes">
        <source>%n line(s) were not UTF-8 and were read as Windows-1252</source>
        <translation><numerusform>%n line was not UTF-8 and was read as Windows-1252</numerusform><numerusform>%n lines were not UTF-8 and were read as Windows-1252</numerusform></translation>
    </message>
</context>
<context>
    <name>WosReader</name>
    <message numerus="yes">
        <source>%n line(s) were not UTF-8 and were read as Windows-1252</source>
        <translation><numerusform>%n line was not UTF-8 and was read as Windows-1252</numerusform><numerusform>%n lines were not UTF-8 and were read as Windows-1252</numerusform></translation>
    </message>
</context>
<context>
    <name>evimap::ui::ComparisonView</name>
    <message numerus="yes">
        <source>%n item(s) coded by both (%1 only by %2, %3 only by %4);</source>
        <translation><numerusform>%n item coded by both (%1 only by %2, %3 only by %4);</numerusform><numerusform>%n items coded by both (%1 only by %2, %3 only by %4);</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s).</source>
        <translation><numerusform>%n difference.</numerusform><numerusform>%n differences.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Overall: %1% agreement, kappa %2 over %n code decision(s).</source>
        <translation><numerusform>Overall: %1% agreement, kappa %2 over %n code decision.</numerusform><numerusform>Overall: %1% agreement, kappa %2 over %n code decisions.</numerusform></translation>
    </message>
</context>
<context>
    <name>evimap::ui::DedupReviewDialog</name>
    <message numerus="yes">
        <source>Group %1 of %2: %n record(s)</source>
        <translation><numerusform>Group %1 of %2: %n record</numerusform><numerusform>Group %1 of %2: %n records</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Merged %n record(s) into record %1.</source>
        <translation><numerusform>Merged %n record into record %1.</numerusform><numerusform>Merged %n records into record %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>evimap::ui::DuplicatesMenu</name>
    <message numerus="yes">
        <source>%n preprint(s) linked to their published version.</source>
        <translation><numerusform>%n preprint linked to their published version.</numerusform><numerusform>%n preprints linked to their published version.</numerusform></translation>
    </message>
</context>
<context>
    <name>evimap::ui::HistoryDialog</name>
    <message numerus="yes">
        <source>%n change(s), newest first. Times are UTC.</source>
        <translation><numerusform>%n change, newest first. Times are UTC.</numerusform><numerusform>%n changes, newest first. Times are UTC.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) hidden until settled: other reviewers' decisions and codings stay blind until then.</source>
        <translation><numerusform>%n change hidden until settled: other reviewers' decisions and codings stay blind until then.</numerusform><numerusform>%n changes hidden until settled: other reviewers' decisions and codings stay blind until then.</numerusform></translation>
    </message>
</context>
<context>
    <name>evimap::ui::ImportDialog</name>
    <message numerus="yes">
        <source>Import %n File(s)</source>
        <translation><numerusform>Import %n File</numerusform><numerusform>Import %n Files</numerusform></translation>
    </message>
</context>
<context>
    <name>evimap::ui::MainWindow</name>
    <message numerus="yes">
        <source>%1: %n record(s) imported, %2 skipped</source>
        <translation><numerusform>%1: %n record imported, %2 skipped</numerusform><numerusform>%1: %n records imported, %2 skipped</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>    %n of them without a title (imported; see Show Details)</source>
        <translation><numerusform>    %n of them without a title (imported; see Show Details)</numerusform><numerusform>    %n of them without a title (imported; see Show Details)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>    %n placeholder abstract(s) ("NA", "No abstract"…) stored as empty</source>
        <translation><numerusform>    %n placeholder abstract ("NA", "No abstract"…) stored as empty</numerusform><numerusform>    %n placeholder abstracts ("NA", "No abstract"…) stored as empty</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation><numerusform>%n record</numerusform><numerusform>%n records</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>  ·  %n duplicate(s) merged</source>
        <translation><numerusform>  ·  %n duplicate merged</numerusform><numerusform>  ·  %n duplicates merged</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>  ·  %n import batch(es)</source>
        <translation><numerusform>  ·  %n import batch</numerusform><numerusform>  ·  %n import batches</numerusform></translation>
    </message>
</context>
<context>
    <name>evimap::ui::MergeDialog</name>
    <message numerus="yes">
        <source>%n conflict(s): the same item was changed in both files since the copy was taken. Tick those where the copy's value should win; the others keep this file's value. Every choice goes into the audit log.</source>
        <translation><numerusform>%n conflict: the same item was changed in both files since the copy was taken. Tick those where the copy's value should win; the others keep this file's value. Every choice goes into the audit log.</numerusform><numerusform>%n conflicts: the same item was changed in both files since the copy was taken. Tick those where the copy's value should win; the others keep this file's value. Every choice goes into the audit log.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): the same item was changed in both files. Only the lead decides them; merged now, they keep this file's values.</source>
        <translation><numerusform>%n conflict: the same item was changed in both files. Only the lead decides them; merged now, they keep this file's values.</numerusform><numerusform>%n conflicts: the same item was changed in both files. Only the lead decides them; merged now, they keep this file's values.</numerusform></translation>
    </message>
</context>
<context>
    <name>evimap::ui::RankingPanel</name>
    <message numerus="yes">
        <source>%n relevant record(s) found</source>
        <translation><numerusform>%n relevant record found</numerusform><numerusform>%n relevant records found</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n record(s) screened</source>
        <translation><numerusform>in %n record screened</numerusform><numerusform>in %n records screened</numerusform></translation>
    </message>
</context>
<context>
    <name>evimap::ui::TeamMenu</name>
    <message numerus="yes">
        <source>%1 holds the project as it is now, for %2, with %n attached PDF(s). Work on it anywhere; merge it back with Team ▸ Merge a Copy Back.</source>
        <translation><numerusform>%1 holds the project as it is now, for %2, with %n attached PDF. Work on it anywhere; merge it back with Team ▸ Merge a Copy Back.</numerusform><numerusform>%1 holds the project as it is now, for %2, with %n attached PDFs. Work on it anywhere; merge it back with Team ▸ Merge a Copy Back.</numerusform></translation>
    </message>
</context>
</TS>