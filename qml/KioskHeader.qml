import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// The brand bar on every ordering page: logo, store name, language and the cart.
Rectangle {
    id: root

    required property KioskSession session
    property bool showCartButton: true

    signal cartRequested()

    implicitHeight: Theme.headerHeight
    color: session.primaryColor

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: 20

        Image {
            source: root.session.logoUrl
            sourceSize.height: 176
            fillMode: Image.PreserveAspectFit
            smooth: true
            Layout.preferredHeight: 88
            Layout.preferredWidth: 88
            Accessible.role: Accessible.Graphic
            Accessible.name: root.session.storeName
        }
        Text {
            text: root.session.storeName
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.textOnBrand
            elide: Text.ElideRight
            // On narrow screens the logo alone carries the brand.
            visible: root.width >= 900
            Layout.fillWidth: true
        }
        Item {
            visible: root.width < 900
            Layout.fillWidth: true
        }
        LanguageSwitch {
            session: root.session
        }
        CartButton {
            cart: root.session.cart
            accentColor: root.session.accentColor
            visible: root.showCartButton
            onClicked: root.cartRequested()
        }
    }
}
