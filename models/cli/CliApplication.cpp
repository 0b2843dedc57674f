#include "CliApplication.h"

#include "UserCommands.h"
#include "auth/Session.h"
#include "auth/UserRepository.h"
#include "CommandLine.h"

#include "BackupCommands.h"
#include "MigrateCommand.h"
#include "ServerLogin.h"

#include "core/Actor.h"
#include "demo/DemoDataGenerator.h"
#include "io/CsvExporter.h"
#include "ReportCommands.h"
#include "RosterCommands.h"
#include "io/JsonExporter.h"
#include "io/ColumnMapping.h"
#include "io/ImportPresets.h"
#include "io/ImportService.h"
#include "packets/PacketService.h"
#include "packets/RedactionProfile.h"
#include "storage/LetterTemplateRepository.h"
#include "screening/ScreeningEngine.h"
#include "screening/ScreeningStore.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/VolunteerRepository.h"
#include "storage/WriteTransaction.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

// Parses a whole number in [min, max]; false when the text is anything else.
bool parseCount(const QString &text, int min, int max, int &out)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < min || v > max)
        return false;
    out = v;
    return true;
}

} // namespace

CliApplication::CliApplication(QTextStream &out, QTextStream &err) : m_out(out), m_err(err)
{
    m_commands = {
        {u"demo"_s, tr("Fill the database with realistic synthetic cases and volunteers."),
         [this](const QStringList &a) { return runDemo(a); }},
        {u"export"_s, tr("Write every case with every field to a JSON file."),
         [this](const QStringList &a) { return runExport(a); }},
        {u"screen"_s, tr("Screen cases against the rules and print the results."),
         [this](const QStringList &a) { return runScreen(a); }},
        {u"import"_s, tr("Import questionnaire submissions from a CSV or JSON file."),
         [this](const QStringList &a) { return runImport(a); }},
        {u"backup"_s, tr("Write a checked (optionally encrypted) backup, or list the backups."),
         [this](const QStringList &a) { return BackupCommands(m_dbPath, m_out, m_err).backup(a); }},
        {u"restore"_s, tr("Check a backup and restore it in place of the database."),
         [this](const QStringList &a) { return BackupCommands(m_dbPath, m_out, m_err).restore(a); }},
        {u"packet"_s, tr("Write a case's packet for its volunteer as a PDF."),
         [this](const QStringList &a) { return runPacket(a); }},
        {u"letter"_s, tr("Write a letter to a case's family as a PDF."),
         [this](const QStringList &a) { return runLetter(a); }},
        {u"import-volunteers"_s, tr("Import the volunteer roster from a CSV file."),
         [this](const QStringList &a) { return roster().importVolunteers(a); }},
        {u"match"_s, tr("Match one case, or every waiting case (--batch), to volunteers."),
         [this](const QStringList &a) { return roster().match(a); }},
        {u"users"_s, tr("List, add or change the users of this database and their roles."),
         [this](const QStringList &a) { return UserCommands(m_out, m_err, [this] { return openDatabase(); }).users(a); }},
        {u"report"_s, tr("Compute a report (funnel, stage times, ...) as JSON or CSV."),
         [this](const QStringList &a) {
             return ReportCommands(m_out, m_err, [this] { return openDatabase(); }).report(a);
         }},
        {u"migrate"_s, tr("Copy a whole database file to an empty shared (PostgreSQL) database and verify it."),
         [this](const QStringList &a) { return MigrateCommand(m_out, m_err, m_passwordStdin).run(a); }},
    };
}

QString CliApplication::usage() const
{
    QString text = tr("Usage: clearinghouse-cli [--db PATH | --server URL] [--actor NAME] COMMAND [options]\n\n"
                      "Global options:\n"
                      "  --db PATH      the database file (default: %1)\n"
                      "  --server URL   a shared database instead: postgresql://user@host:port/database[?sslmode=…]\n"
                      "  --password-stdin  read the server's password from the first line of the input (else\n"
                      "                 PGPASSFILE or ~/.pgpass, else a prompt)\n"
                      "  --actor NAME   the name written to the audit log (default: your account name)\n"
                      "  --help         this text; COMMAND --help for a command's options\n"
                      "  --version      the program's version\n\n"
                      "Commands:\n")
                       .arg(QDir::toNativeSeparators(Database::defaultPath()));
    for (const Command &c : m_commands)
        text += u"  %1  %2\n"_s.arg(c.name.leftJustified(18), c.summary);
    return text;
}

RosterCommands CliApplication::roster()
{
    return RosterCommands(m_out, m_err, [this] { return openDatabase(); });
}

QString CliApplication::commandOf(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == "--db"_L1 || a == "--actor"_L1 || a == "--server"_L1)
            ++i; // the option's value
        else if (!a.startsWith(u'-'))
            return a;
    }
    return {};
}

bool CliApplication::needsGui(const QStringList &arguments)
{
    const QString command = commandOf(arguments);
    return command == "packet"_L1 || command == "letter"_L1;
}

std::unique_ptr<Database> CliApplication::openDatabase(bool readOnly)
{
    Database::Options options;
    options.readOnly = readOnly;
    options.migrate = !readOnly;
    options.busyTimeoutMs = 60000; // batch work: wait out another program's run of commits
    if (m_server) {
        auto password = ServerLogin::password(*m_server, m_passwordStdin, m_err);
        if (!password) {
            m_err << tr("clearinghouse-cli: %1").arg(password.error().message) << Qt::endl;
            return nullptr;
        }
        options.password = *password;
    }
    // The parsed address, not its display text: that leaves out connect_timeout.
    auto db = m_server ? Database::open(*m_server, options) : Database::open(m_dbPath, options);
    if (!db) {
        m_err << tr("clearinghouse-cli: %1").arg(db.error().message) << Qt::endl;
        if (!db.error().detail.isEmpty())
            m_err << u"  ("_s << db.error().detail << u")"_s << Qt::endl;
        return nullptr;
    }
    if (m_needed) {
        if (const Status allowed = requireRole(**db, *m_needed); !allowed) {
            m_err << tr("clearinghouse-cli: %1").arg(allowed.error().message) << Qt::endl;
            return nullptr;
        }
    }
    return std::move(db).value();
}

int CliApplication::run(const QStringList &arguments)
{
    // Global options stop at the first word that is not an option: the command.
    QStringList rest;
    QString dbOption;
    std::optional<QString> serverOption;
    std::optional<QString> actorOption;
    bool inCommand = false;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (inCommand) {
            rest << a;
        } else if (a == "--db"_L1 || a == "--actor"_L1 || a == "--server"_L1) {
            if (i + 1 >= arguments.size()) {
                m_err << tr("clearinghouse-cli: %1 needs a value.").arg(a) << Qt::endl;
                return UsageError;
            }
            const QString value = arguments.at(++i);
            if (a == "--actor"_L1) {
                Actor::setCurrent(value);
                actorOption = value;
            }
            else if (a == "--db"_L1)
                dbOption = value;
            else
                serverOption = value;
        } else if (a.startsWith("--db="_L1)) {
            dbOption = a.mid(5);
        } else if (a.startsWith("--server="_L1)) {
            serverOption = a.mid(9);
        } else if (a == "--password-stdin"_L1) {
            m_passwordStdin = true;
        } else if (a == "--version"_L1 || a == "-v"_L1) {
            m_out << u"clearinghouse-cli "_s << QStringLiteral(CLEARINGHOUSE_VERSION) << Qt::endl;
            return Ok;
        } else if (a == "--help"_L1 || a == "-h"_L1) {
            m_out << usage();
            return Ok;
        } else if (a.startsWith(u'-')) {
            m_err << tr("clearinghouse-cli: unknown option %1.").arg(a) << Qt::endl << usage();
            return UsageError;
        } else {
            inCommand = true;
            rest << a;
        }
    }
    if (rest.isEmpty()) {
        m_err << tr("clearinghouse-cli: no command given.") << Qt::endl << usage();
        return UsageError;
    }
    const QString name = rest.takeFirst();
    if (serverOption) {
        if (!dbOption.isEmpty()) {
            m_err << tr("clearinghouse-cli: give --db or --server, not both.") << Qt::endl;
            return UsageError;
        }
        auto server = ServerLogin::parseAddress(u"--server"_s, *serverOption);
        if (!server) {
            m_err << tr("clearinghouse-cli: %1").arg(server.error().message) << Qt::endl;
            return UsageError;
        }
        // Backups of a shared database are the server's business (pg_dump, its own backups): these two
        // commands copy and replace a database file.
        if (name == "backup"_L1 || name == "restore"_L1) {
            m_err << tr("clearinghouse-cli %1: works on a database file; a shared database is backed up on the "
                        "server (ask its administrator, e.g. pg_dump).")
                         .arg(name)
                  << Qt::endl;
            return UsageError;
        }
        // On a shared database you are the server user you log in as: everything written names that user,
        // and --actor cannot name somebody else (it is set aside, with a warning).
        if (actorOption && *actorOption != server->user()) {
            m_err << tr("clearinghouse-cli: --actor “%1” is set aside: on a shared database you work as the server "
                        "user “%2”.")
                         .arg(*actorOption, server->user())
                  << Qt::endl;
        }
        Actor::setCurrent(server->user());
        m_server = *server;
        m_dbPath = server->displayText();
    } else {
        m_dbPath = dbOption.isEmpty() ? Database::defaultPath() : dbOption;
    }
    for (const Command &c : m_commands) {
        if (c.name != name)
            continue;
        // Commands that open the database through openDatabase() check the role there, on the connection
        // they use; backup and restore work on the file itself, so they ask first (a file that does not
        // open at all, the reason to restore, is left to restore's own checks).
        m_needed = permissionFor(name, rest);
        if (m_needed && (name == "backup"_L1 || name == "restore"_L1)) {
            if (Status s = checkPermission(*m_needed); !s) {
                m_err << tr("clearinghouse-cli %1: %2").arg(name, s.error().message) << Qt::endl;
                return Failed;
            }
        }
        return c.handler(QStringList{u"clearinghouse-cli "_s + name} + rest);
    }
    m_err << tr("clearinghouse-cli: unknown command “%1”.").arg(name) << Qt::endl << usage();
    return UsageError;
}

std::optional<Permission> CliApplication::permissionFor(const QString &command, const QStringList &args)
{
    // Help is printed before any database is opened, so a command asked for help needs no role. Only a
    // first word counts: "--out --help" makes --help the value of --out.
    if (!args.isEmpty() && (args.first() == "--help"_L1 || args.first() == "-h"_L1))
        return std::nullopt;
    if (command == "demo"_L1 || command == "import"_L1)
        return Permission::EditCases;
    if (command == "export"_L1 || command == "backup"_L1 || command == "restore"_L1)
        return Permission::ExportData;
    if (command == "packet"_L1 || command == "letter"_L1)
        return Permission::PrintPackets;
    if (command == "import-volunteers"_L1)
        return Permission::ManageRoster;
    if (command == "match"_L1 && args.contains(u"--apply"_s))
        return Permission::MatchCases;
    // screen (results are derived, like a cache of the rules' answer), report and match without --apply
    // read; users checks itself (it may make the first user).
    return std::nullopt;
}

Status CliApplication::checkPermission(Permission permission)
{
    if (!QFileInfo::exists(m_dbPath))
        return Status(); // a new database: its first user may do everything
    Database::Options options;
    options.readOnly = true;
    options.migrate = false;
    options.deferIntegrityCheck = true; // the command opens the file again and checks it fully
    auto db = Database::open(m_dbPath, options);
    if (!db)
        return Status(); // the command reports what is wrong with the file
    return requireRole(**db, permission);
}

Status CliApplication::requireRole(Database &db, Permission permission)
{
    // In a writable database without users the account becomes its first user, an administrator.
    auto session = Session::start(db, Session::loginFor(db));
    if (!session)
        return session.error();
    return session->require(permission);
}

int CliApplication::runDemo(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Fill the database with realistic synthetic cases and volunteers."));
    p.addHelpOption();
    p.addOption({u"cases"_s, tr("How many cases (default 200)."), u"N"_s, u"200"_s});
    p.addOption({u"volunteers"_s, tr("How many volunteers (default 40)."), u"M"_s, u"40"_s});
    p.addOption({u"seed"_s, tr("Seed for the generator; the same seed gives the same data."), u"S"_s, u"20261129"_s});
    p.addOption({u"batch"_s, tr("Cases per transaction (default 1000)."), u"N"_s, u"1000"_s});
    p.addOption({u"acknowledge"_s, tr("Print a line {\"committed\": N} after each committed batch.")});
    if (auto done = parseCommandLine(p, args, m_out, m_err))
        return *done;
    DemoDataGenerator::Options o;
    int seed = 0;
    if (!parseCount(p.value(u"cases"_s), 0, 10'000'000, o.cases)
        || !parseCount(p.value(u"volunteers"_s), 0, 1'000'000, o.volunteers)
        || !parseCount(p.value(u"seed"_s), 0, std::numeric_limits<int>::max(), seed)
        || !parseCount(p.value(u"batch"_s), 1, 1'000'000, o.batchSize)) {
        m_err << tr("clearinghouse-cli demo: --cases, --volunteers, --seed and --batch take whole numbers (--batch at least 1).")
              << Qt::endl;
        return UsageError;
    }
    if (!p.positionalArguments().isEmpty()) {
        m_err << tr("clearinghouse-cli demo: unexpected argument %1.").arg(p.positionalArguments().first()) << Qt::endl;
        return UsageError;
    }
    o.seed = static_cast<quint32>(seed);
    if (p.isSet(u"acknowledge"_s)) {
        o.committed = [this](int n) { m_out << u"{\"committed\":"_s << n << u"}"_s << Qt::endl; };
    }
    auto db = openDatabase();
    if (!db)
        return Failed;
    DemoDataGenerator gen(o);
    if (Status s = gen.generate(*db); !s) {
        m_err << tr("clearinghouse-cli demo: %1").arg(s.error().message) << Qt::endl;
        return Failed;
    }
    const QJsonObject summary{{u"cases"_s, o.cases}, {u"volunteers"_s, o.volunteers}, {u"seed"_s, seed},
                              {u"database"_s, db->path()}};
    m_out << QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)) << Qt::endl;
    return Ok;
}

int CliApplication::runExport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Write every case with every field to a file."));
    p.addHelpOption();
    p.addOption({u"format"_s, tr("The file format: json (default) or csv (the questionnaire template's columns, "
                                 "safe to open in a spreadsheet)."),
                 u"FORMAT"_s, u"json"_s});
    p.addOption({u"out"_s, tr("The file to write."), u"FILE"_s});
    if (auto done = parseCommandLine(p, args, m_out, m_err))
        return *done;
    const QString format = p.value(u"format"_s).toLower();
    if (format != "json"_L1 && format != "csv"_L1) {
        m_err << tr("clearinghouse-cli export: unknown format “%1”; the formats are: json, csv.").arg(p.value(u"format"_s))
              << Qt::endl;
        return UsageError;
    }
    if (p.value(u"out"_s).isEmpty()) {
        m_err << tr("clearinghouse-cli export: say where to write with --out FILE.") << Qt::endl;
        return UsageError;
    }
    auto db = openDatabase(true); // reading only: works on a read-only file or folder too
    if (!db)
        return Failed;
    auto n = format == "csv"_L1 ? CsvExporter::exportCases(db->connection(), p.value(u"out"_s))
                                : JsonExporter::exportCases(db->connection(), p.value(u"out"_s));
    if (!n) {
        m_err << tr("clearinghouse-cli export: %1").arg(n.error().message) << Qt::endl;
        return Failed;
    }
    const QJsonObject summary{{u"exported"_s, *n}, {u"file"_s, QDir::toNativeSeparators(p.value(u"out"_s))}};
    m_out << QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)) << Qt::endl;
    return Ok;
}

int CliApplication::runScreen(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Screen cases against the rules (domain primer §4). Without CASE_IDs, every "
                                   "case. Results for today are stored with the case; results for another "
                                   "--as-of date are only printed."));
    p.addHelpOption();
    p.addOption({u"as-of"_s,
                 tr("Screen as of this date (YYYY-MM-DD; default today; on or after 2023-11-01, when the first "
                    "rule file took effect)."),
                 u"DATE"_s});
    p.addOption({u"json"_s, tr("Print a JSON array (the default is one line per case).")});
    p.addOption({u"language"_s, tr("Language of the referral texts: en or es (default en)."), u"LANG"_s, u"en"_s});
    p.addPositionalArgument(u"CASE_ID"_s, tr("Cases to screen."), u"[CASE_ID...]"_s);
    if (auto done = parseCommandLine(p, args, m_out, m_err))
        return *done;
    QDate asOf = QDate::currentDate();
    if (p.isSet(u"as-of"_s)) {
        // Exactly YYYY-MM-DD: Qt's ISO parser would also take a date with a time after it.
        const QString text = p.value(u"as-of"_s);
        asOf = text.size() == 10 ? QDate::fromString(text, u"yyyy-MM-dd"_s) : QDate();
        if (!asOf.isValid()) {
            m_err << tr("clearinghouse-cli screen: --as-of takes a date written YYYY-MM-DD, not “%1”.")
                         .arg(p.value(u"as-of"_s))
                  << Qt::endl;
            return UsageError;
        }
    }
    const QString language = p.value(u"language"_s);
    if (language != "en"_L1 && language != "es"_L1) {
        m_err << tr("clearinghouse-cli screen: --language is en or es.") << Qt::endl;
        return UsageError;
    }
    QList<qint64> ids;
    for (const QString &a : p.positionalArguments()) {
        bool ok = false;
        const qint64 id = a.toLongLong(&ok);
        if (!ok || id <= 0) {
            m_err << tr("clearinghouse-cli screen: “%1” is not a case number.").arg(a) << Qt::endl;
            return UsageError;
        }
        ids << id;
    }
    auto db = openDatabase();
    if (!db)
        return Failed;
    CaseRepository repo(*db);
    if (ids.isEmpty()) {
        auto all = repo.allIds();
        if (!all) {
            m_err << tr("clearinghouse-cli screen: %1").arg(all.error().message) << Qt::endl;
            return Failed;
        }
        ids = *all;
    }
    // Today's results are kept (the screening queue and the case view read them), but only by a role that
    // screens cases, or in a database without users yet: for the others (a coordinator, an auditor) screen
    // only reads and prints.
    bool mayStore = false;
    {
        UserRepository users(*db);
        auto count = users.count();
        auto me = users.find(Session::loginFor(*db));
        mayStore = (count && *count == 0)
                   || (me && me->has_value() && (*me)->active && Roles::allows((*me)->role, Permission::EditCases));
    }
    const bool store = asOf == QDate::currentDate() && mayStore;
    ScreeningOptions options;
    options.language = language;
    QJsonArray results;
    int failures = 0;
    // Stored results are written in batches: one transaction (one sync to disk) per 1,000 cases.
    std::unique_ptr<WriteTransaction> batch;
    int inBatch = 0;
    for (qint64 id : ids) {
        if (store && !batch) {
            batch = std::make_unique<WriteTransaction>(db->connection());
            if (Status s = batch->begin(); !s) {
                m_err << tr("clearinghouse-cli screen: %1").arg(s.error().message) << Qt::endl;
                return Failed;
            }
        }
        auto record = repo.load(id);
        if (!record) {
            m_err << tr("clearinghouse-cli screen: %1").arg(record.error().message) << Qt::endl;
            ++failures;
            continue;
        }
        auto result = ScreeningEngine::screenWithBuiltInRules(*record, asOf, options);
        if (!result) {
            m_err << tr("clearinghouse-cli screen: %1").arg(result.error().message) << Qt::endl;
            return Failed;
        }
        result->caseId = id;
        if (store) {
            if (Status s = ScreeningStore::store(db->connection(), *result); !s) {
                m_err << tr("clearinghouse-cli screen: case %1: %2").arg(id).arg(s.error().message) << Qt::endl;
                return Failed;
            }
            if (++inBatch == 1000) {
                if (Status s = batch->commit(); !s) {
                    m_err << tr("clearinghouse-cli screen: %1").arg(s.error().message) << Qt::endl;
                    return Failed;
                }
                batch.reset();
                inBatch = 0;
            }
        }
        if (p.isSet(u"json"_s)) {
            results.append(result->toJson());
        } else {
            m_out << u"%1\t%2\t%3\t%4"_s.arg(id).arg(result->outcomeCode(), result->reasons.join(u','),
                                                 result->missing.join(u','))
                  << Qt::endl;
        }
    }
    if (batch) {
        if (Status s = batch->commit(); !s) {
            m_err << tr("clearinghouse-cli screen: %1").arg(s.error().message) << Qt::endl;
            return Failed;
        }
    }
    if (p.isSet(u"json"_s))
        m_out << QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Indented));
    return failures > 0 ? Failed : Ok;
}

int CliApplication::runImport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Import questionnaire submissions. Prints a JSON summary; rejected rows are "
                                   "kept in the quarantine list."));
    p.addHelpOption();
    p.addPositionalArgument(u"FILE"_s, tr("The CSV or JSON export of the questionnaire."));
    p.addOption({u"format"_s, tr("csv or json (default: from the file name)."), u"FORMAT"_s});
    p.addOption({u"mapping"_s, tr("A JSON file {\"column in the file\": \"field\", ...} for headers that differ."),
                 u"FILE"_s});
    p.addOption({u"preset"_s, tr("Use a saved column mapping."), u"NAME"_s});
    p.addOption({u"save-preset"_s, tr("Save the mapping given with --mapping under this name."), u"NAME"_s});
    if (auto done = parseCommandLine(p, args, m_out, m_err))
        return *done;
    if (p.positionalArguments().size() != 1) {
        m_err << tr("clearinghouse-cli import: give exactly one file to import.") << Qt::endl;
        return UsageError;
    }
    ImportService::Options o;
    const QString format = p.value(u"format"_s).toLower();
    if (format == "csv"_L1) {
        o.format = ImportService::Format::Csv;
    } else if (format == "json"_L1) {
        o.format = ImportService::Format::Json;
    } else if (!format.isEmpty()) {
        m_err << tr("clearinghouse-cli import: unknown format “%1”; the formats are: csv, json.").arg(format)
              << Qt::endl;
        return UsageError;
    }
    if (p.isSet(u"mapping"_s) && p.isSet(u"preset"_s)) {
        m_err << tr("clearinghouse-cli import: give --mapping or --preset, not both.") << Qt::endl;
        return UsageError;
    }
    if (p.isSet(u"save-preset"_s) && !p.isSet(u"mapping"_s)) {
        m_err << tr("clearinghouse-cli import: --save-preset needs --mapping FILE.") << Qt::endl;
        return UsageError;
    }
    if (p.isSet(u"mapping"_s)) {
        QFile f(p.value(u"mapping"_s));
        if (!f.open(QIODevice::ReadOnly)) {
            m_err << tr("clearinghouse-cli import: the mapping file %1 cannot be read: %2.")
                         .arg(QDir::toNativeSeparators(f.fileName()), f.errorString())
                  << Qt::endl;
            return UsageError;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(f.read(1024 * 1024));
        if (!doc.isObject()) {
            m_err << tr("clearinghouse-cli import: the mapping file must hold one JSON object, "
                        "{\"column in the file\": \"field\", ...}.")
                  << Qt::endl;
            return UsageError;
        }
        const QJsonObject obj = doc.object();
        for (auto it = obj.begin(); it != obj.end(); ++it)
            o.mapping.insert(it.key(), it.value().toString());
        if (Status s = ColumnMapping::checkMapping(o.mapping); !s) {
            m_err << tr("clearinghouse-cli import: %1").arg(s.error().message) << Qt::endl;
            return UsageError;
        }
    }
    auto db = openDatabase();
    if (!db)
        return Failed;
    if (p.isSet(u"preset"_s)) {
        auto preset = ImportPresets(db->connection()).load(p.value(u"preset"_s));
        if (!preset) {
            m_err << tr("clearinghouse-cli import: %1").arg(preset.error().message) << Qt::endl;
            return UsageError;
        }
        o.mapping = *preset;
    }
    if (p.isSet(u"save-preset"_s)) {
        if (Status s = ImportPresets(db->connection()).save(p.value(u"save-preset"_s), o.mapping); !s) {
            m_err << tr("clearinghouse-cli import: %1").arg(s.error().message) << Qt::endl;
            return Failed;
        }
    }
    ImportService service(db->connection());
    auto summary = service.importFile(p.positionalArguments().first(), o);
    if (!summary) {
        m_err << tr("clearinghouse-cli import: %1").arg(summary.error().message) << Qt::endl;
        if (!summary.error().detail.isEmpty())
            m_err << u"  ("_s << summary.error().detail << u")"_s << Qt::endl;
        return Failed;
    }
    m_out << QString::fromUtf8(QJsonDocument(summary->toJson()).toJson(QJsonDocument::Compact)) << Qt::endl;
    if (summary->rejected > 0) {
        m_err << tr("clearinghouse-cli import: %n row(s) rejected and kept in the quarantine list.", nullptr,
                    static_cast<int>(summary->rejected))
              << Qt::endl;
    }
    return Ok;
}

bool CliApplication::parseCaseId(const QString &command, const QStringList &positional, qint64 &id)
{
    if (positional.size() != 1) {
        m_err << tr("clearinghouse-cli %1: give exactly one case number.").arg(command) << Qt::endl;
        return false;
    }
    bool ok = false;
    id = positional.first().toLongLong(&ok);
    if (!ok || id <= 0) {
        m_err << tr("clearinghouse-cli %1: “%2” is not a case number.").arg(command, positional.first()) << Qt::endl;
        return false;
    }
    return true;
}

int CliApplication::runPacket(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Write the packet of one case (cover sheet, summary, screening, reasons, "
                                   "documents, answers, contacts, history, notes pages) as a PDF only you can read. "
                                   "The case's audit history records it."));
    p.addHelpOption();
    p.addPositionalArgument(u"CASE_ID"_s, tr("The case."));
    p.addOption({u"out"_s, tr("The PDF file to write."), u"FILE"_s});
    p.addOption({u"profile"_s, tr("What the packet may show: %1 (default volunteer).")
                                   .arg(RedactionProfile::names().join(u", "_s)),
                 u"NAME"_s, u"volunteer"_s});
    if (auto done = parseCommandLine(p, args, m_out, m_err))
        return *done;
    qint64 id = 0;
    if (!parseCaseId(u"packet"_s, p.positionalArguments(), id))
        return UsageError;
    if (p.value(u"out"_s).isEmpty()) {
        m_err << tr("clearinghouse-cli packet: say where to write with --out FILE.pdf.") << Qt::endl;
        return UsageError;
    }
    const auto profile = RedactionProfile::byName(p.value(u"profile"_s));
    if (!profile) {
        m_err << tr("clearinghouse-cli packet: unknown profile “%1”; the profiles are: %2.")
                     .arg(p.value(u"profile"_s), RedactionProfile::names().join(u", "_s))
              << Qt::endl;
        return UsageError;
    }
    auto db = openDatabase();
    if (!db)
        return Failed;
    if (Status s = PacketService(db->connection()).savePacket(id, *profile, p.value(u"out"_s)); !s) {
        m_err << tr("clearinghouse-cli packet: %1").arg(s.error().message) << Qt::endl;
        return Failed;
    }
    const QJsonObject summary{{u"case"_s, id},
                              {u"profile"_s, profile->name()},
                              {u"file"_s, QDir::toNativeSeparators(p.value(u"out"_s))}};
    m_out << QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)) << Qt::endl;
    return Ok;
}

int CliApplication::runLetter(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Write a letter to the family of one case as a PDF only you can read, in the "
                                   "family's language (English or Spanish) unless --language says otherwise."));
    p.addHelpOption();
    p.addPositionalArgument(u"CASE_ID"_s, tr("The case."));
    p.addOption({u"kind"_s, tr("The letter: %1.").arg(LetterTemplateRepository::kinds().join(u", "_s)), u"KIND"_s});
    p.addOption({u"language"_s, tr("en or es (default: the family's language)."), u"LANG"_s});
    p.addOption({u"out"_s, tr("The PDF file to write."), u"FILE"_s});
    if (auto done = parseCommandLine(p, args, m_out, m_err))
        return *done;
    qint64 id = 0;
    if (!parseCaseId(u"letter"_s, p.positionalArguments(), id))
        return UsageError;
    const QString kind = p.value(u"kind"_s);
    if (!LetterTemplateRepository::kinds().contains(kind)) {
        m_err << tr("clearinghouse-cli letter: say which letter with --kind %1.")
                     .arg(LetterTemplateRepository::kinds().join(u"|"_s))
              << Qt::endl;
        return UsageError;
    }
    const QString language = p.value(u"language"_s);
    if (!language.isEmpty() && !LetterTemplateRepository::languages().contains(language)) {
        m_err << tr("clearinghouse-cli letter: --language is en or es.") << Qt::endl;
        return UsageError;
    }
    if (p.value(u"out"_s).isEmpty()) {
        m_err << tr("clearinghouse-cli letter: say where to write with --out FILE.pdf.") << Qt::endl;
        return UsageError;
    }
    auto db = openDatabase();
    if (!db)
        return Failed;
    PacketService service(db->connection());
    QString used = language;
    if (used.isEmpty()) {
        auto l = service.letterLanguage(id);
        if (!l) {
            m_err << tr("clearinghouse-cli letter: %1").arg(l.error().message) << Qt::endl;
            return Failed;
        }
        used = *l;
    }
    if (Status s = service.saveLetter(id, kind, used, p.value(u"out"_s)); !s) {
        m_err << tr("clearinghouse-cli letter: %1").arg(s.error().message) << Qt::endl;
        return Failed;
    }
    const QJsonObject summary{{u"case"_s, id},
                              {u"kind"_s, kind},
                              {u"language"_s, used},
                              {u"file"_s, QDir::toNativeSeparators(p.value(u"out"_s))}};
    m_out << QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)) << Qt::endl;
    return Ok;
}

} // namespace ch
