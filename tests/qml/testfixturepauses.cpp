// TestFixture: what pausing an item left in the kiosk's database.
#include "testfixture.h"

QStringList TestFixture::itemPauseRows(kiosk::KioskSession *session)
{
    return rows(kioskOf(session), "SELECT item_id FROM item_pauses ORDER BY item_id", 1);
}

QStringList TestFixture::outboxKinds(kiosk::KioskSession *session)
{
    return rows(kioskOf(session), "SELECT kind FROM outbox ORDER BY seq", 1);
}
