#pragma once

#include "refpos/simkit.h"

namespace kiosk {
class Database;
}

namespace kiosk::refpos {

class MenuDocument;

// PUT /v1/menu/items/<id>/available (docs/backend-api.md, "Pausing an item"): a kiosk pauses
// an item until a time, or resumes it. Pauses live in the menu_pauses table, so an answered
// pause survives a SIGKILL; a pause whose until has passed is over, computed at each request,
// so it ends on its own with nobody asking.
class MenuPauses
{
public:
    MenuPauses(Database &db, MenuDocument &menu) : m_db(db), m_menu(menu) {}

    Response put(const Request &request, const QString &itemId);
    // Gives the menu the pauses in force now; called before it is served. False with `error`
    // when the database fails (the menu keeps the pauses it had).
    bool refresh(QString *error);

private:
    Database &m_db;
    MenuDocument &m_menu;
};

} // namespace kiosk::refpos
