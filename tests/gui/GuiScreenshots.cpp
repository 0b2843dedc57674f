// gui_screenshots: renders the main screens with demonstration cases into PNG files, so that a person can
// look at them (house style: look at every screen before calling it done). Not a test.
//   gui_screenshots <output-dir>

#include "CaseDetailView.h"
#include "CaseListPage.h"
#include "ColumnMappingEditor.h"
#include "FileDialog.h"
#include "GuiFixture.h"
#include "ImportDialog.h"
#include "ImportSummaryDialog.h"
#include "IntakeForm.h"
#include "LetterDialog.h"
#include "LetterTemplateDialog.h"
#include "MainWindow.h"
#include "BackupController.h"
#include "PreferencesDialog.h"
#include "ReasonsChecklist.h"
#include "ScreeningPanel.h"
#include "ScreeningQueuePage.h"
#include "demo/DemoDataGenerator.h"
#include "ReportFixture.h"
#include "ReportsPage.h"
#include "reports/ReportService.h"
#include "itemmodels/ScreeningQueueModel.h"
#include "storage/ReasonRepository.h"
#include "PacketBatchDialog.h"
#include "CasePacketPanel.h"
#include "storage/AssignmentRepository.h"
#include "storage/VolunteerRepository.h"
#include "QuarantinePage.h"
#include "BatchMatchDialog.h"
#include "MatchPanel.h"
#include "RosterPage.h"
#include "VolunteerDialog.h"
#include "UsersDialog.h"
#include "ServerConnectionDialog.h"
#include "TestDatabase.h"
#include "auth/UserRepository.h"
#include "core/Actor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace ch;

namespace {

void settle(int ms = 600)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void shoot(QWidget *w, const QString &dir, const QString &name)
{
    settle();
    w->grab().save(dir + u'/' + name);
}

void setText(QWidget *root, const QString &name, const QString &text)
{
    if (auto *l = root->findChild<QLineEdit *>(name))
        l->setText(text);
    else if (auto *p = root->findChild<QPlainTextEdit *>(name))
        p->setPlainText(text);
    else if (auto *c = root->findChild<QComboBox *>(name))
        c->setCurrentIndex(c->findData(text));
}

// The reports page over a demo database with assignments, assessments and dated status changes.
void shootReports(const QString &out)
{
    QDir().remove(out + u"/reports.db"_s);
    auto db = Database::open(out + u"/reports.db"_s);
    if (!db || !test::buildReportDemo(**db, 800, 40, 5).isEmpty())
        return;
    MainWindow window(**db);
    window.resize(1400, 860);
    window.show();
    window.showReports();
    auto *chooser = window.findChild<QComboBox *>(u"reportChooser"_s);
    int n = 40;
    for (ReportService::Report r : ReportService::reports()) {
        chooser->setCurrentIndex(chooser->findData(static_cast<int>(r)));
        shoot(&window, out, u"%1-report-%2.png"_s.arg(n++).arg(ReportService::id(r)));
    }
    // The exported PDF of two reports, to look at with pdftoppm.
    for (ReportService::Report r : {ReportService::Report::StageTimes, ReportService::Report::OutcomesByDistrict}) {
        chooser->setCurrentIndex(chooser->findData(static_cast<int>(r)));
        FileDialog::setNextFileName(out + u"/report-"_s + ReportService::id(r) + u".pdf"_s);
        (void)window.reports()->exportPdf();
    }
}

// Issue 7: the merge dialog when someone else saved the case being edited.
void shootConflict(const QString &out)
{
    QDir().remove(out + u"/conflict.db"_s);
    auto db = Database::open(out + u"/conflict.db"_s);
    if (!db)
        return;
    CaseRecord r = test::makeCase(u"Maria Lopez"_s, u"22222-054"_s);
    r.setValue(u"offense"_s, u"Conspiracy to distribute"_s);
    r.setValue(u"medical_summary"_s, u"Type 2 diabetes"_s);
    const qint64 id = test::seed(**db, r);
    MainWindow window(**db);
    window.resize(1200, 760);
    window.show();
    IntakeForm *form = window.editCase(id);
    if (!form)
        return;
    CaseRepository other(**db);
    CaseRecord theirs = other.load(id).value();
    theirs.setValue(u"facility"_s, u"FCI Aliceville"_s);
    theirs.setValue(u"medical_summary"_s, u"Type 2 diabetes; kidney failure, on dialysis since March"_s);
    (void)other.update(theirs);
    setText(form, u"field_offense"_s, u"Wire fraud"_s);
    setText(form, u"field_medical_summary"_s, u"Type 2 diabetes, dialysis three times a week"_s);
    QTimer::singleShot(800, form, [out] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            dialog->grab().save(out + u"/33-conflict-merge.png"_s);
            dialog->close();
        }
    });
    (void)form->save();
}

// Issue 7: the connection dialog after a failed try, and (with CH_TEST_POSTGRES and PGPASSFILE set) the
// window over a shared database on that server.
void shootServer(MainWindow &window, const QString &out)
{
    if (ServerConnectionDialog *dialog = window.connectToServer()) {
        setText(dialog, u"serverHost"_s, u"127.0.0.1"_s);
        dialog->findChild<QSpinBox *>(u"serverPort"_s)->setValue(1); // nothing listens there
        setText(dialog, u"serverDatabase"_s, u"clearinghouse"_s);
        setText(dialog, u"serverUser"_s, u"ana.ortiz"_s);
        shoot(dialog, out, u"48-server-connection.png"_s);
        dialog->testConnection();
        for (int i = 0; i < 200 && dialog->isChecking(); ++i)
            settle(50);
        shoot(dialog, out, u"48b-server-connection-unreachable.png"_s);
        dialog->reject();
    }
    if (test::postgresTestServer().isEmpty())
        return;
    test::PostgresScratch scratch;
    auto shared = Database::open(scratch.location());
    if (!shared)
        return;
    (void)test::seed(**shared, test::makeCase(u"Maria Lopez"_s, u"22222-054"_s));
    MainWindow sharedWindow(**shared);
    sharedWindow.resize(1200, 700);
    sharedWindow.show();
    shoot(&sharedWindow, out, u"49-shared-window.png"_s);
    PreferencesDialog *preferences = sharedWindow.openPreferences();
    shoot(preferences, out, u"49b-shared-preferences.png"_s);
    preferences->reject();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    PreferencesDialog::applyLanguage(); // as the program starts: English plural forms, dates in the locale
    Actor::setCurrent(u"ana.ortiz"_s);   // the office's administrator in the pictures, whoever takes them
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"/tmp/gui-shots"_s;
    QDir().mkpath(out);
    if (argc > 2 && QByteArray(argv[2]) == "reports") {
        shootReports(out);
        return 0;
    }
    QDir().remove(out + u"/demo.db"_s);
    auto db = Database::open(out + u"/demo.db"_s);
    if (!db)
        return 1;

    struct Demo { const char *name; const char *reg; const char *dob; const char *district; const char *reasons; const char *facility; const char *status; };
    const Demo demos[] = {
        {"Luis Díaz", "12345-054", "1955-03-14", "nysd", "terminal_illness;age", "FMC Butner", "screened_in"},
        {"Maria Lopez", "22222-054", "1961-07-02", "nysd", "family_child_caregiver", "FCI Danbury", "received"},
        {"John Smith", "33333-077", "1948-11-30", "txnd", "age;self_care", "FMC Fort Worth", "screening"},
        {"Ana Lopez", "44444-112", "1970-01-19", "cacd", "specialized_care", "FCI Dublin", "needs_info"},
        {"Robert Chen", "55555-016", "1958-05-05", "ilnd", "unusually_long_sentence", "USP Thomson", "matched"},
        {"Keisha Brown", "66666-058", "1975-09-09", "gand", "family_parent", "FPC Alderson", "received"},
        {"Daniel O'Neil", "77777-038", "1952-02-28", "mad", "terminal_illness", "FMC Devens", "motion_filed"},
        {"Fatima Haddad", "88888-034", "1966-12-12", "mied", "abuse;other", "FCI Aliceville", "screened_out"},
    };
    for (const Demo &d : demos) {
        CaseRecord r = test::makeCase(QString::fromUtf8(d.name), QString::fromLatin1(d.reg), QString::fromLatin1(d.dob));
        r.setValue(u"sentencing_district"_s, QString::fromLatin1(d.district));
        r.setValue(u"reasons"_s, QString::fromLatin1(d.reasons));
        r.setValue(u"facility"_s, QString::fromLatin1(d.facility));
        r.setValue(u"sentence_months"_s, u"240"_s);
        r.setValue(u"custody_start_date"_s, u"2010-06-01"_s);
        r.setValue(u"medical_summary"_s, u"Stage IV cancer, hospice care recommended."_s);
        // A spread of screening outcomes: most are complete, one lacks the sentence status, one is a state case.
        if (QByteArray(d.reg) != "44444-112")
            r.setValue(u"sentence_status"_s, u"sentenced"_s);
        if (QByteArray(d.reg) == "88888-034")
            r.setValue(u"court_type"_s, u"state"_s);
        if (QByteArray(d.reg) == "12345-054" || QByteArray(d.reg) == "66666-058") {
            r.setValue(u"warden_request_date"_s, QDate::currentDate().addDays(-12).toString(Qt::ISODate));
            r.setValue(u"projected_release_date"_s, u"2031-05-01"_s);
        }
        const qint64 id = test::seed(**db, r);
        const QString status = QString::fromLatin1(d.status);
        CaseRepository repo(**db);
        if (status == u"screened_in" || status == u"matched" || status == u"motion_filed") {
            (void)repo.changeStatus(id, u"screened_in"_s, u"Federal; reasons look strong"_s);
            if (status != u"screened_in")
                (void)repo.changeStatus(id, u"matched"_s, u"Volunteer found"_s);
            if (status == u"motion_filed")
                (void)repo.changeStatus(id, u"motion_filed"_s, u"Motion filed in court"_s);
        } else if (status != u"received") {
            (void)repo.changeStatus(id, status, u"Checked the questionnaire"_s);
        }
        (void)repo.addNote(id, u"Called the family; medical records requested."_s);
    }

    MainWindow window(**db);
    window.resize(1400, 860);
    window.show();
    window.caseList()->reload();
    shoot(&window, out, u"01-case-list.png"_s);

    IntakeForm *form = window.newCase();
    shoot(&window, out, u"02-intake-empty.png"_s);
    setText(form, u"field_submitter_name"_s, u"Rosa Díaz"_s);
    setText(form, u"field_submitter_phone"_s, u"555 12"_s);
    setText(form, u"field_person_name"_s, u"Luis Diaz"_s);
    setText(form, u"field_register_number"_s, u"12345054"_s);
    setText(form, u"field_date_of_birth"_s, u"2031-01-01"_s);
    setText(form, u"field_court_type"_s, u"federal"_s);
    settle(800);
    form->goToGroup(1);
    shoot(&window, out, u"03-intake-errors-duplicate.png"_s);
    form->goToGroup(4);
    shoot(&window, out, u"04-intake-reasons.png"_s);

    CaseDetailView *view = window.openCase(1);
    shoot(&window, out, u"05-case-detail.png"_s);
    view->findChild<QCheckBox *>(u"showSensitiveToggle"_s)->setChecked(true);
    view->findChild<QTabWidget *>(u"detailTabs"_s)->setCurrentIndex(2);
    shoot(&window, out, u"06-case-history.png"_s);

    // Screening: the panel of a screened-in case with the BOP view beside it, the reasons checklist with
    // an assessment and evidence, a case that needs information, a screened-out case with its referral.
    window.tabs()->setCurrentWidget(view);
    view->findChild<QCheckBox *>(u"showSensitiveToggle"_s)->setChecked(false);
    view->showScreening();
    shoot(&window, out, u"08-screening-panel.png"_s);
    view->screeningPanel()->setBopViewVisible(true);
    shoot(&window, out, u"09-screening-bop-beside.png"_s);
    {
        ReasonRepository reasons(**db);
        (void)reasons.setAssessment(1, u"terminal_illness"_s, u"likely"_s,
                                    u"Oncologist letter confirms stage IV; hospice referral in BOP records."_s);
        (void)reasons.setAssessment(1, u"age"_s, u"possible"_s, u"Turned 65 in 2020; deterioration not yet documented."_s);
        EvidenceItem e;
        e.caseId = 1;
        e.reasonCode = u"terminal_illness"_s;
        e.type = u"bop_medical_records"_s;
        e.description = u"BOP medical records 2024–2026"_s;
        e.requestedOn = QDate::currentDate().addDays(-30);
        e.receivedOn = QDate::currentDate().addDays(-9);
        e.fileReference = u"box 4 / folder 12"_s;
        (void)reasons.addEvidence(e);
        e.type = u"physician_letter"_s;
        e.description = u"Letter from treating oncologist"_s;
        e.receivedOn = {};
        e.fileReference.clear();
        (void)reasons.addEvidence(e);
    }
    view->reload();
    view->showReasons();
    view->reasonsChecklist()->selectReason(u"terminal_illness"_s);
    shoot(&window, out, u"10-reasons-checklist.png"_s);
    view->reasonsChecklist()->addEvidence();
    settle();
    if (auto *dialog = view->findChild<QDialog *>(u"evidenceDialog"_s)) {
        shoot(dialog, out, u"10b-evidence-dialog.png"_s);
        dialog->reject();
    }
    CaseDetailView *needsInfo = window.openCase(4);
    needsInfo->showScreening();
    shoot(&window, out, u"11-screening-needs-info.png"_s);
    CaseDetailView *screenedOut = window.openCase(8);
    screenedOut->showScreening();
    shoot(&window, out, u"12-screening-referral.png"_s);
    window.showScreeningQueue();
    shoot(&window, out, u"13-screening-queue.png"_s);

    // The queue over generated demo data: a realistic mix of outcomes and dates.
    QDir().remove(out + u"/generated.db"_s);
    if (auto generated = Database::open(out + u"/generated.db"_s)) {
        DemoDataGenerator::Options options;
        options.cases = 300;
        options.volunteers = 0;
        if (DemoDataGenerator(options).generate(**generated)) {
            MainWindow demoWindow(**generated);
            demoWindow.resize(1400, 860);
            demoWindow.show();
            demoWindow.tabs()->setCurrentIndex(0);
            demoWindow.caseList()->reload();
            shoot(&demoWindow, out, u"01b-case-list-demo.png"_s);
            demoWindow.showScreeningQueue();
            shoot(&demoWindow, out, u"14-screening-queue-demo.png"_s);
            demoWindow.screeningQueue()->setOutcomeFilter(u"screened_out"_s);
            const qint64 outId = demoWindow.screeningQueue()->model()->caseIdAt(0);
            demoWindow.screeningQueue()->setOutcomeFilter(u"needs_info"_s);
            const qint64 infoId = demoWindow.screeningQueue()->model()->caseIdAt(0);
            if (CaseDetailView *v = infoId ? demoWindow.openCase(infoId) : nullptr) {
                v->showScreening();
                shoot(&demoWindow, out, u"15-demo-needs-info.png"_s);
                v->showReasons();
                shoot(&demoWindow, out, u"16-demo-reasons.png"_s);
            }
            if (CaseDetailView *v = outId ? demoWindow.openCase(outId) : nullptr) {
                v->showScreening();
                shoot(&demoWindow, out, u"17-demo-screened-out.png"_s);
            }
        }
    }
    // Packets and letters: the case view's packet row, the preview, the letters, templates and batch.
    Volunteer dana;
    dana.name = u"Dana Whitfield"_s;
    dana.organization = u"Hill & Dale LLP"_s;
    dana.kind = u"large_firm"_s;
    dana.capacity = 5;
    if (auto vid = VolunteerRepository(**db).create(dana)) {
        (void)AssignmentRepository(**db).assign(1, *vid);
        (void)AssignmentRepository(**db).assign(5, *vid);
    }
    view->findChild<QTabWidget *>(u"detailTabs"_s)->setCurrentIndex(0);
    view->reload();
    shoot(&window, out, u"18-case-packet-row.png"_s);
    if (QPrintPreviewDialog *preview = view->packetPanel()->preview()) {
        preview->resize(1000, 860);
        settle(1200);
        shoot(preview, out, u"19-packet-preview.png"_s);
        preview->close();
    }
    auto *letters = new LetterDialog(**db, 1, &window);
    letters->show();
    shoot(letters, out, u"20-letters.png"_s);
    letters->close();
    auto *templates = new LetterTemplateDialog(**db, &window, u"referral"_s, u"es"_s);
    templates->show();
    shoot(templates, out, u"21-letter-templates.png"_s);
    templates->close();
    auto *batch = new PacketBatchDialog(**db, &window);
    batch->show();
    shoot(batch, out, u"22-packet-batch.png"_s);
    batch->close();
    // Import: preview and column mapping of a file whose headers differ from the template, then the summary
    // and the quarantine after importing files with rejected rows.
    const QString fixtures = QStringLiteral(CH_FIXTURES_DIR) + u"/import/"_s;
    if (ImportDialog *dialog = window.importFile(fixtures + u"mapped.csv"_s)) {
        shoot(dialog, out, u"23-import-preview.png"_s);
        dialog->findChild<QPushButton *>(u"nextButton"_s)->click();
        shoot(dialog, out, u"24-import-mapping.png"_s);
        dialog->startImport();
        for (int i = 0; i < 100 && window.findChild<ImportSummaryDialog *>() == nullptr; ++i)
            settle(100);
    }
    if (auto *summary = window.findChild<ImportSummaryDialog *>()) {
        shoot(summary, out, u"25-import-summary-mapped.png"_s);
        delete summary;
    }
    settle(200);
    // A file with a returning person (Luis Díaz, 12345-054, is in the demo cases) and rows to reject.
    const QString mixed = out + u"/questionnaire-2026-06.csv"_s;
    {
        QFile f(mixed);
        if (f.open(QIODevice::WriteOnly)) {
            f.write("submission_id,submitted_at,person_name,register_number,date_of_birth,court_type,sentence_months\r\n"
                    "W-1,2026-06-01,Luis Díaz,12345-054,1955-03-14,federal,240\r\n"
                    "W-2,2026-06-02,Grace Kim,23232-054,1950-02-30,federal,120\r\n"
                    "W-3,2026-06-03,,,1961-01-01,federal,60\r\n"
                    "W-4,2026-06-04,Omar Said,34343-054,1949-05-05,federal,sixty\r\n"
                    "W-5,2026-06-05,Lena Park,45454-054,1957-08-08,federal,180\r\n");
        }
    }
    if (ImportDialog *dialog = window.importFile(mixed)) {
        dialog->startImport();
        for (int i = 0; i < 100 && window.findChild<ImportSummaryDialog *>() == nullptr; ++i)
            settle(100);
    }
    if (auto *summary = window.findChild<ImportSummaryDialog *>()) {
        shoot(summary, out, u"26-import-summary-rejects.png"_s);
        delete summary;
    }
    settle(200);
    if (ImportDialog *dialog = window.importFile(fixtures + u"ragged.csv"_s)) {
        dialog->startImport();
        for (int i = 0; i < 100 && window.findChild<ImportSummaryDialog *>() == nullptr; ++i)
            settle(100);
    }
    delete window.findChild<ImportSummaryDialog *>();
    QuarantinePage *quarantine = window.showQuarantine();
    quarantine->selectRow(1);
    shoot(&window, out, u"27-quarantine.png"_s);
    // The roster and matching (issue 5).
    {
        VolunteerRepository volunteers(**db);
        const QDate today = QDate::currentDate();
        auto person = [&](const QString &name, const QString &kind, const QString &org, const QStringList &districts,
                          const QStringList &langs, const QStringList &expertise, int capacity, int monthsAgo) {
            Volunteer v;
            v.name = name;
            v.kind = kind;
            v.organization = org;
            v.email = name.section(u' ', 0, 0).toLower() + u"@example.net"_s;
            v.districts = districts;
            v.barStates = {u"NY"_s};
            v.languages = langs;
            v.expertise = expertise;
            v.capacity = capacity;
            v.trainings = {Training{today.addMonths(-monthsAgo), u"Compassionate release fundamentals"_s}};
            return v;
        };
        Volunteer prof = person(u"Prof. Helen Lane"_s, u"solo"_s, u"Lakeside Law School Clinic"_s, {u"nysd"_s, u"nyed"_s},
                                {u"English"_s}, {u"age"_s, u"family_parent"_s}, 3, 4);
        (void)volunteers.create(prof);
        QList<Volunteer> more = {
            person(u"Dana Okafor"_s, u"large_firm"_s, u"Hartwell & Pierce LLP"_s, {u"nysd"_s}, {u"English"_s, u"Spanish"_s},
                   {u"terminal_illness"_s, u"age"_s}, 3, 6),
            person(u"Eli Stone"_s, u"small_firm_defense"_s, u"Stone Defense"_s, {u"txnd"_s}, {u"English"_s},
                   {u"terminal_illness"_s}, 2, 23),
            person(u"Fay Moreno"_s, u"solo"_s, u"Moreno Law"_s, {u"cacd"_s}, {u"Spanish"_s, u"English"_s}, {u"specialized_care"_s}, 2, 30),
            person(u"Gus Idle"_s, u"large_firm"_s, u"Kessler Obi LLP"_s, {u"mad"_s}, {u"English"_s}, {u"age"_s}, 2, 8),
            person(u"Sam Student"_s, u"law_clinic_student"_s, u"Lakeside Law School Clinic"_s, {}, {u"English"_s, u"Vietnamese"_s},
                   {u"family_child_caregiver"_s}, 1, 2),
            person(u"Ruth Ocampo"_s, u"small_firm_defense"_s, u"Ruiz & Ocampo"_s, {u"nyed"_s}, {u"Spanish"_s, u"English"_s},
                   {u"family_child_caregiver"_s, u"abuse"_s}, 2, 11),
        };
        more[3].active = false;
        more[4].supervisorId = prof.id;
        more[5].conflicts = {u"Maria Lopez"_s};
        more[2].onLeaveUntil = today.addDays(40);
        for (Volunteer &v : more)
            (void)volunteers.create(v);
        for (const char *n : {"Tomás Reyes", "Grace Kim", "Walter Price"}) {
            CaseRecord r = test::makeCase(QString::fromUtf8(n), QString());
            r.setValue(u"sentence_status"_s, u"sentenced"_s);
            r.setValue(u"person_language"_s, u"Spanish"_s);
            r.setValue(u"co_defendants"_s, u"Maria Lopez"_s);
            (void)test::seed(**db, r);
        }
        CaseRecord urgent = test::makeCase(u"Luis Díaz"_s, u"12345-055"_s);
        urgent.setValue(u"sentence_status"_s, u"sentenced"_s);
        urgent.setValue(u"person_language"_s, u"Spanish"_s);
        const qint64 urgentId = test::seed(**db, urgent);
        (void)AssignmentRepository(**db).assign(urgentId, more[0].id);
        // Dana declined it: the match panel lists her as excluded, with her reason.
        (void)AssignmentRepository(**db).decline(urgentId, u"Trial conflict in January"_s);

        window.roster()->reload();
        window.tabs()->setCurrentWidget(window.roster());
        shoot(&window, out, u"28-roster.png"_s);
        VolunteerDialog *dialog = window.roster()->addVolunteer();
        setText(dialog, u"volunteerName"_s, u"New Student"_s);
        setText(dialog, u"volunteerKind"_s, u"law_clinic_student"_s);
        setText(dialog, u"volunteerDistricts"_s, u"nysd; Middle Earth"_s);
        setText(dialog, u"volunteerTrainings"_s, u"2026-13-01 Fundamentals"_s);
        (void)dialog->save();
        shoot(dialog, out, u"29-volunteer-dialog-errors.png"_s);
        dialog->close();
        MatchPanel *panel = window.openMatching(urgentId);
        shoot(&window, out, u"30-match-panel.png"_s);
        (void)panel;
        BatchMatchDialog *batchDialog = window.openBatchMatching();
        shoot(batchDialog, out, u"31-batch-matching.png"_s);
        batchDialog->close();
        PreferencesDialog *preferences = window.openPreferences();
        shoot(preferences, out, u"32-preferences.png"_s);
        preferences->findChild<QCheckBox *>(u"encryptBackupsCheck"_s)->setChecked(true);
        preferences->findChild<QLineEdit *>(u"backupPassphraseEdit"_s)->setText(u"correct horse"_s);
        preferences->findChild<QLineEdit *>(u"backupPassphraseConfirm"_s)->setText(u"correct hor"_s);
        shoot(preferences, out, u"32b-preferences-backup-passphrase.png"_s);
        preferences->reject();
        // Issue 7: the administrator's Users dialog, with a colleague of each role.
        for (const auto &[login, name, role] :
             {std::tuple{u"maria.lopez"_s, u"María López"_s, Role::Staff},
              std::tuple{u"dkim"_s, u"Daniel Kim"_s, Role::Coordinator},
              std::tuple{u"board.audit"_s, u"Board auditor"_s, Role::Auditor}}) {
            User u;
            u.login = login;
            u.displayName = name;
            u.role = role;
            (void)UserRepository(**db).create(u);
        }
        if (UsersDialog *users = window.openUsers()) {
            users->resize(700, 560);
            shoot(users, out, u"45-users.png"_s);
            users->close();
        }
        shootServer(window, out);

        // Issue 9: the language switched while everything above is open; every tab in Spanish.
        PreferencesDialog::setLanguage(u"es"_s);
        PreferencesDialog::applyLanguage();
        settle();
        VolunteerDialog *spanishDialog = window.roster()->addVolunteer();
        shoot(spanishDialog, out, u"40-es-volunteer-dialog.png"_s);
        spanishDialog->close();
        const QStringList tabNames = {u"cases"_s, u"queue"_s, u"roster"_s, u"home"_s};
        for (int i = 0; i < window.tabs()->count(); ++i) {
            window.tabs()->setCurrentIndex(i);
            const QString name = i < tabNames.size() ? tabNames.at(i) : u"tab%1"_s.arg(i);
            shoot(&window, out, u"41-es-%1-%2.png"_s.arg(i, 2, 10, QLatin1Char('0')).arg(name));
        }
        PreferencesDialog::setLanguage(QString());
        PreferencesDialog::applyLanguage();
    }

    auto empty = Database::open(out + u"/empty.db"_s);
    if (empty) {
        MainWindow blank(**empty);
        blank.resize(1100, 600);
        blank.show();
        shoot(&blank, out, u"07-empty-list.png"_s);
    }
    if (empty) {
        // The backup on closing failed last time: the status bar says so at this start.
        BackupController::rememberExitFailure((*empty)->path(), u"Could not create the folder /media/usb/backups."_s);
        MainWindow warned(**empty);
        warned.resize(1100, 600);
        warned.show();
        shoot(&warned, out, u"07b-exit-backup-failed.png"_s);
        (void)warned.backups()->backupNow(true); // clears the remembered failure
    }
    shootReports(out);
    shootConflict(out);
    return 0;
}
