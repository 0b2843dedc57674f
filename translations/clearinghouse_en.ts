<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ch::AssignmentRepository</name>
    <message>
        <source>Case %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is already assigned to %2. Unassign it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decline needs a reason, so the next match can take it into account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is not assigned to anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this assignment. Reload the case and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::CaseDetailView</name>
    <message>
        <source>:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show medical and family details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical, family and abuse details are hidden until you ask to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note about this case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (case %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No register number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note not added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::CaseListModel</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::CaseListPage</name>
    <message>
        <source>Search name, register no., case number, facility… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>No cases match the search and filters.
Clear the search box or choose “All” to see every case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases yet — press Ctrl+N to enter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::CaseRepository</name>
    <message>
        <source>The case was not saved because some answers are not valid:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 was changed by someone else after you opened it. Your changes were not saved; reload the case to see the other changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a case status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case that is “%1” cannot move to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::CaseStatus</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screened out (referred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screened in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::CaseValidator</name>
    <message>
        <source>Enter the person&apos;s name or BOP register number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date: write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a BOP register number: it has eight digits, written NNNNN-NNN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of the 94 U.S. district courts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sentence must be a whole number of months (1 to 2400) or “life”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a known reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number “%1” looks incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth makes the person older than 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is after the start of custody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody started before the person turned 14: check both dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of custody is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projected release date is before custody started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warden cannot have received the request in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warden&apos;s response is dated before the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warden&apos;s response is dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submission date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::ChangeStatusDialog</name>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is now “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: why the status changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::CliApplication</name>
    <message>
        <source>Fill the database with realistic synthetic cases and volunteers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every case with every field to a JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen cases against the rules and print the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import questionnaire submissions from a CSV or JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: clearinghouse-cli [--db PATH] [--actor NAME] COMMAND [options]

Global options:
  --db PATH      the database file (default: %1)
  --actor NAME   the name written to the audit log (default: your account name)
  --help         this text; COMMAND --help for a command&apos;s options
  --version      the program&apos;s version

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli: %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli: unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli: no command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli: unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many cases (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many volunteers (default 40).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed for the generator; the same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli demo: --cases, --volunteers and --seed take whole numbers of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli demo: unexpected argument %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every case with every field to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file format: json (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli export: unknown format “%1”; the formats are: json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli export: say where to write with --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen cases against the rules (domain primer §4). Without CASE_IDs, every case. Results for today are stored with the case; results for another --as-of date are only printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen as of this date (YYYY-MM-DD; default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array (the default is one line per case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the referral texts: en or es (default en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases to screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli screen: --as-of takes a date written YYYY-MM-DD, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli screen: --language is en or es.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli screen: “%1” is not a case number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli screen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli screen: case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import questionnaire submissions. Prints a JSON summary; rejected rows are kept in the quarantine list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV or JSON export of the questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv or json (default: from the file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON file {&quot;column in the file&quot;: &quot;field&quot;, ...} for headers that differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a saved column mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mapping given with --mapping under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli import: give exactly one file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli import: unknown format “%1”; the formats are: csv, json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli import: give --mapping or --preset, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli import: --save-preset needs --mapping FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli import: the mapping file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli import: the mapping file must hold one JSON object, {&quot;column in the file&quot;: &quot;field&quot;, ...}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>clearinghouse-cli import: %n row(s) rejected and kept in the quarantine list.</source>
        <translation>
            <numerusform>clearinghouse-cli import: %n row rejected and kept in the quarantine list.</numerusform>
            <numerusform>clearinghouse-cli import: %n rows rejected and kept in the quarantine list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ch::ColumnMapping</name>
    <message>
        <source>The column mapping sends “%1” to “%2”, which is not a questionnaire field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column “%1” appears twice in the file. Rename one of them and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns “%1” and “%2” would both fill the field “%3”. Change the column mapping so that each field comes from one column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::CsvReader</name>
    <message>
        <source>The file could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is in UTF-16, not UTF-8. Save it again as UTF-8 CSV and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds binary data: it is not a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row is larger than %1 MiB; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has more than %1 values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted value that starts on line %1 is never closed: the file ends inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row of the file is larger than %1 MiB: this is not a questionnaire export (or its lines are not separated). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote appears inside a value that does not start with a quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is text after the closing quote of a value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::Database</name>
    <message>
        <source>The database file %1 cannot be read: %2. Check that you may open it, or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Clearinghouse database (it is not a database file at all). Nothing was written to it. Choose another file, or give a new file name to start a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file. Give the path of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not a Clearinghouse database. Nothing was written to it. Restore a backup, or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged and cannot be read. Nothing was written to it. Restore a backup, or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is a database of another program, not of Clearinghouse. Nothing was written to it. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (its integrity check failed). Nothing was written to it. Restore a backup, or open it read-only to copy what can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of Clearinghouse (schema version %2; this program knows up to %3). Nothing was written to it. Install the newer version of the program to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::DemoDataGenerator</name>
    <message>
        <source>Demo case %1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::DuplicateBanner</name>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a different request: stop warning about these cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same register number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same submitter phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same submitter email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no register no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 · %2 · %3 · %4 — %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This may be a request we already have (%n possible match(es)):</source>
        <translation>
            <numerusform>This may be a request we already have (%n possible match):</numerusform>
            <numerusform>This may be a request we already have (%n possible matches):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ch::FieldCatalog</name>
    <message>
        <source>Submission and submitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person in custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federal case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to the warden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitter&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship to the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitter&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitter&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitter&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitter&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BOP register number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentencing district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-defendants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relief sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In custody since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected release date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentenced under 18 U.S.C. §3559(c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abuse in custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warden received the request on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warden&apos;s response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warden responded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eight digits, written NNNNN-NNN (for example 12345-067).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole months of the prison term, or tick “Life”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate several names with a semicolon (;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the 94 U.S. district courts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the warden received the request (the date it was sent when receipt is unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Clearinghouse takes federal cases only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Clearinghouse helps with compassionate-release motions only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federal (U.S. District Court)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D.C. Superior Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compassionate release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clemency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pardon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expungement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentenced (in prison or home confinement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting sentencing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ch::FieldEditor</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code or name, e.g. nysd or Southern District of New York</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NNNNN-NNN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::FilePermissions</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restrict access to the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restrict access to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::ImportPresets</name>
    <message>
        <source>Give the preset a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no column-mapping preset called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::ImportService</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (its header row is not). Save it again as UTF-8 CSV and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no person_name or register_number column, so it is not a questionnaire export in CSV (or its columns need a mapping). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is longer than %1 bytes; it was cut when read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 values but the header has %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The rows before it were imported (%2 new cases).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row of the file, the header being row 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON array holds no objects, so it holds no submissions. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No object in the file has a person_name or register_number key, so it is not a questionnaire export (or its keys need a mapping). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position in the JSON array, the first object being row 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped at row %1 because the database failed: %2 The rows before the batch that held it are saved (%3 new cases); run the import again to finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is not valid UTF-8 text. It was not imported; correct it in the quarantine list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is too long (%1 characters; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has neither the person&apos;s name nor a register number, so it cannot become a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no quarantined row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantined row %1 was already dealt with (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open quarantined row %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::IntakeForm</name>
    <message>
        <source>edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+PgDown / Ctrl+PgUp: next / previous section · Ctrl+S: save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the case (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 (editing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ✖ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✖ %n answer(s) must be fixed before the case can be saved.</source>
        <translation>
            <numerusform>✖ %n answer must be fixed before the case can be saved.</numerusform>
            <numerusform>✖ %n answers must be fixed before the case can be saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n answer(s) to check.</source>
        <translation>
            <numerusform>⚠ %n answer to check.</numerusform>
            <numerusform>⚠ %n answers to check.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n answer(s) to check; the case can still be saved.</source>
        <translation>
            <numerusform>⚠ %n answer to check; the case can still be saved.</numerusform>
            <numerusform>⚠ %n answers to check; the case can still be saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>restore draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request may already be in the database:
%1

Save it as a new request anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the case to see the other changes (your changes here are discarded), or keep your changes as a draft to compare and enter them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my changes as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case not reloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are kept as a draft. They are offered again when the program starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::JsonExporter</name>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::JsonRowReader</name>
    <message>
        <source>The JSON file is %1 MiB; files over %2 MiB are not imported. Split it into smaller files and import them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file is larger than %1 MiB and was not imported. Split it into smaller files and import them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file is not valid UTF-8 text (at byte %1). Save it again as UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file does not hold a list of submissions: it must be an array of objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of the JSON array is not an object with answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of the JSON array: “%2” holds a list or an object where one value was expected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::KeyDate</name>
    <message>
        <source>No request to the warden is on file: the person should first ask the warden to bring a motion; %1 days after the warden receives it, the person may file in court.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warden received the request on %1, so the person may file in court from %2 without waiting any longer for the BOP&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; this is after the projected release date of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has served %1 % of %2 months on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will have served %1 % of %2 months on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has served %1 years on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will have served %1 years on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (life sentence: a share of the term does not exist, so only the years count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, the greater of %1 years and %2 % of %3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, the lesser of %1 years and %2 % of %3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the later date applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not apply to a life sentence: %1 % of a life term does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not apply: it is computed only when “%1” is “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date rule: it needs a physician&apos;s estimate of a life expectancy of %1 months or less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be computed until these answers are known: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::MainWindow</name>
    <message>
        <source>Clearinghouse — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in a questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Clearinghouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n intake form(s) from an earlier session were not saved. Restore them?</source>
        <translation>
            <numerusform>%n intake form from an earlier session was not saved. Restore it?</numerusform>
            <numerusform>%n intake forms from an earlier session were not saved. Restore them?</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask me next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearinghouse databases (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Clearinghouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearinghouse %1

Case management for requests for compassionate release (18 U.S.C. §3582(c)(1)(A)).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::Migrations</name>
    <message>
        <source>The database could not be upgraded to version %1 (%2). It was left unchanged at version %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::ReasonCatalog</name>
    <message>
        <source>Terminal illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot care for self in prison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialized care not provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbreak or public-health emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age (65 or older)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caregiver of a child died or incapacitated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse or partner incapacitated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent incapacitated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other family member needs care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abuse by prison staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other circumstances of similar gravity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusually long sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehabilitation (only in combination)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A serious and advanced illness with an end-of-life trajectory; no prognosis is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A condition, impairment or aging that substantially diminishes the ability to provide self-care in prison, from which the person is not expected to recover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs long-term or specialized medical care that is not being provided, with a risk of serious deterioration or death.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facility is affected by an outbreak or public-health emergency, the person is at increased risk, and the risk cannot be mitigated in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 65, serious deterioration because of aging, and has served at least 10 years or 75% of the term, whichever is less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caregiver of a minor child (or an adult child unable to care for themselves) has died or is incapacitated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spouse or registered partner is incapacitated and the person would be the only available caregiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parent is incapacitated and the person would be the only available caregiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A similar situation for another immediate family member or a person in a similar relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual abuse, or physical abuse causing serious bodily injury, by BOP staff or a contractor while in custody, established by a conviction or a civil or administrative finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other circumstances similar in gravity to those above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unusually long sentence, at least 10 years served, and a change in the law that produces a gross disparity. Contested in some circuits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehabilitation is not a reason on its own but may be considered together with other reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim of abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Considered in combination</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::ReasonRepository</name>
    <message>
        <source>Likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BOP medical records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BOP records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physician&apos;s letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Death certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of incapacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conviction or finding of abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentence report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to the warden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warden&apos;s response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a known reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The narrative is too long (at most 20,000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a kind of evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence cannot be received before it was requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description or file reference is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That evidence item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::RuleSet</name>
    <message>
        <source>“%1” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a date in the form YYYY-MM-DD, not “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs at least one of age_years, served_years, served_percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1combine” must be “lesser” or “greater” when both served_years and served_percent are given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1only_when.field” names “%2”, which is not a questionnaire field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1field” names “%2”, which is not a questionnaire field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1pass” must list at least one answer that passes the gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be an object with “code” and “referral”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1otherwise” must be “missing” or an object with “code” and “referral”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1criteria” must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1reason” names “%2”, which is not a reason code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1circuit” is “%2”, which is not a federal circuit (1 to 11 or DC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1status” must be “rejected” or “contested”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be an object with “en” and “es” texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gate on “%1” refers to the referral “%2”, which “referrals” does not define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it uses format version %1, but this program reads version %2; update the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“calendar.missing_day” must be “next_month_first” or “month_end”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“gates” must be a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“contested_reasons” must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule file %1 cannot be opened: %2. Check that it exists and can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule file %1 is not valid JSON (%2 at character %3). Fix the file or restore it from the release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule file %1 is not a rule file: it must hold one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule file %1 cannot be used: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::RuleSetRegistry</name>
    <message>
        <source>The rule files %1 and %2 both take effect on %3; only one rule set can apply on a date. Remove or re-date one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No screening rule file was found. Reinstall the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The as-of date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No screening rules were in effect on %1: the earliest rule set takes effect on %2. Choose a later as-of date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::ScreeningEngine</name>
    <message>
        <source>The answer “%1” for %2 is not a date in the form YYYY-MM-DD; it was treated as missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sentence length “%1” is neither a number of months nor “life”; it was treated as missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a known reason code; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only reason claimed is rehabilitation, which never counts on its own; ask about other reasons.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::Sql</name>
    <message>
        <source>The database is busy with another program or user. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only. Changes cannot be saved; open a copy you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file could not be read or written (input/output error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Clearinghouse database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change conflicts with data already saved (a duplicate or a missing link).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::VolunteerRepository</name>
    <message>
        <source>A volunteer needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a kind of volunteer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no volunteer %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
