// The body of GET /v1/loyalty/members (and search), read on the sync thread and kept in the
// offline cache, and the one member POST /v1/loyalty/members answers.
#include "contract/membersresponse.h"
#include "fuzzinput.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto members = kiosk::parseMembersResponse(fuzz::bytes(data, size), &error);
    if (members.has_value() == !error.isEmpty())
        __builtin_trap();
    if (members) {
        // What refpos and the cache write back must parse again to the same members.
        const QByteArray again = QJsonDocument(kiosk::membersResponseJson(*members)).toJson(QJsonDocument::Compact);
        const auto reparsed = kiosk::parseMembersResponse(again, &error);
        if (!reparsed || reparsed->size() != members->size())
            __builtin_trap();
    }
    error.clear();
    const auto member = kiosk::parseMemberResponse(fuzz::bytes(data, size), &error);
    if (member.has_value() == !error.isEmpty())
        __builtin_trap();
    if (member) {
        const QByteArray again = QJsonDocument(kiosk::loyaltyMemberJson(*member)).toJson(QJsonDocument::Compact);
        if (kiosk::parseMemberResponse(again, &error) != member)
            __builtin_trap();
    }
    return 0;
}
