#include "renderbackend.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace kiosk {

RenderBackendChoice chooseRenderBackend(DisplaySettings::Renderer setting, const QString &quickBackendEnv,
                                        bool gpuPresent)
{
    // Qt reads QT_QUICK_BACKEND itself; leaving the API alone lets it.
    if (!quickBackendEnv.isEmpty())
        return {false, u"QT_QUICK_BACKEND=%1"_s.arg(quickBackendEnv)};
    switch (setting) {
    case DisplaySettings::Renderer::Software:
        return {true, u"software (display.renderer)"_s};
    case DisplaySettings::Renderer::Gpu:
        return {false, u"default (display.renderer gpu)"_s};
    case DisplaySettings::Renderer::Auto:
        break;
    }
    return gpuPresent ? RenderBackendChoice{false, u"default (auto: a GPU render node)"_s}
                      : RenderBackendChoice{true, u"software (auto: no GPU render node)"_s};
}

bool hasGpuRenderNode(const QString &driDir)
{
    return !QDir(driDir).entryList({u"renderD*"_s}, QDir::System | QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)
                .isEmpty();
}

} // namespace kiosk
