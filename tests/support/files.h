#pragma once

// Reading, writing and copying the files a test prepares or inspects.
#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace kiosk::test {

// The file's bytes; empty when it cannot be read.
QByteArray readFile(const QString &path);

// Writes in place (truncate, then write), the way `echo > file` or a simple editor saves.
bool writeFile(const QString &path, const QByteArray &bytes);

// Copies the files under `from` into `to`, replacing what is there; skips the files and
// folders named in `except` (paths relative to `from`).
bool copyTree(const QString &from, const QString &to, const QStringList &except = {});

QJsonObject readJson(const QString &path); // empty when the file is not a JSON object
bool writeJson(const QString &path, const QJsonObject &root); // indented, in place

// Overwrites `length` bytes at `offset` with `fill`: damage as a failing disk leaves it.
void overwrite(const QString &path, qint64 offset, qint64 length, char fill);

} // namespace kiosk::test
