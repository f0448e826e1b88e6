pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// The menu's suggestion rules (docs/menu.md, Suggestions): how often each was offered and
// taken since the kiosk started, and the share taken, so a manager sees which ones work.
DiagnosticsSection {
    id: root

    required property SuggestionController suggestions

    Text {
        text: qsTr("Counts since the kiosk started. \"Make it a meal\" is the combo offered when its main item is added.")
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    RowLayout {
        spacing: Theme.spacing
        Layout.fillWidth: true

        Repeater {
            model: [qsTr("Rule"), qsTr("Offered"), qsTr("Accepted"), qsTr("Rate")]

            Text {
                required property string modelData
                required property int index

                text: modelData
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.textMuted
                horizontalAlignment: index === 0 ? Text.AlignLeft : Text.AlignRight
                Layout.fillWidth: index === 0
                Layout.preferredWidth: index === 0 ? -1 : 120
            }
        }
    }
    ListView {
        objectName: "suggestionCountList"
        model: root.suggestions.counts
        clip: true
        spacing: Theme.gap
        Layout.fillWidth: true
        Layout.fillHeight: true

        delegate: Rectangle {
            id: countRow

            required property string ruleId
            required property int offered
            required property int accepted
            required property string rateText

            objectName: "suggestionCount_" + ruleId
            width: ListView.view.width
            implicitHeight: countLine.implicitHeight + 2 * Theme.spacing
            radius: Theme.radiusSmall
            color: Theme.surface
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("%1: offered %2, accepted %3, %4").arg(ruleName.text).arg(offered)
                             .arg(accepted).arg(rateText)

            RowLayout {
                id: countLine

                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing

                Text {
                    id: ruleName

                    text: countRow.ruleId === "make_it_a_meal" ? qsTr("Make it a meal") : countRow.ruleId
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.WrapAnywhere
                    Layout.fillWidth: true
                }
                Text {
                    objectName: "offeredText"
                    text: countRow.offered
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    horizontalAlignment: Text.AlignRight
                    Layout.preferredWidth: 120
                }
                Text {
                    objectName: "acceptedText"
                    text: countRow.accepted
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    horizontalAlignment: Text.AlignRight
                    Layout.preferredWidth: 120
                }
                Text {
                    objectName: "rateText"
                    text: countRow.rateText
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                    horizontalAlignment: Text.AlignRight
                    Layout.preferredWidth: 120
                }
            }
        }
    }
}
