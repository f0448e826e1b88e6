import QtQuick

// Offers the next of the store's languages, named in that language: "Español" while English
// shows, "English" while Spanish shows. The page switches the visit's language.
HeaderButton {
    id: root

    required property list<string> languages
    // The language showing now.
    required property string language
    readonly property string nextLanguage: languages.length < 2
                                           ? "" : languages[(languages.indexOf(language) + 1) % languages.length]

    signal languageChosen(string language)

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
    iconName: "globe"
    iconSize: 36
    spacing: 12
    leftPadding: 24
    rightPadding: 28
    text: endonym(nextLanguage)
    Accessible.name: qsTr("Change language to %1").arg(endonym(nextLanguage))
    onClicked: languageChosen(nextLanguage)
}
