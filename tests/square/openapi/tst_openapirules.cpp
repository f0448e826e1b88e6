// kiosk_openapi on Square's api.json: each rule on a request, a response by status, and the
// choice of operation by method and path. Every expected line is exact, so a rule that stops
// firing, fires twice or changes its wording fails here.
#include "squarespec.h"

#include <QTest>

using namespace kiosk::openapi;
using namespace Qt::StringLiterals;

namespace {

// A valid CreateTerminalCheckout body with `checkout` members added or replaced.
QByteArray terminalCheckout(const QByteArray &extra = {}, const QByteArray &device = {})
{
    return R"({"idempotency_key": "4b9e3f6a-1", "checkout": {)"
           R"("amount_money": {"amount": 2610, "currency": "USD"},)"
           R"("device_options": {"device_id": "dbb5d83a-7838-11ea")" + device + "}"
           + extra + "}}";
}

// A CreateOrder body with `line` as its one line item and `extra` added to the order.
QByteArray createOrder(const QByteArray &line, const QByteArray &extra = {})
{
    return R"({"idempotency_key": "k-1", "order": {"location_id": "L1", "line_items": [)" + line
           + "]" + extra + "}}";
}

const QByteArray kLine = R"({"quantity": "1", "catalog_object_id": "W62UWFY35CWMYGVWK6TWJDNI"})";
const QString kCheckout = u"CreateTerminalCheckout request: $."_s;

} // namespace

class TestOpenApiRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { squareSpec(); }

    void request_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("expected");
        const QString checkouts = u"/v2/terminals/checkouts"_s;
        const QString orders = u"/v2/orders"_s;

        QTest::newRow("valid CreateTerminalCheckout")
            << "POST"_ba << checkouts << terminalCheckout() << QStringList();
        QTest::newRow("nullable: null allowed")
            << "POST"_ba << checkouts
            << terminalCheckout(R"(, "note": null, "payment_options": null)") << QStringList();
        QTest::newRow("missing required at the top")
            << "POST"_ba << checkouts
            << R"({"checkout": {"amount_money": {}, "device_options": {"device_id": "d"}}})"_ba
            << QStringList{u"CreateTerminalCheckout request: $.idempotency_key: required, missing"_s};
        QTest::newRow("missing required through $ref")
            << "POST"_ba << checkouts
            << R"({"idempotency_key": "k", "checkout": {"amount_money": {"amount": 1}}})"_ba
            << QStringList{kCheckout + u"checkout.device_options: required, missing"_s};
        QTest::newRow("wrong type through $ref and array")
            << "POST"_ba << orders << createOrder(R"({"quantity": 1})")
            << QStringList{u"CreateOrder request: $.order.line_items[0].quantity: expected string, got number"_s};
        QTest::newRow("enum value not in the enum")
            << "POST"_ba << orders << createOrder(R"({"quantity": "1", "item_type": "FOOD"})")
            << QStringList{u"CreateOrder request: $.order.line_items[0].item_type: not one of the values of OrderLineItemItemType"_s};
        QTest::newRow("unknown property")
            << "POST"_ba << checkouts << terminalCheckout(R"(, "tip": 100)")
            << QStringList{kCheckout + u"checkout.tip: not a property of TerminalCheckout"_s};
        QTest::newRow("readOnly property in a request")
            << "POST"_ba << checkouts << terminalCheckout(R"(, "status": "PENDING")")
            << QStringList{kCheckout + u"checkout.status: read-only (Square sets it), not for a request"_s};
        QTest::newRow("readOnly beside a $ref")
            << "POST"_ba << orders << createOrder(kLine, R"(, "total_money": {"amount": 1})")
            << QStringList{u"CreateOrder request: $.order.total_money: read-only (Square sets it), not for a request"_s};
        QTest::newRow("null without nullable")
            << "POST"_ba << checkouts << terminalCheckout({}, R"(, "collect_signature": null)")
                   .replace(R"("amount_money": {"amount": 2610, "currency": "USD"})", R"("amount_money": null)")
            << QStringList{kCheckout + u"checkout.amount_money: null, but not nullable"_s};
        QTest::newRow("minLength")
            << "POST"_ba << checkouts << terminalCheckout().replace("4b9e3f6a-1", "")
            << QStringList{kCheckout + u"idempotency_key: length 0, shorter than minLength 1"_s};
        QTest::newRow("maxLength")
            << "POST"_ba << checkouts << terminalCheckout().replace("4b9e3f6a-1", QByteArray(65, 'k'))
            << QStringList{kCheckout + u"idempotency_key: length 65, longer than maxLength 64"_s};
        // TerminalCheckout.note: maxLength 500, counted in code points, not UTF-16 units.
        const QByteArray emoji = "\xF0\x9F\x8D\x94"; // U+1F354, two UTF-16 units
        QTest::newRow("maxLength counts code points")
            << "POST"_ba << checkouts << terminalCheckout(", \"note\": \"" + emoji.repeated(500) + '"')
            << QStringList();
        QTest::newRow("maxLength counts code points, one over")
            << "POST"_ba << checkouts << terminalCheckout(", \"note\": \"" + emoji.repeated(501) + '"')
            << QStringList{kCheckout + u"checkout.note: length 501, longer than maxLength 500"_s};
        QTest::newRow("minimum")
            << "POST"_ba << u"/v2/terminals/checkouts/search"_s << R"({"limit": 0})"_ba
            << QStringList{u"SearchTerminalCheckouts request: $.limit: below the minimum 1"_s};
        QTest::newRow("maximum")
            << "POST"_ba << u"/v2/terminals/checkouts/search"_s << R"({"limit": 101})"_ba
            << QStringList{u"SearchTerminalCheckouts request: $.limit: above the maximum 100"_s};
        QTest::newRow("integer with a fraction")
            << "POST"_ba << checkouts << terminalCheckout().replace("2610", "26.5")
            << QStringList{kCheckout + u"checkout.amount_money.amount: expected integer, got number"_s};
        QTest::newRow("int64 out of range")
            << "POST"_ba << checkouts << terminalCheckout().replace("2610", "1e19")
            << QStringList{kCheckout + u"checkout.amount_money.amount: outside int64"_s};
        QTest::newRow("map values (additionalProperties)")
            << "POST"_ba << orders << createOrder(kLine, R"(, "metadata": {"table": "4", "seat-no": 2})")
            << QStringList{u"CreateOrder request: $.order.metadata[\"seat-no\"]: expected string, got number"_s};
        QTest::newRow("pattern")
            << "POST"_ba << u"/v2/orders/O1/custom-attributes/table"_s
            << R"({"custom_attribute": {"key": "no spaces allowed", "value": "4"}})"_ba
            << QStringList{u"UpsertOrderCustomAttribute request: $.custom_attribute.key: does not match the pattern ^([a-zA-Z0-9\\._-]+:)?[a-zA-Z0-9\\._-]{1,60}$"_s};
        QTest::newRow("every violation, not only the first")
            << "POST"_ba << checkouts << R"({"checkout": {"device_options": {}, "id": "x"}})"_ba
            << QStringList{kCheckout + u"idempotency_key: required, missing"_s,
                           kCheckout + u"checkout.amount_money: required, missing"_s,
                           kCheckout + u"checkout.device_options.device_id: required, missing"_s,
                           kCheckout + u"checkout.id: read-only (Square sets it), not for a request"_s};
        // A phone number where an enum value belongs: the line names the field, not the number.
        QTest::newRow("values are never repeated")
            << "POST"_ba << orders << createOrder(R"({"quantity": "1", "item_type": "+15551234567"})")
            << QStringList{u"CreateOrder request: $.order.line_items[0].item_type: not one of the values of OrderLineItemItemType"_s};
        QTest::newRow("GET without a body") << "GET"_ba << u"/v2/orders/O1"_s << QByteArray() << QStringList();
        QTest::newRow("GET with a body")
            << "GET"_ba << u"/v2/orders/O1"_s << "{}"_ba
            << QStringList{u"RetrieveOrder request: $: a body, but the operation takes none here"_s};
        QTest::newRow("DELETE with a body")
            << "DELETE"_ba << u"/v2/loyalty/rewards/R1"_s << "{}"_ba
            << QStringList{u"DeleteLoyaltyReward request: $: a body, but the operation takes none here"_s};
        QTest::newRow("POST without its body")
            << "POST"_ba << checkouts << QByteArray()
            << QStringList{u"CreateTerminalCheckout request: $: body missing"_s};
        QTest::newRow("not an object")
            << "POST"_ba << checkouts << "[]"_ba
            << QStringList{u"CreateTerminalCheckout request: $: expected object, got array"_s};
        // The path's unknown segments (ids, maybe a customer's) are not repeated either.
        QTest::newRow("unknown operation")
            << "POST"_ba << u"/v2/customers/CUST123/bogus"_s << "{}"_ba
            << QStringList{u"POST /v2/customers/{?}/{?}: no operation of api.json has this method and path"_s};
        QTest::newRow("multipart body")
            << "POST"_ba << u"/v2/catalog/images"_s << "{}"_ba
            << QStringList{u"CreateCatalogImage request: $: a multipart/form-data body, which kiosk_openapi does not check"_s};
        // The one known exception (knownexceptions.cpp): UpdateOrder's order is sparse.
        QTest::newRow("sparse UpdateOrder without location_id")
            << "PUT"_ba << u"/v2/orders/O1"_s
            << R"({"idempotency_key": "k", "order": {"version": 3, "state": "CANCELED"}})"_ba
            << QStringList();
        QTest::newRow("UpdateOrder: the other rules still apply")
            << "PUT"_ba << u"/v2/orders/O1"_s
            << R"({"order": {"version": 3, "location_id": "", "id": "O1"}})"_ba
            << QStringList{u"UpdateOrder request: $.order.id: read-only (Square sets it), not for a request"_s,
                           u"UpdateOrder request: $.order.location_id: length 0, shorter than minLength 1"_s};
        QTest::newRow("CreateOrder requires location_id")
            << "POST"_ba << orders << R"({"order": {"state": "OPEN"}})"_ba
            << QStringList{u"CreateOrder request: $.order.location_id: required, missing"_s};
    }

    void request()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QStringList, expected);
        QCOMPARE(squareSpec().validateRequest(method, path, jsonBody(body)), expected);
    }

    void response_data()
    {
        addResponseColumns();
        const QString checkout = u"/v2/terminals/checkouts/CHK1"_s;
        const QByteArray ok = R"({"checkout": {"id": "08YceKh7B3ZqO", "status": "PENDING",)"
                              R"("amount_money": {"amount": 2610, "currency": "USD"},)"
                              R"("device_options": {"device_id": "d1"}, "payment_ids": []}})";
        const QByteArray notFound = R"({"errors": [{"category": "INVALID_REQUEST_ERROR",)"
                                    R"("code": "NOT_FOUND", "detail": "no such checkout"}]})";

        QTest::newRow("200, readOnly allowed") << "GET"_ba << checkout << 200 << ok << QStringList();
        QTest::newRow("200, unknown property")
            << "GET"_ba << checkout << 200 << ok.sliced(0, ok.size() - 1) + R"(, "tip": 1})"
            << QStringList{u"GetTerminalCheckout response 200: $.tip: not a property of GetTerminalCheckoutResponse"_s};
        QTest::newRow("200 without a body")
            << "GET"_ba << checkout << 200 << QByteArray()
            << QStringList{u"GetTerminalCheckout response 200: $: body missing"_s};
        QTest::newRow("404 with errors[]") << "GET"_ba << checkout << 404 << notFound << QStringList();
        QTest::newRow("404 without errors[]")
            << "GET"_ba << checkout << 404 << "{}"_ba
            << QStringList{u"GetTerminalCheckout response 404: $.errors: an error status, but no errors[]"_s};
        QTest::newRow("500, an error without its code")
            << "POST"_ba << u"/v2/orders"_s << 500
            << R"({"errors": [{"category": "API_ERROR"}]})"_ba
            << QStringList{u"CreateOrder response 500: $.errors[0].code: required, missing"_s};
        QTest::newRow("400, a code Square does not have")
            << "POST"_ba << u"/v2/orders"_s << 400
            << R"({"errors": [{"category": "INVALID_REQUEST_ERROR", "code": "OOPS"}]})"_ba
            << QStringList{u"CreateOrder response 400: $.errors[0].code: not one of the values of ErrorCode"_s};
        // CatalogModifierToggleOverrideType: api.json refers to it without defining it; the
        // validator adds it from Square's reference (missingcomponents.cpp).
        const QByteArray item = R"({"objects": [{"type": "ITEM", "id": "I1", "item_data": )"
                                R"({"modifier_list_info": [{"modifier_list_id": "L1", )"
                                R"("allow_quantities": "%1"}]}}]})";
        QTest::newRow("the component api.json lacks")
            << "GET"_ba << u"/v2/catalog/list"_s << 200 << QByteArray(item).replace("%1", "YES")
            << QStringList();
        QTest::newRow("the component api.json lacks, a wrong value")
            << "GET"_ba << u"/v2/catalog/list"_s << 200 << QByteArray(item).replace("%1", "MAYBE")
            << QStringList{u"ListCatalog response 200: $.objects[0].item_data.modifier_list_info[0].allow_quantities: not one of the values of CatalogModifierToggleOverrideType"_s};
        QTest::newRow("a status api.json does not describe")
            << "GET"_ba << checkout << 302 << ok
            << QStringList{u"GetTerminalCheckout response 302: $: api.json describes no response with this status"_s};
    }

    void response()
    {
        checkResponseRow();
    }

    void operation_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("operationId"); // empty: none
        QTest::newRow("template") << "GET"_ba << u"/v2/orders/ABC"_s << u"RetrieveOrder"_s;
        QTest::newRow("method decides") << "PUT"_ba << u"/v2/orders/ABC"_s << u"UpdateOrder"_s;
        QTest::newRow("lower-case method") << "post"_ba << u"/v2/orders"_s << u"CreateOrder"_s;
        QTest::newRow("search, not get")
            << "POST"_ba << u"/v2/terminals/checkouts/search"_s << u"SearchTerminalCheckouts"_s;
        QTest::newRow("get") << "GET"_ba << u"/v2/terminals/checkouts/CHK1"_s << u"GetTerminalCheckout"_s;
        QTest::newRow("cancel")
            << "POST"_ba << u"/v2/terminals/checkouts/CHK1/cancel"_s << u"CancelTerminalCheckout"_s;
        // Same method, both templates match: the literal segment wins.
        QTest::newRow("literal beats template")
            << "GET"_ba << u"/v2/customers/groups"_s << u"ListCustomerGroups"_s;
        QTest::newRow("literal beats template, other way")
            << "GET"_ba << u"/v2/customers/CUST1"_s << u"RetrieveCustomer"_s;
        QTest::newRow("literal beats template, location")
            << "GET"_ba << u"/v2/locations/custom-attribute-definitions"_s
            << u"ListLocationCustomAttributeDefinitions"_s;
        QTest::newRow("two templates")
            << "POST"_ba << u"/v2/loyalty/accounts/A1/accumulate"_s << u"AccumulateLoyaltyPoints"_s;
        QTest::newRow("empty parameter") << "GET"_ba << u"/v2/orders/"_s << QString();
        QTest::newRow("too many segments") << "GET"_ba << u"/v2/orders/A/B"_s << QString();
        QTest::newRow("wrong method") << "PATCH"_ba << u"/v2/orders/ABC"_s << QString();
        QTest::newRow("no leading slash") << "GET"_ba << u"v2/orders/ABC"_s << QString();
    }

    void operation()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, operationId);
        const Operation *found = squareSpec().operation(method, path);
        QCOMPARE(found ? found->operationId : QString(), operationId);
        if (found) {
            QCOMPARE(found->method, method.toUpper());
            QVERIFY(found->path.matches(path));
            QCOMPARE(found->path.text(), found->pathTemplate);
        }
    }
};

QTEST_GUILESS_MAIN(TestOpenApiRules)
#include "tst_openapirules.moc"
