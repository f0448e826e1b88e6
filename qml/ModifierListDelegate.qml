import QtQuick

// One row of the item page's option list: the option, preceded by its group's heading when
// it is the first option of the group. (The list sections by groupId; the heading is drawn
// here rather than as a section delegate so it can show the group's live roles, and because
// Qt 6.4 cannot create section delegates of a ComponentBehavior: Bound file.)
Column {
    id: root

    required property string groupId
    required property string groupName
    required property int groupMin
    required property int groupMax
    required property bool groupSatisfied
    required property string optionId
    required property string name
    required property string priceDeltaText
    required property bool selected
    readonly property bool firstInGroup: ListView.section !== ListView.previousSection

    signal toggleRequested()

    ModifierSectionHeader {
        // Only the shown heading carries the name tests look for.
        objectName: root.firstInGroup ? "section_" + root.groupId : ""
        width: root.width
        visible: root.firstInGroup
        groupId: root.groupId
        groupName: root.groupName
        groupMin: root.groupMin
        groupMax: root.groupMax
        satisfied: root.groupSatisfied
    }
    ModifierOptionDelegate {
        width: root.width
        optionId: root.optionId
        name: root.name
        priceDeltaText: root.priceDeltaText
        groupMax: root.groupMax
        selected: root.selected
        onClicked: root.toggleRequested()
    }
}
