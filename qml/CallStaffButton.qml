import QtQuick
import Kiosk.Models

// "Call staff", on every customer screen: a member of staff is asked to come to the kiosk.
// The assist controller saves and sends the call; CallStaffMessage reassures the customer.
HeaderButton {
    id: root

    required property AssistController assist

    objectName: "callStaffButton"
    // A raised hand would need an emoji font; a bold "?" in a white disc reads the same.
    symbol: "?"
    symbolColor: Theme.primaryColor
    discBorderColor: brandBackground ? "transparent" : Theme.text
    text: qsTr("Call staff")
    Accessible.name: qsTr("Call staff: a member of staff comes to help you")
    onClicked: assist.callStaff("help")
}
