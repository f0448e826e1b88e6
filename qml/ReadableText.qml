import QtQuick

// A text a customer must read (a greeting, points, a total, a message): exposed to assistive
// technology as what it says, like the controls. A plain Text is not in the accessibility
// tree that an external screen reader walks.
Text {
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
