#pragma once

#include "config/displaysettings.h"

#include <QString>

namespace kiosk {

// The scene graph backend the kiosk draws with (kiosk.json display.renderer, see
// config/displaysettings.h), decided once before the window exists.
struct RenderBackendChoice
{
    bool software = false; // Qt's software renderer; false: Qt's default (the GPU, or llvmpipe)
    QString reason;        // for the log and the startup report: "no GPU (auto)", ...
};

// `quickBackendEnv`: QT_QUICK_BACKEND as set in the environment ("" when unset), which wins;
// `gpuPresent`: the machine has a DRM render node (hasGpuRenderNode()).
RenderBackendChoice chooseRenderBackend(DisplaySettings::Renderer setting, const QString &quickBackendEnv,
                                        bool gpuPresent);

// Whether `driDir` holds a DRM render node (renderD128, ...): a GPU the kernel drives.
bool hasGpuRenderNode(const QString &driDir = QStringLiteral("/dev/dri"));

} // namespace kiosk
