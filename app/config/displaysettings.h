#pragma once

#include <QJsonObject>

namespace kiosk {

class JsonReader;

// kiosk.json "display": how the kiosk draws.
//
// `renderer` picks Qt Quick's scene graph backend, read once at start (a change takes effect at
// the next start):
// - "auto" (the default): the GPU when the machine has one (a DRM render node,
//   /dev/dri/renderD*), otherwise Qt's software renderer. Without a GPU, OpenGL would run on
//   Mesa's llvmpipe, which compiles shaders with LLVM at the first frame: on the 2-core test
//   machines that cost ~300 ms of a ~600 ms first frame and ~75 MiB (docs/handover.md, the issue
//   20 profile), while the pages use nothing the software renderer lacks (no shader effects or
//   layers).
// - "software": always Qt's software renderer.
// - "gpu": always Qt's default (OpenGL through RHI, llvmpipe when there is no GPU).
// QT_QUICK_BACKEND in the environment, when set, wins over all three (Qt's own switch).
struct DisplaySettings
{
    enum class Renderer { Auto, Software, Gpu };
    Renderer renderer = Renderer::Auto;

    bool operator==(const DisplaySettings &) const = default;
};

// Reads the optional "display" section of `root` into `settings`, reporting through `reader`
// ("kiosk.json: display.renderer: must be ..."); false on any problem, `settings` unchanged.
bool readDisplaySettings(JsonReader &reader, const QJsonObject &root, DisplaySettings *settings);

} // namespace kiosk
