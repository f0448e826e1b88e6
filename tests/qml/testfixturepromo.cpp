// TestFixture: promo codes. A store's offline codes come from kiosk-config/promotions.json; this
// hook puts a list in force on a running kiosk at once, as a reload would, so a test needs no
// store copy per case.
#include "testfixture.h"

#include "kioskservices.h"
#include "ui/promocontroller.h"

#include "support/refposprocess.h"

bool TestFixture::setOfflinePromotions(kiosk::KioskSession *session, const QVariantList &promotions)
{
    kiosk::KioskServices *services = kioskOf(session);
    if (!services)
        return false;
    QList<kiosk::Promotion> list;
    for (const QVariant &value : promotions) {
        const QVariantMap map = value.toMap();
        kiosk::Promotion p;
        p.code = map.value(QStringLiteral("code")).toString();
        p.name.byLanguage = {{QStringLiteral("en"), map.value(QStringLiteral("name_en")).toString()},
                             {QStringLiteral("es"), map.value(QStringLiteral("name_es")).toString()}};
        const QString kind = map.value(QStringLiteral("kind")).toString();
        p.kind = kind == QLatin1String("percent_off") ? kiosk::Promotion::Kind::PercentOff
                 : kind == QLatin1String("free_item") ? kiosk::Promotion::Kind::FreeItem
                                                      : kiosk::Promotion::Kind::AmountOff;
        p.percent = map.value(QStringLiteral("percent")).toInt();
        p.amountCents = map.value(QStringLiteral("amount_cents")).toLongLong();
        p.itemId = map.value(QStringLiteral("item_id")).toString();
        p.minSubtotalCents = map.value(QStringLiteral("min_subtotal_cents")).toLongLong();
        p.validFrom = QDateTime::fromString(map.value(QStringLiteral("valid_from")).toString(), Qt::ISODate);
        p.validUntil = QDateTime::fromString(map.value(QStringLiteral("valid_until")).toString(), Qt::ISODate);
        p.combinesWithRewards = map.value(QStringLiteral("combines_with_rewards")).toBool();
        list.append(p);
    }
    services->promo().setOfflinePromotions(list);
    return true;
}

bool TestFixture::killLastBackend()
{
    if (m_backends.empty())
        return false;
    m_backends.back()->kill();
    return true;
}
