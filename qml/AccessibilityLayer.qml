pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Kiosk.Models

// The accessibility mode on screen, for every page at once (docs/accessibility.md): it
// moves focus along the tab chain of the current page (or of the idle warning, or of the
// options panel) on navigation keys, presses the focused control on Enter, goes back on
// Escape, speaks page titles and focused controls, draws the one FocusRing and hosts the
// options panel (made the first time it opens). Pages need no code for any of it.
Item {
    id: root

    // The visit: Back may end it, and answers its idle warning.
    required property KioskSession session
    required property AccessibilityController accessibility
    required property StackView stack
    // Its countdown is spoken with it; null until it first shows.
    required property Item idleWarning
    property bool panelOpen: false
    readonly property Item panel: panelOverlay.item
    readonly property bool on: accessibility.enabled
    readonly property Item focusedItem: Window.activeFocusItem
    // Where the keys move: the options panel, a dialog over the page (a sibling of this layer
    // with Accessible.role Dialog: the idle warning, ...) or the current page.
    readonly property Item scope: currentScope()
    property Item spokenPage: null
    // The next focus change follows a page title: queue its name instead of interrupting.
    property bool queueNextFocus: false
    // Where focus was on the page when a dialog opened over it.
    property Item focusOnPage: null

    // What a control says when it takes focus: its accessible name and, for options, whether
    // they are picked.
    function spokenText(item: Item): string {
        const name = accessibility.accessibleName(item);
        if (!accessibility.isCheckable(item))
            return name;
        return accessibility.isChecked(item) ? qsTr("%1, selected").arg(name)
                                             : qsTr("%1, not selected").arg(name);
    }
    function currentScope(): Item {
        if (panelOpen && panel)
            return panel;
        const overlays = parent ? parent.children : [];
        for (let i = overlays.length - 1; i >= 0; --i) {
            // Dialogs are made on first use: a LazyOverlay holds each.
            const holder = overlays[i] as LazyOverlay;
            const overlay = holder ? holder.item : overlays[i];
            if (overlay && overlay !== root && overlay.visible
                    && accessibility.accessibleRole(overlay) === Accessible.Dialog)
                return overlay;
        }
        return stack.currentItem;
    }
    function scopeTitle(): string {
        const page = scope as Page;
        if (page && page.title !== "")
            return page.title;
        return scope ? accessibility.accessibleName(scope) : "";
    }
    function helpText(): string {
        return qsTr("Move with Tab or the arrow keys, select with Enter, go back with Escape, and press F1 for help.");
    }
    // A page's children in reading order: its header, its content, its footer; the delegates
    // of a list or grid by their place on screen, whatever order the view made them in.
    function childrenInReadingOrder(node: Item): var {
        const kids = [];
        for (let i = 0; i < node.children.length; ++i)
            kids.push(node.children[i]);
        const parentView = node.parent;
        if (parentView && parentView.contentItem === node && parentView.flicking !== undefined)
            kids.sort((a, b) => a.y - b.y || a.x - b.x);
        if (node instanceof Page) {
            const first = kids.filter(kid => kid === node.header);
            const last = kids.filter(kid => kid === node.footer);
            return first.concat(kids.filter(kid => kid !== node.header && kid !== node.footer), last);
        }
        return kids;
    }
    // The controls under `node` that take focus, in reading order. (Returned, not pushed into
    // an argument: a typed function receives a copy of an array.)
    function focusableItems(node: Item): var {
        if (!node || !node.visible || !node.enabled || node === ring)
            return [];
        let found = node.activeFocusOnTab ? [node] : [];
        const kids = childrenInReadingOrder(node);
        for (let i = 0; i < kids.length; ++i)
            found = found.concat(focusableItems(kids[i]));
        return found;
    }
    function indexOfFocus(items: var): int {
        for (let item = focusedItem; item; item = item.parent) {
            const index = items.indexOf(item);
            if (index >= 0)
                return index;
        }
        return -1;
    }
    function focusFirst(queued: bool): void {
        const items = focusableItems(scope);
        if (items.length === 0)
            return;
        queueNextFocus = queued;
        items[0].forceActiveFocus(Qt.TabFocusReason);
    }
    function move(step: int): void {
        const items = focusableItems(scope);
        if (items.length === 0)
            return;
        const index = indexOfFocus(items);
        const next = index < 0 ? (step > 0 ? 0 : items.length - 1)
                               : (index + step + items.length) % items.length;
        items[next].forceActiveFocus(step > 0 ? Qt.TabFocusReason : Qt.BacktabFocusReason);
    }
    function activateFocused(): void {
        const items = focusableItems(scope);
        const index = indexOfFocus(items);
        if (index < 0) {
            focusFirst(false);
            return;
        }
        const item = items[index];
        const before = spokenText(item);
        if (!accessibility.activate(item)) {
            accessibility.announce(qsTr("%1, unavailable").arg(accessibility.accessibleName(item)));
            return;
        }
        // Still here (an option, a quantity): say what changed.
        if (item === focusedItem && item.visible && spokenText(item) !== before)
            accessibility.announce(spokenText(item));
    }
    function goBack(): void {
        if (panelOpen) {
            panelOpen = false;
            return;
        }
        if (session.idle.warning) {
            session.idle.stillHere();
            return;
        }
        if (scope !== stack.currentItem)
            return; // a dialog: only its own buttons close it
        const page = stack.currentItem;
        if (callGoBack(page))
            return;
        if (stack.depth <= 1) {
            help();
        } else if (session.orderOpen && (stack.depth <= 2 || page instanceof ConfirmationPage)) {
            session.endOrder();
        } else {
            stack.pop();
        }
    }
    // A page that goes back its own way declares goBack() (docs/accessibility.md).
    function callGoBack(page: var): bool {
        if (typeof page.goBack !== "function")
            return false;
        page.goBack();
        return true;
    }
    function help(): void {
        const items = focusableItems(scope);
        const index = indexOfFocus(items);
        if (index < 0) {
            accessibility.announce(scopeTitle() + ". " + helpText());
            focusFirst(true);
        } else {
            accessibility.announce(scopeTitle() + ". " + spokenText(items[index]) + ". " + helpText());
        }
    }
    // Speaks a page once it has arrived and gives its first control focus.
    function notePage(): void {
        const page = stack.currentItem;
        if (!on || !page || stack.busy || page === spokenPage)
            return;
        spokenPage = page;
        if (scope !== page)
            return;
        accessibility.announce(scopeTitle());
        focusFirst(true);
    }
    // Keeps the focused control on screen when it sits in a list, a grid or a scrolling page.
    function scrollIntoView(item: Item): void {
        for (let view = item.parent; view; view = view.parent) {
            if (view.contentY === undefined || view.flicking === undefined || !view.interactive)
                continue;
            const top = item.mapToItem(view.contentItem, 0, 0).y - Theme.focusRingWidth;
            const bottom = top + item.height + 2 * Theme.focusRingWidth;
            if (top < view.contentY)
                view.contentY = top;
            else if (bottom > view.contentY + view.height)
                view.contentY = Math.min(top, bottom - view.height);
            return;
        }
    }

    onFocusedItemChanged: {
        const item = focusedItem;
        if (!on || !item || !item.activeFocusOnTab)
            return;
        scrollIntoView(item);
        if (queueNextFocus)
            accessibility.speak(spokenText(item));
        else
            accessibility.announce(spokenText(item));
        queueNextFocus = false;
    }
    // A dialog or the options panel opened (its name is said, its first control takes focus),
    // or closed (focus goes back where it was on the page).
    onScopeChanged: {
        if (!on || !scope)
            return;
        const page = stack.currentItem;
        if (scope === page) {
            if (page !== spokenPage)
                return; // a new page: notePage() speaks it
            if (focusOnPage && focusOnPage.visible && focusOnPage.enabled)
                focusOnPage.forceActiveFocus(Qt.TabFocusReason);
            else
                focusFirst(false);
            return;
        }
        if (indexOfFocus(focusableItems(scope)) < 0 && focusedItem && focusedItem.activeFocusOnTab)
            focusOnPage = focusedItem;
        if (idleWarning && scope === idleWarning)
            accessibility.announce(qsTr("Are you still there? Your order will be cancelled in %1 seconds.")
                                   .arg(session.idle.secondsLeft));
        else
            accessibility.announce(scopeTitle());
        focusFirst(true);
    }
    onOnChanged: {
        // The page a customer is on when the mode starts is spoken by the help that starts it.
        spokenPage = on ? stack.currentItem : null;
        if (!on)
            panelOpen = false;
    }

    Connections {
        target: root.accessibility

        function onNavigationKeyPressed(action: AccessibilityController.Navigation): void {
            switch (action) {
            case AccessibilityController.Next:
                root.move(1);
                break;
            case AccessibilityController.Previous:
                root.move(-1);
                break;
            case AccessibilityController.Activate:
                root.activateFocused();
                break;
            case AccessibilityController.Back:
                root.goBack();
                break;
            case AccessibilityController.Help:
                root.help();
                break;
            }
        }
        function onOptionsRequested(): void {
            root.panelOpen = true;
        }
    }
    Connections {
        target: root.stack

        function onCurrentItemChanged(): void {
            root.notePage();
        }
        function onBusyChanged(): void {
            root.notePage();
        }
    }
    // The lowered layout leaves the top half empty: this says why, and nothing there is tappable.
    LazyOverlay {
        anchors.fill: parent
        wanted: Theme.lowerScreen

        overlay: Rectangle {
            objectName: "loweredScreenFiller"
            visible: Theme.lowerScreen
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            height: Math.round(parent.height / 2)
            color: Theme.background

            ReadableText {
                anchors.centerIn: parent
                width: parent.width - 4 * Theme.margin
                text: qsTr("The screen is lowered: everything is in the bottom half.")
                font.pixelSize: Theme.fontLarge
                color: Theme.text
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }
        }
    }
    LazyOverlay {
        id: panelOverlay

        anchors.fill: parent
        wanted: root.panelOpen

        file: "AccessibilityPanel.qml"
        properties: ({accessibility: root.accessibility, open: Qt.binding(() => root.panelOpen)})
        onItemChanged: (item as AccessibilityPanel).closeRequested.connect(() => root.panelOpen = false)
    }
    FocusRing {
        id: ring

        target: root.on && root.focusedItem && root.focusedItem.activeFocusOnTab ? root.focusedItem : null
    }
}
