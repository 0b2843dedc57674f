#pragma once

// ServerAddress: where a shared (PostgreSQL) database lives, written as a URL:
//   postgresql://user@host:port/database?sslmode=require&connect_timeout=10
// The password is never part of what is shown or stored: it comes from a prompt (password()) or, when
// none is given, from the PostgreSQL password file (PGPASSFILE, else ~/.pgpass), which libpq reads
// itself. A password written into the URL is accepted, as libpq does, but never shown back.

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ch {

class ServerAddress final
{
    Q_DECLARE_TR_FUNCTIONS(ch::ServerAddress)
public:
    // True for text that names a server rather than a file: it starts with postgresql:// or postgres://.
    static bool isServerLocation(const QString &location);
    static Result<ServerAddress> parse(const QString &url);

    QString user() const { return m_user; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    QString sslMode() const { return m_sslMode; }
    int connectTimeoutSeconds() const { return m_connectTimeout; }
    QString password() const { return m_password; }
    void setPassword(const QString &password) { m_password = password; }
    void setDatabase(const QString &database) { m_database = database; }
    void setUser(const QString &user) { m_user = user; }

    // postgresql://user@host:port/database?sslmode=…, without the password: for titles, logs and settings.
    QString displayText() const;
    // The connect options for Qt's QPSQL driver (sslmode, connect_timeout, application_name).
    QString connectOptions() const;

    static const QStringList &sslModes();

private:
    QString m_user;
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_sslMode = QStringLiteral("prefer");
    int m_connectTimeout = 10;
    QString m_password;
};

} // namespace ch
