#pragma once

namespace kiosk {

// Sets `field` to `value`; true when that changed it, so the caller emits its notify signal
// only for a real change (QML bindings re-evaluate on every emission).
template<typename T>
bool assignIfChanged(T &field, const T &value)
{
    if (field == value)
        return false;
    field = value;
    return true;
}

} // namespace kiosk
