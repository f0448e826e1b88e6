#pragma once

#include "config/kioskconfig.h"

#include <QColor>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace kiosk {

// What the pages show of the store itself: its name, logo and brand colours, the languages
// it offers. Read-only for QML; the composition root applies each config in force.
class StoreProfile : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the kiosk's composition root")
    Q_PROPERTY(QString storeName READ storeName NOTIFY changed)
    Q_PROPERTY(QString kioskId READ kioskId NOTIFY changed)
    Q_PROPERTY(QUrl logoUrl READ logoUrl NOTIFY changed)
    Q_PROPERTY(QColor primaryColor READ primaryColor NOTIFY changed)
    Q_PROPERTY(QColor accentColor READ accentColor NOTIFY changed)
    Q_PROPERTY(QStringList languages READ languages NOTIFY changed)

public:
    explicit StoreProfile(QObject *parent = nullptr);

    void apply(const KioskConfig &config);

    QString storeName() const { return m_storeName; }
    QString kioskId() const { return m_kioskId; }
    QUrl logoUrl() const { return m_logoUrl; }
    QColor primaryColor() const { return m_primaryColor; }
    QColor accentColor() const { return m_accentColor; }
    QStringList languages() const { return m_languages; }

signals:
    void changed();

private:
    QString m_storeName;
    QString m_kioskId;
    QUrl m_logoUrl;
    QColor m_primaryColor;
    QColor m_accentColor;
    QStringList m_languages;
};

} // namespace kiosk
