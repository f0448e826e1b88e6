#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

namespace kiosk {

// Puts the pages' texts in one language: installs :/i18n/kiosk_<lang>.qm (English is the
// source language and needs none) and asks the QML engine that shows `context` to re-evaluate
// every qsTr binding.
class PageTranslator
{
public:
    PageTranslator() = default;
    ~PageTranslator();
    PageTranslator(const PageTranslator &) = delete;
    PageTranslator &operator=(const PageTranslator &) = delete;

    void apply(const QString &language, QObject *context);

private:
    QTranslator m_translator;
    bool m_installed = false;
};

} // namespace kiosk
