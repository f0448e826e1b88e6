#!/usr/bin/env bash
# Regenerates the UI icons in this folder (resources/icons/ui/*.png) with ImageMagick 6
# vector primitives. Each icon is drawn twice: <name>-dark.png for light surfaces and
# <name>-light.png for the brand-coloured header and buttons (Qt 6.4 has no image tinting
# without shader tooling, so the two colours are baked in).
# Usage: resources/icons/ui/draw-ui-icons.sh   (from anywhere)
set -euo pipefail
CONVERT=/usr/bin/convert
OUT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# draw NAME STROKE_WIDTH MVG... : strokes (and optional fills) on a 128x128 canvas
draw() {
    local name=$1 width=$2 mvg=$3
    for variant in dark:'#263238' light:'#FFFFFF'; do
        local suffix=${variant%%:*} colour=${variant#*:}
        local body=${mvg//COLOUR/$colour}
        "$CONVERT" -size 128x128 xc:none -fill none -stroke "$colour" -strokewidth "$width" \
            -draw "stroke-linecap round stroke-linejoin round $body" \
            -strip "PNG32:$OUT/$name-$suffix.png"
    done
}

draw cart 9 "path 'M 10 22 L 28 22 L 42 84 L 102 84 L 116 38 L 34 38'
    fill COLOUR circle 50,106 50,97 circle 96,106 96,97"
draw back 14 "path 'M 80 18 L 36 64 L 80 110'"
draw forward 14 "path 'M 48 18 L 92 64 L 48 110'"
draw globe 8 "circle 64,64 64,16 ellipse 64,64 20,48 0,360
    path 'M 16 64 L 112 64' path 'M 24 40 L 104 40' path 'M 24 88 L 104 88'"
draw trash 9 "path 'M 20 32 L 108 32' path 'M 50 32 L 52 16 L 76 16 L 78 32'
    path 'M 32 32 L 40 114 L 88 114 L 96 32' path 'M 56 50 L 56 96' path 'M 72 50 L 72 96'"
draw check 16 "path 'M 22 68 L 52 96 L 108 36'"
draw plus 14 "path 'M 64 22 L 64 106' path 'M 22 64 L 106 64'"
draw minus 14 "path 'M 22 64 L 106 64'"
draw close 14 "path 'M 30 30 L 98 98' path 'M 98 30 L 30 98'"
draw dine-in 7 "circle 64,66 64,34 circle 64,66 64,50
    path 'M 8 18 L 8 46 Q 8 56 14 56 Q 20 56 20 46 L 20 18' path 'M 14 18 L 14 112'
    path 'M 120 112 L 120 18 Q 106 30 106 64 L 120 68'"
draw take-out 7 "path 'M 22 42 L 106 42 L 98 116 L 30 116 Z'
    path 'M 46 54 L 46 36 Q 46 12 64 12 Q 82 12 82 36 L 82 54'"
draw star 8 "fill COLOUR path 'M 64 10 L 80 46 L 118 50 L 89 76 L 98 114 L 64 94 L 30 114 L 39 76 L 10 50 L 48 46 Z'"
draw backspace 9 "path 'M 44 24 L 116 24 L 116 104 L 44 104 L 8 64 Z' path 'M 62 46 L 98 82' path 'M 98 46 L 62 82'"
