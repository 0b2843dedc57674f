// Edit > Preferences…: the language changes at once without losing what is typed in an open form, and the
// backup interval is stored. Drives the real main window offscreen.

#include "BackupController.h"
#include "CaseDetailView.h"
#include "HomePage.h"
#include "RosterPage.h"
#include "ScreeningQueuePage.h"
#include "domain/FieldCatalog.h"
#include "itemmodels/CaseListModel.h"
#include "itemmodels/ScreeningQueueModel.h"
#include "itemmodels/VolunteerListModel.h"
#include "CaseListPage.h"
#include "GuiFixture.h"
#include "IntakeForm.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "IdleLock.h"
#include "PreferencesDialog.h"
#include "core/Translations.h"

#include <QApplication>
#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QGroupBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ch;

class TestPreferencesGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(u"ClearinghousePreferencesTest"_s);
        MessageBox::setTestMode(true);
    }
    void init();
    void cleanup();

    void language_switchesInPlaceAndKeepsTypedText();
    void language_retranslatesEveryScreenAndKeepsWork();
    void backupInterval_isStored();
    void cancel_changesNothing();

private:
    PreferencesDialog *openPreferences();
    void chooseLanguage(const QString &code);
    void ok(PreferencesDialog *dialog);
    QString fileMenuTitle() const { return m_window->menuBar()->actions().value(0)->text(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
};

void TestPreferencesGui::init()
{
    QSettings().clear();
    Translations::install(QLocale(u"en"_s));
    MessageBox::reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(u"test.db"_s));
    QVERIFY2(db.ok(), qPrintable(db.error().fullText()));
    m_db = std::move(db).value();
    m_window = std::make_unique<MainWindow>(*m_db);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPreferencesGui::cleanup()
{
    m_window.reset();
    m_db.reset();
    m_dir.reset();
    QSettings().clear();
    Translations::install(QLocale(u"en"_s));
}

PreferencesDialog *TestPreferencesGui::openPreferences()
{
    QAction *action = m_window->findChild<QAction *>(u"actionPreferences"_s);
    if (!action)
        return nullptr;
    action->trigger();
    PreferencesDialog *dialog = nullptr;
    // The caller QVERIFYs the result: null when the dialog never showed.
    const bool shown =
        QTest::qWaitFor([&] { return (dialog = m_window->findChild<PreferencesDialog *>()) && dialog->isVisible(); });
    return shown ? dialog : nullptr;
}

void TestPreferencesGui::ok(PreferencesDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>(u"preferencesButtons"_s);
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<PreferencesDialog *>());
}

void TestPreferencesGui::language_switchesInPlaceAndKeepsTypedText()
{
    IntakeForm *form = m_window->newCase();
    QVERIFY(form);
    auto *name = form->findChild<QLineEdit *>(u"field_person_name"_s);
    QVERIFY(name);
    name->setFocus();
    QTest::keyClicks(name, u"Rosa Diaz"_s);
    QVERIFY(form->isDirty());
    QCOMPARE(fileMenuTitle(), u"&File"_s);
    const int formsBefore = m_window->tabs()->count();

    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    auto *language = dialog->findChild<QComboBox *>(u"languageCombo"_s);
    QVERIFY(language);
    language->setFocus();
    // Keyboard: End picks the last language, Español.
    QTest::keyClick(language, Qt::Key_End);
    QCOMPARE(language->currentData().toString(), u"es"_s);
    ok(dialog);

    QCOMPARE(PreferencesDialog::language(), u"es"_s);
    QTRY_COMPARE(fileMenuTitle(), u"&Archivo"_s);
    QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->indexOf(m_window->caseList())), u"Casos"_s);
    QCOMPARE(m_window->findChild<QAction *>(u"actionNewCase"_s)->text(), u"&Nuevo caso"_s);
    // Open work is untouched: same tabs, same form, same text, still unsaved.
    QCOMPARE(m_window->tabs()->count(), formsBefore);
    QCOMPARE(name->text(), u"Rosa Diaz"_s);
    QVERIFY(form->isDirty());

    dialog = openPreferences();
    QVERIFY(dialog);
    language = dialog->findChild<QComboBox *>(u"languageCombo"_s);
    language->setCurrentIndex(language->findData(u"en"_s));
    ok(dialog);
    QTRY_COMPARE(fileMenuTitle(), u"&File"_s);
    QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->indexOf(m_window->caseList())), u"Cases"_s);
}

void TestPreferencesGui::chooseLanguage(const QString &code)
{
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    auto *language = dialog->findChild<QComboBox *>(u"languageCombo"_s);
    QVERIFY(language);
    language->setCurrentIndex(language->findData(code));
    ok(dialog);
    QCOMPARE(PreferencesDialog::language(), code);
}

namespace {

QString translated(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

// The label QFormLayout or a form shows beside `field` (its buddy).
QString labelFor(QWidget *root, QWidget *field)
{
    for (QLabel *l : root->findChildren<QLabel *>()) {
        if (l->buddy() == field)
            return l->text();
    }
    return {};
}

} // namespace

void TestPreferencesGui::language_retranslatesEveryScreenAndKeepsWork()
{
    const qint64 id = test::seed(*m_db, test::makeCase(u"Rosa Díaz"_s, u"12345-054"_s, u"1950-01-01"_s));
    QVERIFY(id > 0);
    m_window->caseList()->reload();
    m_window->screeningQueue()->reload();
    m_window->caseList()->selectCase(id);
    CaseDetailView *view = m_window->openCase(id);
    QVERIFY(view);
    auto *detailTabs = view->findChild<QTabWidget *>(u"detailTabs"_s);
    QVERIFY(detailTabs);
    detailTabs->setCurrentIndex(1); // the screening tab stays in front
    IntakeForm *form = m_window->newCase();
    QVERIFY(form);
    auto *name = form->findChild<QLineEdit *>(u"field_person_name"_s);
    QVERIFY(name);
    name->setFocus();
    QTest::keyClicks(name, u"Rosa Nunez"_s);
    const QString englishNameLabel = labelFor(form, name);
    QCOMPARE(englishNameLabel, FieldCatalog::label(u"person_name") + u":"_s);
    const int formTab = m_window->tabs()->currentIndex();
    const int tabCount = m_window->tabs()->count();

    chooseLanguage(u"es"_s);
    // Widgets get LanguageChange posted, models a queued notice: wait until both have run.
    QTRY_COMPARE(form->findChild<QPushButton *>(u"saveButton"_s)->text(), translated("ch::IntakeForm", "&Save case"));
    QTRY_COMPARE(m_window->caseList()->model()->headerData(CaseListModel::PersonColumn, Qt::Horizontal).toString(),
                 translated("ch::CaseListModel", "Person"));
    QVERIFY2(translated("ch::IntakeForm", "&Save case") != u"&Save case"_s, "the Spanish translation is loaded");

    // Cases page.
    CaseListPage *list = m_window->caseList();
    QCOMPARE(list->findChild<QLineEdit *>(u"searchEdit"_s)->placeholderText(),
             translated("ch::CaseListPage", "Search name, register no., case number, facility… (Ctrl+F)"));
    QCOMPARE(list->findChild<QComboBox *>(u"statusFilter"_s)->itemText(0), translated("ch::CaseListPage", "All statuses"));
    QCOMPARE(list->findChild<QCheckBox *>(u"showSensitiveReasons"_s)->text(),
             translated("ch::CaseListPage", "Show &medical and family reasons"));
    QCOMPARE(list->selectedCaseId(), id); // the selection survived
    // Intake form: labels, section titles, choices; what was typed is still there.
    QCOMPARE(labelFor(form, name), FieldCatalog::label(u"person_name") + translated("ch::IntakeForm", ":"));
    QVERIFY(labelFor(form, name) != englishNameLabel);
    QCOMPARE(form->findChild<QGroupBox *>(u"group_0"_s)->title(), FieldCatalog::groupTitle(FieldCatalog::groups().at(0)));
    QCOMPARE(name->text(), u"Rosa Nunez"_s);
    QVERIFY(form->isDirty());
    QCOMPARE(name->accessibleName(), FieldCatalog::label(u"person_name"));
    // Case detail: tabs, buttons, the screening panel; the chosen tab stays.
    QCOMPARE(detailTabs->tabText(0), translated("ch::CaseDetailView", "Answers"));
    QCOMPARE(detailTabs->tabText(1), translated("ch::CaseDetailView", "Screening"));
    QCOMPARE(detailTabs->currentIndex(), 1);
    QCOMPARE(view->findChild<QPushButton *>(u"editCaseButton"_s)->text(), translated("ch::CaseDetailView", "&Edit"));
    QCOMPARE(view->findChild<QPushButton *>(u"rescreenCaseButton"_s)->text(),
             translated("ch::ScreeningPanel", "Screen again &today"));
    QCOMPARE(view->findChild<QPushButton *>(u"packetPrintButton"_s)->text(), translated("ch::CasePacketPanel", "&Print…"));
    // Screening queue, roster, home.
    ScreeningQueuePage *queue = m_window->screeningQueue();
    QCOMPARE(queue->findChild<QComboBox *>(u"queueOutcomeFilter"_s)->itemText(0),
             translated("ch::ScreeningQueuePage", "Every outcome"));
    QCOMPARE(queue->model()->headerData(ScreeningQueueModel::PersonColumn, Qt::Horizontal).toString(),
             translated("ch::ScreeningQueueModel", "Person"));
    RosterPage *roster = m_window->roster();
    QCOMPARE(roster->findChild<QLineEdit *>(u"rosterSearch"_s)->placeholderText(),
             translated("ch::RosterPage", "Search name or organization"));
    QCOMPARE(roster->model()->headerData(VolunteerListModel::NameColumn, Qt::Horizontal).toString(),
             translated("ch::VolunteerListModel", "Name"));
    QCOMPARE(m_window->home()->findChild<QPushButton *>(u"refreshQueues"_s)->text(), translated("ch::HomePage", "&Refresh"));
    QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->indexOf(m_window->home())), translated("ch::MainWindow", "Home"));
    // The work itself: same tabs, same tab in front.
    QCOMPARE(m_window->tabs()->count(), tabCount);
    QCOMPARE(m_window->tabs()->currentIndex(), formTab);

    chooseLanguage(u"en"_s);
    QTRY_COMPARE(form->findChild<QPushButton *>(u"saveButton"_s)->text(), u"&Save case"_s);
    QCOMPARE(labelFor(form, name), englishNameLabel);
    QCOMPARE(detailTabs->tabText(0), u"Answers"_s);
    QTRY_COMPARE(m_window->caseList()->model()->headerData(CaseListModel::PersonColumn, Qt::Horizontal).toString(),
                 u"Person"_s);
    QCOMPARE(name->text(), u"Rosa Nunez"_s);
}

void TestPreferencesGui::backupInterval_isStored()
{
    BackupController::setIntervalMinutes(60);
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    auto *spin = dialog->findChild<QSpinBox *>(u"backupIntervalSpin"_s);
    QVERIFY(spin);
    QCOMPARE(spin->value(), 60);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, u"15"_s);
    QCOMPARE(spin->value(), 15);
    ok(dialog);
    QCOMPARE(BackupController::intervalMinutes(), 15);

    dialog = openPreferences();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QSpinBox *>(u"backupIntervalSpin"_s)->value(), 15);
    auto *idle = dialog->findChild<QSpinBox *>(u"idleLockSpin"_s);
    QVERIFY(idle);
    idle->setFocus();
    idle->selectAll();
    QTest::keyClicks(idle, u"3"_s);
    ok(dialog);
    QCOMPARE(IdleLock::idleMinutes(), 3);
}

void TestPreferencesGui::cancel_changesNothing()
{
    BackupController::setIntervalMinutes(30);
    QPointer<PreferencesDialog> dialog = openPreferences();
    QVERIFY(dialog);
    dialog->findChild<QComboBox *>(u"languageCombo"_s)->setCurrentIndex(2);
    dialog->findChild<QSpinBox *>(u"backupIntervalSpin"_s)->setValue(5);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(BackupController::intervalMinutes(), 30);
    QCOMPARE(PreferencesDialog::language(), QString());
    QCOMPARE(fileMenuTitle(), u"&File"_s);
}

QTEST_MAIN(TestPreferencesGui)
#include "TestPreferencesGui.moc"
