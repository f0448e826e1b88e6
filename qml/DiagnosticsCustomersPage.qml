pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// What customers said and who is waiting for help: today's and the last 7 days' CSAT
// average and NPS from this kiosk's answers, and the open calls for staff, each cleared
// here (the clearing is audited).
DiagnosticsSection {
    id: root

    required property FeedbackController feedback
    required property AssistController assist

    function scoreText(score: string, count: int): string {
        return score === "" ? qsTr("no answers") : qsTr("%1 (%2 answered)").arg(score).arg(count);
    }

    onShown: {
        root.feedback.refreshStats();
        root.assist.refresh();
    }

    GridLayout {
        objectName: "feedbackSummary"
        columns: 3
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing
        Layout.fillWidth: true

        Item {
            Layout.preferredWidth: 1
        }
        Text {
            text: qsTr("Today")
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.textMuted
            Layout.fillWidth: true
        }
        Text {
            text: qsTr("Last 7 days")
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.textMuted
            Layout.fillWidth: true
        }
        Text {
            text: qsTr("Satisfaction (CSAT, 1–5)")
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            Layout.preferredWidth: 320
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "todayCsatText"
            text: root.scoreText(root.feedback.todayCsat, root.feedback.todayCsatCount)
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Text {
            objectName: "weekCsatText"
            text: root.scoreText(root.feedback.weekCsat, root.feedback.weekCsatCount)
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Text {
            text: qsTr("Net Promoter Score (−100 to 100)")
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            Layout.preferredWidth: 320
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "todayNpsText"
            text: root.scoreText(root.feedback.todayNps, root.feedback.todayNpsCount)
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Text {
            objectName: "weekNpsText"
            text: root.scoreText(root.feedback.weekNps, root.feedback.weekNpsCount)
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Text {
            text: qsTr("Feedback received")
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            Layout.preferredWidth: 320
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "todayAnswersText"
            text: root.feedback.todayAnswers
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
            Layout.fillWidth: true
        }
        Text {
            objectName: "weekAnswersText"
            text: root.feedback.weekAnswers
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
            Layout.fillWidth: true
        }
    }
    Text {
        text: qsTr("NPS is the share of 9–10 answers minus the share of 0–6 answers.")
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Text {
        objectName: "openCallsTitle"
        text: qsTr("Open calls for staff: %1").arg(root.assist.openCount)
        font.pixelSize: Theme.fontLarge
        font.bold: true
        color: root.assist.openCount > 0 ? Theme.danger : Theme.text
        Layout.fillWidth: true
        Layout.topMargin: Theme.margin
    }
    ListView {
        objectName: "openCallsList"
        model: root.assist.openCalls
        clip: true
        spacing: Theme.gap
        Layout.fillWidth: true
        Layout.fillHeight: true

        delegate: Rectangle {
            id: callRow

            required property string callId
            required property string reason
            required property string createdAtText
            required property int index

            objectName: "openCall_" + index
            width: ListView.view.width
            implicitHeight: callLayout.implicitHeight + 2 * Theme.spacing
            radius: Theme.radiusSmall
            color: Theme.surface

            RowLayout {
                id: callLayout

                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing

                DiagnosticsStatusBadge {
                    status: HealthCheckListModel.Fail
                    label: qsTr("OPEN")
                }
                Text {
                    text: qsTr("Called at %1 (%2)").arg(callRow.createdAtText).arg(callRow.reason)
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                KioskButton {
                    objectName: "clearCallButton_" + callRow.index
                    text: qsTr("Clear")
                    implicitHeight: 72
                    Accessible.name: qsTr("Clear the call made at %1").arg(callRow.createdAtText)
                    onClicked: root.assist.clear(callRow.callId)
                }
            }
        }
    }
}
