#include "refpos/menudocument.h"

#include <QCryptographicHash>
#include <algorithm>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace kiosk::refpos {

bool MenuDocument::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the menu %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = u"%1: not a JSON object (%2)"_s.arg(path, parseError.errorString());
        return false;
    }
    const QJsonValue items = document.object().value(u"items"_s);
    if (!items.isArray()) {
        *error = u"%1: items: expected an array"_s.arg(path);
        return false;
    }
    for (qsizetype i = 0; i < items.toArray().size(); ++i) {
        if (!items.toArray().at(i).toObject().value(u"id"_s).isString()) {
            *error = u"%1: items[%2].id: expected a string"_s.arg(path).arg(i);
            return false;
        }
    }
    m_menu = document.object();
    serialise();
    return true;
}

bool MenuDocument::hasItem(const QString &itemId) const
{
    const QJsonArray items = m_menu.value(u"items"_s).toArray();
    return std::any_of(items.cbegin(), items.cend(), [&itemId](const QJsonValue &item) {
        return item.toObject().value(u"id"_s).toString() == itemId;
    });
}

bool MenuDocument::setAvailable(const QString &itemId, bool available)
{
    QJsonArray items = m_menu.value(u"items"_s).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        if (item.value(u"id"_s).toString() != itemId)
            continue;
        item.insert(u"available"_s, available);
        items.replace(i, item);
        m_menu.insert(u"items"_s, items);
        serialise();
        return true;
    }
    return false;
}

void MenuDocument::applyAvailability(const QHash<QString, bool> &availability)
{
    for (auto it = availability.cbegin(); it != availability.cend(); ++it)
        setAvailable(it.key(), it.value());
}

void MenuDocument::setPauses(const QMap<QString, QString> &pauses)
{
    if (pauses == m_pauses)
        return;
    m_pauses = pauses;
    serialise();
}

bool MenuDocument::matches(const QByteArray &ifNoneMatch) const
{
    // A list of entity tags, or "*"; GET compares weakly, so W/"x" matches "x".
    for (QByteArray tag : ifNoneMatch.split(',')) {
        tag = tag.trimmed();
        if (tag == "*")
            return true;
        if (tag.startsWith("W/"))
            tag = tag.mid(2);
        if (tag == m_etag)
            return true;
    }
    return false;
}

void MenuDocument::serialise()
{
    QJsonObject served = m_menu;
    QByteArray pauseState;
    if (!m_pauses.isEmpty()) {
        QJsonArray items = served.value(u"items"_s).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject item = items.at(i).toObject();
            if (!m_pauses.contains(item.value(u"id"_s).toString()))
                continue;
            item.insert(u"available"_s, false);
            items.replace(i, item);
        }
        served.insert(u"items"_s, items);
        for (auto it = m_pauses.cbegin(); it != m_pauses.cend(); ++it)
            pauseState += '\n' + it.key().toUtf8() + ' ' + it.value().toUtf8();
    }
    m_body = QJsonDocument(served).toJson(QJsonDocument::Compact);
    // Without pauses the ETag is the body's alone, as it always was.
    const QByteArray digest = QCryptographicHash::hash(m_body + pauseState, QCryptographicHash::Sha256).toHex();
    m_etag = '"' + digest.left(32) + '"';
}

} // namespace kiosk::refpos
