#include "config/configloader.h"

#include "config/kioskconfigparser.h"
#include "config/menuparser.h"
#include "config/promotionsfile.h"
#include "config/squaremenucheck.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

const QString KioskFile = u"kiosk.json"_s;
const QString MenuFile = u"menu.json"_s;

std::optional<QByteArray> readFile(const QString &dir, const QString &name, ConfigErrors *errors)
{
    QFile file(QDir(dir).filePath(name));
    if (!file.exists()) {
        errors->append({name, QString(), u"file not found"_s});
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append({name, QString(), u"cannot be read: %1"_s.arg(file.errorString())});
        return std::nullopt;
    }
    return file.readAll();
}

// The languages to check menu texts against when kiosk.json has errors: its own languages
// when that part of it is fine, so a manager sees every problem at once; else English.
QStringList fallbackLanguages(const QJsonObject &kioskRoot, const ConfigErrors &errors)
{
    const QStringList english{u"en"_s};
    const bool languagesBroken = std::any_of(errors.cbegin(), errors.cend(), [](const auto &e) {
        return e.file == KioskFile
                && (e.line > 0 || e.path == u"languages"_s || e.path.startsWith(u"languages["_s));
    });
    const QJsonValue value = kioskRoot.value(u"languages"_s);
    if (languagesBroken || !value.isArray())
        return english;
    QStringList languages;
    for (const QJsonValue &language : value.toArray())
        languages.append(language.toString());
    return languages;
}

} // namespace

std::optional<LoadedConfig> loadConfigDir(const QString &dir, ConfigErrors *errors)
{
    ConfigErrors ignored;
    if (!errors)
        errors = &ignored;
    errors->clear();
    const QString configDir = QDir::cleanPath(QDir(dir).absolutePath());

    QJsonObject kioskRoot; // empty when kiosk.json is missing or not a JSON object
    const auto kioskJson = readFile(configDir, KioskFile, errors);
    const auto kiosk = kioskJson ? parseKioskConfig(*kioskJson, configDir, errors, &kioskRoot)
                                 : std::nullopt;
    const QStringList languages = kiosk ? kiosk->languages : fallbackLanguages(kioskRoot, *errors);

    // Menu images live in the config folder too.
    const auto menuJson = readFile(configDir, MenuFile, errors);
    const auto menu = menuJson ? parseMenu(*menuJson, MenuFile, configDir, languages, errors)
                               : std::nullopt;
    const bool menuFitsBackend = !menuJson || checkSquareMenuKeys(kioskRoot, *menuJson, MenuFile, errors);

    const auto promotions = readPromotionsFile(configDir, languages, menu ? &*menu : nullptr, errors);

    if (!kiosk || !menu || !menuFitsBackend || !promotions)
        return std::nullopt;
    return LoadedConfig{*kiosk, *menu, kioskRoot, *promotions};
}

} // namespace kiosk
