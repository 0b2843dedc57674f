// Accessibility of the main screens: every input that a screen reader can land on has a name, either its
// own accessibleName or a label whose buddy it is (QFormLayout rows set the buddy). Walks the real main
// window's pages and the dialogs that collect data.

#include "CaseDetailView.h"
#include "CaseListPage.h"
#include "FileDialog.h"
#include "ScreeningPanel.h"
#include "domain/CaseStatus.h"
#include "domain/FieldCatalog.h"
#include "domain/ReasonCatalog.h"
#include "screening/ScreeningStore.h"
#include "storage/CaseRepository.h"
#include "GuiFixture.h"
#include "ImportDialog.h"
#include "IntakeForm.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PacketBatchDialog.h"
#include "RosterPage.h"
#include "VolunteerDialog.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QPointer>
#include <QFile>
#include <QTabWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ch;

class TestAccessibilityGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }
    void init();
    void cleanup();

    void everyInputHasAName_data();
    void everyInputHasAName();
    void keyboardOnly_intakeScreeningAndPacket();

private:
    QWidget *open(const QString &screen);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_caseId = 0;
};

void TestAccessibilityGui::init()
{
    MessageBox::reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(u"test.db"_s));
    QVERIFY2(db.ok(), qPrintable(db.error().fullText()));
    m_db = std::move(db).value();
    m_caseId = test::seed(*m_db, test::makeCase(u"Ana Pérez"_s, u"12345-678"_s, u"1950-03-04"_s));
    QVERIFY(m_caseId > 0);
    m_window = std::make_unique<MainWindow>(*m_db);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAccessibilityGui::cleanup()
{
    m_window.reset();
    m_db.reset();
    m_dir.reset();
}

void TestAccessibilityGui::everyInputHasAName_data()
{
    QTest::addColumn<QString>("screen");
    for (const char *s : {"caseList", "intake", "caseDetail", "roster", "queue", "volunteer", "import", "packetBatch"})
        QTest::newRow(s) << QString::fromLatin1(s);
}

QWidget *TestAccessibilityGui::open(const QString &screen)
{
    if (screen == "caseList"_L1)
        return m_window->caseList();
    if (screen == "intake"_L1)
        return m_window->newCase();
    if (screen == "caseDetail"_L1)
        return m_window->openCase(m_caseId);
    if (screen == "roster"_L1)
        return m_window->roster();
    if (screen == "queue"_L1) {
        m_window->showScreeningQueue();
        return m_window->tabs()->currentWidget();
    }
    if (screen == "volunteer"_L1)
        return m_window->roster()->addVolunteer();
    if (screen == "import"_L1)
        return m_window->importFile(QStringLiteral(CH_FIXTURES_DIR "/import/good.csv"));
    if (screen == "packetBatch"_L1) {
        auto *d = new PacketBatchDialog(*m_db, m_window.get());
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->show();
        return d;
    }
    return nullptr;
}

void TestAccessibilityGui::everyInputHasAName()
{
    QFETCH(QString, screen);
    QWidget *root = open(screen);
    QVERIFY2(root, qPrintable(screen));
    QCoreApplication::processEvents();

    // Labels that name a widget (QLabel::setBuddy, which QFormLayout::addRow(text, widget) also sets).
    QSet<const QWidget *> labelled;
    for (QLabel *label : m_window->findChildren<QLabel *>())
        if (label->buddy() && !label->text().trimmed().isEmpty())
            labelled.insert(label->buddy());

    QStringList unnamed;
    int inputs = 0;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QDateEdit *>(w) || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QCheckBox *>(w);
        if (!input)
            continue;
        // The line edit inside a combo box or a date edit is named by its owner.
        if (qobject_cast<QComboBox *>(w->parentWidget()) || qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue;
        ++inputs;
        const auto *box = qobject_cast<QCheckBox *>(w);
        const bool named = !w->accessibleName().trimmed().isEmpty() || labelled.contains(w)
            || (box && !box->text().trimmed().isEmpty());
        if (!named)
            unnamed << u"%1 (%2)"_s.arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()));
    }
    QVERIFY2(inputs > 0 || screen == "caseList"_L1 || screen == "queue"_L1 || screen == "roster"_L1,
             "the walk found no inputs");
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"inputs without an accessible name on %1: %2"_s.arg(screen, unnamed.join(u", "_s))));
}

// Keyboard only, from an empty window to a saved packet: Ctrl+N, Tab through the questionnaire typing into
// whatever has the focus, Space on Save; Ctrl+Tab to the Screening tab and Ctrl+T to screen the case in; Ctrl+Shift+P
// saves the packet as PDF (the file name comes through the FileDialog seam, as a person would type it).
void TestAccessibilityGui::keyboardOnly_intakeScreeningAndPacket()
{
    FileDialog::setTestMode(true);
    FileDialog::reset();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const int casesBefore = *CaseRepository(*m_db).count();

    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    auto *form = qobject_cast<IntakeForm *>(m_window->tabs()->currentWidget());
    QVERIFY(form);
    QTRY_VERIFY(QApplication::focusWidget() && form->isAncestorOf(QApplication::focusWidget()));

    // Ctrl+PgDown goes to the next section and Ctrl+PgUp back, to the section's first answer.
    const QString first = QApplication::focusWidget()->objectName();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
    QTRY_VERIFY(QApplication::focusWidget()->objectName() != first);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), first);

    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QHash<QString, QString> typed = {
        {u"submitted_at"_s, today},
        {u"submitter_name"_s, u"Rosa Diaz"_s},
        {u"submitter_relationship"_s, u"Daughter"_s},
        {u"submitter_phone"_s, u"(555) 201-3344"_s},
        {u"submitter_email"_s, u"rosa@example.org"_s},
        {u"submitter_address"_s, u"12 Elm St, Springfield"_s},
        {u"submitter_language"_s, u"Spanish"_s},
        {u"person_name"_s, u"Luis Diaz"_s},
        {u"register_number"_s, u"12345-054"_s},
        {u"date_of_birth"_s, u"1950-03-14"_s},
        {u"person_language"_s, u"Spanish"_s},
        {u"facility"_s, u"FMC Butner"_s},
        {u"sentencing_district"_s, u"nysd"_s},
        {u"case_number"_s, u"1:09-cr-00123"_s},
        {u"offense"_s, u"Conspiracy (21 U.S.C. 846)"_s},
        {u"sentence_months"_s, u"240"_s},
        {u"custody_start_date"_s, u"2009-06-01"_s},
        {u"projected_release_date"_s, u"2029-01-15"_s},
        {u"medical_summary"_s, u"Stage IV cancer."_s},
        {u"warden_request_date"_s, u"2024-02-01"_s},
        {u"warden_response_date"_s, u"2024-03-01"_s},
        {u"release_plan"_s, u"Live with daughter."_s},
    };
    const QHash<QString, int> downs = {{u"consent_to_contact"_s, 1}, {u"court_type"_s, 1},
                                       {u"relief_sought"_s, 1},      {u"sentence_status"_s, 1},
                                       {u"sentenced_under_3559c"_s, 2}, {u"warden_response"_s, 2}};
    const QStringList ticked = {u"field_reasons_terminal_illness"_s, u"field_reasons_age"_s};

    // At most one key press per widget the Tab key can reach; stops on the Save button.
    bool saved = false;
    for (int step = 0; step < 200 && !saved; ++step) {
        QWidget *focused = QApplication::focusWidget();
        QVERIFY(focused);
        const QString name = focused->objectName().isEmpty() && focused->parentWidget()
            ? focused->parentWidget()->objectName()
            : focused->objectName();
        const QString key = name.mid(6);
        if (name == u"saveButton") {
            QTest::keyClick(focused, Qt::Key_Space);
            saved = true;
            break;
        }
        if (typed.contains(key))
            QTest::keyClicks(focused, typed.value(key));
        else if (downs.contains(key))
            for (int i = 0; i < downs.value(key); ++i)
                QTest::keyClick(focused, Qt::Key_Down);
        else if (ticked.contains(name))
            QTest::keyClick(focused, Qt::Key_Space);
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    QVERIFY2(saved, "Tab never reached the Save button");
    QTRY_COMPARE(*CaseRepository(*m_db).count(), casesBefore + 1);
    CaseDetailView *view = nullptr;
    QTRY_VERIFY((view = qobject_cast<CaseDetailView *>(m_window->tabs()->currentWidget())));
    const qint64 id = view->caseId();
    const QString statusBefore = CaseRepository(*m_db).load(id)->status;
    QVERIFY2(CaseStatus::canMove(statusBefore, u"screened_in"), qPrintable(statusBefore));

    // Into the case's own tabs with Tab, then Ctrl+Tab to Screening, where the outcome is shown.
    auto *inner = view->findChild<QTabWidget *>();
    QVERIFY(inner);
    for (int i = 0; i < 60 && !(QApplication::focusWidget() && inner->isAncestorOf(QApplication::focusWidget())); ++i)
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get(), Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() && inner->isAncestorOf(QApplication::focusWidget()));
    for (int i = 0; i < inner->count() && inner->currentWidget() != view->screeningPanel(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(inner->currentWidget(), view->screeningPanel());
    QVERIFY(!view->screeningPanel()->findChild<QLabel *>(u"screeningOutcome"_s)->text().isEmpty());

    // The screening decision: Ctrl+T (Change status), arrow keys to "screened in", Tab, a comment, Enter.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::ControlModifier);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"changeStatusDialog"_s)) && dialog->isVisible());
    auto *choice = dialog->findChild<QComboBox *>(u"statusChoice"_s);
    QTRY_COMPARE(QApplication::focusWidget(), choice);
    QTest::keyClick(choice, Qt::Key_Home);
    for (int i = 0; i < choice->count() && choice->currentData().toString() != u"screened_in"; ++i)
        QTest::keyClick(choice, Qt::Key_Down);
    QCOMPARE(choice->currentData().toString(), u"screened_in"_s);
    QTest::keyClick(choice, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), u"Federal, terminal illness"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(CaseRepository(*m_db).load(id)->status, u"screened_in"_s);
    // The keyboard focus comes back to the case, so the next shortcut works. (The offscreen platform has no
    // window manager to hand the activation back to the main window when the dialog closes: do its part.)
    const QPointer<QDialog> closing = dialog;
    QTRY_VERIFY(!closing || !closing->isVisible());
    if (QApplication::activeWindow() != m_window.get())
        QApplication::setActiveWindow(m_window.get());
    QTRY_VERIFY(QApplication::focusWidget() && m_window->isAncestorOf(QApplication::focusWidget()));

    // The packet, as PDF, through the Case menu's shortcut.
    const QString pdf = m_dir->filePath(u"packet.pdf"_s);
    FileDialog::setNextFileName(pdf);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(QFile::exists(pdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
    QCOMPARE(FileDialog::pendingAnswers(), 0);
    QCOMPARE(FileDialog::unexpectedCount(), 0);
    QCOMPARE(MessageBox::unexpectedCount(), 0);

    // Ctrl+F: the search field of the case list, ready for typing.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(m_window->tabs()->currentWidget(), m_window->caseList());
    QVERIFY(m_window->caseList()->isAncestorOf(QApplication::focusWidget()));
    QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
}

QTEST_MAIN(TestAccessibilityGui)
#include "TestAccessibilityGui.moc"
