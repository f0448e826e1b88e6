#include "ui/accessibilitycontroller.h"

#include "ui/texttospeechoutput.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QInputMethodQueryEvent>
#include <QKeyEvent>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAccessibility, "kiosk.accessibility")

namespace kiosk {

namespace {

// A text field has focus: it keeps its arrows, Space and Enter.
bool focusIsTextInput()
{
    QObject *focus = QGuiApplication::focusObject();
    if (!focus)
        return false;
    QInputMethodQueryEvent query(Qt::ImEnabled);
    QCoreApplication::sendEvent(focus, &query);
    return query.value(Qt::ImEnabled).toBool();
}

bool isPrintable(const QString &text)
{
    return !text.isEmpty() && text.at(0).isPrint();
}

} // namespace

AccessibilityController::AccessibilityController(QObject *parent) : QObject(parent)
{
    QCoreApplication::instance()->installEventFilter(this);
}

AccessibilityController::~AccessibilityController()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void AccessibilityController::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    if (!enabled) {
        reset();
        return;
    }
    m_enabled = true;
    qCInfo(lcAccessibility) << "accessibility mode on";
    emit enabledChanged();
}

void AccessibilityController::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    emit displayChanged();
}

void AccessibilityController::setLargeText(bool on)
{
    if (on == m_largeText)
        return;
    m_largeText = on;
    emit displayChanged();
}

void AccessibilityController::setLowerScreen(bool on)
{
    if (on == m_lowerScreen)
        return;
    m_lowerScreen = on;
    emit displayChanged();
}

void AccessibilityController::setSpeechVolume(int percent)
{
    percent = qBound(MinVolume, percent, MaxVolume);
    if (percent == m_volume)
        return;
    m_volume = percent;
    if (m_speech)
        m_speech->setVolume(m_volume / 100.0);
    emit speechVolumeChanged();
}

SpeechOutput *AccessibilityController::speech()
{
    if (!m_speech) {
        m_defaultSpeech = std::make_unique<TextToSpeechOutput>();
        m_speech = m_defaultSpeech.get();
        m_speech->setVolume(m_volume / 100.0);
    }
    return m_speech;
}

void AccessibilityController::setSpeech(SpeechOutput *speech)
{
    if (speech == m_speech)
        return;
    if (m_speech)
        m_speech->stop();
    m_speech = speech;
    if (m_speech)
        m_speech->setVolume(m_volume / 100.0);
    emit speechChanged();
}

void AccessibilityController::setLanguage(const QString &language)
{
    m_language = language;
}

void AccessibilityController::reset()
{
    const bool wasEnabled = m_enabled;
    const bool displayWasChanged = m_highContrast || m_largeText || m_lowerScreen;
    const bool volumeWasChanged = m_volume != DefaultVolume;
    m_enabled = false;
    m_highContrast = false;
    m_largeText = false;
    m_lowerScreen = false;
    m_volume = DefaultVolume;
    m_typedSinceNavigation = false;
    if (m_speech) {
        m_speech->stop();
        m_speech->setVolume(m_volume / 100.0);
    }
    if (wasEnabled) {
        qCInfo(lcAccessibility) << "accessibility mode off";
        emit enabledChanged();
    }
    if (displayWasChanged)
        emit displayChanged();
    if (volumeWasChanged)
        emit speechVolumeChanged();
}

void AccessibilityController::speak(const QString &text)
{
    if (m_enabled && !text.isEmpty())
        speech()->say(text, m_language);
}

void AccessibilityController::announce(const QString &text)
{
    if (!m_enabled || text.isEmpty())
        return;
    speech()->stop();
    speech()->say(text, m_language);
}

QString AccessibilityController::accessibleName(QObject *item) const
{
    if (!item)
        return {};
    if (QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(item))
        return accessible->text(QAccessible::Name);
    return {};
}

bool AccessibilityController::isCheckable(QObject *item) const
{
    QAccessibleInterface *accessible = item ? QAccessible::queryAccessibleInterface(item) : nullptr;
    return accessible && accessible->state().checkable;
}

bool AccessibilityController::isChecked(QObject *item) const
{
    QAccessibleInterface *accessible = item ? QAccessible::queryAccessibleInterface(item) : nullptr;
    return accessible && accessible->state().checked;
}

QAccessible::Role AccessibilityController::accessibleRole(QObject *item) const
{
    QAccessibleInterface *accessible = item ? QAccessible::queryAccessibleInterface(item) : nullptr;
    return accessible ? accessible->role() : QAccessible::NoRole;
}

bool AccessibilityController::activate(QObject *item)
{
    if (!item || !item->property("enabled").toBool())
        return false;
    // Buttons (AbstractButton and everything built on it) announce a press with clicked().
    if (item->metaObject()->indexOfSignal("clicked()") >= 0)
        return QMetaObject::invokeMethod(item, "clicked");
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(item);
    QAccessibleActionInterface *actions = accessible ? accessible->actionInterface() : nullptr;
    if (!actions || !actions->actionNames().contains(QAccessibleActionInterface::pressAction()))
        return false;
    actions->doAction(QAccessibleActionInterface::pressAction());
    return true;
}

AccessibilityController::Navigation AccessibilityController::navigationFor(int key, Qt::KeyboardModifiers modifiers)
{
    Q_UNUSED(modifiers) // Shift+Tab arrives as Key_Backtab
    switch (key) {
    case Qt::Key_Tab:
    case Qt::Key_Down:
    case Qt::Key_Right:
        return Navigation::Next;
    case Qt::Key_Backtab:
    case Qt::Key_Up:
    case Qt::Key_Left:
        return Navigation::Previous;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Select:
    case Qt::Key_Space:
        return Navigation::Activate;
    case Qt::Key_Escape:
    case Qt::Key_Back:
        return Navigation::Back;
    case Qt::Key_F1:
    case Qt::Key_Help:
    case Qt::Key_Question:
        return Navigation::Help;
    default:
        return Navigation::None;
    }
}

bool AccessibilityController::eventFilter(QObject *watched, QEvent *event)
{
    // Keys reach the window first, then its focused item: acting on the window's copy alone
    // handles each press once.
    if (event->type() == QEvent::KeyPress && watched->isWindowType()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (handleKeyPress(key->key(), key->modifiers(), key->text()))
            return true;
    }
    return QObject::eventFilter(watched, event);
}

bool AccessibilityController::handleKeyPress(int key, Qt::KeyboardModifiers modifiers, const QString &text)
{
    const Navigation action = navigationFor(key, modifiers);
    const bool printable = isPrintable(text) && key != Qt::Key_Tab && key != Qt::Key_Backtab;
    if (action == Navigation::None) {
        if (printable)
            m_typedSinceNavigation = true;
        return false;
    }
    // Space and "?" are printable: they never switch the mode on.
    if (printable && !m_enabled) {
        m_typedSinceNavigation = true;
        return false;
    }
    const bool isEnter = key == Qt::Key_Return || key == Qt::Key_Enter;
    if (isEnter && m_typedSinceNavigation) {
        m_typedSinceNavigation = false;
        return false;
    }
    // In a text field only Tab, Escape and help move away; the rest edits the text.
    const bool leavesField = key == Qt::Key_Tab || key == Qt::Key_Backtab || action == Navigation::Back
                             || key == Qt::Key_F1 || key == Qt::Key_Help;
    if (!leavesField && focusIsTextInput())
        return false;
    m_typedSinceNavigation = false;
    if (!m_enabled) {
        setEnabled(true);
        emit navigationKeyPressed(Navigation::Help);
        return true;
    }
    emit navigationKeyPressed(action);
    return true;
}

} // namespace kiosk
