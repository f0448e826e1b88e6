pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Templates as T
import Kiosk.Models

// Pending and failed outbox entries; a failed one can be retried or, after a confirmation,
// discarded (kept on record, never sent).
DiagnosticsSection {
    id: root

    onShown: root.diagnostics.refresh()

    RowLayout {
        spacing: Theme.spacing
        Layout.fillWidth: true

        Text {
            objectName: "outboxSummaryText"
            text: qsTr("Waiting to be sent: %1, failed: %2").arg(root.diagnostics.outbox.count)
                      .arg(root.diagnostics.outbox.failedCount)
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        KioskButton {
            objectName: "syncNowButton"
            text: qsTr("Sync now")
            secondary: true
            onClicked: root.diagnostics.syncNow()
        }
    }
    // Rewards the backend refused on orders it accepted: the orders stand, staff may settle up.
    ListView {
        id: adjustmentList

        objectName: "adjustmentList"
        visible: count > 0
        model: root.diagnostics.adjustments
        clip: true
        spacing: Theme.gap
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(contentHeight, root.height / 4)
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Adjusted by the backend")

        delegate: Text {
            id: adjustmentRow

            required property string orderNumber
            required property string kind
            required property string subject
            required property string reason

            width: ListView.view.width
            text: adjustmentRow.kind === "reward"
                  ? qsTr("Order %1: reward '%2' refused by the backend: %3").arg(adjustmentRow.orderNumber)
                        .arg(adjustmentRow.subject).arg(adjustmentRow.reason)
                  : qsTr("Order %1: %2 '%3' refused by the backend: %4").arg(adjustmentRow.orderNumber)
                        .arg(adjustmentRow.kind).arg(adjustmentRow.subject).arg(adjustmentRow.reason)
            font.pixelSize: Theme.fontSmall
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.ListItem
            Accessible.name: text
        }
    }
    ListView {
        id: outboxList

        objectName: "outboxList"
        model: root.diagnostics.outbox
        clip: true
        spacing: Theme.gap
        Layout.fillWidth: true
        Layout.fillHeight: true

        delegate: Rectangle {
            id: entryRow

            required property int seq
            required property string kind
            required property string orderNumber
            required property int state
            required property int attempts
            required property string lastError
            required property string createdText

            objectName: "outboxEntry_" + seq
            width: ListView.view.width
            implicitHeight: entryColumn.implicitHeight + 2 * Theme.spacing
            radius: Theme.radiusSmall
            color: Theme.surface

            ColumnLayout {
                id: entryColumn

                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.gap

                RowLayout {
                    spacing: Theme.spacing
                    Layout.fillWidth: true

                    DiagnosticsStatusBadge {
                        objectName: "entryState"
                        status: entryRow.state === OutboxEntryListModel.Failed ? HealthCheckListModel.Fail
                                                                               : HealthCheckListModel.Warn
                        label: entryRow.state === OutboxEntryListModel.Failed ? qsTr("FAILED") : qsTr("PENDING")
                    }
                    Text {
                        text: qsTr("#%1 %2 %3").arg(entryRow.seq).arg(entryRow.kind).arg(entryRow.orderNumber)
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.text
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
                Text {
                    text: qsTr("Created %1, attempts: %2").arg(entryRow.createdText).arg(entryRow.attempts)
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    Layout.fillWidth: true
                }
                Text {
                    objectName: "lastErrorText"
                    visible: entryRow.lastError !== ""
                    text: qsTr("Last error: %1").arg(entryRow.lastError)
                    font.pixelSize: Theme.fontSmall
                    color: Theme.danger
                    wrapMode: Text.WrapAnywhere
                    Layout.fillWidth: true
                }
                RowLayout {
                    visible: entryRow.state === OutboxEntryListModel.Failed
                    spacing: Theme.spacing

                    KioskButton {
                        objectName: "retryButton_" + entryRow.seq
                        text: qsTr("Retry")
                        onClicked: root.diagnostics.retry(entryRow.seq)
                    }
                    KioskButton {
                        objectName: "discardButton_" + entryRow.seq
                        text: qsTr("Discard…")
                        brandColor: Theme.danger
                        secondary: true
                        onClicked: {
                            discardDialog.seq = entryRow.seq;
                            discardDialog.open();
                        }
                    }
                }
            }
        }
    }
    Dialog {
        id: discardDialog

        property int seq: 0

        objectName: "discardDialog"
        parent: T.Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 800)
        modal: true
        title: qsTr("Discard entry #%1?").arg(seq)

        contentItem: Text {
            text: qsTr("It will never be sent to the backend. It stays on record in the kiosk's database.")
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.Wrap
        }
        footer: RowLayout {
            spacing: Theme.spacing

            KioskButton {
                objectName: "discardCancelButton"
                text: qsTr("Keep it")
                secondary: true
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                onClicked: discardDialog.close()
            }
            KioskButton {
                objectName: "discardConfirmButton"
                text: qsTr("Discard")
                brandColor: Theme.danger
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                onClicked: {
                    root.diagnostics.discard(discardDialog.seq);
                    discardDialog.close();
                }
            }
        }
    }
}
