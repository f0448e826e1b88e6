#pragma once

#include <QSet>
#include <QString>

namespace kiosk {

// What one visit has already been asked, so a customer is prompted at most once per cart line
// added and once at checkout, however often they add to that line or go back and forth.
// Cleared when the visit ends.
class SuggestionLog
{
public:
    // True the first time for `lineId` (the caller may prompt and now has); false after.
    bool claimLine(const QString &lineId);
    // True the first time this visit (the caller may prompt at checkout); false after.
    bool claimCheckout();

    bool wasLinePrompted(const QString &lineId) const { return m_lines.contains(lineId); }
    bool wasCheckoutPrompted() const { return m_checkoutPrompted; }

    void clear();

private:
    QSet<QString> m_lines;
    bool m_checkoutPrompted = false;
};

} // namespace kiosk
