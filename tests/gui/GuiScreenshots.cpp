// gui_screenshots: renders the main screens with demonstration cases into PNG files, so that a person can
// look at them (house style: look at every screen before calling it done). Not a test.
//   gui_screenshots <output-dir>

#include "CaseDetailView.h"
#include "CaseListPage.h"
#include "GuiFixture.h"
#include "IntakeForm.h"
#include "BatchMatchDialog.h"
#include "MainWindow.h"
#include "MatchPanel.h"
#include "RosterPage.h"
#include "VolunteerDialog.h"
#include "storage/AssignmentRepository.h"
#include "storage/VolunteerRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QPlainTextEdit>
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

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"/tmp/gui-shots"_s;
    QDir().mkpath(out);
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
        (void)AssignmentRepository(**db).unassign(urgentId, u"Trial conflict"_s);

        window.roster()->reload();
        window.tabs()->setCurrentWidget(window.roster());
        shoot(&window, out, u"08-roster.png"_s);
        VolunteerDialog *dialog = window.roster()->addVolunteer();
        setText(dialog, u"volunteerName"_s, u"New Student"_s);
        setText(dialog, u"volunteerKind"_s, u"law_clinic_student"_s);
        setText(dialog, u"volunteerDistricts"_s, u"nysd; Middle Earth"_s);
        setText(dialog, u"volunteerTrainings"_s, u"2026-13-01 Fundamentals"_s);
        (void)dialog->save();
        shoot(dialog, out, u"09-volunteer-dialog-errors.png"_s);
        dialog->close();
        MatchPanel *panel = window.openMatching(urgentId);
        shoot(&window, out, u"10-match-panel.png"_s);
        (void)panel;
        BatchMatchDialog *batch = window.openBatchMatching();
        shoot(batch, out, u"11-batch-matching.png"_s);
        batch->close();
    }

    auto empty = Database::open(out + u"/empty.db"_s);
    if (empty) {
        MainWindow blank(**empty);
        blank.resize(1100, 600);
        blank.show();
        shoot(&blank, out, u"07-empty-list.png"_s);
    }
    return 0;
}
