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
    <name>ch::BackgroundRead</name>
    <message>
        <source>The database could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::BackupCommands</name>
    <message>
        <source>clearinghouse-cli: cannot read the passphrase file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli: the passphrase file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a checked backup of the database, or list the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder (default: “backups” beside the database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many backups to keep (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the backup with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE (else from CLEARINGHOUSE_BACKUP_PASSPHRASE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the backups, newest first, instead of writing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli backup: --keep takes a whole number of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli backup: --encrypt needs a passphrase: give --passphrase-file FILE or set CLEARINGHOUSE_BACKUP_PASSPHRASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli backup: there is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a backup and put it in place of the database. The replaced database is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the passphrase of an encrypted backup from the first line of FILE (else from CLEARINGHOUSE_BACKUP_PASSPHRASE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only check the backup; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli restore: name one backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli restore: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::BackupController</name>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a checked copy of the database to the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database with a checked backup; the current one is kept beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last backup: %n minute(s) ago</source>
        <translation>
            <numerusform>Last backup: %n minute ago</numerusform>
            <numerusform>Last backup: %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last backup: %n hour(s) ago</source>
        <translation>
            <numerusform>Last backup: %n hour ago</numerusform>
            <numerusform>Last backup: %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last backup: %n day(s) ago</source>
        <translation>
            <numerusform>Last backup: %n day ago</numerusform>
            <numerusform>Last backup: %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 passed its checks.

Restoring replaces the database you have open; every change made since the backup is no longer shown. The current database is kept beside it, so nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup on closing (%1) failed; back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared database is backed up on the server (pg_dump); ask its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups: on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored on the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::BackupCrypto</name>
    <message>
        <source>The backup file %1 could not be written completely. Check that the disk has space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 could not be written. Check that the disk has space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a passphrase to encrypt the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was not enough memory to derive the encryption key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an encrypted Clearinghouse backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong, or %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged: it was changed or cut short after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is incomplete: its end is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::BackupService</name>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be flushed to disk in %1. Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checked backup could not be moved into place as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable Clearinghouse backup: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 failed its integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make a temporary copy of %1 to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is encrypted. Enter its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a temporary folder to check the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be copied next to %1. Check that the disk has space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored file could not be flushed to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current database %1 could not be moved aside; nothing was restored. Close every program that uses it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was checked but could not be put in place. The previous database is at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::BatchMatchDialog</name>
    <message>
        <source>Batch matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept &amp;ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan could be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (urgent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No screened-in case is waiting for a volunteer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n waiting case(s) can be placed now; %2 ticked. %3 stay in the queue (no eligible volunteer with room).</source>
        <translation>
            <numerusform>%1 of %n waiting case can be placed now; %2 ticked. %3 stay in the queue (no eligible volunteer with room).</numerusform>
            <numerusform>%1 of %n waiting cases can be placed now; %2 ticked. %3 stay in the queue (no eligible volunteer with room).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 proposed, room for %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many cases for a volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved. These volunteers would get more cases than they have room for: %1. Choose someone else for some of their cases, or untick them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments not saved</source>
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
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet saved as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter saved as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>narrative: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
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
    <message>
        <source>Medical or family reason (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases could not be counted: %1</source>
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
    <message>
        <source>Show &amp;medical and family reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical and family reasons are hidden in the list until you show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting cases…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::CasePacketPanel</name>
    <message>
        <source>Volunteer packet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redaction profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the packet page by page before printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the packet as a PDF only you can open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letters to the family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral, received, in review and matched letters in the family&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet for case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save packet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet not saved</source>
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
        <source>The file to write.</source>
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
    <message>
        <source>Write a checked (optionally encrypted) backup, or list the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a backup and restore it in place of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a case&apos;s packet for its volunteer as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a letter to a case&apos;s family as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the volunteer roster from a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match one case, or every waiting case (--batch), to volunteers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases per transaction (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a line {&quot;committed&quot;: N} after each committed batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli demo: --cases, --volunteers, --seed and --batch take whole numbers (--batch at least 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file format: json (default) or csv (the questionnaire template&apos;s columns, safe to open in a spreadsheet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli export: unknown format “%1”; the formats are: json, csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli %1: give exactly one case number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli %1: “%2” is not a case number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the packet of one case (cover sheet, summary, screening, reasons, documents, answers, contacts, history, notes pages) as a PDF only you can read. The case&apos;s audit history records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the packet may show: %1 (default volunteer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli packet: say where to write with --out FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli packet: unknown profile “%1”; the profiles are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli packet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a letter to the family of one case as a PDF only you can read, in the family&apos;s language (English or Spanish) unless --language says otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en or es (default: the family&apos;s language).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli letter: say which letter with --kind %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli letter: --language is en or es.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli letter: say where to write with --out FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli letter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute a report (funnel, stage times, ...) as JSON or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, add or change the users of this database and their roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen as of this date (YYYY-MM-DD; default today; on or after 2023-11-01, when the first rule file took effect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a whole database file to an empty shared (PostgreSQL) database and verify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: clearinghouse-cli [--db PATH | --server URL] [--actor NAME] COMMAND [options]

Global options:
  --db PATH      the database file (default: %1)
  --server URL   a shared database instead: postgresql://user@host:port/database[?sslmode=…]
  --password-stdin  read the server&apos;s password from the first line of the input (else
                 PGPASSFILE or ~/.pgpass, else a prompt)
  --actor NAME   the name written to the audit log (default: your account name)
  --help         this text; COMMAND --help for a command&apos;s options
  --version      the program&apos;s version

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli: give --db or --server, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli %1: works on a database file; a shared database is backed up on the server (ask its administrator, e.g. pg_dump).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli: --actor “%1” is set aside: on a shared database you work as the server user “%2”.</source>
        <translation type="unfinished"></translation>
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
    <name>ch::ColumnMappingEditor</name>
    <message>
        <source>Check which questionnaire field each column fills. Columns marked “Keep as an extra answer” are saved with the case under their own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved mappings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for this mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for the column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as an extra answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column has the template&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested from the column&apos;s name; check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column fills “%1” or “%2”, so the rows cannot become cases. Choose the column that holds the person&apos;s name or register number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) fill questionnaire fields; %1 kept as extra answers.</source>
        <translation>
            <numerusform>%n column fills questionnaire fields; %1 kept as extra answers.</numerusform>
            <numerusform>%n columns fill questionnaire fields; %1 kept as extra answers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns marked with a question mark were matched by their names: check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping saved as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::ConflictMergeDialog</name>
    <message>
        <source>Other answers (from the import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional submitters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 was saved by someone else while you were editing it. Nothing has been overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields only you changed keep your value; fields only the other person changed keep theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) were changed by both of you: choose which value to keep.</source>
        <translation>
            <numerusform>%n field was changed by both of you: choose which value to keep.</numerusform>
            <numerusform>%n fields were changed by both of you: choose which value to keep.</numerusform>
        </translation>
    </message>
    <message>
        <source>No field was changed by both of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by the other person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (changed by both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value to keep for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save merged case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard my changes and reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::CsvExporter</name>
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
    <message>
        <source>The file %1 is empty (0 bytes). It may be a database that was cut short. Nothing was written to it. Restore a backup, or choose another file; to start a new database, give a file name that does not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is read-only: the file or its folder cannot be written. Nothing was changed. Open it read-only to look at the cases, or copy it to a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new database %1 could not be put in place. Check that the folder is writable and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has changes in its log file that cannot be read from a read-only folder. Copy the database and its “-wal” file to a folder you can write to, and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the password of the user “%1” at %2. Check the password (or the password file named by PGPASSFILE, else ~/.pgpass) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user “%1” may no longer log in to %2: it has been deactivated. Ask an administrator of the shared database to activate it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 has no user “%2”. Ask the administrator of the shared database to add you (File → Users…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no database “%1” (%2). Check its name, or ask the administrator to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 and this computer could not agree on an encrypted connection (sslmode=%2). Ask the administrator which sslmode the server needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 does not let the user “%2” connect from this computer. Ask the administrator to allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 cannot be reached. Check the host name and port, that the server is running, and this computer&apos;s network connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation cannot reach a PostgreSQL server: Qt&apos;s PostgreSQL driver is missing. Install the package libqt6sql6-psql and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 stores text as %2, which cannot hold every name and accent. Nothing was written to it. Ask the administrator to create it with ENCODING &apos;UTF8&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 belongs to another program, not to Clearinghouse. Nothing was written to it. Give the name of an empty database, or of a Clearinghouse one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database %1 was upgraded by a newer version of Clearinghouse (schema version %2; this program knows up to %3). Nothing was written to it. Install the newer version of the program on this computer to work with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database %1 needs an upgrade (schema version %2 to %3) that only its owner, the server user “%4”, may make. Nothing was changed. Ask them to open it once with this version of the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 asks for the password of the user “%2”, and none was given (the password file has no entry for it). Type the password, or add it to the password file named by PGPASSFILE (else ~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::DatabaseCopier</name>
    <message>
        <source>The shared database %1 is not empty: it already holds %2. Nothing was copied; migrate copies only into an empty database (ask the administrator for a new one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 has schema version %2 and this program writes version %3. Open it once with this version (for example clearinghouse-cli --db FILE screen) to bring it up to date, then migrate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program does not know how to copy the tables %1. Nothing was copied; report this to the developers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 has different columns in the file (%2) and on the server (%3). Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n row(s) so far</source>
        <translation>
            <numerusform>  %1: %n row so far</numerusform>
            <numerusform>  %1: %n rows so far</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying the table %1 failed: %2 Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %1: %n row(s) (%2 s)</source>
        <translation>
            <numerusform>Copied %1: %n row (%2 s)</numerusform>
            <numerusform>Copied %1: %n rows (%2 s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebuilding the search index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying counts and checksums…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::DatabaseOpener</name>
    <message>
        <source>Choose a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearinghouse databases (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored. The database it replaced is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::DatabaseProblemDialog</name>
    <message>
        <source>The database %1 is on a network drive. Databases on network drives can be damaged when two computers use them at once, because file locking there is not reliable.

A team that shares its cases should use the shared mode with a database server. To work alone, copy the file to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearinghouse — the database cannot be used as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;shared database…</source>
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
    <name>ch::DocumentOutput</name>
    <message>
        <source>Preview failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed file not protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Check the file&apos;s permissions before sharing the computer.</source>
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
    <name>ch::EvidenceDialog</name>
    <message>
        <source>Edit evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it is kept: folder or document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requested on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eceived on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested date is not a date. Write it as YYYY-MM-DD, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The received date is not a date. Write it as YYYY-MM-DD, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence cannot be received before it was requested. Check the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The received date is in the future. Enter it when the evidence has arrived.</source>
        <translation type="unfinished"></translation>
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
    <name>ch::FollowUpRepository</name>
    <message>
        <source>Say what needs doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up is too long (at most 500 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::FollowUpsPanel</name>
    <message>
        <source>Follow-ups of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Call the daughter about the medical records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::HomePage</name>
    <message>
        <source>What needs doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items in the chosen queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some queues could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out what needs doing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::IdleLock</name>
    <message>
        <source>Clearinghouse is locked to keep case details private.
Your open work is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the case details again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::ImportDialog</name>
    <message>
        <source>Import submissions — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next: columns &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n submission(s) in %1 (%2), as read. Check that this is the file you meant; nothing is imported yet.</source>
        <translation>
            <numerusform>The first %n submission in %1 (%2), as read. Check that this is the file you meant; nothing is imported yet.</numerusform>
            <numerusform>The first %n submissions in %1 (%2), as read. Check that this is the file you meant; nothing is imported yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n submission(s) in %1 (%2), as read. Check that this is the file you meant; nothing is imported yet.</source>
        <translation>
            <numerusform>The only submission (%n) in %1 (%2), as read. Check that this is the file you meant; nothing is imported yet.</numerusform>
            <numerusform>All %n submissions in %1 (%2), as read. Check that this is the file you meant; nothing is imported yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1… Nothing is kept until the whole file is in; Cancel leaves the database as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: undoing the rows imported so far…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing from the file was imported; the database is as it was before.</source>
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
    <name>ch::ImportPreview</name>
    <message>
        <source>The file %1 cannot be read: %2. Check that it exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty: there is nothing to import.</source>
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
    <message>
        <source>Nothing from this file was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped at row %1 because the database failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer “%1” is too long (%2 characters; at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of an additional submitter is too long (%2 characters; at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a case status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import has not finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::ImportSummaryDialog</name>
    <message>
        <source>Import finished — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was imported in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 was imported; %n row(s) need attention and wait in the import quarantine.</source>
        <translation>
            <numerusform>%1 was imported; %n row needs attention and waits in the import quarantine.</numerusform>
            <numerusform>%1 was imported; %n rows need attention and wait in the import quarantine.</numerusform>
        </translation>
    </message>
    <message>
        <source>New cases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the database (skipped):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected (kept in quarantine):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later submission for a person already known:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows — “Row” is the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New requests from people already known — check them against the earlier request (double-click to open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;quarantine</source>
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
        <source>Case not reloaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::IntegrityMonitor</name>
    <message>
        <source>The database %1 is damaged: its integrity check failed. To keep the damage from spreading, nothing more will be saved to it in this window. Copy or export what you need, then restore a backup (File menu) or open another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the database for damage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database checked: no damage found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database damaged: read-only</source>
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
    <message>
        <source>Item %1 of the JSON array: “additional_submitters” must be a list of objects with name, relationship, phone, email, address and language.</source>
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
    <message>
        <source>Age prong, (b)(2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten years served, (b)(6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory 70 and 30 years, §3582(c)(1)(A)(ii)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhaustion ripe (30 days after the warden&apos;s receipt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal medical condition (life expectancy of 18 months or less)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elderly inmate with medical conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other elderly inmate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;New law&quot; elderly inmate (18 U.S.C. §3582(c)(1)(A)(ii))</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::LetterDialog</name>
    <message>
        <source>Letters to the family, case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire does not say which language the family reads; English is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s language on the questionnaire: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter for case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::LetterTemplateDialog</name>
    <message>
        <source>Letter templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text: a blank line starts a new paragraph. These are filled in from the case: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter shipped with the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known, so printed as typed: %1. Check the spelling against the list above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter you were editing has changes that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the letter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this letter with the one shipped with the program? Your edits to it are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter not reset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::LetterTemplateRepository</name>
    <message>
        <source>Referral (screened out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched with a volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no letter “%1” in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a kind of letter; the kinds are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters are written in English (en) or Spanish (es), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter cannot be empty. Write the letter, or reset it to the default.</source>
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
    <message>
        <source>Clearinghouse — %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in questionnaire submissions from a CSV or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that imports rejected, to correct or discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every case to a CSV or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Packets for assigned cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or save the packets of every case assigned since a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter &amp;templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the letters sent to families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening &amp;queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases waiting for a screening decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-screen all cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letters to the family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Match volunteers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See who can take the case, and assign it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add volunteer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch matching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose volunteers for every screened-in case that is waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) assigned.</source>
        <translation>
            <numerusform>%n case assigned.</numerusform>
            <numerusform>%n cases assigned.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire exports (*.csv *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new case(s) imported.</source>
        <translation>
            <numerusform>%1: %n new case imported.</numerusform>
            <numerusform>%1: %n new cases imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 imported from the quarantine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import quarantine (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv);;JSON, complete (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Choose another folder or file name and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) exported to %1.</source>
        <translation>
            <numerusform>%n case exported to %1.</numerusform>
            <numerusform>%n cases exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover the window until you unlock it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save packet as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts and numbers for a period, to export as CSV or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes saved elsewhere are now shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Until then the cases are shown read-only, without medical and family details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who uses this database, and in which role (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First user of this database: you are its administrator (File → Users…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;shared database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work in a team&apos;s database on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database on a server that the team shares: what colleagues save appears here within seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::MatchCaseRepository</name>
    <message>
        <source>There is no case %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::MatchPanel</name>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (needed to decline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for unassigning or declining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volunteer declines the case; it goes back to the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible volunteers, best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a score to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign to selected volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Case %1&lt;/b&gt;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — case %2&lt;br&gt;Reasons: %3 · District: %4 · Languages: %5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · &lt;b&gt;urgent&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1 on %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned. Choose a volunteer below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: assigned %2, %3 %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier assignments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer take this case: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case not unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::MatchPlanner</name>
    <message>
        <source>Inactive: no longer takes cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On leave until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Training expired on %1 (last completed %2; training counts for %n month(s)).</source>
        <translation>
            <numerusform>Training expired on %1 (last completed %2; training counts for %n month).</numerusform>
            <numerusform>Training expired on %1 (last completed %2; training counts for %n months).</numerusform>
        </translation>
    </message>
    <message>
        <source>At capacity: %1 of %2 open cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law-clinic student without a supervising attorney on the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law-clinic student whose supervisor, %1, is not an active attorney on the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: %1, named in the case, is on the volunteer&apos;s conflict list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case names no reasons yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expertise covers none of the case&apos;s %n reason(s).</source>
        <translation>
            <numerusform>Expertise does not cover the case&apos;s %n reason.</numerusform>
            <numerusform>Expertise covers none of the case&apos;s %n reasons.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expertise covers %1 of %2 reasons: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted in the sentencing district, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted in another district of the same circuit (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted to the bar of %1, where the person is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not admitted in %1, its circuit or the facility&apos;s state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has no known sentencing district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaks %1, the language of the person or family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No language recorded for the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not speak %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 open cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal illness: the case is urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined this case on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined this case on %1: “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined this case: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::MatchSession</name>
    <message>
        <source>No assignment was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to a volunteer by matching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volunteer declined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned; back in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::MigrateCommand</name>
    <message>
        <source>Copy a whole database file to an empty shared (PostgreSQL) database, keeping every id, and verify each table&apos;s row count and checksum on both sides. The file is only read; the server database holds the whole copy or nothing. The password as for --server (PGPASSFILE, --password-stdin or a prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file: sqlite:PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The empty server database: postgresql://user@host:port/database[?sslmode=…].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the server&apos;s password from the first line of the input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli migrate: unexpected argument %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli migrate: say which file to copy with --from sqlite:PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli migrate: say where to copy with --to postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli migrate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli migrate: there is no database file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database %1 is not empty: it already holds a Clearinghouse database (schema version %2). Nothing was copied; migrate copies only into an empty database (ask the administrator for a new one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the tables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checksum (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli migrate: the copy of %1 differs from the file, so nothing was kept on the server (rolled back). Report this with the table above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server user “%1” was not a user of the file: it is now an administrator of the shared database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) in %1 s; every table&apos;s count and checksum match.</source>
        <translation>
            <numerusform>Copied %n row in %1 s; every table&apos;s count and checksum match.</numerusform>
            <numerusform>Copied %n rows in %1 s; every table&apos;s count and checksum match.</numerusform>
        </translation>
    </message>
    <message>
        <source>These users have no server login yet: %1. Give each a password with clearinghouse-cli --server %2 users set LOGIN --new-password-stdin, or in File → Users….</source>
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
    <name>ch::PacketBatch</name>
    <message>
        <source>There are no cases to print: no case was assigned in that period. Choose an earlier date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n packet(s); those files were kept.</source>
        <translation>
            <numerusform>Cancelled after %n packet; that file was kept.</numerusform>
            <numerusform>Cancelled after %n packets; those files were kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) written.</source>
        <translation>
            <numerusform>%n packet written.</numerusform>
            <numerusform>%n packets written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ch::PacketBatchDialog</name>
    <message>
        <source>Packets for assigned cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases assigned &amp;since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;One PDF with every packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF &amp;per case, in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write packets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) assigned since then and still open.</source>
        <translation>
            <numerusform>%n case assigned since then and still open.</numerusform>
            <numerusform>%n cases assigned since then and still open.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save packets as one PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing packets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current packet…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::PacketBuilder</name>
    <message>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 years %3 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearinghouse case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age prong, §1B1.13(b)(2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten years served, §1B1.13(b)(6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age 70 and 30 years served, §3582(c)(1)(A)(ii)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhaustion ripe (30 days after the warden&apos;s receipt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a federal case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a request for compassionate release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet sentenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case packet, case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXHAUSTION RIPE: MAY FILE IN COURT FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening could not be run, so this date is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: no warden request on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMPASSIONATE RELEASE CLEARINGHOUSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearinghouse case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentencing district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), circuit %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentencing judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: see the judgment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redaction profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This packet holds private information about a person in federal custody and their family. It is shared with you only for your work on this case. Do not copy it or pass it on, keep it where others cannot read it, and return or destroy it when your work ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redaction profile: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening and key dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents to obtain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages for your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this packet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, age %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In custody since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relief sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response: %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person has asked before; see the case list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Few answers are on file yet; see the questionnaire answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening could not be run for this case; ask the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screened in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screened out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs more information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1, rules %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after projected release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is contested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; in circuit %1 it is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral given to the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons checklist (USSG §1B1.13(b))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticked box is a reason the family claimed. The assessment and the evidence are the office&apos;s work so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative withheld under the %1 profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(received %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(requested %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(to request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reasons tracker could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per the questionnaire: %1; get a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per the questionnaire: %1 on %2; get a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgment and commitment order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentence report (PSR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical records and physician letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BOP medical records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BOP records (progress report, disciplinary history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to the warden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per the questionnaire, the warden received it on %1; get a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warden&apos;s response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To obtain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld under the %1 profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other answers on the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No submitter is on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person in custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status changes are recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (continued)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::PacketService</name>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::PacketWriter</name>
    <message>
        <source>The pages could not be drawn: the printer or file refused them. Check the printer or the folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new page could not be started. Check the printer or the free space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages could not be finished. Check the printer or the free space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::PdfFile</name>
    <message>
        <source>%1 is a folder. Give a file name ending in .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Choose another folder or file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be made private to you, so nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Check the free space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus, forms and letters on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes between automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 turns automatic backups off; a backup is still made on closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automatic backup every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is also made each time the program closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes without input before the window locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the window after &amp;idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a passphrase, or turn encryption off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt backups with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is kept only while the program runs and is never saved: enter it again after each start, or backups are written unencrypted. Without it an encrypted backup cannot be restored, so keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::QuarantineModel</name>
    <message>
        <source>(whole row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values as read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::QuarantinePage</name>
    <message>
        <source>Rows that earlier imports rejected. Select one, correct its values and import it again, or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rejected rows are waiting. Rows that an import cannot turn into cases appear here, with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (double-click to correct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import row again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row&apos;s shape was wrong, so its values may sit under the wrong columns: correct at least one value before importing it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid UTF-8 in the file: retype this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row was imported as case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row was already in the database; nothing new was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard row?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of %2 will not be imported and leaves this list. The audit log keeps its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row not discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row was discarded.</source>
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
    <name>ch::ReasonChecklistModel</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n received</numerusform>
            <numerusform>%n received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n received</source>
        <translation>
            <numerusform>%1 of %n received</numerusform>
            <numerusform>%1 of %n received</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family named this reason in the questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family did not name this reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no reason in row %1.</source>
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
    <name>ch::ReasonsChecklist</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Your entry is still on screen; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehabilitation alone is not an extraordinary and compelling reason (§1B1.13(d)). Assess it together with at least one other reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extraordinary and compelling reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as a combined factor only: it never counts as a reason on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this assessment: what the records show, what is still missing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff &amp;assessment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Narrative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by the family in the questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not claimed by the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not received yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from this reason? The audit trail keeps a record of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::RedactionProfile</name>
    <message>
        <source>External</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical details, submitter contact details and staff notes are withheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete: every answer, medical details and contact details are included.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::ReportChart</name>
    <message>
        <source>%1 (the %2 largest; the table has all %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no requests in this period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::ReportCommands</name>
    <message>
        <source>Compute a report for a period (default: the last twelve months) and print it as JSON or CSV. Reports: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report, e.g. funnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD; default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request, whatever its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json (the default) or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the reports and stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli report: name one report: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli report: there is no report “%1”. The reports are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli report: --format is json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli report: give --all-time or --from/--to, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli report: --%1 needs a date written YYYY-MM-DD, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli report: the period starts after it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli report: could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli report: could not write %1: %2. Check the free space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::ReportExporter</name>
    <message>
        <source>Could not write %1: %2. Choose another folder or file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. No file was written; check the free space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearinghouse report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::ReportPeriod</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::ReportService</name>
    <message>
        <source>Requests received per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons claimed and assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in each stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer load by organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer load by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes by district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests by the month they were submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current screening result of the requests submitted in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why screened-out requests were referred elsewhere; a request can have more than one reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>§1B1.13 reasons claimed by families, and the staff assessment of each, for the requests submitted in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the requests submitted in the period, how many reached each stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days spent in a stage before the next status change (completed stays of requests submitted in the period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases and free places now; placements are assignments made in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests submitted in the period by sentencing district, and the stages they reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report “%1” could not be computed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of screened out (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of received (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the stage now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screened out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::ReportTableModel</name>
    <message>
        <source>no figure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: all time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same numbers are in the table beside the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts after it ends. Choose a “From” date on or before the “To” date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Try again; if it keeps failing, make a backup and tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Period: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup. It is checked before anything is replaced, and the database you have open now is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
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
        <source>There are no backups in %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the encrypted backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearinghouse backups (*.db *.chbackup);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::Roles</name>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor (read only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enters, imports and screens cases, reads medical and family details, prints packets and letters, exports and backs up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the volunteer roster and matches cases to volunteers; does not see medical and family details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything staff and coordinators do, and manages the users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads cases, their history and the audit trail without medical and family details; changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see medical and family details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print packets and letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the volunteer roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match cases to volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export data, back up or restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) does not allow you to %2. Ask an administrator if you need to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::RosterCommands</name>
    <message>
        <source>Import the volunteer roster from a CSV file with the columns %1. Lists are separated by “;”. Prints a JSON summary; rejected rows are listed with the reason and nothing is written for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli import-volunteers: give exactly one CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli import-volunteers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>clearinghouse-cli import-volunteers: %n row(s) rejected; correct them and import the file again.</source>
        <translation>
            <numerusform>clearinghouse-cli import-volunteers: %n row rejected; correct it and import the file again.</numerusform>
            <numerusform>clearinghouse-cli import-volunteers: %n rows rejected; correct them and import the file again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Match cases to volunteers (domain primer §5). With CASE_ID: the ranked candidates for one case and the volunteers excluded, with the reason. With --batch: a plan for every screened-in case without a volunteer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case to match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan every screened-in, unassigned case at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --batch: save the planned assignments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (the default is one line per volunteer or assignment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge leave and training as of this date (YYYY-MM-DD; default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli match: give one CASE_ID, or --batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli match: --apply goes with --batch; assign one case in the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli match: --as-of takes a date written YYYY-MM-DD, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli match: “%1” is not a case number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli match: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearinghouse-cli import-volunteers: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::RosterPage</name>
    <message>
        <source>Search name or organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
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
        <source>Training expires within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days until the training expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add volunteer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop offering cases to this volunteer. Their history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainings that expire soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training counts for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months a training counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s)</source>
        <translation>
            <numerusform>%n volunteer</numerusform>
            <numerusform>%n volunteers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No training expires in the next %n day(s).</source>
        <translation>
            <numerusform>No training expires in the next %n day.</numerusform>
            <numerusform>No training expires in the next %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired or expiring in the next %n day(s):</source>
        <translation>
            <numerusform>Expired or expiring in the next %n day:</numerusform>
            <numerusform>Expired or expiring in the next %n days:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no training recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expired %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: valid until %2 (%n day(s) left)</source>
        <translation>
            <numerusform>%1: valid until %2 (%n day left)</numerusform>
            <numerusform>%1: valid until %2 (%n days left)</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %1? They will not be offered new cases. Their %n open case(s) stay assigned until you unassign them; their history is kept.</source>
        <translation>
            <numerusform>Deactivate %1? They will not be offered new cases. Their %n open case stays assigned until you unassign it; their history is kept.</numerusform>
            <numerusform>Deactivate %1? They will not be offered new cases. Their %n open cases stay assigned until you unassign them; their history is kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate %1? They will not be offered new cases; their history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer not deactivated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::RosterSettings</name>
    <message>
        <source>A training must count for between 1 and 120 months; %1 is outside that.</source>
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
    <name>ch::ScreeningPanel</name>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, after projected release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen again &amp;today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens this case again as of today and keeps the earlier result in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be screened again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhaustion: when a motion may be filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed to screen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed for the dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral for the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is outside what the Clearinghouse handles. Send the family this text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key dates under USSG §1B1.13</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BOP Program Statement 5050.50 (warden stage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;BOP Program Statement 5050.50 criteria beside the USSG view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BOP applies its own, stricter criteria when the warden decides a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contested reasons and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no screening result for this case yet. Save the case to screen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screened out because: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gate failed, but an answer the gates need is missing or unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federal, a compassionate-release request, sentenced and in custody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set %1 (in effect from %2) · screened as of %3 · recorded %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ripe since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ripe on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was claimed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the sentencing circuit (circuit %1) it has been %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sentencing district is not known, so the circuit&apos;s law cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ruling of the sentencing circuit (circuit %1) is recorded in the rule set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the intake form at “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::ScreeningQueueModel</name>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send referral: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for a reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next key date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screened as of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::ScreeningQueuePage</name>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screened in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screened out, referral to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cases &amp;waiting for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases whose status is received, screening or needs information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-screen all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen every case again as of today. Earlier results stay in each case&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs information: %1 · Screened in: %2 · Screened out: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening every case again as of today…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-screen all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-screening stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every case could be screened again: %1 The cases done so far are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %1 of %n case(s).</source>
        <translation>
            <numerusform>Stopped after %1 of %n case.</numerusform>
            <numerusform>Stopped after %1 of %n cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Screened %n case(s) again as of today.</source>
        <translation>
            <numerusform>Screened %n case again as of today.</numerusform>
            <numerusform>Screened %n cases again as of today.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ch::ScreeningResult</name>
    <message>
        <source>Screened in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screened out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a federal case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a request for compassionate release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sentenced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in custody</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::ServerAddress</name>
    <message>
        <source>“%1” is not a server address: %2 Write it as postgresql://user@host:5432/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must start with postgresql://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no database (the part after the last “/”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no user (the part before “@”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect_timeout must be a number of seconds from 1 to 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option “%1” is not known (sslmode and connect_timeout are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read as an address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::ServerConnectionDialog</name>
    <message>
        <source>Connect to shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team works in one database on a PostgreSQL server. Ask its administrator for these details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption (sslmode):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. db.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: from the password file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is used for this session only and never stored. Leave it empty to use the password file named by PGPASSFILE (else ~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption of the connection (sslmode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>require and stronger encrypt the connection; verify-full also checks the server&apos;s certificate. Use what the administrator says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name (or address) of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered: %1 can be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::ServerLogin</name>
    <message>
        <source>%1 takes a server address written postgresql://user@host:port/database, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain a password, which other users of this computer could read. Put it in a password file named by PGPASSFILE (or ~/.pgpass), or pass it with --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin found no password: give it as the first line of the input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::ServerRoles</name>
    <message>
        <source>Your user on the server may not create or change server users: it needs the CREATEROLE right. Ask the server&apos;s administrator to grant it (ALTER ROLE … CREATEROLE), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not build the statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server connection cannot hash a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be prepared for the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be a login on a shared database: names beginning with ch_ are the program&apos;s own, and the server allows at most 63 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server already has a user “%1” that does not belong to this database. Choose another login, or ask the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::Session</name>
    <message>
        <source>The user “%1” has been deactivated in this database. Ask an administrator to activate it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a user of this database. Ask an administrator to add you (Users… in the File menu, or clearinghouse-cli users add).</source>
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
    <message>
        <source>The database file could not be read or written (the disk may be full, failing or disconnected). Nothing was saved; check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s disk is full. Nothing was saved; ask the administrator to free some space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the shared database was lost or the server is unavailable. Nothing was saved; check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user on the server may not make this change. Ask the administrator for the role it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database reported damage. Ask the administrator to restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::UserCommands</name>
    <message>
        <source>clearinghouse-cli users: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, add or change the users of this database and their roles (staff, coordinator, admin, auditor). Adding and changing need an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, add or set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s login (for add and set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff, coordinator, admin or auditor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name people read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes or no: whether the user may use the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say list, add or set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes exactly one login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role is staff, coordinator, admin or auditor, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add needs --role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--active is yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no user “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared database: read the user&apos;s server password from the next line of standard input (after the connection&apos;s own with --password-stdin). A new user of a shared database needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--new-password-stdin found no password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new user of a shared database needs a server password: give --new-password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::UserListModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::UserRepository</name>
    <message>
        <source>A user needs a login (the account name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a login: use 1 to 64 letters, digits, dots, hyphens, underscores or @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user “%1”. Change that user instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the only active administrator. Make someone else an administrator first, so that somebody can still manage the users.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people who use this database and what their role lets them do. A user who leaves is deactivated, not deleted, so that the audit trail keeps their name. Each person signs in with their own account: the login is that account&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active (may use the program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people who use this shared database and what their role lets them do. Each person connects as a server user of their own, which the program creates with the password given here; the server then enforces the role. A user who leaves is deactivated (they can no longer connect), not deleted, so that the audit trail keeps their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required for a new user of the shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password this person types to connect to the shared database. It is set on the server and never stored by Clearinghouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new user a password for the shared database: they connect with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::Volunteer</name>
    <message>
        <source>Large firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small-firm defense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law clinic student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solo practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::VolunteerDialog</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NY; MA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nysd; S.D.N.Y.; Eastern District of New York</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes new cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bar admissions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Districts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: 2026-03-01 Compassionate release fundamentals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: first day, last day, note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names or organizations, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpertise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trainings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On leave &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave &amp;periods:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;flicts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A law-clinic student works under an attorney from the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainings: “%1” does not start with a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave periods: “%1” needs a first and a last day written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On leave until: “%1” is not a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave periods:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volunteer was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::VolunteerImporter</name>
    <message>
        <source>The file %1 cannot be read: %2. Check the name and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty. A roster file starts with a header row naming the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as CSV: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no “%2” column. The columns are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row 1 is the header, as a spreadsheet shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is not UTF-8 text. Save the file as UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number of cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read to the end: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor “%1” is not on the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A law-clinic student needs a supervising attorney from the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 repeats “%2”; only the first one was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 has no name in the header row and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1, “%2”, is not a roster column and was not read. The columns are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::VolunteerListModel</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last training %1; training counts for %n month(s).</source>
        <translation>
            <numerusform>Last training %1; training counts for %n month.</numerusform>
            <numerusform>Last training %1; training counts for %n months.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::VolunteerRepository</name>
    <message>
        <source>There is no volunteer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1 while you were editing. Reopen the entry and make your changes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1 in the meantime. Look at the entry again before deactivating it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::VolunteerValidator</name>
    <message>
        <source>A volunteer needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a kind of volunteer. Choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A capacity of %1 open cases is more than anyone can carry; enter at most 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A law-clinic student needs a supervising attorney from the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A student cannot supervise themselves. Choose an attorney from the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervising attorney (volunteer %1) is not on the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a student too; a supervisor must be an attorney.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a state code (such as NY or TX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a federal district court. Use a code such as nysd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a reason code (such as terminal_illness or age).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every training needs the date it was completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training on %1 lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every training needs the name of the course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A leave period needs a first and a last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leave from %1 ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::WorkQueueModel</name>
    <message>
        <source>%1 (urgent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days waited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ch::WorkQueues</name>
    <message>
        <source>New submissions to screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needing information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to file, or soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning 65 or 10 years served soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments without news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainings expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received requests nobody has screened yet, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening is waiting for answers from the family; longest wait first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screened-in cases with no volunteer; terminal illness first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 30 days after the warden&apos;s receipt have passed, or pass within 14 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who turn 65 or reach 10 years served within 90 days: a new reason may open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases with a volunteer and no change for 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active volunteers whose training expires within 60 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open follow-ups due within 7 days; overdue ones first, in bold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received; the rules screen it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received; the rules screen it out (refer the family).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received; answers are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as needing information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screened in, no volunteer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhaustion ripe since %1: a motion may be filed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exhaustion ripe on %1, in %n day(s).</source>
        <translation>
            <numerusform>Exhaustion ripe on %1, in %n day.</numerusform>
            <numerusform>Exhaustion ripe on %1, in %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>age prong met on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 years served on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>With %1; no change for %n day(s).</source>
        <translation>
            <numerusform>With %1; no change for %n day.</numerusform>
            <numerusform>With %1; no change for %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training expires on %1, in %n day(s).</source>
        <translation>
            <numerusform>Training expires on %1, in %n day.</numerusform>
            <numerusform>Training expires on %1, in %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source> (for %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent. Screened in, no volunteer yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
