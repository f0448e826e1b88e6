import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Models

// "Thank you!" and the order number, big enough to read from the counter queue. Returns to
// the attract screen after the configured time (the visit counts it down) or on "Done". When
// the ticket may not print (ticketStatus.trouble), the customer is asked to remember the number,
// shown larger.
Page {
    id: root

    required property KioskSession session
    required property StoreProfile store
    required property LoyaltyController loyalty
    required property FeedbackController feedback
    required property AssistController assist
    required property AccessibilityController accessibility
    required property TicketStatus ticketStatus

    objectName: "confirmationPage"
    title: session.lastOrderPaidByCard
           ? qsTr("Thank you! Your order number is %1. Total %2. Paid by card.")
             .arg(session.lastOrderNumber).arg(session.lastOrderTotalText)
           : qsTr("Thank you! Your order number is %1. Total %2. Please pay at the counter.")
             .arg(session.lastOrderNumber).arg(session.lastOrderTotalText)
    background: Rectangle {
        color: Theme.primaryColor
    }

    CallStaffButton {
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.margins: Theme.margin
        assist: root.assist
        // Narrow screens (or large text): the icon only, clear of the accessibility button
        // in the middle.
        iconOnly: Theme.room(root.width) < Theme.mediumRoom
    }
    AccessibilityButton {
        anchors.top: parent.top
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.topMargin: Theme.margin
        accessibility: root.accessibility
        iconOnly: true
    }
    LanguageSwitch {
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: Theme.margin
        languages: Array.from(root.store.languages)
        language: root.session.language
        onLanguageChosen: language => root.session.setLanguage(language)
    }
    // Centred below the top buttons; scrolls when it does not fit (large text, the lowered
    // layout) and ends above the comment keyboard while that is open.
    Flickable {
        id: scroller

        objectName: "confirmationScroll"
        anchors.top: parent.top
        anchors.topMargin: 2 * Theme.margin + 80
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: keyboard.visible ? keyboard.top : parent.bottom
        contentHeight: Math.max(height, content.implicitHeight + 2 * Theme.margin)
        interactive: contentHeight > height
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: content

            x: (scroller.width - width) / 2
            y: Math.max(Theme.margin, (scroller.height - implicitHeight) / 2)
            width: Math.min(scroller.width - 2 * Theme.margin, 900)
            spacing: Theme.margin

            Rectangle {
                // Lowered, the room goes to the order number and the buttons.
                visible: !Theme.lowerScreen
                implicitWidth: 180
                implicitHeight: 180
                radius: 90
                color: Theme.accentColor
                Layout.alignment: Qt.AlignHCenter

                IconImage {
                    anchors.centerIn: parent
                    iconName: "check"
                    width: 110
                    height: 110
                }
            }
            ReadableText {
                text: qsTr("Thank you!")
                font.pixelSize: Theme.fontDisplay
                font.bold: true
                color: Theme.textOnBrand
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            CardBackground {
                elevation: 8
                implicitHeight: numberColumn.implicitHeight + 2 * Theme.margin
                Layout.fillWidth: true
                Layout.preferredHeight: implicitHeight

                ColumnLayout {
                    id: numberColumn

                    anchors.fill: parent
                    anchors.margins: Theme.margin
                    spacing: Theme.gap

                    ReadableText {
                        objectName: "orderNumberLabel"
                        text: root.ticketStatus.trouble ? qsTr("Please remember your order number")
                                                        : qsTr("Your order number")
                        font.pixelSize: root.ticketStatus.trouble ? Theme.fontTitle : Theme.fontLarge
                        font.bold: root.ticketStatus.trouble
                        color: root.ticketStatus.trouble ? Theme.text : Theme.textMuted
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Text {
                        objectName: "orderNumberText"
                        text: root.session.lastOrderNumber
                        // Larger when there may be no ticket; the longest number ("ABCDEFGH-999")
                        // still fits the width: it shrinks to fit, never below fontDisplay.
                        font.pixelSize: root.ticketStatus.trouble ? 240 : 168
                        font.bold: true
                        color: Theme.text
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: Theme.fontDisplay
                        horizontalAlignment: Text.AlignHCenter
                        Layout.fillWidth: true
                        Accessible.role: Accessible.StaticText
                        Accessible.name: root.ticketStatus.trouble
                                         ? qsTr("Please remember your order number: %1").arg(root.session.lastOrderNumber)
                                         : qsTr("Your order number is %1").arg(root.session.lastOrderNumber)
                    }
                    Rectangle {
                        color: Theme.divider
                        Layout.fillWidth: true
                        Layout.preferredHeight: 2
                        Layout.topMargin: Theme.spacing
                        Layout.bottomMargin: Theme.spacing
                    }
                    RowLayout {
                        spacing: Theme.spacing
                        Layout.fillWidth: true

                        ReadableText {
                            text: root.session.dineOption === KioskSession.TakeOut
                                  ? qsTr("Total · take out") : qsTr("Total · eat here")
                            font.pixelSize: Theme.fontLarge
                            color: Theme.textMuted
                            // Large text on a small screen: "Total · para comer aquí" wraps.
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        ReadableText {
                            objectName: "orderTotalText"
                            text: root.session.lastOrderTotalText
                            font.pixelSize: Theme.fontTitle
                            font.bold: true
                            color: Theme.text
                        }
                    }
                }
            }
            ReadableText {
                objectName: "paymentNoteText"
                text: root.session.lastOrderPaidByCard
                      ? qsTr("Paid by card. We will call your number when your food is ready.")
                      : qsTr("Please pay at the counter. We will call your number when your food is ready.")
                font.pixelSize: Theme.fontLarge
                color: Theme.textOnBrand
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            LoyaltyOrderNote {
                loyalty: root.loyalty
                Layout.fillWidth: true
            }
            FeedbackCard {
                feedback: root.feedback
                Layout.fillWidth: true
                Layout.preferredHeight: implicitHeight
            }
            KioskButton {
                objectName: "doneButton"
                text: qsTr("Done")
                secondary: true
                implicitHeight: Theme.buttonHeightLarge
                font.pixelSize: Theme.fontTitle
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                onClicked: root.session.endOrder()
            }
            ReadableText {
                objectName: "autoCloseText"
                text: qsTr("This screen closes in %1 s").arg(root.session.confirmationSecondsLeft)
                font.pixelSize: Theme.fontSmall
                color: Theme.textOnBrand
                opacity: 0.8
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
    FeedbackKeyboard {
        id: keyboard

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        visible: root.feedback.commentOpen
        text: root.feedback.comment
        maxLength: root.feedback.commentMaxLength
        onTyped: key => root.feedback.typeText(key)
        onErased: root.feedback.erase()
        onDone: root.feedback.closeComment()
    }
}
