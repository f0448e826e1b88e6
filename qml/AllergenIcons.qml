pragma ComponentBehavior: Bound

import QtQuick

// The allergen icons of an item (codes from the menu: milk, eggs, wheat, ...), optionally
// with their names.
Flow {
    id: root

    required property list<string> codes
    property int iconSize: 36
    property bool showNames: false

    function allergenName(code: string): string {
        switch (code) {
        case "milk": return qsTr("Milk");
        case "eggs": return qsTr("Eggs");
        case "fish": return qsTr("Fish");
        case "shellfish": return qsTr("Shellfish");
        case "tree_nuts": return qsTr("Tree nuts");
        case "peanuts": return qsTr("Peanuts");
        case "wheat": return qsTr("Wheat");
        case "soy": return qsTr("Soy");
        case "sesame": return qsTr("Sesame");
        default: return code;
        }
    }

    spacing: showNames ? Theme.spacing : 6
    Accessible.role: Accessible.StaticText
    Accessible.name: codes.length === 0 ? ""
                                        : qsTr("Contains: %1").arg(Array.from(codes, code => root.allergenName(code)).join(", "))

    Repeater {
        model: root.codes

        Row {
            id: allergen

            required property string modelData

            spacing: 6

            Image {
                anchors.verticalCenter: parent.verticalCenter
                width: root.iconSize
                height: root.iconSize
                source: "qrc:/icons/allergens/%1.png".arg(allergen.modelData)
                // Decoded at the size shown (the device pixel ratio is applied by Image).
                sourceSize.width: root.iconSize
                sourceSize.height: root.iconSize
                smooth: true
            }
            Text {
                anchors.verticalCenter: parent.verticalCenter
                visible: root.showNames
                text: root.allergenName(allergen.modelData)
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }
    }
}
