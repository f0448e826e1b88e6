import QtQuick
import QtQuick.Controls.Basic

// The kiosk's page stack: a pushed page slides in from the right and fades in, a popped one
// slides back out.
StackView {
    id: stack

    objectName: "pageStack"

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
