#include "ServerAddress.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ch {

bool ServerAddress::isServerLocation(const QString &location)
{
    const QString t = location.trimmed();
    return t.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) || t.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

const QStringList &ServerAddress::sslModes()
{
    static const QStringList modes{u"disable"_s, u"allow"_s,     u"prefer"_s,
                                   u"require"_s, u"verify-ca"_s, u"verify-full"_s};
    return modes;
}

Result<ServerAddress> ServerAddress::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    auto bad = [&](const QString &why) {
        return Error::make(Error::Kind::InvalidInput,
                           tr("“%1” is not a server address: %2 Write it as "
                              "postgresql://user@host:5432/database.")
                               .arg(trimmed.section(u'@', -1), why));
    };
    if (!isServerLocation(trimmed))
        return bad(tr("it must start with postgresql://."));
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return bad(tr("it cannot be read as an address.")); // Qt's reason would repeat it, password and all
    ServerAddress a;
    a.m_user = url.userName(QUrl::FullyDecoded);
    a.m_password = url.password(QUrl::FullyDecoded);
    a.m_host = url.host(QUrl::FullyDecoded);
    if (a.m_host.isEmpty())
        return bad(tr("it names no host."));
    a.m_port = url.port(5432);
    if (a.m_port <= 0 || a.m_port > 65535)
        return bad(tr("the port must be a number from 1 to 65535."));
    a.m_database = url.path(QUrl::FullyDecoded).mid(1);
    if (a.m_database.isEmpty() || a.m_database.contains(u'/'))
        return bad(tr("it names no database (the part after the last “/”)."));
    if (a.m_user.isEmpty())
        return bad(tr("it names no user (the part before “@”)."));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == "sslmode"_L1) {
            if (!sslModes().contains(value))
                return bad(tr("sslmode must be one of %1.").arg(sslModes().join(u", "_s)));
            a.m_sslMode = value;
        } else if (key == "connect_timeout"_L1) {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 1 || seconds > 600)
                return bad(tr("connect_timeout must be a number of seconds from 1 to 600."));
            a.m_connectTimeout = seconds;
        } else {
            return bad(tr("the option “%1” is not known (sslmode and connect_timeout are).").arg(key));
        }
    }
    return a;
}

QString ServerAddress::displayText() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(m_user);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(u'/' + m_database);
    QString text = url.toString();
    if (m_sslMode != "prefer"_L1)
        text += u"?sslmode="_s + m_sslMode;
    return text;
}

QString ServerAddress::connectOptions() const
{
    return u"sslmode=%1;connect_timeout=%2;application_name=clearinghouse"_s.arg(m_sslMode).arg(m_connectTimeout);
}

} // namespace ch
