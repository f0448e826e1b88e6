#include "config/displaysettings.h"

#include "config/jsonreader.h"

using namespace Qt::StringLiterals;

namespace kiosk {

bool readDisplaySettings(JsonReader &reader, const QJsonObject &root, DisplaySettings *settings)
{
    const QString path = u"display"_s;
    if (!root.contains(path))
        return true;
    const qsizetype before = reader.errorCount();
    const auto display = reader.object(root, {}, path);
    if (!display)
        return false;
    reader.rejectUnknownKeys(*display, path, {u"renderer"_s});
    DisplaySettings s;
    if (display->contains(u"renderer"_s)) {
        if (const auto code = reader.string(*display, path, u"renderer"_s)) {
            if (*code == u"auto"_s)
                s.renderer = DisplaySettings::Renderer::Auto;
            else if (*code == u"software"_s)
                s.renderer = DisplaySettings::Renderer::Software;
            else if (*code == u"gpu"_s)
                s.renderer = DisplaySettings::Renderer::Gpu;
            else
                reader.error(JsonReader::join(path, u"renderer"_s),
                             u"must be \"auto\", \"software\" or \"gpu\", got \"%1\""_s.arg(*code));
        }
    }
    if (reader.errorCount() != before)
        return false;
    *settings = s;
    return true;
}

} // namespace kiosk
