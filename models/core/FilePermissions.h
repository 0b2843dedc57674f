#pragma once

// FilePermissions: everything we write holds private data, so files are created owner-only (0600)
// and the folders that hold them 0700.

#include "Result.h"

#include <QString>

namespace ch::FilePermissions {

// Creates the folder (and parents) if needed, and restricts it to the owner.
Status ensurePrivateDir(const QString &dirPath);
// Creates an empty file if it does not exist, and restricts it to the owner.
Status ensurePrivateFile(const QString &filePath);
// Restricts an existing file to the owner.
Status restrictToOwner(const QString &filePath);

} // namespace ch::FilePermissions
