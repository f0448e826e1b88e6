#pragma once

// The scene graph backend the kiosk itself would draw with on this machine, for the benchmarks
// that show the real pages: chosen from the config's display.renderer like app/kiosk/main.cpp
// does (renderbackend.h), before the window exists.
#include "kioskservices.h"
#include "renderbackend.h"

#include <QQuickWindow>
#include <QSGRendererInterface>

namespace kiosk::bench {

// Applies the choice; returns why it was made ("software (auto: no GPU render node)", ...).
inline QString useKioskRenderer(const KioskServices &services)
{
    const RenderBackendChoice choice = chooseRenderBackend(
        services.config().kiosk.display.renderer, qEnvironmentVariable("QT_QUICK_BACKEND"), hasGpuRenderNode());
    if (choice.software)
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    return choice.reason;
}

// What actually drew the window: "software", or the graphics API Qt picked otherwise.
inline QString rendererName(QQuickWindow *window)
{
    switch (window->rendererInterface()->graphicsApi()) {
    case QSGRendererInterface::Software:
        return QStringLiteral("software");
    case QSGRendererInterface::OpenGL:
        return QStringLiteral("OpenGL");
    case QSGRendererInterface::Vulkan:
        return QStringLiteral("Vulkan");
    default:
        return QStringLiteral("other");
    }
}

} // namespace kiosk::bench
