#pragma once

#include "contract/orderrequest.h"

#include <QJsonObject>

namespace kiosk::test {

// A valid order of two lines (2 x 999 + 1 x 349, tax 825 bps) built with the domain's own
// types, as the kiosk builds it; tests mutate its JSON to break one rule at a time.
Order sampleOrder(const QUuid &id = QUuid::createUuid());
QJsonObject sampleOrderJson(const QUuid &id = QUuid::createUuid());
QJsonObject sampleFeedbackJson(const QUuid &id = QUuid::createUuid());
QJsonObject sampleAssistJson();

} // namespace kiosk::test
