#pragma once

// tests/data/broken-configs: each case is a folder of files laid over tests/data/minimal-config
// (plus, in `delete`, the names of files to remove), and the exact messages it must produce in
// expected.txt. Shared by the validator's tests and the command-line parity test.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QString>
#include <QStringList>

namespace kiosk::test {

inline QString minimalConfigDir()
{
    return QDir::cleanPath(QStringLiteral(KIOSK_TEST_DATA_DIR "/minimal-config"));
}

inline QString brokenConfigsDir()
{
    return QDir::cleanPath(QStringLiteral(KIOSK_TEST_DATA_DIR "/broken-configs"));
}

inline QStringList brokenConfigNames()
{
    return QDir(brokenConfigsDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

inline QStringList readLines(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {QStringLiteral("<cannot read %1>").arg(fileName)};
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

// Copies the files under `from` into `to`, replacing what is there; skips `except` names.
inline bool copyTree(const QString &from, const QString &to, const QStringList &except = {})
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString relative = QDir(from).relativeFilePath(source);
        if (except.contains(relative))
            continue;
        // Not QFile::copy: it syncs every file to disk, which makes the corpus slow.
        QFile in(source);
        QFile out(QDir(to).filePath(relative));
        if (!QDir().mkpath(QFileInfo(out).path()) || !in.open(QIODevice::ReadOnly)
            || !out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(in.readAll()) < 0)
            return false;
    }
    return true;
}

// The minimal config with the case at `caseDir` laid over it, in `dir`; false on a failure.
inline bool layBrokenConfig(const QString &caseDir, const QString &dir)
{
    if (!copyTree(minimalConfigDir(), dir)
        || !copyTree(caseDir, dir, {QStringLiteral("expected.txt"), QStringLiteral("delete")}))
        return false;
    const QString deleteList = caseDir + QStringLiteral("/delete");
    if (!QFile::exists(deleteList))
        return true;
    for (const QString &name : readLines(deleteList)) {
        if (!QFile::remove(QDir(dir).filePath(name.trimmed())))
            return false;
    }
    return true;
}

} // namespace kiosk::test
