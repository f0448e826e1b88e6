pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Models

// The optional questions under the order number: five faces (CSAT), on some orders the
// 0-10 "recommend us" scale (NPS) and a short comment. Nothing here is required: "Done" or
// the countdown leaves at any time and the controller keeps whatever was answered.
CardBackground {
    id: root

    required property FeedbackController feedback
    readonly property bool asking: feedback.state === FeedbackController.Asking
    // With only the faces on offer one tap is the whole answer; otherwise "Send" saves.
    readonly property bool needsSend: feedback.asksNps || feedback.commentEnabled

    objectName: "feedbackCard"
    visible: feedback.state !== FeedbackController.Idle
    elevation: 4
    implicitHeight: column.implicitHeight + 2 * Theme.margin

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        ReadableText {
            objectName: "csatQuestion"
            visible: root.asking
            text: qsTr("How was your order today?")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            visible: root.asking
            spacing: Theme.gap
            Layout.alignment: Qt.AlignHCenter

            Repeater {
                // A count, not the labels: a language switch then relabels the faces instead of
                // rebuilding them under the customer's finger.
                model: 5

                FeedbackFace {
                    required property int index

                    score: index + 1
                    label: [qsTr("Very unhappy"), qsTr("Unhappy"), qsTr("Okay"), qsTr("Happy"),
                            qsTr("Very happy")][index]
                    selected: root.feedback.csat === score
                    implicitWidth: 128
                    implicitHeight: 128
                    onClicked: root.feedback.answerCsat(score)
                }
            }
        }
        ReadableText {
            objectName: "npsQuestion"
            visible: root.asking && root.feedback.asksNps
            text: qsTr("How likely are you to recommend us to a friend?")
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.topMargin: Theme.gap
        }
        RowLayout {
            visible: root.asking && root.feedback.asksNps
            spacing: 6
            Layout.fillWidth: true

            Repeater {
                model: 11

                Button {
                    id: npsButton

                    required property int index
                    readonly property bool selected: root.feedback.nps === index

                    objectName: "nps_" + index
                    text: index
                    implicitHeight: 72
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    Layout.fillWidth: true
                    Layout.minimumWidth: Theme.touchMin
                    Accessible.role: Accessible.RadioButton
                    Accessible.name: qsTr("%1 out of 10").arg(index)
                    Accessible.checked: selected
                    onClicked: root.feedback.answerNps(index)

                    contentItem: Text {
                        text: npsButton.text
                        font: npsButton.font
                        color: npsButton.selected ? Theme.textOnBrand : Theme.text
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                    background: Rectangle {
                        radius: Theme.radiusSmall
                        color: npsButton.selected ? Theme.primaryColor
                                                  : (npsButton.down ? Theme.surfaceMuted : Theme.surface)
                        border.color: npsButton.selected ? Theme.primaryColor : Theme.divider
                        border.width: 2
                    }
                }
            }
        }
        RowLayout {
            visible: root.asking && root.feedback.asksNps
            Layout.fillWidth: true

            ReadableText {
                text: qsTr("Not likely")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                Layout.fillWidth: true
            }
            ReadableText {
                text: qsTr("Very likely")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }
        RowLayout {
            visible: root.asking && root.needsSend
            spacing: Theme.spacing
            Layout.fillWidth: true
            Layout.topMargin: Theme.gap

            PillButton {
                objectName: "commentButton"
                visible: root.feedback.commentEnabled
                iconName: "plus"
                text: root.feedback.comment === "" ? qsTr("Add a comment") : qsTr("Edit your comment")
                Layout.fillWidth: true
                onClicked: root.feedback.openComment()
            }
            Item {
                visible: !root.feedback.commentEnabled
                Layout.fillWidth: true
            }
            KioskButton {
                objectName: "feedbackSendButton"
                text: qsTr("Send")
                enabled: root.feedback.hasAnswer
                implicitHeight: 72
                onClicked: root.feedback.send()
            }
        }
        Text {
            objectName: "feedbackResultText"
            visible: !root.asking
            text: root.feedback.state === FeedbackController.Failed
                  ? qsTr("Sorry, we could not save your answer. Your order is not affected.")
                  : qsTr("Thank you for your feedback!")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: root.feedback.state === FeedbackController.Failed ? Theme.danger : Theme.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }
}
