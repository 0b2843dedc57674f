#pragma once

// BackupCrypto: passphrase encryption of backup files with libsodium. The key comes from the passphrase
// through Argon2id (crypto_pwhash, "moderate" limits); the file is sealed with the XChaCha20-Poly1305
// secretstream in 64 KiB chunks, so a truncated or altered file is detected, never half-restored.
//
// File layout: "CHBKENC1" magic (8 bytes), opslimit (u64 LE), memlimit (u64 LE), salt (16), stream header
// (24), then the chunks; the last chunk carries the FINAL tag.

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ch {

class BackupCrypto final
{
    Q_DECLARE_TR_FUNCTIONS(ch::BackupCrypto)
public:
    static constexpr char kMagic[] = "CHBKENC1";

    // True when the file starts with the magic of an encrypted backup.
    static bool isEncrypted(const QString &path);
    // Both write `to` owner-only and fsync it; on failure `to` is removed.
    static Status encryptFile(const QString &from, const QString &to, const QString &passphrase);
    static Status decryptFile(const QString &from, const QString &to, const QString &passphrase);
};

} // namespace ch
