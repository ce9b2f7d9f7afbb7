<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArticleParser</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) could not be decoded as %1 and were replaced.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>A chart of %1 × %2 at scale %3 cannot be exported: each side must come to between 1 and %4 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name was given for the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown file type “%1”: save the chart as .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder; choose a file name to save the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rendering failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPainter</name>
    <message>
        <source>n.a.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data to show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Folder of the user&apos;s database (default: the application data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface and output language: en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tigerscope [--data-dir DIR] [--lang en|zh_CN] [COMMAND [options]]
Tigerscope explores China&apos;s AI model companies after DeepSeek, every figure cited.
Without a command it opens the window.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Global options:
  --data-dir DIR     Folder of the user&apos;s database.
  --lang LANGUAGE    en or zh_CN.
  -h, --help         Show this help, or a command&apos;s help after its name.
  -v, --version      Show the version.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command %1 is not available in this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language %1 (use en or zh_CN)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2) and could not be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database was damaged (%1). It was kept as %2 and a new one was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is not a Tigerscope database and its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is locked by another program; close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged and its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it belongs to another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is empty and read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new database was created at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database was written by a newer version of Tigerscope (schema %1; this version knows %2). It is open read-only: nothing will be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 needs an upgrade but is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up the database before upgrading it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database was upgraded from schema %1 to %2; the old one was kept as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database %1 is not writable: it is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the shipped dataset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipped dataset does not match this version of Tigerscope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the database views: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s dataset is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot unpack the application&apos;s dataset: no writable cache folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetCompiler</name>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid publication date %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs labels in both languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs names in both languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alias %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid date %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a unique id between 1 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a finite value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is derived but does not say how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs summaries in both languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cites unknown article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>citation needs a paragraph number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>citation needs the figure or phrase as printed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a folder; CSV export writes one file per table into a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateFormatter</name>
    <message>
        <source>date not given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDataCommand</name>
    <message>
        <source>Write the whole dataset (companies, people, metrics, observations with citations, events, articles) as JSON or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json (default) or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file (json) or folder (csv); standard output when omitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format %1 (use json or csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Six little tigers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other players</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeepSeek integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberFormatter</name>
    <message>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>The schema script %1 is missing from the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database statement failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>The file is too large to import (%1 MB; the limit is %2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not text: it contains binary data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8, and this build cannot read GB18030 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read as text: most of it is not valid %1. Save it as UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UncertaintyStyle</name>
    <message>
        <source>reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approximate or estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived (calculated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least (≥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most (≤)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tigerscope::ComingPage</name>
    <message>
        <source>This section is being built and arrives in a coming version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tigerscope::CompaniesPage</name>
    <message>
        <source>Filter by any name or alias, 中文 or English…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n companies</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tigerscope::CompanyTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tigerscope::MainWindow</name>
    <message>
        <source>About Tigerscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tigerscope %1&lt;/h3&gt;&lt;p&gt;Explores the landscape of China&apos;s AI model companies after DeepSeek — the six little tigers against the giants — with every figure traceable to the paragraph of the article it comes from.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Built with Qt %2 (LGPL/GPL), SQLite (public domain) and ICU (Unicode licence).&lt;/p&gt;&lt;p&gt;The shipped figures are facts cited from: “Post DeepSeek Era: Six Little Tigers Turn Left, BAT Turn Right” (New Entropy, 26 March 2025) and “DeepSeek per capita, top-down progressive time”. The articles&apos; text is not included: import your copy to read the cited passages.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tigerscope — China&apos;s AI model companies after DeepSeek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tigerscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n companies</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figures</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n articles imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tigerscope::ObservationTableModel</name>
    <message>
        <source>Derived: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
