#include "domain/suggestionlog.h"

namespace kiosk {

bool SuggestionLog::claimLine(const QString &lineId)
{
    if (lineId.isEmpty() || m_lines.contains(lineId))
        return false;
    m_lines.insert(lineId);
    return true;
}

bool SuggestionLog::claimCheckout()
{
    if (m_checkoutPrompted)
        return false;
    m_checkoutPrompted = true;
    return true;
}

void SuggestionLog::clear()
{
    m_lines.clear();
    m_checkoutPrompted = false;
}

} // namespace kiosk
