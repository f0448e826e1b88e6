#include "squareadapterfixture.h"

#include "config/menuparser.h"
#include "domain/cart.h"
#include "domain/itemselection.h"
#include "square/catalogmapper.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kiosk::test {

bool SquareAdapterFixture::start(QString *error)
{
    if (!m_square.start({}, error))
        return false;
    const QString tokenFile = m_dir.filePath(u"square.token"_s);
    QFile token(tokenFile);
    if (!token.open(QIODevice::WriteOnly) || token.write(QByteArray(SquaresimToken) + '\n') < 0) {
        *error = u"cannot write the token file"_s;
        return false;
    }
    token.close();
    m_settings.backendKind = BackendKind::Square;
    m_settings.baseUrl = m_square.sim().url(QString()).toString().toUtf8();
    m_settings.tokenFile = tokenFile;
    m_settings.square.locationId = QString::fromLatin1(SquaresimLocationId);
    m_settings.square.deviceId = QString::fromLatin1(DeviceId);
    kiosk::HttpClient::Options options;
    options.baseUrl = m_settings.baseUrl;
    m_client = std::make_unique<SquareClient>(m_settings, options, nullptr);
    if (!m_client->ready(error))
        return false;

    CatalogMapInput input;
    input.locationId = m_settings.square.locationId;
    input.currency = u"USD"_s;
    input.languages = {u"en"_s};
    input.imageFolder = u"square-images"_s;
    const CatalogMapping mapping = mapCatalog(SquareCalls::seed().value(u"catalog"_s).toArray(), input);
    QStringList files{input.imageFolder + u"/placeholder.png"_s};
    for (const CatalogImage &image : mapping.images)
        files.append(image.relativePath);
    for (const QString &file : std::as_const(files)) {
        QDir(m_dir.path()).mkpath(QFileInfo(file).path());
        QFile out(m_dir.filePath(file));
        if (!out.open(QIODevice::WriteOnly) || out.write("picture") != 7) {
            *error = u"cannot write %1"_s.arg(file);
            return false;
        }
    }
    ConfigErrors errors;
    m_menu = parseMenu(QJsonDocument(mapping.menu).toJson(), u"menu.json"_s, m_dir.path(), input.languages, &errors);
    if (!m_menu)
        *error = formatErrors(errors);
    return m_menu.has_value();
}

std::optional<Order> SquareAdapterFixture::order(const QList<Line> &lines, const QString &number, Cents discount,
                                                 std::optional<LoyaltyClaim> loyalty) const
{
    Cart cart;
    for (const Line &line : lines) {
        const MenuItem *item = nullptr;
        for (const MenuItem &candidate : m_menu->items()) {
            if (candidate.name.text(u"en"_s) == line.item)
                item = &candidate;
        }
        if (!item)
            return std::nullopt;
        QStringList optionIds;
        for (const QString &name : line.options) {
            QString found;
            for (const ModifierGroup *group : m_menu->groupsOf(*item)) {
                for (const ModifierOption &option : group->options) {
                    if (option.name.text(u"en"_s) == name)
                        found = option.id;
                }
            }
            if (found.isEmpty())
                return std::nullopt;
            optionIds.append(found);
        }
        const std::optional<ItemSelection> selection = ItemSelection::fromOptionIds(*m_menu, *item, optionIds);
        if (!selection || cart.add(*selection, line.quantity) == Cart::Add::ItemUnavailable || cart.isEmpty())
            return std::nullopt;
    }
    Order order = makeOrder(cart, u"K1"_s, DineOption::ToGo, u"en"_s, 0, discount, std::move(loyalty));
    order.number = number;
    return order;
}

Delivery SquareAdapterFixture::delivery(const Order &order)
{
    return Delivery{u"order"_s, order.id.toString(QUuid::WithoutBraces), QJsonDocument(order.toContractJson()).toJson(QJsonDocument::Compact)};
}

QJsonObject SquareAdapterFixture::squareOrder(const QString &orderId)
{
    return m_square.get(u"/v2/orders/"_s + orderId).json().value(u"order"_s).toObject();
}

bool SquareAdapterFixture::payElsewhere(const QString &orderId)
{
    if (m_square.admin("PUT", u"/sim/terminals/device-counter"_s, QJsonObject{{u"next"_s, u"approve"_s}, {u"after_ms"_s, 0}}).status != 200)
        return false;
    const QJsonObject order = squareOrder(orderId);
    const HttpResult created = m_square.post(u"/v2/terminals/checkouts"_s, QJsonObject{
        {u"idempotency_key"_s, u"counter-"_s + orderId},
        {u"checkout"_s, QJsonObject{{u"amount_money"_s, order.value(u"net_amount_due_money"_s)}, {u"order_id"_s, orderId},
                                    {u"device_options"_s, QJsonObject{{u"device_id"_s, u"device-counter"_s}}}}},
    });
    const QString id = created.json().value(u"checkout"_s).toObject().value(u"id"_s).toString();
    return m_square.waitForCheckout(id, u"COMPLETED"_s).value(u"status"_s).toString() == u"COMPLETED";
}

QString SquareAdapterFixture::squareOrderId(const QByteArray &receipt)
{
    return QJsonDocument::fromJson(receipt).object().value(u"square_order_id"_s).toString();
}

qint64 SquareAdapterFixture::balance(const QString &accountId)
{
    return m_square.get(u"/v2/loyalty/accounts/"_s + accountId).json().value(u"loyalty_account"_s).toObject().value(u"balance"_s).toInteger();
}

} // namespace kiosk::test
