#include "config/squaremenucheck.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kiosk {

namespace {

QString notInCatalog(const QString &what)
{
    return u"cannot be used with backend.kind \"square\": the menu comes from the Square catalog, "
           "which has no %1"_s.arg(what);
}

// available_at on each entry of `menu[listKey]` ("categories[4].available_at").
bool checkNoWindows(const QJsonObject &menu, const QString &listKey, const QString &menuFile,
                    ConfigErrors *errors)
{
    const QJsonArray list = menu.value(listKey).toArray();
    bool fine = true;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).toObject().contains(u"available_at"_s)) {
            errors->append({menuFile, u"%1[%2].available_at"_s.arg(listKey).arg(i),
                            notInCatalog(u"availability windows (dayparts)"_s)});
            fine = false;
        }
    }
    return fine;
}

} // namespace

bool checkSquareMenuKeys(const QJsonObject &kioskRoot, const QByteArray &menuJson,
                         const QString &menuFile, ConfigErrors *errors)
{
    if (kioskRoot.value(u"backend"_s).toObject().value(u"kind"_s).toString() != u"square"_s)
        return true;
    // Syntax errors are the menu parser's to report.
    const QJsonObject menu = QJsonDocument::fromJson(menuJson).object();
    static const QList<std::pair<QString, QString>> CatalogLessKeys = {
        {u"combos"_s, u"combos"_s},
        {u"upsell"_s, u"suggestion rules"_s},
    };
    bool fine = true;
    for (const auto &[key, what] : CatalogLessKeys) {
        if (menu.contains(key)) {
            errors->append({menuFile, key, notInCatalog(what)});
            fine = false;
        }
    }
    fine = checkNoWindows(menu, u"categories"_s, menuFile, errors) && fine;
    fine = checkNoWindows(menu, u"items"_s, menuFile, errors) && fine;
    return fine;
}

} // namespace kiosk
