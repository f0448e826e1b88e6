// Fixture for tst_translations: C++ texts marked for translation (never compiled).
const char *later = QT_TRANSLATE_NOOP("Page", "Later");
const char *hi = QT_TRANSLATE_NOOP("Ticket", "Say \"hi\"");
const char *name = QT_TRANSLATE_NOOP("Ticket", someVariable);
