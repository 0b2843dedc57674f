#include "ServerConnectionDialog.h"

#include "FormRows.h"
#include "core/PlainToolTip.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace ch {

namespace {
const QString kLastAddress = u"server/lastAddress"_s;
} // namespace

ServerConnectionDialog::ServerConnectionDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"serverConnectionDialog"_s);
    m_intro = new QLabel(this);
    m_intro->setObjectName(u"serverIntro"_s);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);

    m_host = new QLineEdit(this);
    m_host->setObjectName(u"serverHost"_s);
    m_port = new QSpinBox(this);
    m_port->setObjectName(u"serverPort"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_database = new QLineEdit(this);
    m_database->setObjectName(u"serverDatabase"_s);
    m_user = new QLineEdit(this);
    m_user->setObjectName(u"serverUser"_s);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"serverPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordNote = new QLabel(this);
    m_passwordNote->setObjectName(u"serverPasswordNote"_s);
    m_passwordNote->setTextFormat(Qt::PlainText);
    m_passwordNote->setWordWrap(true);
    // A wrapped label in a form row is otherwise squeezed when the result line below appears.
    m_passwordNote->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(u"serverSslMode"_s);
    for (const QString &mode : ServerAddress::sslModes())
        m_sslMode->addItem(mode, mode); // libpq's own words: administrators give them in these terms
    m_sslMode->setCurrentIndex(m_sslMode->findData(u"prefer"_s));

    m_form = new QFormLayout;
    FormRows::add(m_form, m_host);
    FormRows::add(m_form, m_port);
    FormRows::add(m_form, m_database);
    FormRows::add(m_form, m_user);
    FormRows::add(m_form, m_password);
    m_form->addRow(QString(), m_passwordNote);
    FormRows::add(m_form, m_sslMode);

    m_test = new QPushButton(this);
    m_test->setObjectName(u"serverTestButton"_s);
    m_test->setAutoDefault(false);
    connect(m_test, &QPushButton::clicked, this, &ServerConnectionDialog::testConnection);
    m_result = new QLabel(this);
    m_result->setObjectName(u"serverResult"_s);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"serverButtons"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"serverConnectButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ServerConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ServerConnectionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addLayout(testRow);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    if (auto last = ServerAddress::parse(lastAddress()))
        setAddress(*last);
    retranslateUi();
    setMinimumWidth(520); // the sentences below the fields wrap into a few readable lines
}

ServerConnectionDialog::~ServerConnectionDialog()
{
    // A try still running when the dialog goes (the user pressed Cancel while the server kept silent) is
    // let go rather than waited for, so that the window never freezes: the worker holds only copies of
    // what it needs, ends by itself at the connect timeout, and is deleted then. Quitting the program
    // waits for it, since its connection must close on its own thread.
    if (QThread *check = m_check) {
        disconnect(check, nullptr, this, nullptr);
        connect(check, &QThread::finished, check, &QObject::deleteLater);
        connect(qApp, &QCoreApplication::aboutToQuit, check, [check] { check->wait(); });
        if (check->isFinished())
            check->deleteLater();
    }
}

void ServerConnectionDialog::retranslateUi()
{
    setWindowTitle(tr("Connect to shared database"));
    m_intro->setText(tr("A team works in one database on a PostgreSQL server. Ask its administrator for "
                        "these details."));
    FormRows::setLabel(m_form, m_host, tr("&Server:"));
    FormRows::setLabel(m_form, m_port, tr("P&ort:"));
    FormRows::setLabel(m_form, m_database, tr("&Database:"));
    FormRows::setLabel(m_form, m_user, tr("&User:"));
    FormRows::setLabel(m_form, m_password, tr("&Password:"));
    FormRows::setLabel(m_form, m_sslMode, tr("&Encryption (sslmode):"));
    m_host->setAccessibleName(tr("Server host name"));
    m_host->setPlaceholderText(tr("e.g. db.example.org"));
    m_port->setAccessibleName(tr("Server port"));
    m_database->setAccessibleName(tr("Database name"));
    m_user->setAccessibleName(tr("User name on the server"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("Empty: from the password file"));
    m_passwordNote->setText(tr("The password is used for this session only and never stored. Leave it empty to "
                               "use the password file named by PGPASSFILE (else ~/.pgpass)."));
    m_sslMode->setAccessibleName(tr("Encryption of the connection (sslmode)"));
    m_sslMode->setToolTip(tr("require and stronger encrypt the connection; verify-full also checks the server's "
                             "certificate. Use what the administrator says."));
    m_test->setText(tr("&Test connection"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
}

void ServerConnectionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_form)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ServerConnectionDialog::setAddress(const ServerAddress &address)
{
    m_host->setText(address.host());
    m_port->setValue(address.port());
    m_database->setText(address.database());
    m_user->setText(address.user());
    m_sslMode->setCurrentIndex(qMax(0, m_sslMode->findData(address.sslMode())));
    if (!address.password().isEmpty())
        m_password->setText(address.password()); // written into a URL given on the command line
}

Result<ServerAddress> ServerConnectionDialog::address() const
{
    const QString host = m_host->text().trimmed();
    const QString database = m_database->text().trimmed();
    const QString user = m_user->text().trimmed();
    if (host.isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("Enter the name (or address) of the server."));
    if (database.isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("Enter the name of the database on the server."));
    if (user.isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("Enter your user name on the server."));
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    url.setHost(host);
    url.setPort(m_port->value());
    url.setPath(u'/' + database);
    QUrlQuery query;
    query.addQueryItem(u"sslmode"_s, m_sslMode->currentData().toString());
    url.setQuery(query);
    return ServerAddress::parse(url.toString(QUrl::FullyEncoded));
}

QString ServerConnectionDialog::password() const
{
    return m_password->text();
}

QString ServerConnectionDialog::lastAddress()
{
    return QSettings().value(kLastAddress).toString();
}

void ServerConnectionDialog::rememberAddress(const ServerAddress &address)
{
    QSettings().setValue(kLastAddress, address.displayText()); // displayText() never holds the password
}

void ServerConnectionDialog::showProblem(const QString &message)
{
    showResult(false, message);
}

void ServerConnectionDialog::testConnection()
{
    startCheck(false);
}

void ServerConnectionDialog::accept()
{
    startCheck(true);
}

void ServerConnectionDialog::startCheck(bool thenAccept)
{
    if (m_check)
        return; // one try at a time; its answer comes soon (the connect timeout bounds it)
    auto server = address();
    if (!server) {
        showResult(false, server.error().message);
        return;
    }
    Database::Options options;
    options.migrate = false; // a test writes nothing; the real opening brings the schema up to date
    options.password = m_password->text();
    struct Outcome
    {
        QString problem;
        QString detail;
    };
    auto outcome = std::make_shared<Outcome>();
    const ServerAddress where = *server;
    m_check = QThread::create([where, options, outcome] {
        // Opened and closed on this thread: a Qt SQL connection belongs to the thread that made it.
        auto opened = Database::open(where, options);
        if (!opened) {
            outcome->problem = opened.error().message;
            outcome->detail = opened.error().detail;
        }
    });
    connect(m_check, &QThread::finished, this, [this, outcome, thenAccept] {
        m_check->deleteLater();
        m_check = nullptr;
        finishCheck(outcome->problem, outcome->detail, thenAccept);
    });
    setBusy(true);
    showResult(true, tr("Connecting to %1…").arg(server->displayText()));
    m_check->start();
}

void ServerConnectionDialog::finishCheck(const QString &problem, const QString &detail, bool thenAccept)
{
    setBusy(false);
    if (!problem.isEmpty()) {
        qWarning("shared database: %s (%s)", qPrintable(problem), qPrintable(detail));
        showResult(false, problem, detail);
        m_password->setFocus(Qt::OtherFocusReason);
        return;
    }
    const auto server = address();
    showResult(true, tr("The server answered: %1 can be used.").arg(server ? server->displayText() : QString()));
    if (thenAccept) {
        if (server)
            rememberAddress(*server);
        QDialog::accept();
    }
}

void ServerConnectionDialog::showResult(bool ok, const QString &text, const QString &detail)
{
    m_result->setText(text);
    m_result->setToolTip(detail.isEmpty() ? QString() : PlainToolTip::from(detail));
    m_result->setStyleSheet(ok ? QString() : u"QLabel { color: #b3261e; }"_s);
    m_result->setVisible(!text.isEmpty());
    if (isVisible())
        adjustSize(); // room for a sentence of several lines, without squeezing the notes above
}

void ServerConnectionDialog::setBusy(bool busy)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_host, m_port, m_database, m_user, m_password, m_sslMode,
                                                       m_test, m_buttons->button(QDialogButtonBox::Ok)})
        w->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

} // namespace ch
