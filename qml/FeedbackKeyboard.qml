pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// The on-screen keyboard for the feedback comment: letters (with ñ), digits, a few marks,
// space, backspace and Done. Every key goes to the FeedbackController, which keeps the text
// and its length limit.
Rectangle {
    id: root

    required property FeedbackController feedback
    property bool shifted: false

    function type(key: string): void {
        feedback.typeText(shifted ? key.toUpperCase() : key);
        shifted = false;
    }

    objectName: "feedbackKeyboard"
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    color: Theme.surfaceMuted

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.gap

        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true

            Text {
                objectName: "commentText"
                text: root.feedback.comment === "" ? qsTr("Type your comment") : root.feedback.comment
                font.pixelSize: Theme.fontLarge
                color: root.feedback.comment === "" ? Theme.textMuted : Theme.text
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideLeft
                Layout.fillWidth: true
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Your comment: %1").arg(root.feedback.comment)
            }
            Text {
                objectName: "commentCounter"
                text: qsTr("%1 / %2").arg(root.feedback.comment.length).arg(root.feedback.commentMaxLength)
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }
        Repeater {
            model: ["1234567890", "qwertyuiop", "asdfghjklñ", "zxcvbnm,.?"]

            RowLayout {
                id: keyRow

                required property string modelData

                spacing: Theme.gap
                Layout.fillWidth: true

                Repeater {
                    model: keyRow.modelData.split("")

                    FeedbackKey {
                        required property string modelData

                        objectName: "key_" + modelData
                        text: root.shifted ? modelData.toUpperCase() : modelData
                        onClicked: root.type(modelData)
                    }
                }
            }
        }
        RowLayout {
            spacing: Theme.gap
            Layout.fillWidth: true

            FeedbackKey {
                objectName: "key_shift"
                text: "\u21E7"
                highlighted: root.shifted
                accessibleName: qsTr("Capital letter")
                Layout.preferredWidth: 2
                onClicked: root.shifted = !root.shifted
            }
            FeedbackKey {
                objectName: "key_space"
                text: qsTr("space")
                accessibleName: qsTr("Space")
                Layout.preferredWidth: 5
                onClicked: root.feedback.typeText(" ")
            }
            FeedbackKey {
                objectName: "key_backspace"
                text: "\u232B"
                accessibleName: qsTr("Delete the last letter")
                Layout.preferredWidth: 2
                onClicked: root.feedback.erase()
            }
            FeedbackKey {
                objectName: "key_done"
                text: qsTr("Done")
                accessibleName: qsTr("Done typing")
                highlighted: true
                Layout.preferredWidth: 3
                onClicked: root.feedback.closeComment()
            }
        }
    }
}
