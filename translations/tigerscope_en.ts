<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CsvObservationImporter</name>
    <message numerus="yes">
        <source>Correct the %n problem(s) in the file first: nothing was imported.</source>
        <translation>
            <numerusform>Correct the problem in the file first: nothing was imported.</numerusform>
            <numerusform>Correct the %n problems in the file first: nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LandscapeRepository</name>
    <message numerus="yes">
        <source>%n departure(s)</source>
        <translation>
            <numerusform>%n departure</numerusform>
            <numerusform>%n departures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message numerus="yes">
        <source>Read as %1; %n character(s) could not be decoded and were replaced.</source>
        <translation>
            <numerusform>Read as %1; %n character could not be decoded and was replaced.</numerusform>
            <numerusform>Read as %1; %n characters could not be decoded and were replaced.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tigerscope::AlignedParagraphModel</name>
    <message numerus="yes">
        <source>%1 · %n uncertain</source>
        <translation>
            <numerusform>%1 · %n uncertain</numerusform>
            <numerusform>%1 · %n uncertain</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tigerscope::CompaniesPage</name>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tigerscope::CsvImportDialog</name>
    <message numerus="yes">
        <source>%n figure(s) ready to import. Nothing has been written yet.</source>
        <translation>
            <numerusform>%n figure ready to import. Nothing has been written yet.</numerusform>
            <numerusform>%n figures ready to import. Nothing has been written yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: correct the file and choose it again. Nothing will be imported while a line is wrong.</source>
        <translation>
            <numerusform>%n problem found: correct the file and choose it again. Nothing will be imported while a line is wrong.</numerusform>
            <numerusform>%n problems found: correct the file and choose it again. Nothing will be imported while a line is wrong.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tigerscope::ImportBanner</name>
    <message numerus="yes">
        <source>&lt;b&gt;The source articles are not imported yet (%n missing).&lt;/b&gt; Every figure here is cited to a paragraph; import your copy of the articles and a click on a figure opens that passage in the reader, in Chinese and English side by side.</source>
        <translation>
            <numerusform>&lt;b&gt;The source articles are not imported yet (%n missing).&lt;/b&gt; Every figure here is cited to a paragraph; import your copy of the articles and a click on a figure opens that passage in the reader, in Chinese and English side by side.</numerusform>
            <numerusform>&lt;b&gt;The source articles are not imported yet (%n missing).&lt;/b&gt; Every figure here is cited to a paragraph; import your copy of the articles and a click on a figure opens that passage in the reader, in Chinese and English side by side.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tigerscope::ImportController</name>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n file could not be imported.</numerusform>
            <numerusform>%n files could not be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s)</source>
        <translation>
            <numerusform>Imported %n article</numerusform>
            <numerusform>Imported %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tigerscope::MainWindow</name>
    <message numerus="yes">
        <source>%n companies</source>
        <translation>
            <numerusform>%n company</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figures</source>
        <translation>
            <numerusform>%n figure</numerusform>
            <numerusform>%n figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n articles imported</source>
        <translation>
            <numerusform>%n article imported</numerusform>
            <numerusform>%n articles imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tigerscope::ReaderSearchPanel</name>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tigerscope::TimelinePage</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a date (in a lane of their own)</source>
        <translation>
            <numerusform>%n without a date (in a lane of its own)</numerusform>
            <numerusform>%n without a date (in a lane of their own)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tigerscope::UserDataController</name>
    <message numerus="yes">
        <source>Import %n Figure(s)</source>
        <translation>
            <numerusform>Import %n Figure</numerusform>
            <numerusform>Import %n Figures</numerusform>
        </translation>
    </message>
</context>
</TS>
