#include "ui/storeprofile.h"

namespace kiosk {

StoreProfile::StoreProfile(QObject *parent) : QObject(parent) {}

void StoreProfile::apply(const KioskConfig &config)
{
    m_storeName = config.storeName;
    m_kioskId = config.kioskId;
    m_logoUrl = config.branding.logo.isEmpty() ? QUrl() : QUrl::fromLocalFile(config.branding.logo);
    m_primaryColor = QColor(config.branding.primaryColor);
    m_accentColor = QColor(config.branding.accentColor);
    m_languages = config.languages;
    emit changed();
}

} // namespace kiosk
