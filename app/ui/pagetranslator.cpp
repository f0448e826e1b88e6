#include "ui/pagetranslator.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QQmlEngine>

Q_LOGGING_CATEGORY(lcTranslator, "kiosk.language")

namespace kiosk {

PageTranslator::~PageTranslator()
{
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
}

void PageTranslator::apply(const QString &language, QObject *context)
{
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
    m_installed = false;
    if (language != QLatin1String("en")) {
        if (m_translator.load(QStringLiteral(":/i18n/kiosk_%1.qm").arg(language)))
            m_installed = QCoreApplication::installTranslator(&m_translator);
        else
            qCWarning(lcTranslator) << "no translation of the pages for" << language;
    }
    if (auto *engine = qobject_cast<QQmlEngine *>(qjsEngine(context)))
        engine->retranslate();
}

} // namespace kiosk
