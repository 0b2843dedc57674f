#include "Actor.h"

#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace ch::Actor {

namespace {
QString &storage()
{
    static QString name;
    return name;
}
} // namespace

QString current()
{
    if (!storage().isEmpty())
        return storage();
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? u"unknown"_s : user;
}

void setCurrent(const QString &name)
{
    storage() = name;
}

} // namespace ch::Actor
