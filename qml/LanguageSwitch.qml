import QtQuick
import QtQuick.Controls.Basic
import Kiosk.Models

// Offers the next configured language, named in that language: "Español" while English
// shows, "English" while Spanish shows.
AbstractButton {
    id: root

    required property KioskSession session
    // On the brand colour (header, attract screen) or on a light surface.
    property bool brandBackground: true
    readonly property string nextLanguage: {
        const languages = session.languages;
        if (languages.length < 2)
            return "";
        return languages[(languages.indexOf(session.language) + 1) % languages.length];
    }
    readonly property color foreground: brandBackground ? Theme.textOnBrand : Theme.text

    function endonym(code: string): string {
        switch (code) {
        //: A language's own name: never translate it into the current language.
        case "en": return qsTr("English");
        //: A language's own name: never translate it into the current language.
        case "es": return qsTr("Español");
        default: return code.toUpperCase();
        }
    }

    objectName: "languageSwitch"
    visible: nextLanguage !== ""
    implicitHeight: 80
    implicitWidth: contentItem.implicitWidth + leftPadding + rightPadding
    leftPadding: 24
    rightPadding: 28
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Change language to %1").arg(endonym(nextLanguage))
    onClicked: session.setLanguage(nextLanguage)

    contentItem: Row {
        spacing: 12

        IconImage {
            anchors.verticalCenter: parent.verticalCenter
            iconName: "globe"
            light: root.brandBackground
            width: 36
            height: 36
        }
        Text {
            objectName: "languageSwitchText"
            anchors.verticalCenter: parent.verticalCenter
            text: root.endonym(root.nextLanguage)
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: root.foreground
        }
    }
    background: Rectangle {
        radius: height / 2
        color: root.down ? Qt.rgba(0, 0, 0, 0.12) : "transparent"
        border.color: root.brandBackground ? Qt.rgba(1, 1, 1, 0.7) : Theme.divider
        border.width: 2
    }
}
