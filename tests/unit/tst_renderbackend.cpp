#include "config/displaysettings.h"
#include "config/jsonreader.h"
#include "renderbackend.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiosk;

// kiosk.json "display" and the renderer the kiosk picks from it: without a GPU, Qt's software
// renderer (OpenGL on llvmpipe cost twice the first frame and ~75 MiB more, issue 20's profile).
class TestRenderBackend : public QObject
{
    Q_OBJECT

private:
    static std::optional<DisplaySettings> read(const QByteArray &json, ConfigErrors *errors)
    {
        JsonReader reader(u"kiosk.json"_s, errors);
        const auto root = reader.parseObject(json);
        DisplaySettings settings;
        if (!root || !readDisplaySettings(reader, *root, &settings))
            return std::nullopt;
        return settings;
    }

private slots:
    void absentMeansAuto()
    {
        ConfigErrors errors;
        const auto settings = read(R"({"store_name": "x"})", &errors);
        QVERIFY(settings);
        QCOMPARE(settings->renderer, DisplaySettings::Renderer::Auto);
    }

    void eachRendererIsRead()
    {
        ConfigErrors errors;
        QCOMPARE(read(R"({"display": {"renderer": "software"}})", &errors)->renderer, DisplaySettings::Renderer::Software);
        QCOMPARE(read(R"({"display": {"renderer": "gpu"}})", &errors)->renderer, DisplaySettings::Renderer::Gpu);
        QCOMPARE(read(R"({"display": {"renderer": "auto", "_note": "x"}})", &errors)->renderer,
                 DisplaySettings::Renderer::Auto);
        QVERIFY2(errors.isEmpty(), qPrintable(formatErrors(errors)));
    }

    void aBadSectionIsRefusedWithItsMessages()
    {
        ConfigErrors errors;
        QVERIFY(!read(R"({"display": {"renderer": "vulkan", "vsync": true}})", &errors));
        QCOMPARE(formatErrors(errors),
                 u"kiosk.json: display: unknown key \"vsync\"\n"
                 "kiosk.json: display.renderer: must be \"auto\", \"software\" or \"gpu\", got \"vulkan\""_s);
        errors.clear();
        QVERIFY(!read(R"({"display": "software"})", &errors));
        QVERIFY(!errors.isEmpty());
    }

    void autoDrawsInSoftwareOnlyWithoutAGpu()
    {
        QVERIFY(chooseRenderBackend(DisplaySettings::Renderer::Auto, {}, false).software);
        QVERIFY(!chooseRenderBackend(DisplaySettings::Renderer::Auto, {}, true).software);
        QVERIFY(chooseRenderBackend(DisplaySettings::Renderer::Software, {}, true).software);
        QVERIFY(!chooseRenderBackend(DisplaySettings::Renderer::Gpu, {}, false).software);
    }

    void qtsOwnSwitchWins()
    {
        const RenderBackendChoice choice = chooseRenderBackend(DisplaySettings::Renderer::Software, u"rhi"_s, false);
        QVERIFY(!choice.software); // Qt reads QT_QUICK_BACKEND itself
        QCOMPARE(choice.reason, u"QT_QUICK_BACKEND=rhi"_s);
    }

    void aRenderNodeIsAGpu()
    {
        QTemporaryDir dri;
        QVERIFY(!hasGpuRenderNode(dri.path()));
        QVERIFY(QFile(dri.filePath(u"card0"_s)).open(QIODevice::WriteOnly)); // a display only
        QVERIFY(!hasGpuRenderNode(dri.path()));
        QVERIFY(QFile(dri.filePath(u"renderD128"_s)).open(QIODevice::WriteOnly));
        QVERIFY(hasGpuRenderNode(dri.path()));
        QVERIFY(!hasGpuRenderNode(dri.filePath(u"missing"_s)));
    }
};

QTEST_GUILESS_MAIN(TestRenderBackend)
#include "tst_renderbackend.moc"
