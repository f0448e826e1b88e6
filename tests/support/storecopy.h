#pragma once

// A private copy of a store's config folder for one test, pointing at the test's own backend,
// listener and data folder, so it talks to nothing by accident.
#include "support/samplestore.h"

#include <QJsonObject>

namespace kiosk::test {

// Copies the store in `from` (the sample store unless said) into `dir`: kiosk.json with
// `changes` merged into it (objects key by key, everything else replaced), its other files
// copied and its images/ linked. Writing over an earlier copy is fine. False on failure.
bool copyStore(const QString &dir, const QJsonObject &changes = {}, const QString &from = sampleConfigDir());

// kiosk.json's "backend" for a backend on loopback `port` (a closed port: a backend that is
// down); `tokenFile` replaces the copy's token_file when given.
QJsonObject loopbackBackend(quint16 port, const QString &tokenFile = {});

// `changes` merged into `into`: objects key by key, everything else replaced.
QJsonObject mergedJson(QJsonObject into, const QJsonObject &changes);

} // namespace kiosk::test
