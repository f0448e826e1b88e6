#include "square/squarecatalog.h"

#include "square/catalogmapper.h"
#include "square/squareclient.h"
#include "square/squarecatalogvalidator.h"
#include "square/squaretranslations.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

// What the menu is made of. ListCatalog returns, without `types`, only top-level objects;
// ITEM_VARIATION and MODIFIER are nested in their ITEM and MODIFIER_LIST and come on their own
// only when named, and IMAGE must be named too
// (https://developer.squareup.com/reference/square/catalog-api/list-catalog, types). Naming them
// all is harmless: CatalogIndex keeps one copy of each id.
const QStringList MenuTypes = {u"ITEM"_s, u"ITEM_VARIATION"_s, u"MODIFIER_LIST"_s, u"MODIFIER"_s,
                               u"CATEGORY"_s, u"TAX"_s, u"IMAGE"_s};

// Relative to SyncSettings::squareImageDir, which is the Square menu's image folder: the
// pictures sit in it directly.
const QString ImageFolder = u"."_s;
const QString PlaceholderImage = u"placeholder.png"_s;

// A catalog answering with the same cursor again would page forever.
constexpr int MaxPages = 10000;

// Every "image" value of the menu document that names a file not downloaded, as the
// placeholder: the menu needs a picture for every category and item.
QJsonValue withPlaceholders(const QJsonValue &value, const QStringList &missing, const QString &placeholder)
{
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array.replace(i, withPlaceholders(array.at(i), missing, placeholder));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == u"image" && missing.contains(it.value().toString()))
            it.value() = placeholder;
        else if (it.value().isArray() || it.value().isObject())
            it.value() = withPlaceholders(it.value(), missing, placeholder);
    }
    return object;
}

} // namespace

SquareCatalog::SquareCatalog(SquareClient &client, const SyncSettings &settings, const std::atomic_bool *stopping)
    : m_client(client), m_settings(settings), m_stopping(stopping), m_images(settings, stopping)
{
}

MenuOutcome SquareCatalog::fetchMenu(const QString &validator)
{
    MenuOutcome outcome;
    QString error;
    if (!m_client.ready(&error)) {
        outcome.result = MenuOutcome::Failed{error};
        return outcome;
    }
    const std::optional<Translations> translations = readTranslations(&error);
    if (!translations) {
        outcome.result = MenuOutcome::Failed{error};
        return outcome;
    }

    // Only a change search from the validator's time, while the translations are the same:
    // with anything changed the whole catalog is listed and mapped again. A menu is small
    // (thousands of objects at most, mapped in milliseconds) and an item's menu entry depends
    // on its variations, modifier lists, taxes, images and category, so patching the last
    // listing with the changed objects would need the previous listing kept and would be one
    // more way to show a stale menu; a relisting cannot be wrong.
    //
    // Without a usable validator the search only reads Square's latest_time, before the
    // listing: the listing's own latest updated_at would miss objects deleted earlier (a listing
    // has no deleted objects, a change search does), and every search after would find them.
    QString searchTime;
    const std::optional<SquareCatalogValidator> previous = SquareCatalogValidator::parse(validator);
    const bool sameTexts = previous && previous->translations == translations->hash;
    const std::optional<bool> changed = searchChanges(sameTexts ? previous->catalogTime : QString(), &searchTime, &outcome);
    if (!changed)
        return outcome;
    if (!*changed) {
        outcome.result = MenuOutcome::NotModified{};
        return outcome;
    }

    std::optional<Listing> listing = listCatalog(&outcome);
    if (!listing)
        return outcome;

    CatalogMapInput input;
    input.locationId = m_settings.square.locationId;
    input.currency = m_settings.currency;
    input.languages = m_settings.languages;
    input.translations = translations->texts;
    input.imageFolder = ImageFolder;
    input.placeholderImage = PlaceholderImage;
    input.now = QDateTime::currentDateTimeUtc();
    const CatalogMapping mapping = mapCatalog(listing->objects, input);
    QStringList problems = mapping.problems;

    if (!m_images.ensurePlaceholder(PlaceholderImage, &error)) {
        outcome.result = MenuOutcome::Failed{error};
        return outcome;
    }
    bool passing = false;
    const QStringList missing = m_images.download(mapping.images, &problems, &passing);
    if (stopped(&outcome))
        return outcome;
    const QJsonObject menu = missing.isEmpty()
            ? mapping.menu
            : withPlaceholders(mapping.menu, missing, PlaceholderImage).toObject();

    // The search's latest_time, taken before the listing: whatever changed while the pages
    // came is seen again by the next search (one more listing) rather than missed. The
    // listing's latest updated_at only when Square gave no latest_time.
    //
    // A picture that failed for a passing reason (its host down) leaves no validator, so the
    // next refresh lists the catalog and tries it again rather than answering NotModified
    // until the catalog changes; one that is not a picture waits for a change.
    const QString catalogTime = searchTime.isEmpty() ? listing->latestTime : searchTime;
    const QString newValidator = catalogTime.isEmpty() || passing
            ? QString()
            : SquareCatalogValidator{catalogTime, translations->hash}.toString();
    outcome.result = MenuOutcome::Updated{QJsonDocument(menu).toJson(QJsonDocument::Compact), newValidator, problems};
    return outcome;
}

std::optional<SquareCatalog::Translations> SquareCatalog::readTranslations(QString *error) const
{
    QFile file(m_settings.squareTranslationsFile);
    if (m_settings.squareTranslationsFile.isEmpty() || !file.exists())
        return Translations{{}, translationsHash(std::nullopt)}; // no file: Square's own texts
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"square-translations.json: cannot be read: %1"_s.arg(file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    std::optional<QJsonObject> texts = parseSquareTranslations(bytes, error);
    if (!texts)
        return std::nullopt;
    return Translations{*texts, translationsHash(bytes)};
}

std::optional<SquareCatalog::Listing> SquareCatalog::listCatalog(MenuOutcome *failure)
{
    Listing listing;
    QString cursor;
    for (int page = 0; page < MaxPages; ++page) {
        QUrlQuery query;
        query.addQueryItem(u"types"_s, MenuTypes.join(u','));
        if (!cursor.isEmpty())
            query.addQueryItem(u"cursor"_s, QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
        const SquareReply reply = m_client.get("/v2/catalog/list?" + query.query(QUrl::FullyEncoded).toUtf8());
        reply.fill(*failure);
        if (!reply.ok()) {
            fail(reply, u"listing the catalog"_s, failure);
            return std::nullopt;
        }
        for (const QJsonValue &object : reply.json.value(u"objects"_s).toArray()) {
            listing.objects.append(object);
            listing.latestTime = laterTime(listing.latestTime, object.toObject().value(u"updated_at"_s).toString());
        }
        const QString next = reply.json.value(u"cursor"_s).toString();
        if (next.isEmpty())
            return listing;
        if (next == cursor || stopped(failure))
            break;
        cursor = next;
    }
    if (!std::holds_alternative<MenuOutcome::Failed>(failure->result))
        failure->result = MenuOutcome::Failed{u"listing the catalog: Square's pages do not end"_s};
    return std::nullopt;
}

std::optional<bool> SquareCatalog::searchChanges(const QString &since, QString *latestTime, MenuOutcome *failure)
{
    QJsonArray types;
    for (const QString &type : MenuTypes)
        types.append(type);
    // Deleted objects too: an item deleted in Square must leave the menu
    // (https://developer.squareup.com/reference/square/catalog-api/search-catalog-objects).
    // begin_time is exclusive, so the validator's own time finds nothing when nothing changed
    // (SearchCatalogObjectsRequest.begin_time, square/connect-javascript-sdk docs).
    QJsonObject body{{u"object_types"_s, types}, {u"include_deleted_objects"_s, true}};
    if (since.isEmpty())
        body.insert(u"limit"_s, 1); // only latest_time is wanted
    else
        body.insert(u"begin_time"_s, since);
    for (int page = 0; page < MaxPages; ++page) {
        const SquareReply reply = m_client.post("/v2/catalog/search", body);
        reply.fill(*failure);
        if (!reply.ok()) {
            fail(reply, u"searching the catalog for changes"_s, failure);
            return std::nullopt;
        }
        *latestTime = laterTime(*latestTime, reply.json.value(u"latest_time"_s).toString());
        // One changed object is enough to list again: the rest of the pages are not needed.
        if (since.isEmpty() || !reply.json.value(u"objects"_s).toArray().isEmpty())
            return true;
        const QString next = reply.json.value(u"cursor"_s).toString();
        if (next.isEmpty())
            return false;
        if (next == body.value(u"cursor"_s).toString() || stopped(failure))
            break;
        body.insert(u"cursor"_s, next);
    }
    if (!std::holds_alternative<MenuOutcome::Failed>(failure->result))
        failure->result = MenuOutcome::Failed{u"searching the catalog: Square's pages do not end"_s};
    return std::nullopt;
}

void SquareCatalog::fail(const SquareReply &reply, const QString &what, MenuOutcome *outcome) const
{
    QString reason = u"%1: %2"_s.arg(what, reply.describe());
    if (reply.kind() == SquareReply::Kind::AuthFailed)
        reason += u" (the access token in backend.token_file is refused)"_s;
    outcome->result = MenuOutcome::Failed{reason};
}

bool SquareCatalog::stopped(MenuOutcome *outcome) const
{
    if (!m_stopping || !m_stopping->load())
        return false;
    outcome->result = MenuOutcome::Failed{u"stopped"_s};
    return true;
}

} // namespace kiosk
