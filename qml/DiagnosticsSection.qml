import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// The base of every diagnostics page: a title for the navigation and the page's content in
// a column. DiagnosticsPage lists its pages, one line each.
Item {
    id: root

    // Every page shows the diagnostics controller's data.
    required property DiagnosticsController diagnostics
    required property string title
    // For tests and the navigation buttons' names: "health" -> "diagnosticsNav_health".
    required property string sectionName
    default property alias content: column.data

    // Called when the page comes on screen.
    signal shown()

    objectName: sectionName + "Section"

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Text {
            text: root.title
            font.pixelSize: Theme.fontHeadline
            font.bold: true
            color: Theme.text
            Layout.fillWidth: true
        }
    }
}
