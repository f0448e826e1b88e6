pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts

// The on-screen keyboard: letters (with ñ and an accent key for á é í ó ú), digits, a few
// marks, space, backspace and Done. It shows `text` and reports each key (typed, erased,
// done); its owner keeps the text and its length limit (the feedback comment, a member's first
// name, a promo code).
Rectangle {
    id: root

    required property string text
    required property int maxLength
    property string placeholder: qsTr("Type your comment")
    // The field, as spoken: "Your comment: %1".
    property string fieldName: qsTr("Your comment: %1")
    // Keys that type nothing here (a promo code has no spaces, accents or marks).
    property bool lettersAndDigitsOnly: false
    property bool shifted: false
    // The accent key was pressed: the next vowel gets an acute accent (Spanish á é í ó ú).
    property bool accentPending: false

    signal typed(string key)
    signal erased()
    signal done()

    // What `key` types now: upper case after shift (a code's letters always), accented after
    // the accent key.
    function shown(key: string): string {
        const cased = shifted || lettersAndDigitsOnly ? key.toUpperCase() : key;
        const vowel = "aeiouAEIOU".indexOf(cased);
        return accentPending && vowel >= 0 ? "áéíóúÁÉÍÓÚ"[vowel] : cased;
    }
    function type(key: string): void {
        typed(shown(key));
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
                text: root.text === "" ? root.placeholder : root.text
                font.pixelSize: Theme.fontLarge
                color: root.text === "" ? Theme.textMuted : Theme.text
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideLeft
                Layout.fillWidth: true
                Accessible.role: Accessible.EditableText
                Accessible.name: root.fieldName.arg(root.text)
            }
            Text {
                objectName: "commentCounter"
                text: qsTr("%1 / %2").arg(root.text.length).arg(root.maxLength)
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }
        Repeater {
            model: root.lettersAndDigitsOnly ? ["1234567890", "qwertyuiop", "asdfghjkl-", "zxcvbnm_"]
                                             : ["1234567890", "qwertyuiop", "asdfghjklñ", "zxcvbnm,.?"]

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
                visible: !root.lettersAndDigitsOnly
                text: "\u21E7"
                highlighted: root.shifted
                accessibleName: qsTr("Capital letter")
                Layout.preferredWidth: 2
                onClicked: root.shifted = !root.shifted
            }
            FeedbackKey {
                objectName: "key_accent"
                visible: !root.lettersAndDigitsOnly
                text: "\u00B4"
                highlighted: root.accentPending
                accessibleName: qsTr("Accent on the next vowel")
                onClicked: root.accentPending = !root.accentPending
            }
            FeedbackKey {
                objectName: "key_space"
                visible: !root.lettersAndDigitsOnly
                text: qsTr("space")
                accessibleName: qsTr("Space")
                Layout.preferredWidth: 4
                onClicked: root.typed(" ")
            }
            FeedbackKey {
                objectName: "key_backspace"
                text: "\u232B"
                accessibleName: qsTr("Delete the last letter")
                Layout.preferredWidth: 2
                onClicked: root.erased()
            }
            FeedbackKey {
                objectName: "key_done"
                text: qsTr("Done")
                accessibleName: qsTr("Done typing")
                highlighted: true
                Layout.preferredWidth: 3
                onClicked: root.done()
            }
        }
    }
}
