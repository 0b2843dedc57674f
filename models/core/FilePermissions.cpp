#include "FilePermissions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace ch::FilePermissions {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("ch::FilePermissions", s);
}
} // namespace

Status ensurePrivateDir(const QString &dirPath)
{
    // Only a folder we create is restricted: a folder the user chose (say /tmp) keeps its mode.
    if (QDir(dirPath).exists())
        return Status();
    if (!QDir().mkpath(dirPath))
        return Error::make(Error::Kind::Io, tr("Could not create the folder %1.").arg(dirPath));
    if (!QFile::setPermissions(dirPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return Error::make(Error::Kind::Io, tr("Could not restrict access to the folder %1.").arg(dirPath));
    return Status();
}

Status ensurePrivateFile(const QString &filePath)
{
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(filePath);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return Error::make(Error::Kind::Io, tr("Could not create the file %1.").arg(filePath),
                           QString::fromLocal8Bit(strerror(errno)));
    ::close(fd);
    return Status();
#else
    QFile f(filePath);
    if (!f.exists() && !f.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Io, tr("Could not create the file %1.").arg(filePath), f.errorString());
    f.close();
    return restrictToOwner(filePath);
#endif
}

Status restrictToOwner(const QString &filePath)
{
    if (!QFile::setPermissions(filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error::make(Error::Kind::Io, tr("Could not restrict access to %1.").arg(filePath));
    return Status();
}

} // namespace ch::FilePermissions
