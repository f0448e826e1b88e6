import QtQuick

// Something shown over the pages (a dialog, a notice, the toast), made from `overlay` the
// first time it is `wanted`, then kept: the first frame needs none of them, and once made an
// overlay shows and hides itself. It fills the app and lays itself out in it.
// (Not a Loader: Qt 6.4's Loader cannot create a component of a ComponentBehavior: Bound file.)
Item {
    id: root

    required property bool wanted
    required property Component overlay
    // The overlay once made; null before.
    property Item item: null

    function make(): void {
        if (wanted && !item)
            item = overlay.createObject(root) as Item;
    }

    onWantedChanged: make()
    Component.onCompleted: make()
}
