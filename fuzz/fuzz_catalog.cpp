// The Square catalog mapper: whatever the catalog endpoints return (a JSON array of objects,
// any shape) must map without crashing, to the same document in any order, and a menu with an
// item must pass the kiosk's menu parser (pictures set to one the sample store has, as the
// adapter's downloads would be). The input is also read as square-translations.json.
#include "config/menuparser.h"
#include "fuzzinput.h"
#include "square/catalogmapper.h"

#include <QJsonDocument>

namespace {

// Every picture the sample store's logo, so the parser checks the document and not the files.
QJsonObject parserReady(QJsonObject menu)
{
    const QString picture = QStringLiteral("images/logo.png");
    for (const QString &key : {QStringLiteral("categories"), QStringLiteral("items")}) {
        QJsonArray entries;
        for (const QJsonValue &value : menu.value(key).toArray()) {
            QJsonObject entry = value.toObject();
            entry.insert(QStringLiteral("image"), picture);
            entries.append(entry);
        }
        menu.insert(key, entries);
    }
    return menu;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    QString error;
    const auto translations = kiosk::parseSquareTranslations(input, &error);
    if (translations.has_value() == !error.isEmpty())
        __builtin_trap();

    const QJsonArray objects = QJsonDocument::fromJson(input).array();
    kiosk::CatalogMapInput in;
    in.locationId = QStringLiteral("L1");
    in.currency = QStringLiteral("USD");
    in.languages = {QStringLiteral("en"), QStringLiteral("es")};
    in.imageFolder = QStringLiteral("square-images");
    const kiosk::CatalogMapping mapping = kiosk::mapCatalog(objects, in);

    QJsonArray reversed;
    for (auto it = objects.end(); it != objects.begin();)
        reversed.append(*--it);
    const kiosk::CatalogMapping again = kiosk::mapCatalog(reversed, in);
    if (QJsonDocument(mapping.menu).toJson() != QJsonDocument(again.menu).toJson()
        || mapping.problems != again.problems || mapping.images != again.images) {
        __builtin_trap();
    }
    if (mapping.menu.value(QStringLiteral("items")).toArray().isEmpty())
        return 0;
    kiosk::ConfigErrors errors;
    const auto menu = kiosk::parseMenu(QJsonDocument(parserReady(mapping.menu)).toJson(),
                                       QStringLiteral("menu.json"),
                                       QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config"),
                                       in.languages, &errors);
    if (!menu)
        __builtin_trap();
    return 0;
}
