#pragma once

// The kiosk's menu ids for Square catalog objects, and back. Kiosk ids must match
// ^[a-z0-9_]+$ (config/menuparser.cpp); Square's permanent catalog ids are upper-case letters
// and digits. A kiosk id is a prefix for the object's kind plus the lower-cased Square id, so an
// order line turns back into catalog ids without a lookup table, and a menu cached while
// offline still orders the right variations.
//
//   c_<id>  CATEGORY             l_<id>  MODIFIER_LIST (a kiosk modifier group)
//   m_<id>  MODIFIER (an option) t_<id>  TAX
//   v_<id>  ITEM_VARIATION: the kiosk item when its Square item has one variation, else an
//           option of that item's size group
//   i_<id>  ITEM with several variations; its size group is s_<item id>
//
// A kiosk modifier group is shared by the items that use it, but Square's min/max and default
// modifiers are set per item: one modifier list used two ways becomes two kiosk groups, and
// option ids are unique across a kiosk menu. The second and later ways carry a variant suffix
// "_<n>" (l_<id>_2 with options m_<id>_2); Square ids have no "_", so it is unambiguous, and
// squareRefFor gives the same catalog object for every variant.

#include <QString>
#include <optional>

namespace kiosk {

enum class SquareIdKind { Category, ModifierList, Modifier, Variation, Item, SizeGroup, Tax };

// Square's object type for a kind ("CATEGORY", ..., "ITEM" for SizeGroup too).
QString squareObjectType(SquareIdKind kind);

// The kiosk id for `squareId`, or nullopt when the id is not upper-case letters and digits
// (1 to 64 of them): such an object cannot be mapped and is listed as a mapping problem.
// `variant` 2 or more appends "_<variant>" (see above); 1 is the plain id.
std::optional<QString> kioskIdFor(SquareIdKind kind, const QString &squareId, int variant = 1);

struct SquareRef
{
    SquareIdKind kind = SquareIdKind::Item;
    QString squareId;

    bool operator==(const SquareRef &) const = default;
};

// The catalog object a kiosk id stands for, or nullopt when it is not one of these ids. A
// variant suffix ("_2") is accepted and dropped: the variant names the same object.
std::optional<SquareRef> squareRefFor(const QString &kioskId);

} // namespace kiosk
