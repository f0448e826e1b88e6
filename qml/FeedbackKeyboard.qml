pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Kiosk.Models

// The on-screen keyboard for the feedback comment: letters (with ñ and an accent key for
// á é í ó ú), digits, a few marks, space, backspace and Done. Every key goes to the FeedbackController, which keeps the text
// and its length limit.
Rectangle {
    id: root

    required property FeedbackController feedback
    property bool shifted: false
    // The accent key was pressed: the next vowel gets an acute accent (Spanish á é í ó ú).
    property bool accentPending: false

    // What `key` types now: upper case after shift, accented after the accent key.
    function shown(key: string): string {
        const typed = shifted ? key.toUpperCase() : key;
        const vowel = "aeiouAEIOU".indexOf(typed);
        return accentPending && vowel >= 0 ? "áéíóúÁÉÍÓÚ"[vowel] : typed;
    }
    function type(key: string): void {
        feedback.typeText(shown(key));
        shifted = false;
        accentPending = false;
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
                        text: root.shown(modelData)
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
                objectName: "key_accent"
                text: "\u00B4"
                highlighted: root.accentPending
                accessibleName: qsTr("Accent on the next vowel")
                onClicked: root.accentPending = !root.accentPending
            }
            FeedbackKey {
                objectName: "key_space"
                text: qsTr("space")
                accessibleName: qsTr("Space")
                Layout.preferredWidth: 4
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
