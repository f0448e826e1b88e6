#include "squaresim/seed.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace kiosk::squaresim {

std::optional<Seed> Seed::load(const QString &dir, QString *error)
{
    const QString path = QDir(dir).filePath(u"seed.json"_s);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = u"%1: not a JSON object (%2 at offset %3)"_s.arg(path, parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject json = document.object();
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        static const QStringList known{u"location"_s, u"catalog"_s, u"customers"_s, u"loyalty_program"_s,
                                       u"loyalty_accounts"_s};
        if (!known.contains(it.key())) {
            *error = u"%1: unknown key \"%2\""_s.arg(path, it.key());
            return std::nullopt;
        }
    }
    Seed seed;
    seed.location = json.value(u"location"_s).toObject();
    seed.catalog = json.value(u"catalog"_s).toArray();
    seed.customers = json.value(u"customers"_s).toArray();
    seed.program = json.value(u"loyalty_program"_s).toObject();
    seed.accounts = json.value(u"loyalty_accounts"_s).toArray();
    seed.imagesDir = QDir(dir).filePath(u"images"_s);
    if (seed.locationId().isEmpty() || seed.currency().isEmpty()) {
        *error = u"%1: location.id and location.currency are required"_s.arg(path);
        return std::nullopt;
    }
    return seed;
}

} // namespace kiosk::squaresim
