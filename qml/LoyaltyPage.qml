import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Models

// Rewards: signing in (LoyaltyIdentifyPanel) and, once found, the member's panel. A USB
// scanner types its code like a keyboard and ends with Enter: a hidden input that keeps the
// focus while signing in collects it, wherever on the page the customer is.
OrderPage {
    id: root

    readonly property int lookupState: loyalty.state
    readonly property bool found: lookupState === LoyaltyController.Found
    // The customer chose to join after their phone was not found (LoyaltyJoinPanel).
    property bool joinOpen: false

    signal backRequested()
    signal itemOpened()
    signal usualAdded(string name)

    // Back on the page or back to signing in (Try again): the scanner input listens again.
    function listenForScanner(): void {
        if (!found && !joinOpen && root.StackView.status === StackView.Active)
            scanInput.forceActiveFocus();
    }

    objectName: "loyaltyPage"
    title: found ? (loyalty.firstName !== "" ? qsTr("Rewards for %1").arg(loyalty.firstName) : qsTr("Your rewards"))
                 : joinOpen ? qsTr("Join rewards") : qsTr("Sign in for rewards")
    footer: Rectangle {
        implicitHeight: footerRow.implicitHeight + 2 * Theme.spacing
        color: Theme.surface

        Rectangle {
            width: parent.width
            height: 1
            color: Theme.divider
        }
        RowLayout {
            id: footerRow

            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.margin
            spacing: Theme.spacing

            KioskButton {
                objectName: "signOutButton"
                text: qsTr("Sign out")
                iconName: "close"
                visible: root.loyalty.signedIn
                secondary: true
                implicitHeight: 80
                onClicked: root.loyalty.signOut()
            }
            Item {
                Layout.fillWidth: true
            }
            KioskButton {
                objectName: "continueOrderingButton"
                text: qsTr("Continue ordering")
                iconName: "back"
                secondary: !root.found
                implicitHeight: 80
                onClicked: root.backRequested()
            }
        }
    }

    TextInput {
        id: scanInput

        objectName: "scanInput"
        // Invisible but focusable: it only listens to the scanner's keystrokes.
        width: 1
        height: 1
        opacity: 0
        focus: !root.found
        activeFocusOnPress: false
        Accessible.role: Accessible.EditableText
        Accessible.name: qsTr("Code from the card scanner")
        onAccepted: {
            const code = text.trim();
            text = "";
            if (code !== "")
                root.loyalty.lookupCode(code);
        }
    }
    LoyaltyIdentifyPanel {
        anchors.fill: parent
        visible: !root.found && !root.joinOpen
        loyalty: root.loyalty
        onGuestChosen: {
            root.loyalty.signOut();
            root.backRequested();
        }
        onJoinChosen: root.joinOpen = true
    }
    LoyaltyJoinPanel {
        anchors.fill: parent
        visible: root.joinOpen && !root.found
        loyalty: root.loyalty
        accessibility: root.accessibility
        onCloseRequested: root.joinOpen = false
    }
    LoyaltyMemberPanel {
        anchors.fill: parent
        visible: root.found
        loyalty: root.loyalty
        onOpenItemRequested: itemId => {
            if (root.session.openItem(itemId))
                root.itemOpened();
        }
        onUsualAdded: name => root.usualAdded(name)
    }
    onLookupStateChanged: {
        if (lookupState !== LoyaltyController.NotFound && lookupState !== LoyaltyController.Joining)
            joinOpen = false;
        // Joined: said aloud in accessibility mode, as the panel shows it.
        if (found && loyalty.justJoined)
            accessibility.announce(loyalty.firstName !== "" ? qsTr("Welcome, %1! You're a member").arg(loyalty.firstName)
                                                            : qsTr("Welcome! You're a member"));
        listenForScanner();
    }
    StackView.onActivated: listenForScanner()
}
