#pragma once

// Request bodies of contract v1 as the kiosk sends them, for tests of refpos and the contract.
#include "contract/orderrequest.h"
#include "support/orderbuilder.h"

#include <QJsonObject>
#include <QUuid>

namespace kiosk::test {

QJsonObject sampleOrderJson(const QUuid &id = QUuid::createUuid()); // sampleOrder(id) as JSON
QJsonObject sampleFeedbackJson(const QUuid &id = QUuid::createUuid());
QJsonObject sampleAssistJson();

} // namespace kiosk::test
