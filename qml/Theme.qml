pragma Singleton
import QtQuick

// Colours, sizes, type and layout breakpoints shared by every page. KioskApp sets the brand
// colours from the store's config (StoreProfile) and highContrast, textScale and lowerScreen
// from the AccessibilityController (docs/accessibility.md); pages only read them. Pages use
// only these colours and font sizes, give their Page a `title` (spoken on arrival), and
// declare controls in reading order (the tab chain is the focus order for Tab/arrows; Enter
// selects, Escape goes back, F1 helps).
QtObject {
    // The store's brand colours (kiosk.json branding); set by KioskApp, not by pages.
    property color primaryColor: "#1F6F5C"
    property color accentColor: "#F2A541"
    // Driven by the AccessibilityController (see KioskApp); not set by pages.
    property bool highContrast: false
    property real textScale: 1
    property bool lowerScreen: false
    // Titles are large already: they grow by at most this much in large-text mode.
    readonly property real titleScale: Math.min(textScale, 1.25)

    // Neutral palette
    // (high contrast: black on white, no grey text, black dividers)
    readonly property color background: highContrast ? "#FFFFFF" : "#F5F3EF"
    readonly property color surface: "#FFFFFF"
    readonly property color surfaceMuted: highContrast ? "#E0E0E0" : "#EFECE6"
    readonly property color text: highContrast ? "#000000" : "#1E2528"
    readonly property color textMuted: highContrast ? "#000000" : "#5F6B70"
    readonly property color textOnBrand: "#FFFFFF"
    readonly property color divider: highContrast ? "#000000" : "#E2DED6"
    readonly property color shadow: "#1A000000"
    readonly property color scrim: highContrast ? "#E6000000" : "#99000000"
    readonly property color danger: highContrast ? "#8B0000" : "#B3261E"
    readonly property color dangerSurface: highContrast ? "#FFFFFF" : "#FCE8E6"
    readonly property color disabled: highContrast ? "#9E9E9E" : "#C9C6C0"
    readonly property color disabledText: highContrast ? "#303030" : "#8A8883"
    // The way into the accessibility mode: the international symbol's blue, under white text
    // 6.9:1 whatever lies behind the button (the attract screen's photos, the brand colour).
    readonly property color accessibilityBlue: "#0057B8"
    // The keypad focus ring: visible on white, on the brand colour and on black.
    readonly property color focusRing: "#FFB000"
    readonly property color focusRingInner: "#000000"
    readonly property int focusRingWidth: 6

    // Type: body text never goes below 24 px on a kiosk read at arm's length.
    readonly property string fontFamily: "DejaVu Sans"
    // Large text (textScale 1.5) scales body text by 1.5 and titles by titleScale.
    readonly property int fontSmall: Math.round(24 * textScale)
    readonly property int fontBody: Math.round(26 * textScale)
    readonly property int fontLarge: Math.round(30 * textScale)
    readonly property int fontTitle: Math.round(40 * titleScale)
    readonly property int fontHeadline: Math.round(56 * titleScale)
    readonly property int fontDisplay: Math.round(72 * titleScale)

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

    // Layout breakpoints, compared with room(width): counted in unscaled pixels, so large text
    // needs the room a narrower screen would.
    // The header has room for the store's name and every button's label.
    readonly property int wideRoom: 1300
    // The header has room for the logo and the cart's total; page corners for a label.
    readonly property int mediumRoom: 900
    // The attract screen's corner buttons keep their labels; the dine option page its logo.
    readonly property int narrowRoom: 700
    // Two buttons side by side keep their labels; the header's rewards button its label.
    readonly property int smallRoom: 600
    // The menu grid: three columns from here, two from gridTwoColumnsRoom, else one.
    readonly property int gridThreeColumnsRoom: 1100
    readonly property int gridTwoColumnsRoom: 500
    // The category title in its full size.
    readonly property int titleRoom: 560
    // Below this a category in the rail tightens up.
    readonly property int railRoom: 240
    // A menu card narrower than this (in real pixels: its text scales on its own) tightens up.
    readonly property int compactCardWidth: 320

    function room(width: real): real {
        return width / textScale;
    }

    readonly property int animationFast: 150
    readonly property int animationNormal: 250
}
