// Edit > Preferences…: the language changes at once without losing what is typed in an open form, and the
// backup interval is stored. Drives the real main window offscreen.

#include "BackupController.h"
#include "CaseListPage.h"
#include "GuiFixture.h"
#include "IntakeForm.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "IdleLock.h"
#include "PreferencesDialog.h"
#include "core/Translations.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
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
    void backupInterval_isStored();
    void cancel_changesNothing();

private:
    PreferencesDialog *openPreferences();
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
    QTest::qWaitFor([&] { return (dialog = m_window->findChild<PreferencesDialog *>()) && dialog->isVisible(); });
    return dialog;
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
