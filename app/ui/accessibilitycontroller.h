#pragma once

#include "ui/speechoutput.h"

#include <QAccessible>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace kiosk {

// The accessibility mode of one customer's visit: whether it is on, its display options
// (high contrast, large text, the lowered layout), and what is spoken. It also watches the
// keyboard: a navigation key switches the mode on, and once on, navigation keys become
// navigationKeyPressed() for the pages (see docs/accessibility.md). reset() at the end of every
// order, so the next customer starts neutral.
class AccessibilityController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by KioskSession")
    Q_PROPERTY(bool enabled READ isEnabled WRITE setEnabled NOTIFY enabledChanged)
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY displayChanged)
    Q_PROPERTY(bool largeText READ largeText WRITE setLargeText NOTIFY displayChanged)
    // 1.0, or LargeTextScale while largeText is on: Theme multiplies its font sizes by it.
    Q_PROPERTY(double textScale READ textScale NOTIFY displayChanged)
    // Every control in the bottom half of the screen, within reach from a wheelchair.
    Q_PROPERTY(bool lowerScreen READ lowerScreen WRITE setLowerScreen NOTIFY displayChanged)
    // Percent, MinVolume to MaxVolume.
    Q_PROPERTY(int speechVolume READ speechVolume WRITE setSpeechVolume NOTIFY speechVolumeChanged)
    Q_PROPERTY(int minSpeechVolume READ minSpeechVolume CONSTANT)
    Q_PROPERTY(int maxSpeechVolume READ maxSpeechVolume CONSTANT)
    // Where speech goes; by default a TextToSpeechOutput created on first use. Tests set their own.
    Q_PROPERTY(kiosk::SpeechOutput *speech READ speech WRITE setSpeech NOTIFY speechChanged)

public:
    // What a key means for keypad navigation.
    enum class Navigation { None, Next, Previous, Activate, Back, Help };
    Q_ENUM(Navigation)

    static constexpr double LargeTextScale = 1.5;
    static constexpr int MinVolume = 0;
    static constexpr int MaxVolume = 100;
    static constexpr int DefaultVolume = 80;
    static constexpr int VolumeStep = 20;

    explicit AccessibilityController(QObject *parent = nullptr);
    ~AccessibilityController() override;

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    bool highContrast() const { return m_highContrast; }
    void setHighContrast(bool on);
    bool largeText() const { return m_largeText; }
    void setLargeText(bool on);
    double textScale() const { return m_largeText ? LargeTextScale : 1.0; }
    bool lowerScreen() const { return m_lowerScreen; }
    void setLowerScreen(bool on);
    int speechVolume() const { return m_volume; }
    static constexpr int minSpeechVolume() { return MinVolume; }
    static constexpr int maxSpeechVolume() { return MaxVolume; }
    void setSpeechVolume(int percent);
    SpeechOutput *speech();
    void setSpeech(SpeechOutput *speech);
    // The language speech uses ("en", "es"): the session's.
    void setLanguage(const QString &language);

    // Back to a neutral kiosk: mode off, every option at its default, speech stopped.
    Q_INVOKABLE void reset();
    Q_INVOKABLE void louder() { setSpeechVolume(m_volume + VolumeStep); }
    Q_INVOKABLE void quieter() { setSpeechVolume(m_volume - VolumeStep); }
    // Says `text` after what is being said. Silent while the mode is off.
    Q_INVOKABLE void speak(const QString &text);
    // Stops what is being said and says `text` (focus moves, page changes).
    Q_INVOKABLE void announce(const QString &text);
    // The name assistive technology reads for `item` (its Accessible.name, else its text).
    Q_INVOKABLE QString accessibleName(QObject *item) const;
    // Whether `item` is picked or not (options, check boxes), as assistive technology sees it.
    Q_INVOKABLE bool isCheckable(QObject *item) const;
    Q_INVOKABLE bool isChecked(QObject *item) const;
    // Its Accessible.role (QAccessible::Role); NoRole without one, Client for a plain item.
    Q_INVOKABLE QAccessible::Role accessibleRole(QObject *item) const;
    // Presses `item` as Enter on a keypad does: a button's clicked(), else its accessible
    // press action. False when it is disabled or cannot be pressed.
    Q_INVOKABLE bool activate(QObject *item);

    // Printable characters mean None: they belong to text fields and barcode scanners.
    static Navigation navigationFor(int key, Qt::KeyboardModifiers modifiers);

signals:
    void enabledChanged();
    void displayChanged();
    void speechVolumeChanged();
    void speechChanged();
    // While the mode is on, a navigation key the pages should act on. The key that switched
    // the mode on arrives as Help.
    void navigationKeyPressed(kiosk::AccessibilityController::Navigation action);
    // The accessibility button was pressed: the options panel opens.
    void optionsRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool handleKeyPress(int key, Qt::KeyboardModifiers modifiers, const QString &text);

    bool m_enabled = false;
    bool m_highContrast = false;
    bool m_largeText = false;
    bool m_lowerScreen = false;
    int m_volume = DefaultVolume;
    QString m_language = QStringLiteral("en");
    // Printable characters were typed since the last navigation key: an Enter now ends them
    // (a barcode scanner's line) rather than asking for the accessibility mode.
    bool m_typedSinceNavigation = false;
    QPointer<SpeechOutput> m_speech;
    std::unique_ptr<SpeechOutput> m_defaultSpeech;
};

} // namespace kiosk
