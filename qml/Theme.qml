pragma Singleton
import QtQuick

// Sizes, type and neutral colours shared by every page. Brand colours are not here: they
// come from the store's config (KioskSession.primaryColor / accentColor).
QtObject {
    // Neutral palette
    readonly property color background: "#F5F3EF"
    readonly property color surface: "#FFFFFF"
    readonly property color surfaceMuted: "#EFECE6"
    readonly property color text: "#1E2528"
    readonly property color textMuted: "#5F6B70"
    readonly property color textOnBrand: "#FFFFFF"
    readonly property color divider: "#E2DED6"
    readonly property color shadow: "#1A000000"
    readonly property color scrim: "#99000000"
    readonly property color danger: "#B3261E"
    readonly property color dangerSurface: "#FCE8E6"
    readonly property color disabled: "#C9C6C0"
    readonly property color disabledText: "#8A8883"

    // Type: body text never goes below 24 px on a kiosk read at arm's length.
    readonly property string fontFamily: "DejaVu Sans"
    readonly property int fontSmall: 24
    readonly property int fontBody: 26
    readonly property int fontLarge: 30
    readonly property int fontTitle: 40
    readonly property int fontHeadline: 56
    readonly property int fontDisplay: 72

    // Spacing and shapes
    readonly property int gap: 8
    readonly property int spacing: 16
    readonly property int margin: 32
    readonly property int radius: 24
    readonly property int radiusSmall: 14

    // Touch targets: nothing tappable below 48 px; primary kiosk buttons are much larger.
    readonly property int touchMin: 48
    readonly property int buttonHeight: 96
    readonly property int buttonHeightLarge: 120
    readonly property int headerHeight: 128
    readonly property int iconSize: 40

    readonly property int animationFast: 150
    readonly property int animationNormal: 250
}
