#pragma once

#include "config/kioskconfig.h"

#include <QString>
#include <QStringList>

namespace kiosk {

// The backend token file as the kiosk finds it at start: a secret only root and the kiosk's
// group should read, and never the sample store's demo token in front of a real backend.
//
// The demo token (kiosk-config/backend.token) is public: it is in the source tree. It is
// accepted only with a backend on this machine (refpos in a demo or a lab), and, being no
// secret, its file's mode is not checked.
bool isDemoBackendToken(const QByteArray &token);

// Why the kiosk must not start on `backend`, or empty: the demo token and a backend.url whose
// host is not a loopback address.
QString demoTokenRefusal(const KioskConfig::Backend &backend);

// One line per problem with the token file: missing (the package ships none), readable or
// writable by every user, or owned by someone other than root or the user checking. Empty
// when none.
QStringList tokenFileWarnings(const QString &tokenFile);

} // namespace kiosk
