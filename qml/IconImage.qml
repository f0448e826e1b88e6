import QtQuick

// A UI icon from resources/icons/ui, baked in two colours: dark for light surfaces,
// light for brand-coloured ones.
Image {
    id: root

    required property string iconName
    property bool light: false

    width: Theme.iconSize
    height: Theme.iconSize
    source: "qrc:/icons/ui/%1-%2.png".arg(iconName).arg(light ? "light" : "dark")
    sourceSize.width: 128
    sourceSize.height: 128
    fillMode: Image.PreserveAspectFit
    smooth: true
    mipmap: true
}
