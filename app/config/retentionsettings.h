#pragma once

#include <QJsonObject>

namespace kiosk {

class JsonReader;

// How long the kiosk keeps what customers and staff leave behind, in days: kiosk.json's optional
// "retention" section. The retention thread (app/storage/retentionservice) takes one copy.
struct RetentionSettings
{
    // Card payments must stay available for disputes (chargebacks can come months later).
    static constexpr int MinCardOrdersDays = 180;

    int ordersDays = 30;           // orders: delivered orders, with their lines and outbox entry
    int feedbackCommentsDays = 30; // feedback_comments: the comment text (ratings stay)
    int auditDays = 365;           // audit: staff_audit rows
    int cardOrdersDays = MinCardOrdersDays; // card_orders: orders paid by card, their payment records
};

// Reads the optional "retention" object of kiosk.json's `root` into `settings`, reporting through
// `reader` ("kiosk.json: retention.card_orders: ..."); on any problem `settings` is left
// unchanged and false is returned.
bool readRetentionSettings(JsonReader &reader, const QJsonObject &root, RetentionSettings *settings);

} // namespace kiosk
