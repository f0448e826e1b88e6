import QtQuick

// Something shown over the pages (a dialog, a notice, the toast), made the first time it is
// `wanted`, then kept: the first frame needs none of them, and once made an overlay shows and
// hides itself. It fills the app and lays itself out in it.
// Made from `file` (a file of this module) with `properties`, bindings through Qt.binding: the
// file and all it uses load only then, not before the first frame. Or from `overlay`, for a
// small item declared in place. (Not a Loader: Qt 6.4's Loader cannot create a component of a
// ComponentBehavior: Bound file.)
Item {
    id: root

    required property bool wanted
    property string file
    property var properties: ({})
    property Component overlay: null
    // A file's item fills this one, unless it places itself (or is placed, once made).
    property bool fill: true
    // The overlay once made; null before.
    property Item item: null

    function make(): void {
        if (!wanted || item)
            return;
        if (overlay) {
            item = overlay.createObject(root) as Item;
            return;
        }
        const component = Qt.createComponent(Qt.resolvedUrl(file));
        const made = component.createObject(root, properties) as Item;
        if (!made) {
            console.error(component.errorString());
            return;
        }
        if (fill)
            made.anchors.fill = root;
        item = made;
    }

    onWantedChanged: make()
    Component.onCompleted: make()
}
