#include "MigrateCommand.h"

#include "CommandLine.h"
#include "DatabaseCopier.h"
#include "ServerLogin.h"
#include "auth/Session.h"
#include "auth/UserRepository.h"
#include "core/Actor.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ch {

namespace {
enum ExitCode { Ok = 0, Failed = 1, UsageError = 2 };
}

int MigrateCommand::run(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Copy a whole database file to an empty shared (PostgreSQL) database, keeping every id, and verify "
           "each table's row count and checksum on both sides. The file is only read; the server database holds "
           "the whole copy or nothing. The password as for --server (PGPASSFILE, --password-stdin or a prompt)."));
    p.addHelpOption();
    p.addOption({u"from"_s, tr("The database file: sqlite:PATH."), u"sqlite:PATH"_s});
    p.addOption({u"to"_s, tr("The empty server database: postgresql://user@host:port/database[?sslmode=…]."),
                 u"URL"_s});
    p.addOption({u"password-stdin"_s, tr("Read the server's password from the first line of the input.")});
    p.addOption({u"json"_s, tr("Print the result as JSON.")});
    if (auto done = parseCommandLine(p, args, m_out, m_err))
        return *done;
    if (!p.positionalArguments().isEmpty()) {
        m_err << tr("clearinghouse-cli migrate: unexpected argument %1.").arg(p.positionalArguments().first())
              << Qt::endl;
        return UsageError;
    }
    const QString from = p.value(u"from"_s);
    if (!from.startsWith("sqlite:"_L1) || from.size() <= 7) {
        m_err << tr("clearinghouse-cli migrate: say which file to copy with --from sqlite:PATH.") << Qt::endl;
        return UsageError;
    }
    if (!p.isSet(u"to"_s)) {
        m_err << tr("clearinghouse-cli migrate: say where to copy with --to postgresql://user@host:port/database.")
              << Qt::endl;
        return UsageError;
    }
    auto server = ServerLogin::parseAddress(u"--to"_s, p.value(u"to"_s));
    if (!server) {
        m_err << tr("clearinghouse-cli migrate: %1").arg(server.error().message) << Qt::endl;
        return UsageError;
    }
    const QString path = from.mid(7);
    if (!QFileInfo(path).isFile()) {
        m_err << tr("clearinghouse-cli migrate: there is no database file %1.").arg(QDir::toNativeSeparators(path))
              << Qt::endl;
        return Failed;
    }
    auto fail = [this](const Error &e) {
        m_err << tr("clearinghouse-cli migrate: %1").arg(e.message) << Qt::endl;
        if (!e.detail.isEmpty())
            m_err << u"  ("_s << e.detail << u")"_s << Qt::endl;
        return Failed;
    };

    Database::Options readOnly;
    readOnly.readOnly = true;
    readOnly.migrate = false;
    auto source = Database::open(path, readOnly);
    if (!source)
        return fail(source.error());
    // Copying every user, every case and the whole audit trail to another place is an administrator's act.
    auto session = Session::start(**source, Actor::current());
    if (!session)
        return fail(session.error());
    if (Status allowed = session->require(Permission::ManageUsers); !allowed)
        return fail(allowed.error());

    auto password = ServerLogin::password(*server, m_passwordFromStdin || p.isSet(u"password-stdin"_s), m_err);
    if (!password)
        return fail(password.error());
    Database::Options targetOptions;
    targetOptions.password = *password;
    // First look without changing anything: a database that already holds another version's schema is
    // refused as it is, not upgraded first.
    targetOptions.migrate = false;
    m_err << tr("Opening %1…").arg(server->displayText()) << Qt::endl;
    auto target = Database::open(*server, targetOptions);
    if (!target)
        return fail(target.error());
    const int version = (*target)->schemaVersion();
    if (version != 0 && version != Migrations::latestVersion()) {
        return fail(Error::make(Error::Kind::InvalidInput,
                                tr("The shared database %1 is not empty: it already holds a Clearinghouse database "
                                   "(schema version %2). Nothing was copied; migrate copies only into an empty "
                                   "database (ask the administrator for a new one).")
                                    .arg(server->displayText())
                                    .arg(version)));
    }
    if (version == 0) {
        m_err << tr("Creating the tables…") << Qt::endl;
        target->reset();
        targetOptions.migrate = true;
        target = Database::open(*server, targetOptions);
        if (!target)
            return fail(target.error());
    }

    DatabaseCopier copier(**source, **target);
    copier.progress = [this](const QString &line) { m_err << line << Qt::endl; };
    if (Status empty = copier.checkTargetEmpty(); !empty)
        return fail(empty.error());
    QElapsedTimer timer;
    timer.start();
    auto outcome = copier.run();
    if (!outcome)
        return fail(outcome.error());
    const double seconds = double(timer.elapsed()) / 1000.0;

    if (p.isSet(u"json"_s)) {
        QJsonArray tables;
        for (const DatabaseCopier::TableReport &t : std::as_const(outcome->tables)) {
            tables.append(QJsonObject{{u"table"_s, t.table},
                                      {u"source_rows"_s, t.sourceRows},
                                      {u"target_rows"_s, t.targetRows},
                                      {u"source_sha256"_s, t.sourceChecksum},
                                      {u"target_sha256"_s, t.targetChecksum},
                                      {u"match"_s, t.matches()}});
        }
        const QJsonObject summary{{u"from"_s, QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())},
                                  {u"to"_s, server->displayText()},
                                  {u"rows"_s, outcome->rowsCopied},
                                  {u"seconds"_s, seconds},
                                  {u"committed"_s, outcome->committed},
                                  {u"tables"_s, tables}};
        m_out << QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)) << Qt::endl;
    } else {
        m_out << u"%1 %2 %3  %4"_s.arg(tr("table").leftJustified(24), tr("file rows").rightJustified(10),
                                       tr("server rows").rightJustified(11), tr("checksum (SHA-256)"))
              << Qt::endl;
        for (const DatabaseCopier::TableReport &t : std::as_const(outcome->tables)) {
            const QString sums = t.sourceChecksum == t.targetChecksum
                                     ? t.sourceChecksum.left(16) + u"  "_s + tr("equal")
                                     : t.sourceChecksum.left(16) + u" ≠ "_s + t.targetChecksum.left(16);
            m_out << u"%1 %2 %3  %4"_s.arg(t.table.leftJustified(24), QString::number(t.sourceRows).rightJustified(10),
                                           QString::number(t.targetRows).rightJustified(11), sums)
                  << Qt::endl;
        }
    }
    if (!outcome->committed) {
        QStringList differ;
        for (const DatabaseCopier::TableReport &t : std::as_const(outcome->tables)) {
            if (!t.matches())
                differ << t.table;
        }
        m_err << tr("clearinghouse-cli migrate: the copy of %1 differs from the file, so nothing was kept on the "
                    "server (rolled back). Report this with the table above.")
                     .arg(differ.join(u", "_s))
              << Qt::endl;
        return Failed;
    }
    // Whoever migrated owns the server database and runs it from now on: when the file did not know that
    // server user, it becomes an administrator there (audited), or nobody could manage the shared database.
    UserRepository users(**target);
    auto me = users.find(server->user());
    if (!me)
        return fail(me.error());
    if (!me->has_value()) {
        User admin;
        admin.login = server->user();
        admin.displayName = server->user();
        admin.role = Role::Admin;
        if (auto id = users.create(admin); !id)
            return fail(id.error());
        m_err << tr("The server user “%1” was not a user of the file: it is now an administrator of the shared "
                    "database.")
                     .arg(server->user())
              << Qt::endl;
    }
    // The file's users come over as rows only: each needs a server login of their own before they can
    // connect, which an administrator gives with a password.
    if (auto all = users.all()) {
        QStringList waiting;
        for (const User &u : std::as_const(*all)) {
            if (u.active && u.login != server->user())
                waiting << u.login;
        }
        if (!waiting.isEmpty()) {
            m_err << tr("These users have no server login yet: %1. Give each a password with "
                        "clearinghouse-cli --server %2 users set LOGIN --new-password-stdin, or in File → Users….")
                         .arg(waiting.join(u", "_s), server->displayText())
                  << Qt::endl;
        }
    }
    m_err << tr("Copied %n row(s) in %1 s; every table's count and checksum match.", nullptr,
                int(std::min<qint64>(outcome->rowsCopied, std::numeric_limits<int>::max())))
                 .arg(seconds, 0, 'f', 1)
          << Qt::endl;
    return Ok;
}

} // namespace ch
