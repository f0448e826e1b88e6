#include "support/brokenconfigs.h"

#include <QDir>
#include <QFile>

namespace kiosk::test {

QString brokenConfigsDir()
{
    return QDir::cleanPath(QStringLiteral(KIOSK_TEST_DATA_DIR "/broken-configs"));
}

QStringList brokenConfigNames()
{
    return QDir(brokenConfigsDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QStringList readLines(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {QStringLiteral("<cannot read %1>").arg(fileName)};
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

bool layBrokenConfig(const QString &caseDir, const QString &dir)
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
