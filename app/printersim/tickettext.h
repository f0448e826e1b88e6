#pragma once

#include "printersim/printedline.h"

namespace kiosk {

// The ticket as text for golden files, one line per printed line (docs/printing.md):
//   - a blank line is an empty line;
//   - any other line starts with its justification: '|' left, '^' centre, '>' right;
//   - "{WxH}" before a run whose character size differs from the one before it (a line starts
//     at 1x1), so "^{2x2}Burger Palace" is a centred line in double width and height;
//   - "{b}" ... "{/b}" around bold runs (closed at the end of each line, reopened on the next);
//   - a raster image is "{image WxH}" in dots, e.g. "^{image 232x232}";
//   - trailing spaces are dropped.
QString ticketText(const QList<PrintedLine> &lines);

} // namespace kiosk
