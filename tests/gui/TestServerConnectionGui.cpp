// File → Connect to shared database… (issue 7): the connection dialog driven through the real main window.
// What the server says (unreachable, wrong password) reaches the dialog as a sentence; a good connection
// switches the window to the shared database, which names the server (never the password) and says that
// backups are the server's business; the address is remembered without the password. The checks that
// need a server run in the "_postgres" pass (CH_TEST_POSTGRES, PGPASSFILE); the others in both.

#include "AppSession.h"
#include "BackupController.h"
#include "DatabaseOpener.h"
#include "DatabaseProblemDialog.h"
#include "CaseDetailView.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PreferencesDialog.h"
#include "ServerConnectionDialog.h"

#include "GuiFixture.h"
#include "TestDatabase.h"
#include "auth/Session.h"
#include "auth/UserRepository.h"
#include "core/Actor.h"
#include "storage/Migrations.h"
#include "storage/ReasonRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QPointer>
#include <QFile>
#include <QProcess>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace ch;

namespace {

// The test server's password, from the password file the "_postgres" run names (host:port:db:user:password).
QString passwordFromPassFile()
{
    QFile file(qEnvironmentVariable("PGPASSFILE"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.trimmed().isEmpty() || line.startsWith('#'))
            continue;
        return QString::fromUtf8(line.trimmed()).section(u':', 4);
    }
    return {};
}

} // namespace

class TestServerConnectionGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(u"ClearinghouseServerConnectionTest"_s);
        MessageBox::setTestMode(true);
    }
    void init();
    void cleanup();

    void fileMenu_opensTheDialogWithTheRememberedAddress();
    void missingFields_sayWhatIsMissing();
    void unreachableServer_saysSoAndStaysOpen();
    void silentServer_cancelClosesAtOnce_andTheTryEndsByItself();
    void wrongPassword_saysSo();
    void goodConnection_switchesTheWindowToSharedMode();
    void startWithServer_asksThePasswordWhenThePasswordFileHasNone();
    void commandLineServer_opensTheSharedDatabase();
    void serverUser_seesTheCaseWithoutWhatTheRoleMayNotRead_data();
    void serverUser_seesTheCaseWithoutWhatTheRoleMayNotRead();

private:
    ServerConnectionDialog *openDialog(MainWindow *window);
    void fill(ServerConnectionDialog *dialog, const ServerAddress &address, const QString &password);
    QString resultText(ServerConnectionDialog *dialog) const
    {
        return dialog->findChild<QLabel *>(u"serverResult"_s)->text();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSession> m_session;
};

void TestServerConnectionGui::init()
{
    QSettings().clear();
    MessageBox::reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(u"office.db"_s));
    QVERIFY2(db.ok(), qPrintable(db.error().fullText()));
    m_session = std::make_unique<AppSession>(std::move(db).value());
    m_session->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_session->window()));
}

void TestServerConnectionGui::cleanup()
{
    m_session.reset();
    m_dir.reset();
    QCOMPARE(MessageBox::unexpectedCount(), 0);
}

ServerConnectionDialog *TestServerConnectionGui::openDialog(MainWindow *window)
{
    auto *action = window->findChild<QAction *>(u"actionConnectServer"_s);
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    return window->findChild<ServerConnectionDialog *>(u"serverConnectionDialog"_s);
}

void TestServerConnectionGui::fill(ServerConnectionDialog *dialog, const ServerAddress &address,
                                   const QString &password)
{
    dialog->findChild<QLineEdit *>(u"serverHost"_s)->setText(address.host());
    dialog->findChild<QSpinBox *>(u"serverPort"_s)->setValue(address.port());
    dialog->findChild<QLineEdit *>(u"serverDatabase"_s)->setText(address.database());
    dialog->findChild<QLineEdit *>(u"serverUser"_s)->setText(address.user());
    auto *ssl = dialog->findChild<QComboBox *>(u"serverSslMode"_s);
    ssl->setCurrentIndex(ssl->findData(address.sslMode()));
    auto *secret = dialog->findChild<QLineEdit *>(u"serverPassword"_s);
    secret->clear();
    QTest::keyClicks(secret, password);
}

void TestServerConnectionGui::fileMenu_opensTheDialogWithTheRememberedAddress()
{
    QSettings().setValue(u"server/lastAddress"_s, u"postgresql://maria@db.example.org:5433/office?sslmode=require"_s);
    ServerConnectionDialog *dialog = openDialog(m_session->window());
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(u"serverHost"_s)->text(), u"db.example.org"_s);
    QCOMPARE(dialog->findChild<QSpinBox *>(u"serverPort"_s)->value(), 5433);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"serverDatabase"_s)->text(), u"office"_s);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"serverUser"_s)->text(), u"maria"_s);
    QCOMPARE(dialog->findChild<QComboBox *>(u"serverSslMode"_s)->currentText(), u"require"_s);
    auto *secret = dialog->findChild<QLineEdit *>(u"serverPassword"_s);
    QVERIFY(secret->text().isEmpty());
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    auto *modes = dialog->findChild<QComboBox *>(u"serverSslMode"_s);
    QCOMPARE(modes->count(), ServerAddress::sslModes().size());
    for (QWidget *w : dialog->findChildren<QWidget *>()) {
        if (!w->objectName().startsWith(u"server"_s))
            continue; // the parts inside a spin box or combo box
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QSpinBox *>(w) || qobject_cast<QComboBox *>(w))
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    dialog->reject();

    // Where a file cannot be opened (at start, or on a network drive), the shared database is a way on too.
    DatabaseProblemDialog problem(m_dir->filePath(u"x.db"_s), Error::make(Error::Kind::NotADatabase, u"Not ours."_s));
    auto *connect = problem.findChild<QPushButton *>(u"connectServerButton"_s);
    QVERIFY(connect);
    QCOMPARE(connect->text(), u"Connect to &shared database…"_s);
    std::unique_ptr<DatabaseProblemDialog> network(DatabaseProblemDialog::networkWarning(m_dir->filePath(u"x.db"_s)));
    QVERIFY(network->offered().contains(DatabaseProblemDialog::ConnectServer));
}

void TestServerConnectionGui::missingFields_sayWhatIsMissing()
{
    ServerConnectionDialog *dialog = openDialog(m_session->window());
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"serverConnectButton"_s), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isChecking());
    QVERIFY2(resultText(dialog).contains(u"name (or address) of the server"_s), qPrintable(resultText(dialog)));
    dialog->findChild<QLineEdit *>(u"serverHost"_s)->setText(u"db.example.org"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"serverTestButton"_s), Qt::LeftButton);
    QVERIFY2(resultText(dialog).contains(u"name of the database"_s), qPrintable(resultText(dialog)));
    dialog->reject();
}

void TestServerConnectionGui::unreachableServer_saysSoAndStaysOpen()
{
    MainWindow *window = m_session->window();
    ServerConnectionDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    // Port 1 on this computer: nothing listens, so the connection is refused at once.
    fill(dialog, ServerAddress::parse(u"postgresql://maria@127.0.0.1:1/office"_s).value(), u"secret"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"serverConnectButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isChecking(), 15000);
    QVERIFY2(resultText(dialog).contains(u"cannot be reached"_s), qPrintable(resultText(dialog)));
    QVERIFY(!resultText(dialog).contains(u"secret"_s));
    QVERIFY(dialog->isVisible()); // still there to correct the address
    QCOMPARE(m_session->window(), window);
    QVERIFY(!m_session->database()->isShared());
    QVERIFY(ServerConnectionDialog::lastAddress().isEmpty()); // nothing remembered from a failed try
    dialog->reject();
}

void TestServerConnectionGui::silentServer_cancelClosesAtOnce_andTheTryEndsByItself()
{
#ifdef Q_OS_UNIX
    // A "server" that takes the connection and never answers: the try would last until the connect
    // timeout (10 s). Cancel closes the dialog at once and the window stays usable; the abandoned try
    // ends by itself at the timeout, closing its connection.
    const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    QVERIFY(listener >= 0);
    sockaddr_in local{};
    local.sin_family = AF_INET;
    local.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    local.sin_port = 0;
    QCOMPARE(::bind(listener, reinterpret_cast<sockaddr *>(&local), sizeof local), 0);
    QCOMPARE(::listen(listener, 4), 0);
    socklen_t length = sizeof local;
    QCOMPARE(::getsockname(listener, reinterpret_cast<sockaddr *>(&local), &length), 0);
    const int port = ntohs(local.sin_port);

    MainWindow *window = m_session->window();
    QPointer<ServerConnectionDialog> dialog = openDialog(window);
    QVERIFY(dialog);
    fill(dialog, ServerAddress::parse(u"postgresql://maria@127.0.0.1:%1/office"_s.arg(port)).value(), u"secret"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"serverTestButton"_s), Qt::LeftButton);
    QVERIFY(dialog->isChecking());
    // The try reached the silent server.
    int peer = -1;
    for (QDeadlineTimer until(5000); peer < 0 && !until.hasExpired();) {
        peer = ::accept4(listener, nullptr, nullptr, SOCK_NONBLOCK);
        if (peer < 0)
            QTest::qWait(20);
    }
    QVERIFY2(peer >= 0, qPrintable(resultText(dialog)));
    QVERIFY2(dialog->isChecking(), qPrintable(resultText(dialog)));

    QElapsedTimer cancelled;
    cancelled.start();
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons && buttons->button(QDialogButtonBox::Cancel)->isEnabled());
    QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 5000); // closed and deleted, without waiting for the server
    QVERIFY2(cancelled.elapsed() < 5000, "the dialog waited for the silent server");
    QCOMPARE(m_session->window(), window);
    QVERIFY(!m_session->database()->isShared());

    // The abandoned try closes its connection at the timeout (libpq's first message is read first).
    bool closed = false;
    for (QDeadlineTimer until(30000); !closed && !until.hasExpired();) {
        char buffer[512];
        ssize_t n = 0;
        while ((n = ::recv(peer, buffer, sizeof buffer, MSG_DONTWAIT)) > 0) {
        }
        closed = n == 0;
        if (!closed)
            QTest::qWait(50);
    }
    QVERIFY2(closed, "the abandoned try never ended");
    QTest::qWait(100); // the finished thread's deleteLater
    ::close(peer);
    ::close(listener);
#else
    QSKIP("uses a POSIX socket as a silent server");
#endif
}

void TestServerConnectionGui::wrongPassword_saysSo()
{
    if (test::postgresTestServer().isEmpty())
        QSKIP("needs the PostgreSQL test server; runs in the _postgres pass");
    test::PostgresScratch scratch;
    QVERIFY2(scratch.error().isEmpty(), qPrintable(scratch.error()));
    ServerConnectionDialog *dialog = openDialog(m_session->window());
    QVERIFY(dialog);
    fill(dialog, ServerAddress::parse(scratch.location()).value(), u"not-the-password"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"serverTestButton"_s), Qt::LeftButton);
    QVERIFY(dialog->isChecking());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isChecking(), 15000);
    QVERIFY2(resultText(dialog).contains(u"refused the password"_s), qPrintable(resultText(dialog)));
    QVERIFY(!resultText(dialog).contains(u"not-the-password"_s));
    QVERIFY(dialog->isVisible());
    dialog->reject();
}

void TestServerConnectionGui::goodConnection_switchesTheWindowToSharedMode()
{
    if (test::postgresTestServer().isEmpty())
        QSKIP("needs the PostgreSQL test server; runs in the _postgres pass");
    const QString password = passwordFromPassFile();
    QVERIFY(!password.isEmpty());
    test::PostgresScratch scratch;
    QVERIFY2(scratch.error().isEmpty(), qPrintable(scratch.error()));
    const ServerAddress address = ServerAddress::parse(scratch.location()).value();

    MainWindow *fileWindow = m_session->window();
    ServerConnectionDialog *dialog = openDialog(fileWindow);
    QVERIFY(dialog);
    fill(dialog, address, password); // typed, not from the password file
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"serverTestButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isChecking(), 15000);
    QVERIFY2(resultText(dialog).contains(u"The server answered"_s), qPrintable(resultText(dialog)));
    QVERIFY(dialog->isVisible()); // a test only tests

    QSignalSpy replaced(m_session.get(), &AppSession::windowReplaced);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"serverConnectButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(replaced.count(), 1, 20000);
    MainWindow *window = m_session->window();
    QVERIFY(window && window != fileWindow);
    QVERIFY(m_session->database()->isShared());
    QCOMPARE(m_session->database()->server().database(), scratch.name());

    // The window names the server, never the password.
    QVERIFY2(window->windowTitle().contains(address.displayText()), qPrintable(window->windowTitle()));
    auto *where = window->findChild<QLabel *>(u"dbPathLabel"_s);
    QVERIFY(where);
    QCOMPARE(where->text(), u"Shared database: %1"_s.arg(address.displayText()));
    for (const QString &text : {window->windowTitle(), where->text(), where->toolTip()})
        QVERIFY(!text.contains(password));

    // What only makes sense for a file says so instead of failing.
    for (const QString &name : {u"actionBackupNow"_s, u"actionRestoreBackup"_s}) {
        auto *action = window->findChild<QAction *>(name);
        QVERIFY2(action, qPrintable(name));
        QVERIFY(!action->isEnabled());
        QCOMPARE(action->statusTip(), BackupController::sharedDatabaseNote());
    }
    QVERIFY(BackupController::sharedDatabaseNote().contains(u"pg_dump"_s));
    auto *backupLabel = window->findChild<QLabel *>(u"backupAgeLabel"_s);
    QCOMPARE(backupLabel->text(), u"Backups: on the server"_s);
    QVERIFY(!window->backups()->backupNow(true));
    PreferencesDialog *preferences = window->openPreferences();
    QVERIFY(!preferences->findChild<QSpinBox *>(u"backupIntervalSpin"_s)->isEnabled());
    QVERIFY(!preferences->findChild<QWidget *>(u"encryptBackupsCheck"_s)->isEnabled());
    QCOMPARE(preferences->findChild<QLabel *>(u"preferencesBackupNote"_s)->text(),
             BackupController::sharedDatabaseNote());
    preferences->reject();
    QVERIFY(!window->findChild<QLabel *>(u"integrityLabel"_s)->isVisible());

    // Remembered for next time, without the password; offered by the next dialog.
    QCOMPARE(ServerConnectionDialog::lastAddress(), address.displayText());
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(password), qPrintable(key));
    ServerConnectionDialog *again = openDialog(window);
    QVERIFY(again);
    QCOMPARE(again->findChild<QLineEdit *>(u"serverDatabase"_s)->text(), scratch.name());
    QVERIFY(again->findChild<QLineEdit *>(u"serverPassword"_s)->text().isEmpty());
    again->reject();
}

void TestServerConnectionGui::startWithServer_asksThePasswordWhenThePasswordFileHasNone()
{
    if (test::postgresTestServer().isEmpty())
        QSKIP("needs the PostgreSQL test server; runs in the _postgres pass");
    const QString password = passwordFromPassFile();
    QVERIFY(!password.isEmpty());
    test::PostgresScratch scratch;
    QVERIFY2(scratch.error().isEmpty(), qPrintable(scratch.error()));
    // As `clearinghouse --server …` on a computer without a password file entry.
    const QByteArray passFile = qgetenv("PGPASSFILE");
    qputenv("PGPASSFILE", m_dir->filePath(u"no-such-pgpass"_s).toLocal8Bit());
    QString asked;
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(qobject_cast<ServerConnectionDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<ServerConnectionDialog *>(QApplication::activeModalWidget());
        asked = resultText(dialog);
        QCOMPARE(dialog->findChild<QLineEdit *>(u"serverDatabase"_s)->text(), scratch.name());
        auto *secret = dialog->findChild<QLineEdit *>(u"serverPassword"_s);
        QVERIFY(secret->hasFocus() || secret->text().isEmpty());
        QTest::keyClicks(secret, password);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"serverConnectButton"_s), Qt::LeftButton);
    });
    std::unique_ptr<Database> opened = DatabaseOpener::openServer(scratch.location());
    qputenv("PGPASSFILE", passFile);
    QVERIFY2(asked.contains(u"none was given"_s), qPrintable(asked)); // not "refused": nothing was sent
    QVERIFY(opened);
    QVERIFY(opened->isShared());
    QCOMPARE(opened->schemaVersion(), Migrations::latestVersion());
}

void TestServerConnectionGui::commandLineServer_opensTheSharedDatabase()
{
    if (test::postgresTestServer().isEmpty())
        QSKIP("needs the PostgreSQL test server; runs in the _postgres pass");
    test::PostgresScratch scratch;
    QVERIFY2(scratch.error().isEmpty(), qPrintable(scratch.error()));
    // The real program, as a user starts it: the password from PGPASSFILE, the window shown, then closed.
    QProcess program;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"HOME"_s, m_dir->path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    program.setProcessEnvironment(env);
    program.start(QStringLiteral(CH_GUI_PATH), {u"--server"_s, scratch.location(), u"--quit-after-ms"_s, u"1500"_s});
    QVERIFY(program.waitForFinished(60000));
    QVERIFY2(program.exitStatus() == QProcess::NormalExit && program.exitCode() == 0,
             program.readAllStandardError().constData());
    // The program brought the empty database on the server up to the latest schema.
    Database::Options look;
    look.migrate = false;
    auto opened = Database::open(scratch.location(), look);
    QVERIFY2(opened.ok(), qPrintable(opened.error().fullText()));
    QCOMPARE((*opened)->schemaVersion(), Migrations::latestVersion());
}

void TestServerConnectionGui::serverUser_seesTheCaseWithoutWhatTheRoleMayNotRead_data()
{
    QTest::addColumn<int>("role");
    QTest::newRow("coordinator") << int(Role::Coordinator);
    QTest::newRow("auditor") << int(Role::Auditor);
    QTest::newRow("staff") << int(Role::Staff);
}

void TestServerConnectionGui::serverUser_seesTheCaseWithoutWhatTheRoleMayNotRead()
{
    // The window signed in as a server user of each role: the server itself withholds the medical details
    // from coordinators and auditors, and the window still opens the case, its reasons and its history
    // without an error. Staff see the details when they ask to.
    if (test::postgresTestServer().isEmpty())
        QSKIP("needs the PostgreSQL test server; runs in the _postgres pass");
    QFETCH(int, role);
    const Role r = Role(role);
    const bool mayRead = Roles::allows(r, Permission::ViewSensitive);
    test::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    const QString owner = Session::loginFor(t.db());
    Actor::setCurrent(owner);
    QVERIFY(Session::start(t.db(), owner));
    const qint64 caseId = test::seed(t.db(), test::makeCase(u"Rosa Delgado"_s, u"12345-054"_s));
    QVERIFY(caseId > 0);
    QVERIFY(ReasonRepository(t.db()).setAssessment(caseId, u"terminal_illness"_s, u"likely"_s,
                                                   u"Metastatic pancreatic cancer, oncologist letter"_s));
    User reader;
    reader.login = t.serverRolePrefix() + u"reader"_s;
    reader.displayName = u"Reader"_s;
    reader.role = r;
    QVERIFY(UserRepository(t.db()).create(reader, u"pw-reader-1"_s));

    auto server = ServerAddress::parse(t.path());
    QVERIFY2(server, qPrintable(server.error().fullText()));
    server->setUser(reader.login);
    Database::Options as;
    as.password = u"pw-reader-1"_s;
    auto db = Database::open(*server, as);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().fullText()));
    {
        MainWindow w(**db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.session().role(), r);
        CaseDetailView *view = w.openCase(caseId);
        QVERIFY(view);
        auto *trail = view->findChild<QTreeWidget *>(u"auditTrail"_s);
        QVERIFY(trail);
        auto trailText = [trail] {
            QString text;
            for (int i = 0; i < trail->topLevelItemCount(); ++i)
                text += trail->topLevelItem(i)->text(2) + u": "_s + trail->topLevelItem(i)->text(3) + u'\n';
            return text;
        };
        QVERIFY2(trailText().contains(u"Likely"_s), qPrintable(trailText())); // the assessment, for every role
        QVERIFY2(!trailText().contains(u"pancreatic"_s), qPrintable(trailText()));
        if (mayRead) {
            view->findChild<QCheckBox *>(u"showSensitiveToggle"_s)->setChecked(true);
            QVERIFY2(trailText().contains(u"pancreatic"_s), qPrintable(trailText()));
        }
        const QString shots = qEnvironmentVariable("CH_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            for (auto *tabs : view->findChildren<QTabWidget *>()) {
                for (int i = 0; i < tabs->count(); ++i) {
                    if (tabs->widget(i)->isAncestorOf(trail))
                        tabs->setCurrentIndex(i);
                }
            }
            view->window()->grab().save(shots + u"/server-%1.png"_s.arg(Roles::code(r)));
        }
    }
    Actor::setCurrent(QString());
}

QTEST_MAIN(TestServerConnectionGui)
#include "TestServerConnectionGui.moc"
