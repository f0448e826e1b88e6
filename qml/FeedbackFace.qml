import QtQuick
import QtQuick.Controls.Basic

// One of the five CSAT faces, from 1 (very unhappy, red) to 5 (very happy, green), drawn
// so that no emoji font is needed.
AbstractButton {
    id: root

    required property int score
    required property string label
    property bool selected: false
    readonly property color faceColor: ["#D64541", "#F08A24", "#F2C230", "#8CC152", "#2E9E5B"][score - 1]

    objectName: "csatFace_" + score
    implicitWidth: 150
    implicitHeight: 150
    Accessible.role: Accessible.RadioButton
    Accessible.name: label
    Accessible.checked: selected

    contentItem: Item {
        Canvas {
            anchors.centerIn: parent
            width: Math.min(parent.width, parent.height) - 16
            height: width
            // The face never changes; only a new size redraws it.
            onWidthChanged: requestPaint()
            Component.onCompleted: requestPaint()
            onPaint: {
                const ctx = getContext("2d");
                const r = width / 2;
                ctx.reset();
                ctx.fillStyle = root.faceColor;
                ctx.beginPath();
                ctx.arc(r, r, r - 2, 0, 2 * Math.PI);
                ctx.fill();
                ctx.fillStyle = "#1E2528";
                ctx.beginPath();
                ctx.arc(r * 0.66, r * 0.75, r * 0.1, 0, 2 * Math.PI);
                ctx.arc(r * 1.34, r * 0.75, r * 0.1, 0, 2 * Math.PI);
                ctx.fill();
                // The mouth bends from a frown (1) through a straight line (3) to a smile (5).
                const bend = (root.score - 3) * r * 0.22;
                ctx.strokeStyle = "#1E2528";
                ctx.lineWidth = r * 0.1;
                ctx.lineCap = "round";
                ctx.beginPath();
                ctx.moveTo(r * 0.55, r * 1.3 - bend / 2);
                ctx.quadraticCurveTo(r, r * 1.3 + bend, r * 1.45, r * 1.3 - bend / 2);
                ctx.stroke();
            }
        }
    }
    background: Rectangle {
        radius: width / 2
        color: root.down ? Theme.surfaceMuted : "transparent"
        border.color: root.selected ? Theme.text : "transparent"
        border.width: 6
    }
}
