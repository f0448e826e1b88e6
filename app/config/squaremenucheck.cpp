#include "config/squaremenucheck.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kiosk {

bool checkSquareMenuKeys(const QJsonObject &kioskRoot, const QByteArray &menuJson,
                         const QString &menuFile, ConfigErrors *errors)
{
    if (kioskRoot.value(u"backend"_s).toObject().value(u"kind"_s).toString() != u"square"_s)
        return true;
    // Syntax errors are the menu parser's to report.
    const QJsonObject menu = QJsonDocument::fromJson(menuJson).object();
    static const QStringList CatalogLessKeys = {u"combos"_s};
    bool fine = true;
    for (const QString &key : CatalogLessKeys) {
        if (menu.contains(key)) {
            errors->append({menuFile, key,
                            u"cannot be used with backend.kind \"square\": the menu comes from "
                            "the Square catalog, which has no %1"_s.arg(key)});
            fine = false;
        }
    }
    return fine;
}

} // namespace kiosk
