#include "contract/canonicaljson.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace kiosk {

QByteArray canonicalJson(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QByteArray canonicalHash(const QJsonObject &json)
{
    return QCryptographicHash::hash(canonicalJson(json), QCryptographicHash::Sha256).toHex();
}

} // namespace kiosk
