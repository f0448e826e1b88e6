#include "config/kioskconfigparser.h"

#include "config/backendtransport.h"
#include "config/jsonreader.h"
#include "config/loyaltyjoinsettings.h"
#include "config/paymentsettings.h"
#include "config/pinhashcheck.h"
#include "config/storetimesettings.h"

#include <QDir>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

const QStringList TopLevelKeys = {
    u"kiosk_id"_s, u"store_name"_s, u"order_prefix"_s, u"languages"_s, u"default_language"_s,
    u"idle_timeout_s"_s, u"idle_warning_s"_s, u"confirmation_timeout_s"_s, u"currency"_s,
    u"tax_rate_bps"_s, u"data_dir"_s, u"menu_source"_s, u"branding"_s, u"backend"_s,
    u"diagnostics"_s, u"sync"_s, u"loyalty"_s, u"health"_s, u"feedback"_s, u"retention"_s,
    u"payment"_s, u"printer"_s, u"display"_s, u"time_zone"_s, u"business_day_starts_at"_s,
    // Reserved for a feature still to come, so today's kiosks accept tomorrow's configs.
    u"accessibility"_s,
};

// Resolves `path` against the config folder; absolute paths stay as they are.
QString resolve(const QString &configDir, const QString &path)
{
    return QDir::cleanPath(QDir(configDir).absoluteFilePath(path));
}

class KioskConfigParser
{
public:
    KioskConfigParser(const QString &configDir, ConfigErrors *errors)
        : m_reader(u"kiosk.json"_s, errors)
    {
        m_config.configDir = QDir::cleanPath(QDir(configDir).absolutePath());
    }

    std::optional<KioskConfig> parse(const QByteArray &json, QJsonObject *rootOut)
    {
        const auto root = m_reader.parseObject(json);
        if (!root)
            return std::nullopt;
        if (rootOut)
            *rootOut = *root;
        m_reader.rejectUnknownKeys(*root, QString(), TopLevelKeys);
        readIdentity(*root);
        readLanguages(*root);
        readDefaultLanguage(*root);
        readTimeouts(*root);
        readMoney(*root);
        readDataDir(*root);
        readMenuSource(*root);
        readBranding(*root);
        readBackend(*root);
        readDiagnostics(*root);
        readFeedback(*root);
        readLoyalty(*root);
        readSyncSettings(m_reader, *root, &m_config.sync);
        checkTlsVerify(m_reader, m_config.sync.tlsVerify, m_config.backend.labAllowInsecureTls);
        readHealthSettings(m_reader, *root, &m_config.health);
        readRetentionSettings(m_reader, *root, &m_config.retention);
        readPaymentSettings(m_reader, *root, &m_config.payment, squareTerminal());
        checkSquarePayment();
        readPrinterSettings(m_reader, *root, &m_config.printer);
        readDisplaySettings(m_reader, *root, &m_config.display);
        readStoreTimeSettings(m_reader, *root, &m_config.storeTime);
        if (m_reader.errorCount() != 0)
            return std::nullopt;
        shareWithSections();
        return m_config;
    }

private:
    bool isSquare() const { return m_config.backend.kind == BackendKind::Square; }

    std::optional<QString> squareTerminal() const
    {
        return isSquare() ? std::optional(m_config.backend.square.deviceId) : std::nullopt;
    }

    // Square's point of sale shows an order made through its API only once it is paid
    // (docs/square.md), so a Square kiosk must take cards: "counter" would sell nothing.
    void checkSquarePayment()
    {
        if (isSquare() && !m_config.payment.cardEnabled())
            m_reader.error(u"payment.mode"_s,
                           u"must be \"card\" or \"card_or_counter\" with backend.kind \"square\": Square's "
                           u"point of sale shows an order from the kiosk only once it is paid"_s);
    }

    // What the sync thread and the health monitor need from the rest of kiosk.json.
    void shareWithSections()
    {
        SyncSettings &sync = m_config.sync;
        sync.squareImageDir = QDir(m_config.dataDir).filePath(u"square-images"_s);
        sync.backendKind = m_config.backend.kind;
        sync.square = m_config.backend.square;
        sync.squareTranslationsFile = resolve(m_config.configDir, u"square-translations.json"_s);
        sync.baseUrl = m_config.backend.url.toUtf8();
        sync.tokenFile = m_config.backend.tokenFile;
        sync.kioskId = m_config.kioskId;
        // A backend menu names its images like menu.json, inside the config folder; Square's
        // catalog images are downloaded into the data folder instead.
        sync.menuImageDir = isSquare() ? sync.squareImageDir : m_config.configDir;
        sync.languages = m_config.languages;
        sync.currency = m_config.currency;
        sync.loyaltyLookupTimeoutMs = m_config.loyalty.lookupTimeoutMs;
        sync.loyaltyCacheTtlHours = m_config.loyalty.cacheTtlHours;
        m_config.health.serviceId = m_config.kioskId;
        m_config.health.tlsVerify = sync.tlsVerify;
    }

    void readIdentity(const QJsonObject &root)
    {
        static const QRegularExpression ShortId(u"^[A-Za-z0-9]{1,8}$"_s);
        const QString shortIdRule = u"must be 1 to 8 letters or digits"_s;
        if (const auto id = m_reader.matching(root, {}, u"kiosk_id"_s, ShortId, shortIdRule))
            m_config.kioskId = *id;
        if (const auto name = m_reader.string(root, {}, u"store_name"_s))
            m_config.storeName = *name;
        if (const auto prefix = m_reader.matching(root, {}, u"order_prefix"_s, ShortId, shortIdRule))
            m_config.orderPrefix = *prefix;
    }

    void readLanguages(const QJsonObject &root)
    {
        const QString key = u"languages"_s;
        const auto array = m_reader.array(root, {}, key);
        if (!array)
            return;
        if (array->isEmpty()) {
            m_reader.error(key, u"must list at least one language"_s);
            return;
        }
        QStringList languages;
        for (qsizetype i = 0; i < array->size(); ++i) {
            if (const auto code = languageCode(array->at(i), JsonReader::index(key, i), languages))
                languages.append(*code);
        }
        if (languages.size() != array->size())
            return;
        // English is every text's fallback (LocalizedText::text), so it must be there.
        if (!languages.contains(u"en"_s))
            m_reader.error(key, u"must include \"en\""_s);
        else
            m_config.languages = languages;
    }

    // One entry of "languages": a well-formed code not in `previous`.
    std::optional<QString> languageCode(const QJsonValue &value, const QString &path,
                                        const QStringList &previous)
    {
        static const QRegularExpression Code(u"^[a-z]{2}$"_s);
        const auto code = m_reader.stringAt(value, path, /*allowEmpty=*/true);
        if (!code)
            return std::nullopt;
        if (!Code.match(*code).hasMatch()) {
            m_reader.error(path, u"must be a two-letter lowercase language code such as \"en\", "
                                 u"got \"%1\""_s.arg(*code));
            return std::nullopt;
        }
        if (previous.contains(*code)) {
            m_reader.error(path, u"duplicate language \"%1\""_s.arg(*code));
            return std::nullopt;
        }
        return code;
    }

    // Checked against the languages only when those are valid, or every message would be noise.
    void readDefaultLanguage(const QJsonObject &root)
    {
        const auto language = m_reader.string(root, {}, u"default_language"_s);
        if (!language || m_config.languages.isEmpty())
            return;
        if (m_config.languages.contains(*language)) {
            m_config.defaultLanguage = *language;
        } else {
            m_reader.error(u"default_language"_s,
                           u"must be one of the languages (%1), got \"%2\""_s.arg(
                                   m_config.languages.join(u", "_s), *language));
        }
    }

    void readTimeouts(const QJsonObject &root)
    {
        if (const auto idle = m_reader.integer(root, {}, u"idle_timeout_s"_s, 15, 3600))
            m_config.idleTimeoutS = int(*idle);
        m_reader.optionalInteger(root, {}, u"idle_warning_s"_s, 20, 300, &m_config.idleWarningS);
        m_reader.optionalInteger(root, {}, u"confirmation_timeout_s"_s, 3, 120, &m_config.confirmationTimeoutS);
    }

    void readMoney(const QJsonObject &root)
    {
        static const QRegularExpression Currency(u"^[A-Z]{3}$"_s);
        const auto currency =
                m_reader.matching(root, {}, u"currency"_s, Currency,
                         u"must be a three-letter uppercase currency code such as \"USD\""_s);
        if (currency)
            m_config.currency = *currency;
        if (const auto tax = m_reader.integer(root, {}, u"tax_rate_bps"_s, 0, 10000))
            m_config.taxRateBps = int(*tax);
    }

    void readMenuSource(const QJsonObject &root)
    {
        static const QRegularExpression Source(u"^(file|backend)$"_s);
        if (!root.contains(u"menu_source"_s))
            return;
        const auto source = m_reader.matching(root, {}, u"menu_source"_s, Source,
                                     u"must be \"file\" (menu.json) or \"backend\" (GET /v1/menu)"_s);
        if (source)
            m_config.menuSource = *source == u"backend"_s ? KioskConfig::MenuSource::Backend
                                                         : KioskConfig::MenuSource::File;
    }

    void readDataDir(const QJsonObject &root)
    {
        if (const auto dataDir = m_reader.string(root, {}, u"data_dir"_s))
            m_config.dataDir = resolve(m_config.configDir, *dataDir);
    }

    void readBranding(const QJsonObject &root)
    {
        static const QRegularExpression Color(u"^#[0-9A-Fa-f]{6}$"_s);
        const QString colorRule = u"must be a color in the form \"#RRGGBB\""_s;
        m_config.branding = {QString(), u"#1F6F5C"_s, u"#F2A541"_s};
        const QString path = u"branding"_s;
        if (!root.contains(path))
            return;
        const auto branding = m_reader.object(root, {}, path);
        if (!branding)
            return;
        m_reader.rejectUnknownKeys(*branding, path,
                                   {u"logo"_s, u"primary_color"_s, u"accent_color"_s});
        if (branding->contains(u"logo"_s)) {
            const auto logo = m_reader.imageFile(*branding, path, u"logo"_s, m_config.configDir);
            if (logo)
                m_config.branding.logo = *logo;
        }
        if (branding->contains(u"primary_color"_s)) {
            if (const auto color = m_reader.matching(*branding, path, u"primary_color"_s, Color, colorRule))
                m_config.branding.primaryColor = *color;
        }
        if (branding->contains(u"accent_color"_s)) {
            if (const auto color = m_reader.matching(*branding, path, u"accent_color"_s, Color, colorRule))
                m_config.branding.accentColor = *color;
        }
    }

    void readBackend(const QJsonObject &root)
    {
        const QString path = u"backend"_s;
        const auto backend = m_reader.object(root, {}, path);
        if (!backend)
            return;
        m_reader.rejectUnknownKeys(*backend, path,
                                   {u"kind"_s, u"url"_s, u"token_file"_s, u"lab_allow_insecure_tls"_s, u"square"_s});
        readBackendKind(m_reader, *backend, path, &m_config.backend.kind, &m_config.backend.square);
        if (const auto url = readBackendUrl(m_reader, *backend, path))
            m_config.backend.url = *url;
        m_reader.optionalBoolean(*backend, path, u"lab_allow_insecure_tls"_s,
                                 &m_config.backend.labAllowInsecureTls);
        // The token file may not exist yet: it is provisioned separately from the config.
        if (const auto tokenFile = m_reader.string(*backend, path, u"token_file"_s))
            m_config.backend.tokenFile = resolve(m_config.configDir, *tokenFile);
    }

    void readDiagnostics(const QJsonObject &root)
    {
        // Optional: a packaged kiosk.json has no PIN. Staff set one with `kioskctl pin-set`
        // (kept in the data directory); until then diagnostics stay locked.
        const QString path = u"diagnostics"_s;
        if (!root.contains(path))
            return;
        const auto diagnostics = m_reader.object(root, {}, path);
        if (!diagnostics)
            return;
        m_reader.rejectUnknownKeys(*diagnostics, path, {u"pin_hash"_s});
        if (!diagnostics->contains(u"pin_hash"_s))
            return;
        const auto pinHash = m_reader.string(*diagnostics, path, u"pin_hash"_s);
        if (pinHash && checkPinHash(m_reader, *pinHash, JsonReader::join(path, u"pin_hash"_s)))
            m_config.diagnostics.pinHash = *pinHash;
    }

    void readFeedback(const QJsonObject &root)
    {
        const QString path = u"feedback"_s;
        if (!root.contains(path))
            return;
        const auto feedback = m_reader.object(root, {}, path);
        if (!feedback)
            return;
        m_reader.rejectUnknownKeys(*feedback, path, {u"nps_share_percent"_s, u"comment_enabled"_s});
        m_reader.optionalInteger(*feedback, path, u"nps_share_percent"_s, 0, 100,
                                 &m_config.feedback.npsSharePercent);
        m_reader.optionalBoolean(*feedback, path, u"comment_enabled"_s, &m_config.feedback.commentEnabled);
    }

    // The optional "loyalty" section; absent means the program is off on this kiosk.
    void readLoyalty(const QJsonObject &root)
    {
        const QString path = u"loyalty"_s;
        if (!root.contains(path))
            return;
        const auto loyalty = m_reader.object(root, {}, path);
        if (!loyalty)
            return;
        m_reader.rejectUnknownKeys(*loyalty, path,
            {u"enabled"_s, u"points_per_dollar"_s, u"tier_multipliers"_s, u"birthday_bonus_points"_s,
             u"cache_ttl_hours"_s, u"offline_redemption_cap_cents"_s, u"lookup_timeout_ms"_s,
             u"phone_region"_s, u"join"_s});
        LoyaltyRules &rules = m_config.loyalty;
        if (const auto enabled = m_reader.boolean(*loyalty, path, u"enabled"_s))
            rules.enabled = *enabled;
        if (const auto points = m_reader.integer(*loyalty, path, u"points_per_dollar"_s, 0, 1000))
            rules.pointsPerDollar = int(*points);
        m_reader.optionalInteger(*loyalty, path, u"birthday_bonus_points"_s, 0, 100'000,
                                 &rules.birthdayBonusPoints);
        m_reader.optionalInteger(*loyalty, path, u"cache_ttl_hours"_s, 0, 24 * 30, &rules.cacheTtlHours);
        m_reader.optionalInteger(*loyalty, path, u"offline_redemption_cap_cents"_s, 0, 100'000,
                                 &rules.offlineRedemptionCapCents);
        m_reader.optionalInteger(*loyalty, path, u"lookup_timeout_ms"_s, 200, 30'000, &rules.lookupTimeoutMs);
        if (loyalty->contains(u"phone_region"_s)) {
            static const QRegularExpression Region(u"^[A-Z]{2}$"_s);
            if (const auto region = m_reader.matching(*loyalty, path, u"phone_region"_s, Region,
                                             u"must be a two-letter region code such as \"US\""_s))
                rules.phoneRegion = *region;
        }
        if (loyalty->contains(u"tier_multipliers"_s))
            readTierMultipliers(*loyalty, JsonReader::join(path, u"tier_multipliers"_s));
        readLoyaltyJoin(m_reader, *loyalty, m_config.languages, isSquare(), &rules.join);
    }

    // {"Gold": 1.5, ...}: each tier's points multiplier, 1 to 10 in steps of 0.01.
    void readTierMultipliers(const QJsonObject &loyalty, const QString &path)
    {
        const auto tiers = m_reader.object(loyalty, u"loyalty"_s, u"tier_multipliers"_s);
        if (!tiers)
            return;
        for (auto it = tiers->begin(); it != tiers->end(); ++it) {
            const QString at = JsonReader::join(path, it.key());
            if (!it.value().isDouble()) {
                m_reader.error(at, u"must be a number"_s);
                continue;
            }
            const double multiplier = it.value().toDouble();
            // The range first: qRound64 of a number past qint64's range is undefined (the fuzzer
            // found one with 80 digits).
            const bool inRange = multiplier >= 1 && multiplier <= 10;
            const qint64 percent = inRange ? qRound64(multiplier * 100) : 0;
            if (!inRange || std::abs(multiplier * 100 - double(percent)) > 1e-6) {
                m_reader.error(at, u"must be between 1 and 10 in steps of 0.01, got %1"_s.arg(multiplier));
                continue;
            }
            m_config.loyalty.tierMultiplierPercent.insert(it.key(), int(percent));
        }
    }

    JsonReader m_reader;
    KioskConfig m_config;
};

} // namespace

std::optional<KioskConfig> parseKioskConfig(const QByteArray &json, const QString &configDir,
                                            ConfigErrors *errors, QJsonObject *root)
{
    return KioskConfigParser(configDir, errors).parse(json, root);
}

} // namespace kiosk
