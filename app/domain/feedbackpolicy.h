#pragma once

namespace kiosk {

// Which orders are asked the NPS question: a share of them, spread evenly over the order
// sequence. Order `sequence` is asked when floor(sequence * share / 100) steps up from the
// previous sequence's, so 20 % asks orders 5, 10, 15, ... and 0 % never, 100 % always. The
// rule depends on nothing but the sequence, so a restart or a test gives the same answer.
bool asksNps(int orderSequence, int sharePercent);

// The longest comment the kiosk's keyboard accepts (the contract allows 2000 characters;
// nobody types that much standing at a kiosk).
constexpr int FeedbackCommentMaxLength = 200;

// Taps on "Call staff" within this long of an open call are the same call.
constexpr int AssistRepeatWindowS = 60;

} // namespace kiosk
