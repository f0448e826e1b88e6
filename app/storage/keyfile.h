#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace kiosk {

// A secret kept beside the database rather than in it, so a copy of the database alone does not
// carry it: `size` random bytes (QRandomGenerator::system()) in a file readable by its owner
// only (0600). The first caller creates it atomically (written to a temporary file, fsynced,
// then hard-linked into place, which never replaces a file that appeared meanwhile); every
// later one reads it. `created` says whether this call made it. nullopt with `error` when the
// file cannot be made or read, or holds anything but `size` bytes.
std::optional<QByteArray> loadOrCreateKeyFile(const QString &path, int size, bool *created, QString *error);

// How loadOrCreateKeyFile and the staff token (app/staff/stafftoken) make a secret file: `content`
// written to a temporary file that has `mode` (e.g. 0600, 0640; set explicitly, whatever the
// umask) before anything is in it, fsynced, then hard-linked to `path`, which never replaces a
// file that appeared meanwhile: the first writer wins, and Existed tells a later one to read it.
enum class SecretFileCreation { Created, Existed, Failed };
SecretFileCreation createSecretFileOnce(const QString &path, const QByteArray &content, unsigned mode,
                                        QString *error);

} // namespace kiosk
