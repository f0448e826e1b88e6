pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Kiosk.Models

// The whole kiosk UI: the page stack, the idle warning and the toast. Pages ask for
// navigation with signals; the session's orderEnded always brings back the attract screen.
Item {
    id: root

    required property KioskSession session

    // Pops back to the page with `name` (e.g. "menuPage") if it is on the stack.
    function popTo(name: string): void {
        const page = stack.find(item => item.objectName === name);
        if (page)
            stack.pop(page);
    }

    Connections {
        target: root.session

        function onOrderEnded(): void {
            stack.pop(null);
        }
    }
    // Staff diagnostics end (Exit, Cancel or two idle minutes): back to the attract screen.
    Connections {
        target: root.session.diagnostics

        function onExited(): void {
            stack.pop(null);
        }
    }

    StackView {
        id: stack

        objectName: "pageStack"
        anchors.fill: parent
        // The lowered layout (accessibility mode): every page in the bottom half.
        anchors.topMargin: Theme.lowerScreen ? Math.round(root.height / 2) : 0
        initialItem: root.session.ready ? attractPage : outOfServicePage
        onCurrentItemChanged: toast.hide()

        pushEnter: Transition {
            ParallelAnimation {
                NumberAnimation {
                    property: "x"
                    from: stack.width * 0.25
                    to: 0
                    duration: Theme.animationNormal
                    easing.type: Easing.OutCubic
                }
                NumberAnimation {
                    property: "opacity"
                    from: 0
                    to: 1
                    duration: Theme.animationNormal
                }
            }
        }
        pushExit: Transition {
            NumberAnimation {
                property: "opacity"
                from: 1
                to: 0
                duration: Theme.animationNormal
            }
        }
        popEnter: Transition {
            NumberAnimation {
                property: "opacity"
                from: 0
                to: 1
                duration: Theme.animationNormal
            }
        }
        popExit: Transition {
            ParallelAnimation {
                NumberAnimation {
                    property: "x"
                    from: 0
                    to: stack.width * 0.25
                    duration: Theme.animationNormal
                    easing.type: Easing.InCubic
                }
                NumberAnimation {
                    property: "opacity"
                    from: 1
                    to: 0
                    duration: Theme.animationNormal
                }
            }
        }
    }
    Component {
        id: outOfServicePage

        OutOfServicePage {}
    }
    Component {
        id: attractPage

        AttractPage {
            session: root.session
            onOrderStarted: stack.push(dineOptionPage)
            onDiagnosticsRequested: stack.push(diagnosticsPinPage)
        }
    }
    Component {
        id: diagnosticsPinPage

        DiagnosticsPinPage {
            session: root.session
            onUnlocked: stack.replace(diagnosticsPage)
        }
    }
    Component {
        id: diagnosticsPage

        DiagnosticsPage {
            session: root.session
        }
    }
    Component {
        id: dineOptionPage

        DineOptionPage {
            session: root.session
            onDineOptionChosen: stack.push(menuPage)
        }
    }
    Component {
        id: menuPage

        MenuPage {
            session: root.session
            onItemOpened: stack.push(itemPage)
            onCartRequested: stack.push(cartPage)
            onRewardsRequested: stack.push(loyaltyPage)
        }
    }
    Component {
        id: itemPage

        ItemPage {
            session: root.session
            onAdded: {
                root.popTo("menuPage");
                toast.show(qsTr("Added to your order"));
            }
            onBackRequested: root.popTo("menuPage")
            onCartRequested: stack.push(cartPage)
            onRewardsRequested: stack.push(loyaltyPage)
        }
    }
    Component {
        id: cartPage

        CartPage {
            session: root.session
            onAddMoreRequested: root.popTo("menuPage")
            onCheckedOut: stack.push(confirmationPage)
            onRewardsRequested: stack.push(loyaltyPage)
        }
    }
    Component {
        id: loyaltyPage

        LoyaltyPage {
            session: root.session
            onBackRequested: stack.pop()
            onCartRequested: stack.push(cartPage)
            onItemOpened: stack.push(itemPage)
            onUsualAdded: toast.show(qsTr("Added to your order"))
        }
    }
    Component {
        id: confirmationPage

        ConfirmationPage {
            session: root.session
        }
    }
    Toast {
        id: toast

        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 280
    }
    OfflineNotice {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        shown: root.session.offlineNotice
    }
    CallStaffMessage {
        anchors.fill: parent
        session: root.session
    }
    IdleWarningDialog {
        id: idleWarning

        anchors.fill: parent
        session: root.session
    }
    AccessibilityLayer {
        anchors.fill: parent
        session: root.session
        stack: stack
        idleWarning: idleWarning
    }
}
