// gui_screenshots: renders the main screens with demonstration cases into PNG files, so that a person can
// look at them (house style: look at every screen before calling it done). Not a test.
//   gui_screenshots <output-dir>

#include "CaseDetailView.h"
#include "CaseListPage.h"
#include "ColumnMappingEditor.h"
#include "GuiFixture.h"
#include "ImportDialog.h"
#include "ImportSummaryDialog.h"
#include "IntakeForm.h"
#include "MainWindow.h"
#include "QuarantinePage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
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

    // Import: preview and column mapping of a file whose headers differ from the template, then the summary
    // and the quarantine after importing files with rejected rows.
    const QString fixtures = QStringLiteral(CH_FIXTURES_DIR) + u"/import/"_s;
    if (ImportDialog *dialog = window.importFile(fixtures + u"mapped.csv"_s)) {
        shoot(dialog, out, u"08-import-preview.png"_s);
        dialog->findChild<QPushButton *>(u"nextButton"_s)->click();
        shoot(dialog, out, u"09-import-mapping.png"_s);
        dialog->startImport();
        for (int i = 0; i < 100 && window.findChild<ImportSummaryDialog *>() == nullptr; ++i)
            settle(100);
    }
    if (auto *summary = window.findChild<ImportSummaryDialog *>()) {
        shoot(summary, out, u"10-import-summary-mapped.png"_s);
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
        shoot(summary, out, u"11-import-summary-rejects.png"_s);
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
    shoot(&window, out, u"12-quarantine.png"_s);

    auto empty = Database::open(out + u"/empty.db"_s);
    if (empty) {
        MainWindow blank(**empty);
        blank.resize(1100, 600);
        blank.show();
        shoot(&blank, out, u"07-empty-list.png"_s);
    }
    return 0;
}
