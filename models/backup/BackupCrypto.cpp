#include "BackupCrypto.h"

#include "core/FilePermissions.h"

#include <QFile>
#include <QtEndian>

#include <sodium.h>

#include <cstring>
#include <vector>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

constexpr qsizetype kChunk = 64 * 1024;
constexpr qsizetype kMagicSize = sizeof(BackupCrypto::kMagic) - 1;
using Stream = crypto_secretstream_xchacha20poly1305_state;

bool sodiumReady()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

// The key lives in locked memory that is wiped when it goes out of scope.
class SecretKey final
{
    Q_DISABLE_COPY_MOVE(SecretKey)
public:
    SecretKey() { sodium_mlock(m_key, sizeof m_key); }
    ~SecretKey() { sodium_munlock(m_key, sizeof m_key); }
    unsigned char *data() { return m_key; }

private:
    unsigned char m_key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
};

bool derive(SecretKey &key, const QString &passphrase, const unsigned char *salt, quint64 ops, quint64 mem)
{
    QByteArray pw = passphrase.toUtf8();
    const bool ok = crypto_pwhash(key.data(), crypto_secretstream_xchacha20poly1305_KEYBYTES, pw.constData(),
                                  static_cast<unsigned long long>(pw.size()), salt, ops, static_cast<size_t>(mem),
                                  crypto_pwhash_ALG_ARGON2ID13)
                    == 0;
    sodium_memzero(pw.data(), static_cast<size_t>(pw.size()));
    return ok;
}

Status finish(QFile &out)
{
    if (!out.flush() || ::fsync(out.handle()) != 0) {
        out.remove();
        return Error::make(Error::Kind::Io,
                           BackupCrypto::tr("The backup file %1 could not be written completely. Check that the disk has space.")
                               .arg(out.fileName()),
                           out.errorString());
    }
    out.close();
    return Status();
}

Status openPair(QFile &in, QFile &out)
{
    if (!in.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io, BackupCrypto::tr("Could not read %1.").arg(in.fileName()), in.errorString());
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::make(Error::Kind::Io, BackupCrypto::tr("Could not create %1.").arg(out.fileName()), out.errorString());
    if (Status s = FilePermissions::restrictToOwner(out.fileName()); !s) {
        out.remove();
        return s;
    }
    return Status();
}

Status writeFailed(QFile &out)
{
    const QString why = out.errorString();
    out.remove();
    return Error::make(Error::Kind::Io,
                       BackupCrypto::tr("The backup file %1 could not be written. Check that the disk has space.")
                           .arg(out.fileName()),
                       why);
}

} // namespace

bool BackupCrypto::isEncrypted(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(kMagicSize) == QByteArray(kMagic, kMagicSize);
}

Status BackupCrypto::encryptFile(const QString &from, const QString &to, const QString &passphrase)
{
    if (!sodiumReady())
        return Error::make(Error::Kind::General, tr("The encryption library could not start."));
    if (passphrase.isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("Enter a passphrase to encrypt the backup."));
    QFile in(from), out(to);
    if (Status s = openPair(in, out); !s)
        return s;
    const quint64 ops = crypto_pwhash_OPSLIMIT_MODERATE;
    const quint64 mem = crypto_pwhash_MEMLIMIT_MODERATE;
    unsigned char salt[crypto_pwhash_SALTBYTES];
    randombytes_buf(salt, sizeof salt);
    SecretKey key;
    if (!derive(key, passphrase, salt, ops, mem)) {
        out.remove();
        return Error::make(Error::Kind::General, tr("There was not enough memory to derive the encryption key."));
    }
    Stream st;
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&st, header, key.data());
    unsigned char le[8];
    QByteArray prefix(kMagic, kMagicSize);
    qToLittleEndian<quint64>(ops, le);
    prefix.append(reinterpret_cast<const char *>(le), 8);
    qToLittleEndian<quint64>(mem, le);
    prefix.append(reinterpret_cast<const char *>(le), 8);
    prefix.append(reinterpret_cast<const char *>(salt), sizeof salt);
    prefix.append(reinterpret_cast<const char *>(header), sizeof header);
    if (out.write(prefix) != prefix.size())
        return writeFailed(out);
    std::vector<unsigned char> cipher(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES);
    QByteArray chunk = in.read(kChunk);
    for (;;) {
        const QByteArray next = in.atEnd() ? QByteArray() : in.read(kChunk);
        const bool last = next.isEmpty();
        unsigned long long len = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &st, cipher.data(), &len, reinterpret_cast<const unsigned char *>(chunk.constData()),
            static_cast<unsigned long long>(chunk.size()), nullptr, 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        if (out.write(reinterpret_cast<const char *>(cipher.data()), static_cast<qint64>(len)) != static_cast<qint64>(len))
            return writeFailed(out);
        if (last)
            break;
        chunk = next;
    }
    sodium_memzero(&st, sizeof st);
    return finish(out);
}

Status BackupCrypto::decryptFile(const QString &from, const QString &to, const QString &passphrase)
{
    if (!sodiumReady())
        return Error::make(Error::Kind::General, tr("The encryption library could not start."));
    QFile in(from), out(to);
    if (Status s = openPair(in, out); !s)
        return s;
    const qsizetype prefixSize = kMagicSize + 16 + crypto_pwhash_SALTBYTES + crypto_secretstream_xchacha20poly1305_HEADERBYTES;
    const QByteArray prefix = in.read(prefixSize);
    auto notOurs = [&] {
        out.remove();
        return Error::make(Error::Kind::NotADatabase, tr("%1 is not an encrypted Clearinghouse backup.").arg(from));
    };
    if (prefix.size() != prefixSize || !prefix.startsWith(QByteArray(kMagic, kMagicSize)))
        return notOurs();
    const auto *p = reinterpret_cast<const unsigned char *>(prefix.constData()) + kMagicSize;
    const quint64 ops = qFromLittleEndian<quint64>(p);
    const quint64 mem = qFromLittleEndian<quint64>(p + 8);
    // Refuse limits far above what we write: a crafted file must not make us allocate gigabytes.
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > crypto_pwhash_OPSLIMIT_SENSITIVE || mem < crypto_pwhash_MEMLIMIT_MIN
        || mem > crypto_pwhash_MEMLIMIT_SENSITIVE)
        return notOurs();
    const unsigned char *salt = p + 16;
    const unsigned char *header = salt + crypto_pwhash_SALTBYTES;
    SecretKey key;
    if (!derive(key, passphrase, salt, ops, mem)) {
        out.remove();
        return Error::make(Error::Kind::General, tr("There was not enough memory to derive the encryption key."));
    }
    Stream st;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&st, header, key.data()) != 0)
        return notOurs();
    std::vector<unsigned char> plain(kChunk);
    bool sawFinal = false;
    bool first = true;
    while (!in.atEnd()) {
        const QByteArray c = in.read(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES);
        unsigned long long len = 0;
        unsigned char tag = 0;
        if (sawFinal
            || crypto_secretstream_xchacha20poly1305_pull(&st, plain.data(), &len, &tag,
                                                          reinterpret_cast<const unsigned char *>(c.constData()),
                                                          static_cast<unsigned long long>(c.size()), nullptr, 0)
                   != 0) {
            out.remove();
            sodium_memzero(plain.data(), plain.size());
            return Error::make(Error::Kind::Corrupt,
                               first ? tr("The passphrase is wrong, or %1 is damaged.").arg(from)
                                     : tr("The backup %1 is damaged: it was changed or cut short after it was written.").arg(from));
        }
        first = false;
        if (out.write(reinterpret_cast<const char *>(plain.data()), static_cast<qint64>(len)) != static_cast<qint64>(len))
            return writeFailed(out);
        sawFinal = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    }
    sodium_memzero(plain.data(), plain.size());
    sodium_memzero(&st, sizeof st);
    if (!sawFinal) {
        out.remove();
        return Error::make(Error::Kind::Corrupt, tr("The backup %1 is incomplete: its end is missing.").arg(from));
    }
    return finish(out);
}

} // namespace ch
