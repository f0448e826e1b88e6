// Not a page: the translation checker's own test reads the texts it translates.
Text { text: qsTr("Done"); title: qsTr("Menu", "title") + qsTr('Say \"hi\" \u2026')
       other: qsTr("%n item(s)", "", 3); bad: qsTr(name); hi: qsTr("Hi %1").arg(1); later: qsTr("Later") }
