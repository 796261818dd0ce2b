<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>no record has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records have %2 (records %3); choose one with --record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>the attachment folder %1 cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be copied into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no record %1 in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DOI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DOI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOI %1 found in the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DOI %1 found in the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title found in the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title &quot;%1&quot; found in the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF has no DOI or title to match a record by; give --record, --doi or --title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no record matches the PDF by %1; give --record, --doi or --title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text could be extracted (a scanned or image-only PDF?): it is attached, but its text cannot be searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already attached to record %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BibtexReader</name>
    <message>
        <source>the entry is longer than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside the entry (a closing brace is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>braces are nested deeper than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a brace is not closed before the next entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a closing brace inside a quoted value has no opening brace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted value is not closed before the next entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the macro &quot;%1&quot; is not defined; its name was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry has no citation key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma is missing after the citation key &quot;%1&quot;; it was read as if it were there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma is missing after the citation key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry is not closed before the next entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field name was expected, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;=&quot; is missing after the field name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma is missing after the field &quot;%1&quot;; it was read as if it were there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma or the end of the entry was expected after the field &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a macro name was expected, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;=&quot; is missing after the macro name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1 at line %2 could not be read: %3; reading goes on at the next line starting with @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (line %2) was skipped: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry ends early (an extra closing brace?); the text after it was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1 at line %2 is empty; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the crossref chain through &quot;%1&quot; is circular; it was followed once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent entry &quot;%1&quot; had not been found when too many entries were waiting for their parents; nothing was inherited from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent entry &quot;%1&quot; was too far back in the file to be kept; nothing was inherited from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent entry &quot;%1&quot; is not in the file; nothing was inherited from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is longer than %1 MiB; the rest of it was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a BibTeX file: no entry of the form &quot;@type{&quot; was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) were not UTF-8 and were read as Windows-1252</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>BibTeX / BibLaTeX</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkIndexing</name>
    <message>
        <source>merging the full-text index failed: %1</source>
        <translation>das Zusammenführen des Volltextindex ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>setting up the full-text index failed: %1</source>
        <translation>das Einrichten des Volltextindex ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Codebook</name>
    <message>
        <source>%1: the value is longer than 20000 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number (write it like 120 or 72.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date of the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the choices (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 codes in &quot;%3&quot;; give the full path, e.g. &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no code &quot;%1&quot; in the codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a dimension; name one of its codes, e.g. &quot;%1/%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; is retired; it can no longer be applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reviewer (id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a lead can change the codebook; %1 is a reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code needs a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code must be added below a dimension or another code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown code (id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the colour &quot;%1&quot; is not of the form #rrggbb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is already used beside this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; cannot become single-choice: %n record(s) already have more than one of its codes from one reviewer</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a dimension stays at the top of the codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code must be moved below a dimension or another code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code cannot be moved below itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>moving &quot;%1&quot; into the single-choice dimension &quot;%2&quot; would give %n record(s) two of its codes from one reviewer</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only codes can be merged, not dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code cannot be merged into itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be merged into its own child code &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is retired; merge into a code in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>merging &quot;%1&quot; into &quot;%2&quot; would give %n record(s) two codes of the single-choice dimension &quot;%3&quot; from one reviewer</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a dimension cannot be split; add codes to it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has child codes; move or merge them before splitting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a split needs at least two labels for the new codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split from &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an extraction field needs a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind of a field is one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a choice field needs choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown extraction field (id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is already used by another field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot become a %2 field: the value &quot;%3&quot; does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was deleted by someone else while you edited it; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed by someone else while you edited it (it is now “%2”); nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodebookHtml</name>
    <message>
        <source>Codebook</source>
        <translation type="unfinished">Codebuch</translation>
    </message>
    <message numerus="yes">
        <source>%n dimension(s), %1 codes, %2 extraction fields.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>choose one</source>
        <translation type="unfinished">einen wählen</translation>
    </message>
    <message>
        <source>choose any</source>
        <translation type="unfinished">beliebig viele wählen</translation>
    </message>
    <message>
        <source>Extraction fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodebookTemplate</name>
    <message>
        <source>&quot;%1&quot; must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes are nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the colour &quot;%1&quot; is not of the form #rrggbb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;choice&quot; must be &quot;single&quot; or &quot;multiple&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;codes&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is used twice here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be one of %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;choices&quot; must be a list of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a choice field needs &quot;choices&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a codebook file is at most %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an EviMap codebook (expected a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an EviMap codebook (&quot;format&quot; is not &quot;evimap-codebook&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codebook format version %1 is not supported (this EviMap reads version 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;dimensions&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;extraction_fields&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a codebook file is at most %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodingComparison</name>
    <message>
        <source>unknown reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare two different reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coders: A = %1, B = %2. Items both coded: %3 (only A: %4, only B: %5)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Differences: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Agreement per code (codes either reviewer used):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agree %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Overall (%1 code decisions): %2 agreement, kappa %3
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodingCsv</name>
    <message>
        <source>line %1: a cell is longer than %2 characters (a quote may be missing its end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a cell is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted cell is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a codings file is at most %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty; it needs a header row (record,code,quote,page,note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: the header needs a &quot;record&quot; and a &quot;code&quot; column (found: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no record given; row skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no code given; row skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page &quot;%1&quot; is not a whole number of 1 or more; row skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodingExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished">%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>CodingMenu</name>
    <message>
        <source>Reviewer not saved</source>
        <translation>Reviewer nicht gespeichert</translation>
    </message>
    <message>
        <source>Only a lead can do this; you are working as %1.</source>
        <translation>Das darf nur die Projektleitung; Sie arbeiten als %1.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Cannot open the coding window</source>
        <translation>Das Kodierfenster kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Codebook Editor</source>
        <translation>Codebuch-Editor</translation>
    </message>
    <message>
        <source>Compare Coders</source>
        <translation>Kodierende vergleichen</translation>
    </message>
    <message>
        <source>Compare Coders — %1</source>
        <translation>Kodierende vergleichen — %1</translation>
    </message>
    <message>
        <source>Export Final Coding</source>
        <translation>Endgültige Kodierung exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Export Codebook Appendix</source>
        <translation>Codebuch-Anhang exportieren</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&amp;Coding</source>
        <translation>K&amp;odierung</translation>
    </message>
    <message>
        <source>&amp;Code Records…</source>
        <translation>Datensätze &amp;kodieren…</translation>
    </message>
    <message>
        <source>Codebook &amp;Editor…</source>
        <translation>Codebuch-&amp;Editor…</translation>
    </message>
    <message>
        <source>C&amp;ompare Coders and Reconcile…</source>
        <translation>Kodierende &amp;vergleichen und abgleichen…</translation>
    </message>
    <message>
        <source>Export &amp;Final Coding (CSV)…</source>
        <translation>E&amp;ndgültige Kodierung exportieren (CSV)…</translation>
    </message>
    <message>
        <source>Export Codebook &amp;Appendix (HTML)…</source>
        <translation>Codebuch-&amp;Anhang exportieren (HTML)…</translation>
    </message>
    <message>
        <source>The loneliness review codebook (template)</source>
        <translation>Das Codebuch der Einsamkeits-Übersicht (Vorlage)</translation>
    </message>
    <message>
        <source>An empty codebook</source>
        <translation>Ein leeres Codebuch</translation>
    </message>
    <message>
        <source>A codebook template file…</source>
        <translation>Eine Codebuch-Vorlagendatei…</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Codebuch</translation>
    </message>
    <message>
        <source>Which codebook does the new project start from?</source>
        <translation>Mit welchem Codebuch beginnt das neue Projekt?</translation>
    </message>
    <message>
        <source>Codebook Template</source>
        <translation>Codebuch-Vorlage</translation>
    </message>
    <message>
        <source>Codebook templates (*.json);;All files (*)</source>
        <translation>Codebuch-Vorlagen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Codebook not added</source>
        <translation>Codebuch nicht hinzugefügt</translation>
    </message>
</context>
<context>
    <name>CodingStore</name>
    <message>
        <source>unknown code (id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a dimension; apply one of its codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; is retired; it can no longer be applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codings need a reviewer; choose who is coding first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no record with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown extraction field (id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page number is 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconciling needs a lead; choose who is reconciling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a lead can reconcile codings; %1 is a reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reviewer (id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record is empty (give its id, uuid or DOI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no record &quot;%1&quot; in the project (give its id, uuid or DOI)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>What it is: %1 (default: initiative).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its title or name (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation that runs or wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting, e.g. community organisation, NHS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does (kept as the abstract).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (YYYY, YYYY-MM or YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source type, e.g. &quot;initiative reported by its organisers&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRISMA identification route: %1 (default: organisation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who or where it came from (default: the organisation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who adds it (name or initials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added record %1 (%2 &quot;%3&quot;, route %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s DOI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of an encrypted PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who attaches it (name or initials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF. Without --record, --doi or --title it goes to the record with the DOI, else the title, found in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one of --record, --doi and --title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--record expects a record id, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; nothing was attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Attached %1 to record %2 (&quot;%3&quot;), matched by %4; %n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Who coded (name or initials; added if new).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV with a header: record (id, uuid or DOI), code (&quot;Dimension/Code&quot; or an extraction field), and optionally quote, page, note, value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reviewer and --codings are needed; usage: evimap %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; nothing was coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no codebook yet; add one with evimap codebook %1 --import FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; row skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is single-choice and line %2 already gave record %3 &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no row could be applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 codes and %3 extraction values applied for %4 (%5 rows skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished">%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>choose one</source>
        <translation type="unfinished">einen wählen</translation>
    </message>
    <message>
        <source>choose any</source>
        <translation type="unfinished">beliebig viele wählen</translation>
    </message>
    <message>
        <source>Add a codebook template (JSON): new dimensions, codes and fields are added, existing ones (same key) updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the codebook as a JSON template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the codebook with its definitions as HTML (appendix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead making the change (for the audit log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reviewer &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 dimensions, %3 codes and %4 fields added, %5 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no codebook yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extraction fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the codings of two reviewers: R1 here, R2 after the project (differences and agreement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the final coding where the coders agree (with --from: take that reviewer&apos;s coding where they differ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead who reconciles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where coders differ, take this reviewer&apos;s coding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile records that already have a final coding too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the final coding as CSV (one row per item).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second reviewer of --compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one of --compare, --reconcile or --export; usage: evimap %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--compare takes two reviewers: evimap coding PROJECT --compare R1 R2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; nothing was reconciled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reconcile needs --reviewer LEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records reconciled (%2 without differences, %3 taking %4&apos;s coding where coders differed); %5 already reconciled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preferred reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) with differences left for the lead (ids: %1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) coded by one reviewer only, waiting for a second</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n item(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No %1 pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAIR   SCORE  RECORDS        TITLES / REASONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the pairs at or above the automatic threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the review queue instead of searching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --list: the pairs with this status (pending, duplicate, not_duplicate, auto_merged, linked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide a pair: --decide PAIR duplicate|not-duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the decision on a pair (a merge is split).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who decides (name or initials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic merge threshold for this run (default: the project&apos;s setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queue threshold for this run (default: the project&apos;s setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the given thresholds as the project&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --decide: duplicate or not-duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: evimap %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--list, --decide and --undo cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; duplicates cannot be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say who decides with --reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pair is given by its number, as --list shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair %1: decision undone; it is back in the review queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--decide PAIR needs duplicate or not-duplicate after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair %1: record %2 merged into record %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair %1: not a duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thresholds must be numbers with 0 &lt; review &lt;= automatic &lt;= 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 records compared (%3 candidate pairs) in %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 duplicate pairs found (%2 certain: score &gt;= %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 records merged automatically, in %2 groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  nothing merged (run with --auto to merge the certain pairs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 pairs queued for review (score &gt;= %2): evimap dedup %3 --list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 preprints linked to their published version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates removed (PRISMA): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the demo project and its outputs (default: evimap-demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo data could not be written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loneliness and mental health (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the summary could not be written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo project: %1 (%2 records imported from %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records matching this full-text search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records included at this stage (ta or ft).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these record ids (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also export records merged as duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the file to write with -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the format with --format (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--records expects numbers, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 records written (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format of the files (default: detected): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database or website searched, e.g. PsycINFO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRISMA identification route: %1 (default: database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the search (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV column mapping, e.g. title=Title,abstract=Abstract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of encrypted PDFs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who imports (name or initials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a file even if it was imported before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map expects field=Column pairs, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 records imported, %3 skipped (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension for the rows (key or label; default: intervention approach).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension for the columns (default: psychological factor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension that colours the bubbles&apos; segments (default: study design; &quot;none&quot; for one colour).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep items coded DIM=CODE (or a sub-code); repeat it: codes of one dimension are alternatives, dimensions all apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication years, e.g. 2015-2024, 2015- or -2020.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records counted: ft (included at full text), ta (included at title/abstract), all, or auto (default: ft if full-text screening has begun, else ta, else all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes counted: reconciled (default; reviewers&apos; codes for records not reconciled yet), reconciled-only, reviewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG resolution in dots per inch (default 192).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write: .svg, .png, .pdf, .html or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say where to write the map with -o FILE (.svg, .png, .pdf, .html or .csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the map can be written as .svg, .png, .pdf, .html or .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resolution wants dots per inch between 24 and 1200, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--filter wants DIM=CODE, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--years wants a range such as 2015-2024, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stage wants ta, ft, all or auto, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--coding wants reconciled, reconciled-only or reviewers, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence map: %1 (%2 × %3; %4 items on the map of %5 in scope; %6 empty cells)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write: .svg, .png or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the counts of every box as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say where to write the diagram with -o FILE (.svg, .png or .pdf), or ask for --json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the diagram can be written as .svg, .png or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRISMA diagram: %1 (%2 records identified, %3 screened, %4 included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  provisional: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name (default: the file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting codebook: default (the loneliness review template), empty, or a JSON template file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file to create (NAME.evimap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 (project &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codebook: %1 (%2 dimensions, %3 codes, %4 extraction fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no problems found (integrity, foreign keys, schema version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print only the first N records (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who asks for the ranking (name or initials); recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn from the reviewer&apos;s own decisions only (blind screening) instead of the settled results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit expects a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no reviewer &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--blind needs --reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evimap: %1 is read-only; this training was not written to the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># %1; trained on %2 screened records (%3 relevant) in %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an exclusion reason at the end (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop offering a reason (label or number); decisions that used it keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who edits the list (must be the lead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; the reasons were not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the project&apos;s lead; only the lead edits the exclusion reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no active exclusion reason &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exclusion reasons yet; the lead adds them with evimap reasons %1 --add LABEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension for the map&apos;s rows (default: intervention approach).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension for the map&apos;s columns (default: psychological factor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension for the map&apos;s colours (default: study design).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say where to write the report with -o FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stage must be ta (title/abstract) or ft (full text), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reviewer is required (a name or initials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stage: %2 records, %3 included, %4 excluded; conflicts for the lead: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who decided (name or initials; added if new).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ta (title/abstract) or ft (full text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file: record (id, uuid or DOI), decision (include, exclude, unsure), reason (label or number), note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required; usage: evimap %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; no decision was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problems in %1: %2; no decision was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 decisions by %2 (%3) at %4: %5 include, %6 exclude, %7 unsure (%8 unchanged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead (name or initials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record: its id, uuid or DOI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include, exclude, or (full text, any reviewer) not-retrieved; &quot;clear&quot; takes a settlement back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusion reason (label or number); required at full text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (kept in the audit log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--decision must be include, exclude, not-retrieved or clear, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; nothing was settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the project&apos;s lead; only the lead settles records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no record matches &quot;%1&quot; (give a record id, uuid or DOI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown exclusion reason &quot;%1&quot;; see evimap reasons %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 at %2: %3%4, settled by %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 at %2: not settled (conflicts open at this stage: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column (CSV) or tag (RIS) with the labels (default: label_included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File of the relevant records: the DATASET files are then a pool of search results, and a record is relevant when its normalised title is in FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replays, each from another first include and exclude (default: 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classifier: lr (logistic regression, default), nb (multinomial naive Bayes), cnb (complement naive Bayes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistic regression: inverse regularisation strength.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naive Bayes: smoothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore terms in fewer documents than this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words only, no pairs of words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of positions given to the least certain record (default: 0.05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV or RIS file with labels, or search files with --relevant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seeds expects a number from 1 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is out of range; see evimap simulate --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (%1 records without a label or title were left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: evimap [PROJECT.evimap]        open the window
       evimap COMMAND [ARGUMENTS]      work without a window

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
`evimap COMMAND --help` describes a command&apos;s options.

Exit codes (the same for every command):
  0  success (an import may still have skipped unreadable records)
  1  the operation failed
  2  wrong arguments
  3  an input file was refused as a whole
  4  the project file is missing, not an EviMap project, damaged, from a
     newer EviMap, or read-only when a change was asked for
  5  a check found problems
  6  cancelled
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evimap: unknown command &quot;%1&quot;; see evimap --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create an empty project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version and counts of a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check integrity, foreign keys and schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import references or PDFs, one batch per file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find duplicates, merge the certain ones, review the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter an initiative, report or web page by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach a PDF to a record already in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export records as RIS, BibTeX, CSV or CSL-JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build the demo project and write what EviMap produces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a reviewer&apos;s screening decisions from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lead settles a screening conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list or add the exclusion reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screening progress, conflicts, agreement (kappa) and PRISMA counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay a labelled dataset with the ranking: WSS@95, recall curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank the unscreened records by predicted relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply a reviewer&apos;s codings from CSV (record, code, quote, page, note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show, import or export the codebook (JSON template, HTML appendix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare two coders, reconcile, export the final coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draw the evidence gap map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draw the PRISMA 2020 flow diagram from the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the PDF report: PRISMA, map, charts, items, codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRISMA:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence map: not drawn, the demo project has no codes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo review script is missing from the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review:       %1 duplicates merged, %2 queued for a person; %3 screening decisions by %4 reviewers, %5 disagreements settled; %6 codes applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then find duplicates: merge the certain ones, queue the rest (as dedup --auto).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates: %1 records merged automatically, %2 pairs queued for review (evimap dedup %3 --list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How relevant and irrelevant records are weighed: none, equal, double (ASReview&apos;s double balance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw term counts instead of 1 + ln(count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes the copy (name or initials; added if new).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The main project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy to write (OUT.evimap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reviewer is required; usage: evimap %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 for %2 to work offline (taken at %3, %4 attached files). Bring it back with: evimap merge %5 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what would change and what conflicts; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How conflicts are resolved: main (keep the main file&apos;s, the default) or copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy wins this conflict (its id from a dry run); may be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who merges (for the audit log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy to bring in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prefer must be main or copy, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no reviewer &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the history of this record (its id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the history as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--record takes a record id, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 audit entries to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take a copy of the project to work offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bring an offline copy&apos;s work back into the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who changed what, when, before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence map: %1, %2 (%3 items on the map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report:       %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictChoice</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep their version, or save yours in its place?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CslJsonReader</name>
    <message>
        <source>CSL-JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most a CSL-JSON file can have; split it or export it as RIS or BibTeX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8; it was read as Windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is JSON but not CSL-JSON: it holds neither a list of items nor an &quot;items&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is not a JSON object; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 has no title, authors, abstract or identifier; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note or attachment item(s) were left out (they are not references)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>CSV / TSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the header line could not be read (an unclosed quote or a line longer than %2 MiB); is this a CSV file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: &quot;%1&quot; is not a record field; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: %1 has no column &quot;%2&quot;; its columns are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no column could be recognised as the title or the DOI (the columns are: %2); name them with --map, e.g. --map title=&quot;Article Title&quot;,abstract=Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row is longer than %1 MiB; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field in this row is never closed, so the rest of the file was read as part of it; skipped (look for a stray quote on line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field is longer than %1 MiB; the rest of it was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; the extra values were kept as raw fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 has no title, authors, abstract or identifier; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) were not UTF-8 and were read as Windows-1252</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionCommand</name>
    <message>
        <source>Withdraw decision on record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionCsv</name>
    <message>
        <source>%1 is larger than %2 MB; split it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; save it as CSV UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: a field is longer than %3 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: a quoted field is never closed (a &quot; is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: no record column (record, id, uuid or doi) in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record column is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no record matches &quot;%1&quot; (give a record id, uuid or DOI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 appears again (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1: the decision is empty (include, exclude or unsure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1: &quot;%2&quot; is not a decision (include, exclude or unsure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1: a reason goes with exclude only, not with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1: unknown exclusion reason &quot;%2&quot;; the project has none yet (the lead adds them with `evimap reasons PROJECT --add`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1: unknown exclusion reason &quot;%2&quot;; the reasons are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1: excluding at full text needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DedupStore</name>
    <message>
        <source>unknown field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating record %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the records failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate detection was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing a duplicate pair failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the audit log failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a merge needs at least two records, one of them the one kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 was already merged into another record; merge that one instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the record history failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no duplicate pair %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pair %1 was already decided (%2); undo that first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the records of pair %1 were already merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pair %1 has not been decided; there is nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the merge of pair %1 is not in the audit log; it cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the merge of pair %1 was already undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 was merged again later; undo that merge first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DedupThresholds</name>
    <message>
        <source>thresholds must satisfy 0 &lt; review (%1) &lt;= automatic merge (%2) &lt;= 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the duplicate thresholds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoReview</name>
    <message>
        <source>demo review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no record %1 in import batch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a demo review script (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs two reviewers, a lead and a second reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exclusion reason &quot;%1&quot; is not in its list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled at the team meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>duplicate detection was cancelled; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; duplicate pairs cannot be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thresholds must satisfy 0 &lt; review (%1) &lt;= automatic merge (%2) &lt;= 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndnoteXmlReader</name>
    <message>
        <source>EndNote XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not EndNote XML: its root element is &lt;%2&gt;, not &lt;xml&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the record was skipped and the rest of the file was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record is larger than %1 MiB; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has no title, authors, abstract or identifier; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not EndNote XML: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the rest of the file after record %2 was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not EndNote XML: no &lt;xml&gt; element was found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceMap</name>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> et al.</source>
        <translation type="unfinished"> et al.</translation>
    </message>
    <message>
        <source>n.d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence gap map: %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records included at full-text screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records included at title/abstract screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all records (duplicates left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconciled codes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every reviewer&apos;s codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconciled codes (reviewers&apos; codes where none are reconciled yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit: items (records); an item counts in every cell it informs. %1 %2; %3 on the map; %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items in row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items in column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceMapFigure</name>
    <message>
        <source>%1 (any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (general)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bubble area is proportional to the number of items (largest: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments show %1 (an item with several codes counts in each).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shaded empty cells are gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2: 1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2: %3 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a gap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with EviMap from the project “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bubble area: number of items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items are on the map.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceMapHtml</name>
    <message>
        <source>Fixed when the file was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with EviMap from the project “%1”. Self-contained: this file needs no network access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not coded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceMapQuery</name>
    <message>
        <source>the project has no codebook dimensions yet, so there is no dimension &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the codebook has no dimension &quot;%1&quot;; it has: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a map needs a dimension for its rows and one for its columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rows and the columns need two different dimensions (both are %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dimension %1 has no code &quot;%2&quot;; it has: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>writing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>the stage must be ta or ft, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot;; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished">%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureExporter</name>
    <message>
        <source>Export</source>
        <translation type="unfinished">Export</translation>
    </message>
    <message>
        <source>96 dpi (screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>150 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>192 dpi (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>300 dpi (print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>600 dpi (poster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution of the image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureWriter</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawing images needs fonts, which need a graphical application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image would be too large (%1 × %2 pixels); choose a lower resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is not enough memory for a %1 × %2 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawing a PDF needs fonts, which need a graphical application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown figure format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderSafety</name>
    <message>
        <source>%1 is a sync conflict copy of %2: the project was changed on two computers at once and some work is only in the copy. Open the newer one, merge the other into it (evimap merge), and share through offline copies instead of a synced file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is beside the project: another EviMap is saving right now, or one was stopped while saving. Do not delete it or copy the project without it; the next EviMap to open the project rolls the unfinished change back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project is in a cloud-synced folder (%1). Sync does not respect SQLite&apos;s locks: never have it open on two computers at once; take an offline copy each (evimap copy) and merge them back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>The guide is missing from this build.</source>
        <translation>Die Anleitung fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;EviMap %1&lt;/h3&gt;&lt;p&gt;Literature reviews and evidence maps, offline, in one project file.&lt;/p&gt;&lt;p&gt;EviMap is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built on:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 — GNU Lesser General Public License, version 3&lt;/li&gt;&lt;li&gt;Poppler — GNU General Public License, version 2 or later&lt;/li&gt;&lt;li&gt;SQLite — public domain&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;EviMap %1&lt;/h3&gt;&lt;p&gt;Literaturübersichten und Evidenzkarten, offline, in einer Projektdatei.&lt;/p&gt;&lt;p&gt;EviMap ist freie Software unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;&lt;p&gt;Aufgebaut auf:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 — GNU Lesser General Public License, Version 3&lt;/li&gt;&lt;li&gt;Poppler — GNU General Public License, Version 2 oder später&lt;/li&gt;&lt;li&gt;SQLite — gemeinfrei (public domain)&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>About EviMap</source>
        <translation>Über EviMap</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&lt;p&gt;The screening, coding and duplicate review windows have keys of their own: Help ▸ Guide lists them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Fenster für Sichtung, Kodierung und Duplikatprüfung haben eigene Tasten: Hilfe ▸ Anleitung listet sie auf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Anleitung</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished">Datensatz</translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give the files inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown identification route &quot;%1&quot;; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the format was not recognised (known formats: %2); give it with --format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; known formats: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import of %1 was cancelled; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was imported before, as %2; importing it again would duplicate its records (use --again to import it anyway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelledDataset</name>
    <message>
        <source>no dataset given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several files make one pool only with a file of relevant records (--relevant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no record has a label in &quot;%2&quot; (1/0, yes/no, include/exclude)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search files hold no record with a title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualEntry</name>
    <message>
        <source>a title is needed (--title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown route &quot;%1&quot; for a manual entry; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapStore</name>
    <message>
        <source>reading the project failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedlineReader</name>
    <message>
        <source>PubMed MEDLINE (.nbib)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record is larger than %1 MiB; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has no title, authors, abstract or identifier; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line does not start with a tag; it was read as a continuation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text outside a record was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a MEDLINE file: no line of the form &quot;PMID- &quot; or &quot;TI  - &quot; was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) were not UTF-8 and were read as Windows-1252</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfReader</name>
    <message>
        <source>PDF (grey literature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the PDF reader reported %n problem(s) with this file; damaged or unsupported parts were skipped (the first: %1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; import it from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text could be extracted (a scanned or image-only PDF?): the record is imported, but its text cannot be searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no title was found in the PDF; the file name is used as its title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfText</name>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no pipe for the PDF reader: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the PDF reader could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>it took longer than %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it produced more text than allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it took too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF reader stopped on an error or ran out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF reader crashed on it (signal %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF reader failed (exit status %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>only the first %n page(s) were read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the text was cut after page %1: it is longer than %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the text was cut after page %1: reading took longer than %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the text was cut after page %1: the PDF needs too much memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of it needs more than %1 MiB of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the PDF reader said: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened as a PDF: it is damaged or not a PDF%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the password given does not open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no pages that could be read: the PDF is damaged%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: it needs more than %2 MiB of memory (a damaged or hostile PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read as a PDF: %2 (the file is damaged or hostile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF reader gave no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text was cut after page %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF reader stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted and needs a password to open; give it in the import dialog (PDF password) or with --password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrismaCounts</name>
    <message>
        <source>Registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each included report is counted as one study: the project does not link several reports of one study.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioritised screening was stopped early: the records never screened at title/abstract (%1) are counted as marked ineligible by automation tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records marked ineligible by automation tools: %1, from the project setting prisma.automationExcluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records removed for other reasons: %1, from the project setting prisma.otherRemoved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records excluded at title/abstract that also have a full-text result (%1) are counted as excluded at screening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sources add up to %2, not to the %3 records identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more records remain (%2) than were identified (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: identified (%2) − duplicates (%3) − automation (%4) − other (%5) ≠ screened (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: records still awaiting title/abstract screening: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: screened (%2) − excluded (%3) ≠ sought for retrieval (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sought (%2) − not retrieved (%3) ≠ assessed (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the exclusion reasons add up to %2, not to the %3 reports excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reports still awaiting full-text assessment: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: assessed (%2) − excluded (%3) ≠ included (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases and registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reports included (%1) are not the sum of the two columns (%2 + %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrismaFigure</name>
    <message>
        <source>PRISMA 2020 flow diagram: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records identified from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records removed before screening:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate records removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records marked as ineligible by automation tools %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records removed for other reasons %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records screened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still awaiting a decision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records excluded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports sought for retrieval %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports not retrieved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports assessed for eligibility %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports excluded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studies included in review %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports of included studies %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sought: duplicates %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sought: excluded on title/abstract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sought yet: awaiting a decision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included</source>
        <translation type="unfinished">Eingeschlossen</translation>
    </message>
    <message>
        <source>Provisional: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts from the project file; layout after the PRISMA 2020 template: Page MJ, McKenzie JE, Bossuyt PM, et al. The PRISMA 2020 statement: an updated guideline for reporting systematic reviews. BMJ 2021;372:n71.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification of studies via databases and registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification of studies via other methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished">Sichtung</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty (0 bytes), not an EviMap project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an EviMap project (not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged: it is truncated (%1 bytes of the %2 its header announces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the schema failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not an EviMap project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only: it was opened for reading, and changes cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not an EviMap project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer EviMap (project format %2; this version reads up to %3): update EviMap to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it has no schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the older project format %2 and must be upgraded, but it is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be upgraded, but the backup copy %2 could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: upgrading to project format %2 failed (%3); the file is unchanged and a backup is at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was upgraded from project format %2 to %3; the old file was kept as %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the project row is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; the change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: saving failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it is truncated (%2 bytes of the %3 its header announces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is busy: another EviMap has been writing to it for %2 s; the change was not saved, try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a change could not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectCharts</name>
    <message>
        <source>Year of publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n.d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items by year and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items in scope yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening progress per reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions made by each reviewer at title/abstract (TA) and full-text (FT) screening; duplicates left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer and stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include</source>
        <translation type="unfinished">Einschließen</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation type="unfinished">Unsicher</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation type="unfinished">Ausschließen</translation>
    </message>
    <message>
        <source>TA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No screening decisions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement between reviewers at title/abstract, by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month (of the second decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (κ %2, %3 pairs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record has decisions from two reviewers at title/abstract yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All months: %1% agreement, Cohen&apos;s κ %2, over %3 pairs of decisions; &quot;unsure&quot; counts as include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not drawn: the codebook has no &quot;%1&quot; dimension.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectCopy</name>
    <message>
        <source>%1 already exists; choose another name for the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy must be another file than the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a copy is taken for a reviewer of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment %1 has an unsafe path and was not copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attached file %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy was taken but the project&apos;s audit log could not record it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectInfo</name>
    <message>
        <source>%1: reading the counts failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project:        %1
File:           %2
Schema version: %3
Records:        %4 (%5 unique, %6 duplicates)
Import batches: %7
Attachments:    %8
Reviewers:      %9
Decisions:      %10
Codes:          %11
Codings:        %12
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign key: row %1 of table %2 points to a missing row of table %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema: table %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full-text index: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectMerge</name>
    <message>
        <source>merging %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a lead in the copy and was added as a reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rows about records or codes the main file no longer has were left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) differ between the files; the main file&apos;s were kept</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>record %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attachment with the unsafe path &quot;%1&quot; was added without its file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attached file %1 is missing beside the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be copied into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: merging %1 would change:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  copy taken at %1 for %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  a copy made by hand (no time taken): every difference counts as a change on both sides
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  nothing to bring in (already merged, or no changes)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 added, %3 updated, %4 removed%5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  attached files brought in: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (changed in both files since the copy was taken): %1; --take-copy ID lets the copy win one, --prefer copy all
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [%1] %2: %3
    main (%4): %5
    copy (%6): %7
    -&gt; %8
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the project itself, not a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; nothing can be merged into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses an older project format; open the copy once with this EviMap (it upgrades it after a backup), then merge it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a copy of this project (it is the project &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and was not merged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merging %1 failed, nothing was changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PubmedXmlReader</name>
    <message>
        <source>PubMed XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not PubMed XML: its root element is &lt;%2&gt;, not &lt;PubmedArticleSet&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the record was skipped and the rest of the file was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record is larger than %1 MiB; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has no title, authors, abstract or identifier; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not PubMed XML: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the rest of the file after record %2 was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not PubMed XML: no &lt;PubmedArticleSet&gt; element was found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingSettings</name>
    <message>
        <source>unknown ranking model &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranking settings out of range: min_df &gt;= 1, c &gt; 0, alpha &gt; 0, 0 &lt;= uncertainty_share &lt;= 0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown class balance &quot;%1&quot; (known: none, equal, double)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderConnection</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDeletion</name>
    <message>
        <source>delete records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no record %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEdit</name>
    <message>
        <source>the edited record is not the one that was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record needs a title or a DOI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 was deleted by someone else while you edited it; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else changed this record while you edited it (%1); nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordFile</name>
    <message>
        <source>%1: the format was not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>storing record %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indexing record %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelevanceRanker</name>
    <message>
        <source>%1 labels for %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough to learn from yet: the ranking needs at least one included and one excluded record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranking was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence map report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records excluded at title/abstract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports assessed at full text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studies included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes in the codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map, the charts and the table of items count %1. Every number in this report comes from the project file %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included items and their codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no codebook yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing a PDF report needs fonts, which need a graphical application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: evidence map report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — evidence map report (EviMap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRISMA 2020 flow diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report was cancelled; nothing was written</source>
        <translation>der Bericht wurde abgebrochen; es wurde nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>ResultCommand</name>
    <message>
        <source>Clear the result of record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full text of record %1 not retrieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reviewers</name>
    <message>
        <source>a reviewer needs a name and initials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RisReader</name>
    <message>
        <source>RIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has no title, authors, abstract or identifier; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has no closing ER line; it was read up to the next record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is longer than %1 MiB; the rest of it was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text outside a record was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a RIS file: no line of the form &quot;TY  - &quot; was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) were not UTF-8 and were read as Windows-1252</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the record has no TY line; its type was taken as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>unknown reviewer (id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a lead can %1; %2 is a reviewer of this project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningNames</name>
    <message>
        <source>title/abstract</source>
        <translation>Titel/Abstract</translation>
    </message>
    <message>
        <source>full text</source>
        <translation>Volltext</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Einschließen</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Ausschließen</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Eingeschlossen</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Full text not retrieved</source>
        <translation>Volltext nicht beschafft</translation>
    </message>
</context>
<context>
    <name>ScreeningStats</name>
    <message>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 screening
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  records at this stage   %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  screened                %1 (%2 not yet)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  included                %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  excluded                %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  full text not retrieved %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  waiting for a reviewer  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  conflicts for the lead  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  settled by the lead     %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 (%2): %3 decided — %4 include, %5 exclude, %6 unsure
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 × %2: %3 records, agreement %4, Cohen&apos;s kappa %5, PABAK %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Fleiss&apos; kappa (%1 reviewers, %2 records all decided): %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  exclusions by reason:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Unsure&quot; counts as include for agreement (two categories: include/unsure vs exclude).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs are compared over the records both reviewers decided at that stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa = (p_o − p_e) / (1 − p_e), unweighted; undefined when both reviewers used a single category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PABAK = 2·p_o − 1 (prevalence- and bias-adjusted kappa), shown because mostly excluding lowers kappa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa (three or more reviewers) covers the records every one of them decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening: reviewers who must agree on a record: %1; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blind (reviewers do not see each other&apos;s decisions until settled)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not blind
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
PRISMA (screening)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  records screened                  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  records excluded                  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  reports sought for retrieval      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  reports not retrieved             %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  reports assessed for eligibility  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  reports excluded                  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  studies included                  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Conventions:
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningStore</name>
    <message>
        <source>there is no record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 is a duplicate of record %2; screen record %2 instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 has not been included at title/abstract, so it has no full-text stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no reviewer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1: an exclusion reason goes with exclude only, not with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1: excluding at full text needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1: there is no exclusion reason %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1: the exclusion reason &quot;%2&quot; is retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the lead can undo the lead&apos;s settlement of record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1: &quot;full text not retrieved&quot; belongs to the full-text stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the lead can settle record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 was settled by the lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1: an exclusion reason goes with exclude only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1: there is no active exclusion reason %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exclusion reason needs a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exclusion reason cannot be a bare number (numbers pick reasons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the lead can edit the exclusion reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exclusion reason &quot;%1&quot; exists (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exclusion reason &quot;%1&quot; exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no exclusion reason %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no active exclusion reason %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a highlight term needs at least one letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the lead can edit the highlight terms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulationRunner</name>
    <message>
        <source>%1: a simulation needs relevant and irrelevant records (%2 relevant of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one seed is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 records, %3 relevant, %4 seeds, model %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  WSS@95 %1   WSS@100 %2   RRF@10 %3   (%4 s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  recall after screening 10%: %1, 25%: %2, 50%: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  stopping after %1 irrelevant in a row: recall %2 with %3% screened (mean over seeds)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoppingAid</name>
    <message>
        <source>%1 relevant found in %2 records screened; %3 irrelevant in a row since the last relevant one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate: about %1 relevant left among the %2 not screened (from %3 includes in the last %4 screened; in ranked order this tends to be high), so roughly %5% found. An estimate, not a certainty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TfidfVectorizer</name>
    <message>
        <source>vectorising was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WosReader</name>
    <message>
        <source>Web of Science plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record is larger than %1 MiB; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has no title, authors, abstract or identifier; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has no closing ER line; it was read up to the next record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the EF line was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text outside a record was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line does not start with a tag; it was read as a continuation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Web of Science file: no line of the form &quot;PT J&quot; was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) were not UTF-8 and were read as Windows-1252</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XmlText</name>
    <message>
        <source>the elements are nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the XML is not well-formed at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evimap::RecordTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autor·innen</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Journal / source</source>
        <translation>Zeitschrift / Quelle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source> et al.</source>
        <translation> et al.</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished">Sichtung</translation>
    </message>
    <message>
        <source>Included</source>
        <translation type="unfinished">Eingeschlossen</translation>
    </message>
    <message>
        <source>Excluded (full text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not retrieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To full text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded (title/abstract)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evimap::ScreeningSession</name>
    <message>
        <source>there is no reviewer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no record to decide on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evimap::ui::ChartsWindow</name>
    <message>
        <source>Export this chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts from %1; the exported files draw the same numbers with hatching for greyscale print.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evimap::ui::CodebookEditor</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished">%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codebook — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Code</translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose any (multiple)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one (single)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Definition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;dimension…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add c&amp;hild code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ove to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;plit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One choice per line (choice fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extraction fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Appendix (HTML)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codebook not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (choose one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (choose any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  — merged into “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  — retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a dimension or code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of the new dimension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a dimension or code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of the new code under “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” (and its codings) under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “%1” into (its codings move there; it is retired):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels of the new codes, one per line. Every coding of “%1” is copied to each of them for reviewers to check; “%1” is retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Codebook Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codebook templates (*.json);;All files (*)</source>
        <translation type="unfinished">Codebuch-Vorlagen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Template not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dimensions, %2 codes and %3 fields added; %4 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Codebook Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codebook templates (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Codebook Appendix</source>
        <translation type="unfinished">Codebuch-Anhang exportieren</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation type="unfinished">HTML (*.html)</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evimap::ui::CodingPanel</name>
    <message>
        <source>p. %1</source>
        <translation>S. %1</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>vergeben</translation>
    </message>
    <message>
        <source>Extraction</source>
        <translation>Extraktion</translation>
    </message>
    <message>
        <source>Filter codes and definitions  (Ctrl+F)</source>
        <translation>Codes und Definitionen filtern  (Strg+F)</translation>
    </message>
    <message>
        <source>Supporting quote (select text in the PDF to fill it in)</source>
        <translation>Belegzitat (Text im PDF markieren, um es einzufügen)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Zitat:</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Seite:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>choose one</source>
        <translation>einen wählen</translation>
    </message>
    <message>
        <source>choose any</source>
        <translation>beliebig viele wählen</translation>
    </message>
    <message>
        <source>number, e.g. 120 or 72.4</source>
        <translation>Zahl, z. B. 120 oder 72.4</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>This is the last record of the list.</source>
        <translation>Dies ist der letzte Datensatz der Liste.</translation>
    </message>
    <message>
        <source>No record to code. Records included at screening appear here; any record can be chosen.</source>
        <translation>Kein Datensatz zu kodieren. Bei der Sichtung eingeschlossene Datensätze erscheinen hier; jeder Datensatz kann gewählt werden.</translation>
    </message>
    <message>
        <source>Record %1 of %2</source>
        <translation>Datensatz %1 von %2</translation>
    </message>
    <message>
        <source>Record #%1</source>
        <translation>Datensatz Nr. %1</translation>
    </message>
    <message>
        <source>Blind coding: you see only your own codings until the record is reconciled.</source>
        <translation>Verblindete Kodierung: Sie sehen nur Ihre eigenen Kodierungen, bis der Datensatz abgeglichen ist.</translation>
    </message>
    <message>
        <source>Evidence for “%1”</source>
        <translation>Beleg für „%1“</translation>
    </message>
    <message>
        <source>Evidence for “%1” (not applied; a quote applies it)</source>
        <translation>Beleg für „%1“ (nicht vergeben; ein Zitat vergibt ihn)</translation>
    </message>
    <message>
        <source>Evidence (select a code)</source>
        <translation>Beleg (einen Code wählen)</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>Apply “%1”</source>
        <translation>„%1“ vergeben</translation>
    </message>
    <message>
        <source>Select a code first, then apply the selected text to it.</source>
        <translation>Wählen Sie zuerst einen Code, dann übernehmen Sie den markierten Text dafür.</translation>
    </message>
    <message>
        <source>Quote for “%1”</source>
        <translation>Zitat für „%1“</translation>
    </message>
    <message>
        <source>Set “%1”</source>
        <translation>„%1“ setzen</translation>
    </message>
</context>
<context>
    <name>evimap::ui::CodingWindow</name>
    <message>
        <source>Coding — %1 — %2</source>
        <translation>Kodierung — %1 — %2</translation>
    </message>
    <message>
        <source>no reviewer</source>
        <translation>kein Reviewer</translation>
    </message>
    <message>
        <source>Records to code (included at screening)</source>
        <translation>Zu kodierende Datensätze (bei der Sichtung eingeschlossen)</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Alle Datensätze</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Datensatz</translation>
    </message>
    <message>
        <source>Full text (&amp;PDF)</source>
        <translation>Volltext (&amp;PDF)</translation>
    </message>
    <message>
        <source>Select text, then Ctrl+E makes it the quote of the selected code</source>
        <translation>Text markieren, dann macht Strg+E ihn zum Zitat des gewählten Codes</translation>
    </message>
</context>
<context>
    <name>evimap::ui::ComparisonView</name>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconcile Selected Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile Records &amp;Without Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Coders — %1</source>
        <translation type="unfinished">Kodierende vergleichen — %1</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer &amp;A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer &amp;B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Code</translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a lead reconciles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reconciled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Differences&lt;/b&gt; — tick “Final” to keep a code; edit a field&apos;s final value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Agreement per code&lt;/b&gt; (codes either reviewer used; items both coded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items coded by both (%2 only by %3, %4 only by %5); %6 differences. Overall: %7% agreement, kappa %8 over %9 code decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished">Datensatz</translation>
    </message>
    <message>
        <source>Code or field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep</source>
        <translation type="unfinished">behalten</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconciled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall (all codes, pooled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evimap::ui::ConflictsView</name>
    <message>
        <source>Include vs exclude</source>
        <translation>Einschließen gegen Ausschließen</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>Different reasons</source>
        <translation>Verschiedene Gründe</translation>
    </message>
    <message>
        <source>Include   I</source>
        <translation>Einschließen   I</translation>
    </message>
    <message>
        <source>Exclude with this reason</source>
        <translation>Mit diesem Grund ausschließen</translation>
    </message>
    <message>
        <source>Title and abstract</source>
        <translation>Titel und Abstract</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Volltext</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Only the lead (%1) settles conflicts; you can read them.</source>
        <translation>Nur die Projektleitung (%1) entscheidet Konflikte; Sie können sie lesen.</translation>
    </message>
    <message>
        <source>(choose a reason)</source>
        <translation>(Grund wählen)</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(kein Grund)</translation>
    </message>
    <message>
        <source>No conflicts at this stage.</source>
        <translation>Keine Konflikte in dieser Phase.</translation>
    </message>
    <message>
        <source>Conflicts to settle: %1</source>
        <translation>Zu entscheidende Konflikte: %1</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th align=left&gt;Reviewer&lt;/th&gt;&lt;th align=left&gt;Decision&lt;/th&gt;&lt;th align=left&gt;Reason&lt;/th&gt;&lt;th align=left&gt;Note&lt;/th&gt;&lt;th align=left&gt;When&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th align=left&gt;Reviewer&lt;/th&gt;&lt;th align=left&gt;Entscheidung&lt;/th&gt;&lt;th align=left&gt;Grund&lt;/th&gt;&lt;th align=left&gt;Notiz&lt;/th&gt;&lt;th align=left&gt;Wann&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Choose a conflict first.</source>
        <translation>Wählen Sie zuerst einen Konflikt.</translation>
    </message>
    <message>
        <source>Only the lead settles conflicts.</source>
        <translation>Nur die Projektleitung entscheidet Konflikte.</translation>
    </message>
    <message>
        <source>There is no reason %1.</source>
        <translation>Es gibt keinen Grund %1.</translation>
    </message>
    <message>
        <source>Record %1 settled: %2. Ctrl+Z undoes it.</source>
        <translation>Datensatz %1 entschieden: %2. Strg+Z macht es rückgängig.</translation>
    </message>
</context>
<context>
    <name>evimap::ui::CsvMappingDialog</name>
    <message>
        <source>Columns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the record field each column becomes. Columns kept as raw fields are stored with the record and exported again, but not searched or matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— raw field —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is chosen for more than one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the title (or the DOI).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evimap::ui::DedupReviewDialog</name>
    <message>
        <source>&amp;Duplicate  [D]</source>
        <translation>&amp;Duplikat  [D]</translation>
    </message>
    <message>
        <source>&amp;Not a duplicate  [N]</source>
        <translation>Kei&amp;n Duplikat  [N]</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Voriges</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Nächstes →</translation>
    </message>
    <message>
        <source>Undo  [Ctrl+Z]</source>
        <translation>Rückgängig  [Strg+Z]</translation>
    </message>
    <message>
        <source>Review Duplicates</source>
        <translation>Duplikate prüfen</translation>
    </message>
    <message>
        <source>Merge the ticked records into the one to keep (D)</source>
        <translation>Die angehakten Datensätze in den zu behaltenden zusammenführen (D)</translation>
    </message>
    <message>
        <source>These records are different works (N)</source>
        <translation>Diese Datensätze sind verschiedene Werke (N)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autor·innen</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Journal / source</source>
        <translation>Zeitschrift / Quelle</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Heft</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>PMID</source>
        <translation>PMID</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>Zugangsnummer</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Abstract</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Verlag</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Zeitschrift</translation>
    </message>
    <message>
        <source>Numbers in titles</source>
        <translation>Zahlen in Titeln</translation>
    </message>
    <message>
        <source>Erratum or notice</source>
        <translation>Erratum oder Mitteilung</translation>
    </message>
    <message>
        <source>Preprint</source>
        <translation>Preprint</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>No possible duplicates are waiting for review.</source>
        <translation>Keine möglichen Duplikate warten auf Prüfung.</translation>
    </message>
    <message numerus="yes">
        <source>Group %1 of %2: %n record(s)</source>
        <translation>
            <numerusform>Gruppe %1 von %2: %n Datensatz</numerusform>
            <numerusform>Gruppe %1 von %2: %n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Best score %1</source>
        <translation>Beste Ähnlichkeit %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Records %1 and %2&lt;/b&gt;, score %3: %4</source>
        <translation>&lt;b&gt;Datensätze %1 und %2&lt;/b&gt;, Ähnlichkeit %3: %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;Record&lt;/b&gt;</source>
        <translation>&lt;b&gt;Datensatz&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep&lt;/b&gt;</source>
        <translation>&lt;b&gt;Behalten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Datensatz %1</translation>
    </message>
    <message>
        <source>Part of this duplicate group; untick a record that is a different work</source>
        <translation>Teil dieser Duplikatgruppe; entfernen Sie den Haken bei einem Datensatz, der ein anderes Werk ist</translation>
    </message>
    <message>
        <source>keep (most complete)</source>
        <translation>behalten (am vollständigsten)</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>The project is read-only; nothing can be merged.</source>
        <translation>Das Projekt ist schreibgeschützt; es kann nichts zusammengeführt werden.</translation>
    </message>
    <message>
        <source>Tick at least two records to merge.</source>
        <translation>Haken Sie mindestens zwei Datensätze zum Zusammenführen an.</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n record(s) into record %1.</source>
        <translation>
            <numerusform>%n Datensatz in Datensatz %1 zusammengeführt.</numerusform>
            <numerusform>%n Datensätze in Datensatz %1 zusammengeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked as different works: records %1.</source>
        <translation>Als verschiedene Werke markiert: Datensätze %1.</translation>
    </message>
    <message>
        <source>Merge undone; the records are back in the queue.</source>
        <translation>Zusammenführung rückgängig gemacht; die Datensätze sind wieder in der Warteschlange.</translation>
    </message>
    <message>
        <source>Decision undone; the records are back in the queue.</source>
        <translation>Entscheidung rückgängig gemacht; die Datensätze sind wieder in der Warteschlange.</translation>
    </message>
</context>
<context>
    <name>evimap::ui::DuplicatesMenu</name>
    <message>
        <source>&amp;Records</source>
        <translation>Da&amp;tensätze</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>&amp;Duplikate finden…</translation>
    </message>
    <message>
        <source>&amp;Review Duplicates…</source>
        <translation>Duplikate &amp;prüfen…</translation>
    </message>
    <message>
        <source>Reviewer not saved</source>
        <translation>Reviewer nicht gespeichert</translation>
    </message>
    <message>
        <source>Read-only project</source>
        <translation>Schreibgeschütztes Projekt</translation>
    </message>
    <message>
        <source>This project file is read-only; duplicates cannot be merged.</source>
        <translation>Diese Projektdatei ist schreibgeschützt; Duplikate können nicht zusammengeführt werden.</translation>
    </message>
    <message>
        <source>Finding duplicates…</source>
        <translation>Suche Duplikate…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Find Duplicates</source>
        <translation>Duplikate finden</translation>
    </message>
    <message>
        <source>%1 records compared.
%2 records merged automatically (score at least %3).
%4 pairs wait for review.</source>
        <translation>%1 Datensätze verglichen.
%2 Datensätze automatisch zusammengeführt (Ähnlichkeit mindestens %3).
%4 Paare warten auf Prüfung.</translation>
    </message>
    <message numerus="yes">
        <source>%n preprint(s) linked to their published version.</source>
        <translation>
            <numerusform>%n Preprint mit seiner veröffentlichten Fassung verknüpft.</numerusform>
            <numerusform>%n Preprints mit ihrer veröffentlichten Fassung verknüpft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review Now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>evimap::ui::EvidenceMapWindow</name>
    <message>
        <source>Auto (the furthest stage reached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included at full text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included at title/abstract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All records</source>
        <translation type="unfinished">Alle Datensätze</translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;lour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom −</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell of the map to list its items; double-click an item to select it in the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence Map — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codebook needs at least two dimensions for a map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different dimensions for the rows and columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2. Empty cells (gaps): %3 of %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evimap::ui::HistoryDialog</name>
    <message>
        <source>History of Record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: a name, an action such as screening, a date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first. Times are UTC.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evimap::ui::ImportDialog</name>
    <message>
        <source>Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experts and contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find duplicates after importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n File(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — format not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. PsycINFO (Ovid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished">JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>The search as run, to report it (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified &amp;through:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;query:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named automatically from the header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for PDFs protected by a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the certain duplicates by the project&apos;s thresholds and queue the rest for review (Records ▸ Find Duplicates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files whose format is not recognised are refused, with the reason, when the others are imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search date is not a date like 2026-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search date lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by you (applies to every CSV file of this import).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evimap::ui::MainWindow</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Search titles, abstracts, keywords and PDF text  (Ctrl+F)</source>
        <translation>Titel, Abstracts, Schlagwörter und PDF-Text durchsuchen  (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import References or PDFs…</source>
        <translation>Literatur oder PDFs &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find Records</source>
        <translation>Datensätze &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;Duplicates</source>
        <translation>&amp;Duplikate anzeigen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About EviMap</source>
        <translation>Ü&amp;ber EviMap</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Reviewer not saved</source>
        <translation>Reviewer nicht gespeichert</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>EviMap projects (*.evimap)</source>
        <translation>EviMap-Projekte (*.evimap)</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Projekt kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>EviMap projects (*.evimap);;All files (*)</source>
        <translation>EviMap-Projekte (*.evimap);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>Import References or PDFs</source>
        <translation>Literatur oder PDFs importieren</translation>
    </message>
    <message>
        <source>References and PDFs (*.ris *.txt *.nbib *.bib *.xml *.csv *.tsv *.json *.ciw *.pdf);;All files (*)</source>
        <translation>Literatur und PDFs (*.ris *.txt *.nbib *.bib *.xml *.csv *.tsv *.json *.ciw *.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Read-only project</source>
        <translation>Schreibgeschütztes Projekt</translation>
    </message>
    <message>
        <source>This project file is read-only; nothing can be imported.</source>
        <translation>Diese Projektdatei ist schreibgeschützt; es kann nichts importiert werden.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importiere…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importiere %1…</translation>
    </message>
    <message>
        <source>%1: not imported — %2</source>
        <translation>%1: nicht importiert — %2</translation>
    </message>
    <message>
        <source>%1: %2 records imported, %3 skipped</source>
        <translation>%1: %2 Datensätze importiert, %3 übersprungen</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>EviMap</source>
        <translation>EviMap</translation>
    </message>
    <message>
        <source>No project open. Create one with Ctrl+N or open one with Ctrl+O.</source>
        <translation>Kein Projekt geöffnet. Legen Sie eines mit Strg+N an oder öffnen Sie eines mit Strg+O.</translation>
    </message>
    <message>
        <source>%1 — EviMap%2</source>
        <translation>%1 — EviMap%2</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 records match</source>
        <translation>%1 von %2 Datensätzen passen</translation>
    </message>
    <message numerus="yes">
        <source>  ·  %n duplicate(s) merged</source>
        <translation>
            <numerusform>  ·  %n Duplikat zusammengeführt</numerusform>
            <numerusform>  ·  %n Duplikate zusammengeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ·  %n import batch(es)</source>
        <translation>
            <numerusform>  ·  %n Import</numerusform>
            <numerusform>  ·  %n Importe</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewer: %1 (%2)</source>
        <translation>Reviewer: %1 (%2)</translation>
    </message>
    <message>
        <source>Reviewer: not set</source>
        <translation>Reviewer: nicht festgelegt</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <source>&amp;Add Initiative or Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project file is read-only; nothing can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who you are first (File ▸ Open asks); deleting records is for the project&apos;s lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete these %1 records?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their screening decisions and codings go with them. The project&apos;s history keeps what they were, but they cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evimap::ui::ManualEntryDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Initiative or Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. community centre, GP practice, online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. initiative reported by its organisers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who told us, or whom to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Setting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ntact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified &amp;through:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For grey literature that came as a description rather than a file. It is counted in the PRISMA diagram under other methods, by the route you choose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evimap::ui::MapsMenu</name>
    <message>
        <source>&amp;Maps</source>
        <translation>&amp;Karten</translation>
    </message>
    <message>
        <source>&amp;Evidence Map…</source>
        <translation>&amp;Evidenzkarte…</translation>
    </message>
    <message>
        <source>&amp;Charts…</source>
        <translation>&amp;Diagramme…</translation>
    </message>
    <message>
        <source>&amp;PRISMA Flow Diagram…</source>
        <translation>&amp;PRISMA-Flussdiagramm…</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;Bericht (PDF)…</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Öffnen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>That record is not in the table.</source>
        <translation>Dieser Datensatz ist nicht in der Tabelle.</translation>
    </message>
    <message>
        <source>Write Report</source>
        <translation>Bericht schreiben</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Bericht nicht geschrieben</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht geschrieben: %1</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Der Bericht wird geschrieben …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>the report was not written</source>
        <translation>der Bericht wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>Report cancelled; nothing was written</source>
        <translation>Bericht abgebrochen; es wurde nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>evimap::ui::MergeDialog</name>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the copy&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What merging the copy would change. Nothing is written until you press Merge, and then all of it or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deciding merge conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts: nobody changed the same item in both files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): the same item was changed in both files since the copy was taken. Tick those where the copy&apos;s value should win; the others keep this file&apos;s value. Every choice goes into the audit log.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): the same item was changed in both files. Only the lead decides them; merged now, they keep this file&apos;s values.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evimap::ui::PdfViewer</name>
    <message>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page to the width (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in PDF (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by a password; open it in another reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 pages; EviMap shows PDFs of up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evimap::ui::PrismaWindow</name>
    <message>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRISMA Flow Diagram — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every box adds up: identified − removed = screened, screened − excluded = sought, and so on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evimap::ui::RankingPanel</name>
    <message>
        <source>Retrain now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevant found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records screened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes against records screened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trained yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stopping aid appears once the ranking has been trained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training the ranking in the background…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevant found so far: %1 in %2 records screened (%3 not screened).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing screened yet: no stopping aid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked %1 unscreened records by predicted relevance at %2, learnt from %3 decisions in %4 ms (%5).%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The training was not written to the audit log (the project is read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough to learn from yet: the ranking starts once at least one record is included and one excluded at title/abstract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ranking could not be trained: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioritised screening</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evimap::ui::RecordDetailsView</name>
    <message>
        <source>Select a record to see its details.</source>
        <translation>Wählen Sie einen Datensatz, um seine Angaben zu sehen.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>No abstract.</source>
        <translation>Kein Abstract.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>PMID</source>
        <translation>PMID</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>Zugangsnummer</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Verlag</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importiert aus</translation>
    </message>
</context>
<context>
    <name>evimap::ui::RecordEditDialog</name>
    <message>
        <source>Edit Record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authors (one a line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal or book:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume, issue, pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DOI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bstract:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keywords (one a line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evimap::ui::ReviewerDialog</name>
    <message>
        <source>Who is reviewing?</source>
        <translation>Wer sichtet?</translation>
    </message>
    <message>
        <source>Your decisions and codes are recorded under your name. EviMap remembers you for this project.</source>
        <translation>Ihre Entscheidungen und Kodierungen werden unter Ihrem Namen gespeichert. EviMap merkt sich Sie für dieses Projekt.</translation>
    </message>
    <message>
        <source>e.g. Amina Rahman</source>
        <translation>z. B. Amina Rahman</translation>
    </message>
    <message>
        <source>e.g. AR</source>
        <translation>z. B. AR</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
</context>
<context>
    <name>evimap::ui::ScreeningSettingsDialog</name>
    <message>
        <source>Blind: reviewers do not see each other&apos;s decisions until a record is settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening Criteria, Keywords and Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include: …
Exclude: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lonel*
social isolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mice
rat*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Criteria&lt;/b&gt; shown beside every record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Include keywords&lt;/b&gt; (green), one a line; * is a wildcard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Exclude keywords&lt;/b&gt; (red):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Exclusion reasons&lt;/b&gt;, in order (keys 1–9); removing one retires it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers who must agree:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the project&apos;s lead can change these.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evimap::ui::ScreeningView</name>
    <message>
        <source>Include   I</source>
        <translation>Einschließen   I</translation>
    </message>
    <message>
        <source>Exclude   E</source>
        <translation>Ausschließen   E</translation>
    </message>
    <message>
        <source>Unsure   U</source>
        <translation>Unsicher   U</translation>
    </message>
    <message>
        <source>Full text not retrieved   R</source>
        <translation>Volltext nicht beschafft   R</translation>
    </message>
    <message>
        <source>Attach PDF…   A</source>
        <translation>PDF anhängen…   A</translation>
    </message>
    <message>
        <source>Title and abstract</source>
        <translation>Titel und Abstract</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Volltext</translation>
    </message>
    <message>
        <source>Random order</source>
        <translation>Zufällige Reihenfolge</translation>
    </message>
    <message>
        <source>Import order</source>
        <translation>Importreihenfolge</translation>
    </message>
    <message>
        <source>Most relevant first</source>
        <translation>Relevanteste zuerst</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>Note (T to write, Enter to keep)</source>
        <translation>Notiz (T zum Schreiben, Eingabe zum Behalten)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Screening criteria&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sichtungskriterien&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This is the last record.</source>
        <translation>Dies ist der letzte Datensatz.</translation>
    </message>
    <message>
        <source>This is the first record.</source>
        <translation>Dies ist der erste Datensatz.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;I&lt;/b&gt; include · &lt;b&gt;E&lt;/b&gt;/&lt;b&gt;1–9&lt;/b&gt; exclude with reason · &lt;b&gt;U&lt;/b&gt; unsure · &lt;b&gt;N&lt;/b&gt;/&lt;b&gt;→&lt;/b&gt; next · &lt;b&gt;P&lt;/b&gt;/&lt;b&gt;←&lt;/b&gt; previous · &lt;b&gt;Ctrl+Z&lt;/b&gt; undo · &lt;b&gt;T&lt;/b&gt; note · &lt;b&gt;R&lt;/b&gt; not retrieved · &lt;b&gt;A&lt;/b&gt; attach PDF · &lt;b&gt;PgUp/PgDn&lt;/b&gt; pages</source>
        <translation>&lt;b&gt;I&lt;/b&gt; einschließen · &lt;b&gt;E&lt;/b&gt;/&lt;b&gt;1–9&lt;/b&gt; ausschließen mit Grund · &lt;b&gt;U&lt;/b&gt; unsicher · &lt;b&gt;N&lt;/b&gt;/&lt;b&gt;→&lt;/b&gt; nächster · &lt;b&gt;P&lt;/b&gt;/&lt;b&gt;←&lt;/b&gt; voriger · &lt;b&gt;Strg+Z&lt;/b&gt; rückgängig · &lt;b&gt;T&lt;/b&gt; Notiz · &lt;b&gt;R&lt;/b&gt; nicht beschafft · &lt;b&gt;A&lt;/b&gt; PDF anhängen · &lt;b&gt;Bild↑/Bild↓&lt;/b&gt; Seiten</translation>
    </message>
    <message>
        <source>&lt;b&gt;I&lt;/b&gt; include · &lt;b&gt;E&lt;/b&gt; exclude · &lt;b&gt;1–9&lt;/b&gt; exclude with reason · &lt;b&gt;U&lt;/b&gt; unsure · &lt;b&gt;N&lt;/b&gt;/&lt;b&gt;→&lt;/b&gt; next · &lt;b&gt;P&lt;/b&gt;/&lt;b&gt;←&lt;/b&gt; previous · &lt;b&gt;Ctrl+Z&lt;/b&gt; undo · &lt;b&gt;T&lt;/b&gt; note · &lt;b&gt;Space&lt;/b&gt; scroll</source>
        <translation>&lt;b&gt;I&lt;/b&gt; einschließen · &lt;b&gt;E&lt;/b&gt; ausschließen · &lt;b&gt;1–9&lt;/b&gt; ausschließen mit Grund · &lt;b&gt;U&lt;/b&gt; unsicher · &lt;b&gt;N&lt;/b&gt;/&lt;b&gt;→&lt;/b&gt; nächster · &lt;b&gt;P&lt;/b&gt;/&lt;b&gt;←&lt;/b&gt; voriger · &lt;b&gt;Strg+Z&lt;/b&gt; rückgängig · &lt;b&gt;T&lt;/b&gt; Notiz · &lt;b&gt;Leertaste&lt;/b&gt; blättern</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:%1&quot;&gt;The lead has not written screening criteria yet (Screening ▸ Criteria, Keywords and Reasons).&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:%1&quot;&gt;Die Projektleitung hat noch keine Sichtungskriterien geschrieben (Sichtung ▸ Kriterien, Schlagwörter und Gründe).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Exclude with a reason (required at full text):</source>
        <translation>Mit Grund ausschließen (beim Volltext erforderlich):</translation>
    </message>
    <message>
        <source>Exclude with a reason:</source>
        <translation>Mit Grund ausschließen:</translation>
    </message>
    <message>
        <source>No exclusion reasons yet; the lead adds them.</source>
        <translation>Noch keine Ausschlussgründe; die Projektleitung legt sie an.</translation>
    </message>
    <message>
        <source>Only the first nine reasons have keys.</source>
        <translation>Nur die ersten neun Gründe haben Tasten.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>No abstract.</source>
        <translation>Kein Abstract.</translation>
    </message>
    <message>
        <source>Keywords:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:%1&quot;&gt;No records have reached the full-text stage yet: they arrive when they are included at title and abstract.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:%1&quot;&gt;Noch keine Datensätze haben die Volltext-Phase erreicht: Sie kommen an, sobald sie bei Titel und Abstract eingeschlossen werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:%1&quot;&gt;This project has no records to screen yet. Import references first.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:%1&quot;&gt;Dieses Projekt hat noch keine Datensätze zum Sichten. Importieren Sie zuerst Literatur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;font-size:13pt;&quot;&gt;No PDF is attached to this record.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;A&lt;/b&gt; to attach one, or &lt;b&gt;R&lt;/b&gt; if the full text cannot be obtained.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;font-size:13pt;&quot;&gt;An diesen Datensatz ist kein PDF angehängt.&lt;/p&gt;&lt;p&gt;Drücken Sie &lt;b&gt;A&lt;/b&gt;, um eines anzuhängen, oder &lt;b&gt;R&lt;/b&gt;, wenn der Volltext nicht beschafft werden kann.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your decision: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Ihre Entscheidung: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;Not decided yet.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;Noch nicht entschieden.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Settled: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Entschieden: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>reviewers agreed</source>
        <translation>Reviewer einig</translation>
    </message>
    <message>
        <source>Others: %1</source>
        <translation>Andere: %1</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;Blind screening: other reviewers&apos; decisions show once the record is settled.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;Verblindete Sichtung: Die Entscheidungen der anderen erscheinen, sobald der Datensatz entschieden ist.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Nothing to screen</source>
        <translation>Nichts zu sichten</translation>
    </message>
    <message>
        <source>Record %1 of %2 · %3 done · %4 remaining</source>
        <translation>Datensatz %1 von %2 · %3 erledigt · %4 übrig</translation>
    </message>
    <message>
        <source>This project is read-only; decisions cannot be saved.</source>
        <translation>Dieses Projekt ist schreibgeschützt; Entscheidungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>There is no reason %1.</source>
        <translation>Es gibt keinen Grund %1.</translation>
    </message>
    <message>
        <source>At full text, exclude with a reason: press its number (1–%1).</source>
        <translation>Beim Volltext mit Grund ausschließen: Drücken Sie seine Nummer (1–%1).</translation>
    </message>
    <message>
        <source>Record %1: %2</source>
        <translation>Datensatz %1: %2</translation>
    </message>
    <message>
        <source>Note kept.</source>
        <translation>Notiz behalten.</translation>
    </message>
    <message>
        <source>The note is kept with your decision: press I, E or U.</source>
        <translation>Die Notiz wird mit Ihrer Entscheidung gespeichert: Drücken Sie I, E oder U.</translation>
    </message>
    <message>
        <source>Marked: full text not retrieved.</source>
        <translation>Markiert: Volltext nicht beschafft.</translation>
    </message>
    <message>
        <source>Full text no longer marked as not retrieved.</source>
        <translation>Volltext nicht mehr als nicht beschafft markiert.</translation>
    </message>
    <message>
        <source>Attach PDF</source>
        <translation>PDF anhängen</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF-Dateien (*.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>PDFs are attached at the full-text stage.</source>
        <translation>PDFs werden in der Volltext-Phase angehängt.</translation>
    </message>
    <message>
        <source>Attached %1 (%2 pages).</source>
        <translation>%1 angehängt (%2 Seiten).</translation>
    </message>
</context>
<context>
    <name>evimap::ui::ScreeningWindows</name>
    <message>
        <source>&amp;Screening</source>
        <translation>&amp;Sichtung</translation>
    </message>
    <message>
        <source>&amp;Screen Records…</source>
        <translation>Datensätze &amp;sichten…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikte…</translation>
    </message>
    <message>
        <source>Criteria, &amp;Keywords and Reasons…</source>
        <translation>Kriterien, &amp;Schlagwörter und Gründe…</translation>
    </message>
    <message>
        <source>Statistics and &amp;Agreement…</source>
        <translation>Statistik und Über&amp;einstimmung…</translation>
    </message>
    <message>
        <source>Reviewer not saved</source>
        <translation>Reviewer nicht gespeichert</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Screening — %1 — %2</source>
        <translation>Sichtung — %1 — %2</translation>
    </message>
    <message>
        <source>Conflicts — %1</source>
        <translation>Konflikte — %1</translation>
    </message>
    <message>
        <source>Screening statistics</source>
        <translation>Sichtungsstatistik</translation>
    </message>
    <message>
        <source>Screening Statistics and Agreement</source>
        <translation>Sichtungsstatistik und Übereinstimmung</translation>
    </message>
</context>
<context>
    <name>evimap::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>e.g. Amina Rahman</source>
        <translation>z. B. Amina Rahman</translation>
    </message>
    <message>
        <source>e.g. AR</source>
        <translation>z. B. AR</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <source>Offered when a project does not know you yet.</source>
        <translation>Wird vorgeschlagen, wenn ein Projekt Sie noch nicht kennt.</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Sichtung</translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation>&amp;Schriftart zum Lesen:</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <source>Highlight for &amp;inclusion terms:</source>
        <translation>Hervorhebung für &amp;Einschlussbegriffe:</translation>
    </message>
    <message>
        <source>Highlight for &amp;exclusion terms:</source>
        <translation>Hervorhebung für &amp;Ausschlussbegriffe:</translation>
    </message>
    <message>
        <source>The last folder used</source>
        <translation>Der zuletzt verwendete Ordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Default &amp;folder:</source>
        <translation>Standard&amp;ordner:</translation>
    </message>
    <message>
        <source>This project: duplicates</source>
        <translation>Dieses Projekt: Duplikate</translation>
    </message>
    <message>
        <source>&amp;Review pairs scoring from:</source>
        <translation>Paare &amp;prüfen ab Ähnlichkeit:</translation>
    </message>
    <message>
        <source>&amp;Merge without asking from:</source>
        <translation>Ohne Rückfrage &amp;zusammenführen ab:</translation>
    </message>
    <message>
        <source>Kept in the project file, for everyone who works on it. Defaults: %1 and %2.</source>
        <translation>Wird in der Projektdatei gespeichert und gilt für alle, die daran arbeiten. Voreinstellungen: %1 und %2.</translation>
    </message>
    <message>
        <source>Highlight for Inclusion Terms</source>
        <translation>Hervorhebung für Einschlussbegriffe</translation>
    </message>
    <message>
        <source>Highlight for Exclusion Terms</source>
        <translation>Hervorhebung für Ausschlussbegriffe</translation>
    </message>
    <message>
        <source>Default Export Folder</source>
        <translation>Standardordner für Exporte</translation>
    </message>
    <message>
        <source>Loneliness in older adults: a &lt;span style=&quot;background-color:%1&quot;&gt;randomised&lt;/span&gt; trial of group &lt;span style=&quot;background-color:%1&quot;&gt;CBT&lt;/span&gt;, not an &lt;span style=&quot;background-color:%2&quot;&gt;editorial&lt;/span&gt;.</source>
        <translation>Einsamkeit im Alter: eine &lt;span style=&quot;background-color:%1&quot;&gt;randomisierte&lt;/span&gt; Studie zu &lt;span style=&quot;background-color:%1&quot;&gt;KVT&lt;/span&gt; in Gruppen, kein &lt;span style=&quot;background-color:%2&quot;&gt;Editorial&lt;/span&gt;.</translation>
    </message>
</context>
<context>
    <name>evimap::ui::TeamMenu</name>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take a Copy to Work Offline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge a Copy Back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a record to see its history</source>
        <translation>Wählen Sie einen Datensatz, um seinen Verlauf zu sehen</translation>
    </message>
    <message>
        <source>&amp;Project History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no reviewers yet; a copy is taken for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will work on the copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EviMap projects (*.evimap)</source>
        <translation type="unfinished">EviMap-Projekte (*.evimap)</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds the project as it is now, for %2, with %n attached PDF(s). Work on it anywhere; merge it back with Team ▸ Merge a Copy Back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Merge a Copy Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
