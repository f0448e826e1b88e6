#!/usr/bin/env bash
# Regenerates every PNG under kiosk-config/images/ and resources/icons/allergens/
# from scratch.  Everything is drawn with ImageMagick 6 vector primitives
# (-draw: ellipse, roundrectangle, polygon, circle, path/bezier) — no external
# artwork, no network.  Re-running the script produces the same files.
#
# Usage: resources/art/draw-menu-images.sh        (from anywhere)
set -euo pipefail

CONVERT=/usr/bin/convert          # real ImageMagick 6 (/usr/local/bin/convert is a stub)
[[ -x $CONVERT ]] || { echo "ImageMagick 6 not found at $CONVERT" >&2; exit 1; }

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
IMG=$ROOT/kiosk-config/images
ICONS=$ROOT/resources/icons/allergens
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# Start from scratch (only the PNGs this script owns).
rm -f "$IMG"/logo.png "$IMG"/items/*.png "$IMG"/categories/*.png "$ICONS"/*.png
mkdir -p "$IMG/items" "$IMG/categories" "$ICONS"

FONT_BOLD=DejaVu-Sans-Bold
SHADOW='#6B3F1D'

# ---------------------------------------------------------------------------
# Tiny MVG builder.  Each drawing function appends primitives to $M.
# ---------------------------------------------------------------------------
M=""
d()   { M+="$*"$'\n'; }
# fill [stroke [width]]
F()   { d "fill '$1' stroke '${2:-none}' stroke-width ${3:-0}"; }
# push a translated+rotated frame: R x y angle ; ...primitives... ; P
R()   { d "push graphic-context translate $1,$2 rotate $3"; }
S()   { d "push graphic-context translate $1,$2 scale $3,$3"; }
P()   { d "pop graphic-context"; }
# scale about a point: Z cx cy factor ; ... ; P
Z()   { d "push graphic-context translate $1,$2 scale $3,$3 translate -$1,-$2"; }
# deterministic pseudo random numbers: seed N ; rnd LO HI -> $r
seed() { RANDOM=$1; }
rnd()  { r=$(( $1 + RANDOM % ($2 - $1 + 1) )); }

# Background per category (radial: inner, outer).
declare -A BG_IN=( [burgers]='#FFF4E4' [chicken]='#FFF3DF' [bowls_salads]='#F4F7E6' [sides]='#FFF1E0'
                   [breakfast]='#FFF6E2' [kids]='#FFF0EA' [drinks]='#EEF6F4' [desserts]='#FFF0F0' )
declare -A BG_OUT=( [burgers]='#F5D2A4' [chicken]='#F3CF9B' [bowls_salads]='#DCE6BF' [sides]='#F4CDA5'
                    [breakfast]='#F4DAA2' [kids]='#F6CDBE' [drinks]='#C9E2DA' [desserts]='#F3CCD2' )

# render OUT.png CATEGORY [FG_COPY]  — draws $M on a transparent layer, adds a
# soft drop shadow and a warm radial background, writes a small 8-bit PNG.
render() {
  local out=$1 cat=$2 keep=${3:-}
  # (round joins also avoid an IM 6.9 bug that closes open stroked paths)
  $CONVERT -size 480x360 xc:none -draw "stroke-linejoin round stroke-linecap round $M" "$TMP/fg.png" 2>"$TMP/err"
  if [[ -s $TMP/err ]]; then echo "error drawing $out:" >&2; cat "$TMP/err" >&2; exit 1; fi
  [[ -n $keep ]] && cp "$TMP/fg.png" "$keep"
  compose_bg "$TMP/fg.png" "$cat" "$out"
  M=""
}
# compose_bg FG.png CATEGORY OUT.png
compose_bg() {
  $CONVERT -size 480x360 radial-gradient:"${BG_IN[$2]}"-"${BG_OUT[$2]}" \
    \( "$1" -background "$SHADOW" -shadow 38x7+0+9 \) "$1" \
    -background none -layers flatten -alpha off \
    -strip +dither -colors 200 -define png:compression-level=9 -define png:exclude-chunks=date,time \
    "PNG8:$3"
}
plate() { # cx cy rx ry  — white plate seen at an angle
  F '#E9E1D6'; d "ellipse $1,$(( $2 + 6 )) $3,$4 0,360"
  F '#FFFFFF' '#E3D8C8' 2; d "ellipse $1,$2 $3,$4 0,360"
  F '#F7F2EA'; d "ellipse $1,$2 $(( $3 * 7 / 10 )),$(( $4 * 7 / 10 )) 0,360"
}
board() { # wooden serving board under burgers/sandwiches
  F '#A8713F' '#8A5A30' 2; d "roundrectangle 70,262 410,312 26,26"
  F '#C08550'; d "roundrectangle 74,258 406,300 24,24"
  F 'none' '#AD7444' 2; d "path 'M 100,272 C 180,266 260,282 380,272'"
  d "path 'M 120,288 C 200,282 300,294 370,286'"
}

# ---------------------------------------------------------------------------
# Burger / sandwich builder.  burger BUN_TOP_STYLE BUN_COLOUR LAYERS...
# Layers are listed bottom -> top; the stack is centred vertically.
# ---------------------------------------------------------------------------
declare -A LH=( [bun_bottom]=34 [patty]=30 [veggie_patty]=30 [cheese]=8 [swiss]=8 [cheddar]=8 [bacon]=12
                [lettuce]=12 [tomato]=11 [onion]=7 [pickles]=7 [mushrooms]=14 [avocado]=12 [jalapeno]=9
                [onion_rings]=20 [egg]=12 [fried_chicken]=38 [nashville]=38 [grilled_chicken]=24 [slaw]=12
                [bbq]=5 [mayo]=4 [sausage]=20 [muffin_bottom]=30 [mini_bottom]=24 [mini_patty]=20 [ketchup]=4 )
burger() {
  local style=$1 bun=$2; shift 2
  local total=0 l
  for l in "$@"; do total=$(( total + LH[$l] )); done
  local top=64; [[ $style == mini* ]] && top=50; [[ $style == muffin ]] && top=44
  total=$(( total + top ))
  local y=$(( 200 + total / 2 )) x1=122 x2=358 cx=240
  if [[ $style == mini* ]]; then x1=150; x2=330; fi
  local w=$(( x2 - x1 ))
  seed 7
  for l in "$@"; do
    local h=${LH[$l]} yt=$(( y - ${LH[$l]} ))
    case $l in
      bun_bottom|mini_bottom)
        F "$bun" '#B9772F' 2; d "roundrectangle $x1,$yt $x2,$y 20,16"
        F '#F7DDAA'; d "roundrectangle $(( x1 + 4 )),$yt $(( x2 - 4 )),$(( yt + 8 )) 6,4" ;;
      muffin_bottom)
        F '#E9CFA0' '#C9A470' 2; d "roundrectangle $(( x1 + 10 )),$yt $(( x2 - 10 )),$y 16,14"
        F '#FBEFD8'; d "roundrectangle $(( x1 + 14 )),$yt $(( x2 - 14 )),$(( yt + 8 )) 6,4" ;;
      patty|mini_patty|veggie_patty)
        local pc='#6B3A22' ps='#4A2614' sp='#3E2010'
        [[ $l == veggie_patty ]] && { pc='#7B5A35'; ps='#5A3F22'; sp='#A33A2A'; }
        F "$pc" "$ps" 2; d "roundrectangle $(( x1 - 8 )),$yt $(( x2 + 8 )),$y 14,14"
        F "$sp"
        for i in 1 2 3 4 5 6 7 8 9 10; do rnd $(( x1 + 4 )) $(( x2 - 4 )); local px=$r; rnd $(( yt + 6 )) $(( y - 6 )); d "ellipse $px,$r 4,2 0,360"; done
        if [[ $l == veggie_patty ]]; then F '#6FA83A'; for i in 1 2 3 4 5 6; do rnd $(( x1 + 4 )) $(( x2 - 4 )); local px=$r; rnd $(( yt + 6 )) $(( y - 6 )); d "ellipse $px,$r 3,2 0,360"; done; fi ;;
      sausage)
        F '#8A4B2C' '#5E311C' 2; d "roundrectangle $(( x1 + 2 )),$yt $(( x2 - 2 )),$y 12,12"
        F '#A86440'; for i in 1 2 3 4 5 6; do rnd $(( x1 + 10 )) $(( x2 - 10 )); local px=$r; rnd $(( yt + 5 )) $(( y - 5 )); d "ellipse $px,$r 5,2 0,360"; done ;;
      cheese|cheddar|swiss)
        local cc='#F7C531' cs='#E0A91A'
        [[ $l == cheddar ]] && { cc='#F29A1F'; cs='#D47E10'; }
        [[ $l == swiss ]] && { cc='#F6E7A6'; cs='#D9C37A'; }
        F "$cc" "$cs" 1
        d "polygon $(( x1 - 6 )),$yt $(( x2 + 6 )),$yt $(( x2 + 6 )),$(( y + 2 )) $(( x2 - 20 )),$(( y + 2 )) $(( x2 - 34 )),$(( y + 18 )) $(( x2 - 48 )),$(( y + 2 )) $(( cx + 40 )),$(( y + 2 )) $(( cx + 26 )),$(( y + 14 )) $(( cx + 12 )),$(( y + 2 )) $(( x1 + 60 )),$(( y + 2 )) $(( x1 + 44 )),$(( y + 20 )) $(( x1 + 30 )),$(( y + 2 )) $(( x1 - 6 )),$(( y + 2 ))"
        if [[ $l == swiss ]]; then F '#E3CF86'; d "ellipse $(( x1 + 70 )),$(( yt + 4 )) 6,3 0,360"; d "ellipse $(( cx + 60 )),$(( yt + 5 )) 5,3 0,360"; d "ellipse $(( cx - 10 )),$(( yt + 4 )) 4,2 0,360"; fi ;;
      bacon)
        F '#A8432A' '#7E2C1A' 2
        d "path 'M $(( x1 - 4 )),$(( yt + 6 )) C $(( x1 + 30 )),$(( yt - 6 )) $(( x1 + 60 )),$(( yt + 14 )) $(( cx - 20 )),$(( yt + 2 )) C $(( cx + 10 )),$(( yt - 8 )) $(( cx + 40 )),$(( yt + 12 )) $(( x2 + 6 )),$(( yt + 2 )) L $(( x2 + 8 )),$(( y - 2 )) C $(( cx + 40 )),$(( y + 8 )) $(( cx + 10 )),$(( y - 10 )) $(( cx - 20 )),$(( y )) C $(( x1 + 60 )),$(( y + 10 )) $(( x1 + 30 )),$(( y - 8 )) $(( x1 - 6 )),$(( y + 2 )) Z'"
        F 'none' '#E4A07E' 2
        d "path 'M $(( x1 + 2 )),$(( yt + 7 )) C $(( x1 + 30 )),$(( yt )) $(( x1 + 60 )),$(( yt + 14 )) $(( cx - 20 )),$(( yt + 6 )) C $(( cx + 10 )),$(( yt - 2 )) $(( cx + 40 )),$(( yt + 14 )) $(( x2 )),$(( yt + 6 ))'" ;;
      lettuce)
        F '#6DBE45' '#4E9A2E' 2
        local pts="$(( x1 - 14 )),$yt" xx
        for (( xx = x1 - 14; xx <= x2 + 14; xx += 16 )); do pts+=" $xx,$(( y + 6 )) $(( xx + 8 )),$(( y - 2 ))"; done
        pts+=" $(( x2 + 14 )),$yt"
        d "polygon $pts"
        F 'none' '#8ED65F' 2; d "line $(( x1 )),$(( yt + 3 )) $(( x2 )),$(( yt + 3 ))" ;;
      tomato)
        F '#E5432F' '#B52A1A' 2; d "roundrectangle $(( x1 + 2 )),$yt $(( x2 - 2 )),$y 6,6"
        F '#F27A5E'; d "roundrectangle $(( x1 + 12 )),$(( yt + 3 )) $(( cx - 8 )),$(( yt + 6 )) 2,2"; d "roundrectangle $(( cx + 8 )),$(( yt + 3 )) $(( x2 - 12 )),$(( yt + 6 )) 2,2" ;;
      onion)
        F '#F6ECF4' '#B788B0' 2
        for xx in $(( x1 + 30 )) $(( cx - 30 )) $(( cx + 30 )) $(( x2 - 30 )); do d "ellipse $xx,$(( yt + 3 )) 34,5 0,360"; done ;;
      pickles)
        F '#9CBF3B' '#5F7F1F' 2
        for xx in $(( x1 + 40 )) $(( cx )) $(( x2 - 40 )); do d "ellipse $xx,$(( yt + 3 )) 26,5 0,360"; done ;;
      mushrooms)
        for xx in $(( x1 + 22 )) $(( x1 + 70 )) $(( cx )) $(( cx + 48 )) $(( x2 - 22 )); do
          F '#8B6346' '#5F4028' 2; d "path 'M $(( xx - 26 )),$(( y - 2 )) C $(( xx - 24 )),$(( yt - 10 )) $(( xx + 24 )),$(( yt - 10 )) $(( xx + 26 )),$(( y - 2 )) Z'"
          F '#D9BFA2'; d "roundrectangle $(( xx - 6 )),$(( y - 6 )) $(( xx + 6 )),$(( y + 2 )) 2,2"
        done ;;
      avocado)
        for xx in $(( x1 + 26 )) $(( x1 + 78 )) $(( cx + 10 )) $(( cx + 62 )) $(( x2 - 4 )); do
          F '#B9D96C' '#3F6B22' 3; d "ellipse $xx,$(( yt + 6 )) 30,8 0,360"
        done ;;
      jalapeno)
        for xx in $(( x1 + 20 )) $(( x1 + 64 )) $(( cx - 10 )) $(( cx + 34 )) $(( cx + 78 )) $(( x2 - 8 )); do
          F '#D5EFA7' '#2F8A2A' 4; d "ellipse $xx,$(( yt + 4 )) 14,5 0,360"
          F '#F5F5DC'; d "ellipse $xx,$(( yt + 4 )) 3,1 0,360"
        done ;;
      onion_rings)
        for xx in $(( x1 + 30 )) $(( cx )) $(( x2 - 30 )); do
          F 'none' '#B9741F' 15; d "ellipse $xx,$(( yt + 10 )) 40,9 0,360"
          F 'none' '#E8A84A' 10; d "ellipse $xx,$(( yt + 9 )) 40,9 0,360"
        done ;;
      egg)
        F '#FFFFFF' '#E8E1D0' 2; d "path 'M $(( x1 - 6 )),$(( y )) C $(( x1 - 10 )),$(( yt - 4 )) $(( cx - 20 )),$(( yt )) $(( cx )),$(( yt + 2 )) C $(( cx + 40 )),$(( yt - 6 )) $(( x2 + 12 )),$(( yt )) $(( x2 + 2 )),$(( y )) Z'"
        F '#F7B500' '#E39A00' 2; d "ellipse $(( cx + 14 )),$(( yt + 4 )) 26,10 180,360"; d "ellipse $(( cx + 14 )),$(( yt + 4 )) 26,5 0,180" ;;
      fried_chicken|nashville)
        local fc='#D98E2E' fs='#A8641A' fh='#F0B45A'
        [[ $l == nashville ]] && { fc='#C2421C'; fs='#8E2A10'; fh='#E0653A'; }
        F "$fc" "$fs" 2
        # craggy fried fillet: bumpy outline, rounded ends poking out of the bun
        local pts="M $(( x1 - 24 )),$(( yt + h / 2 ))" xx
        for (( xx = x1 - 12; xx <= x2 + 12; xx += 18 )); do rnd -8 0; pts+=" Q $(( xx - 9 )),$(( yt - 8 + r )) $xx,$(( yt + 1 ))"; done
        pts+=" Q $(( x2 + 30 )),$(( yt + h / 2 )) $(( x2 + 12 )),$(( y ))"
        for (( xx = x2 - 6; xx >= x1 - 12; xx -= 18 )); do rnd 0 7; pts+=" Q $(( xx + 9 )),$(( y + 6 + r )) $xx,$(( y - 1 ))"; done
        pts+=" Q $(( x1 - 30 )),$(( y )) $(( x1 - 24 )),$(( yt + h / 2 )) Z"
        d "path '$pts'"
        F "$fh"; for i in 1 2 3 4 5 6 7 8; do rnd $(( x1 )) $(( x2 )); local px=$r; rnd $(( yt + 8 )) $(( y - 10 )); d "ellipse $px,$r 8,4 0,360"; done
        if [[ $l == nashville ]]; then F '#7A1E0C'; for i in 1 2 3 4 5 6 7 8 9 10 11 12; do rnd $(( x1 )) $(( x2 )); local px=$r; rnd $(( yt + 6 )) $(( y - 6 )); d "circle $px,$r $(( px + 2 )),$r"; done; fi ;;
      grilled_chicken)
        F '#DDAE74' '#B5834A' 2; d "roundrectangle $(( x1 - 10 )),$yt $(( x2 + 10 )),$y 14,12"
        F 'none' '#7A4E26' 4
        for xx in -80 -40 0 40 80; do d "line $(( cx + xx - 10 )),$(( y - 4 )) $(( cx + xx + 10 )),$(( yt + 4 ))"; done ;;
      slaw)
        F '#F2F0D6' '#D8D3A8' 2; d "roundrectangle $(( x1 + 4 )),$yt $(( x2 - 4 )),$y 8,8"
        F 'none' '#9B5FB0' 2; for i in 1 2 3 4 5 6; do rnd $(( x1 + 12 )) $(( x2 - 30 )); d "line $r,$(( yt + 4 )) $(( r + 14 )),$(( yt + 8 ))"; done
        F 'none' '#F08A2E' 2; for i in 1 2 3 4 5 6; do rnd $(( x1 + 12 )) $(( x2 - 30 )); d "line $r,$(( yt + 8 )) $(( r + 12 )),$(( yt + 4 ))"; done ;;
      bbq|mayo|ketchup)
        local sc='#6E2A12'; [[ $l == mayo ]] && sc='#FFF6DC'; [[ $l == ketchup ]] && sc='#D7261E'
        F "$sc"; d "roundrectangle $(( x1 + 6 )),$yt $(( x2 - 6 )),$(( y + 1 )) 3,3"
        for xx in $(( x1 + 40 )) $(( cx + 10 )) $(( x2 - 50 )); do d "roundrectangle $(( xx - 5 )),$yt $(( xx + 5 )),$(( y + 12 )) 5,5"; done ;;
    esac
    y=$yt
  done
  # top bun
  local yb=$y
  case $style in
    muffin)
      F '#E9CFA0' '#C9A470' 2; d "path 'M $(( x1 + 8 )),$yb C $(( x1 + 8 )),$(( yb - 58 )) $(( x2 - 8 )),$(( yb - 58 )) $(( x2 - 8 )),$yb Z'"
      F '#F8E9CC'; for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14; do rnd $(( x1 + 40 )) $(( x2 - 40 )); local px=$r; rnd $(( yb - 36 )) $(( yb - 8 )); d "circle $px,$r $(( px + 2 )),$r"; done ;;
    *)
      local hb=$top bs='#B9772F'
      F "$bun" "$bs" 2
      d "path 'M $(( x1 - 4 )),$yb C $(( x1 - 10 )),$(( yb - hb * 3 / 2 )) $(( x2 + 10 )),$(( yb - hb * 3 / 2 )) $(( x2 + 4 )),$yb Z'"
      F '#FFFFFF' ; d "fill-opacity 0.28"; d "ellipse $(( cx - w / 5 )),$(( yb - hb * 3 / 4 )) $(( w / 6 )),$(( hb / 5 )) 0,360"; d "fill-opacity 1"
      if [[ $style == sesame* || $style == mini_sesame ]]; then
        F '#FFF3D6' '#D9B98A' 1
        for i in $(seq 1 16); do
          rnd $(( x1 + 24 )) $(( x2 - 24 )); local sx=$r
          local dx=$(( sx - cx )); local maxh=$(( hb * 1100 / 1000 - dx * dx * hb / (w * w / 4) * 1100 / 1000 ))
          (( maxh < 14 )) && continue
          rnd $(( yb - maxh + 8 )) $(( yb - 12 )); local sy=$r; rnd -40 40
          R $sx $sy $r; d "ellipse 0,0 5,2 0,360"; P
        done
      fi
      if [[ $style == wheat ]]; then
        F '#E9C891'; for i in 1 2 3 4 5 6 7 8 9 10; do rnd $(( x1 + 30 )) $(( x2 - 30 )); local sx=$r; rnd $(( yb - hb + 14 )) $(( yb - 14 )); R $sx $r 20; d "ellipse 0,0 4,2 0,360"; P; done
      fi ;;
  esac
}
BUN='#E39B4A'; BRIOCHE='#CF7A2A'; WHEAT='#A8692F'

# ---------------------------------------------------------------------------
# Chicken
# ---------------------------------------------------------------------------
dip_cup() { # cx cy sauce_colour [speck_colour]
  local x=$1 y=$2
  F '#F4F1EA' '#CFC6B6' 2; d "path 'M $(( x - 34 )),$(( y - 10 )) L $(( x - 28 )),$(( y + 24 )) C $(( x - 20 )),$(( y + 32 )) $(( x + 20 )),$(( y + 32 )) $(( x + 28 )),$(( y + 24 )) L $(( x + 34 )),$(( y - 10 )) Z'"
  F '#FFFFFF' '#CFC6B6' 2; d "ellipse $x,$(( y - 10 )) 34,10 0,360"
  F "$3"; d "ellipse $x,$(( y - 9 )) 28,7 0,360"
  if [[ -n ${4:-} ]]; then F "$4"; d "circle $(( x - 8 )),$(( y - 10 )) $(( x - 6 )),$(( y - 10 ))"; d "circle $(( x + 9 )),$(( y - 8 )) $(( x + 11 )),$(( y - 8 ))"; d "circle $(( x + 2 )),$(( y - 13 )) $(( x + 4 )),$(( y - 13 ))"; fi
  F '#FFFFFF'; d "fill-opacity 0.5"; d "ellipse $(( x - 12 )),$(( y - 11 )) 8,2 0,360"; d "fill-opacity 1"
}
boat() { # paper boat: back part.  boat_front finishes it.  colour
  F "$1"; d "polygon 110,212 370,212 362,236 118,236"
  F '#FFFFFF' '#E6DCCB' 1
  d "polygon 104,214 122,188 140,206 160,184 182,204 204,182 226,202 250,180 272,202 294,182 316,204 338,184 358,206 376,190 382,218"
  F '#D94A3A'; local xx
  for xx in 132 176 220 264 308 352; do d "polygon $xx,198 $(( xx + 10 )),192 $(( xx + 16 )),200 $(( xx + 6 )),206"; done
}
boat_front() { # colour dark
  F "$1" "$2" 2; d "path 'M 96,226 L 384,226 L 356,304 C 300,312 180,312 124,304 Z'"
  F 'none' '#FFFFFF' 3; d "fill-opacity 0"; d "path 'M 104,236 L 376,236'"; d "fill-opacity 1"
  F '#FFFFFF'; d "fill-opacity 0.18"; d "polygon 120,232 180,232 170,302 136,300"; d "fill-opacity 1"
}
tender() { # x y angle [len]
  local l=${4:-64}
  R $1 $2 $3
  F '#D48A2C' '#A35F18' 2
  d "path 'M -$l,-2 C -$(( l + 2 )),-18 -30,-17 -8,-15 C 14,-19 $(( l - 4 )),-18 $l,-4 C $(( l + 4 )),10 30,15 6,13 C -20,17 -$(( l + 2 )),14 -$l,-2 Z'"
  F '#EDB25A'; d "ellipse -34,-6 12,4 0,360"; d "ellipse 8,-8 10,4 0,360"; d "ellipse 40,-4 8,3 0,360"; d "ellipse -10,4 9,3 0,360"
  F '#B86E22'; d "ellipse -40,6 4,2 0,360"; d "ellipse 22,8 5,2 0,360"; d "ellipse -14,-12 3,2 0,360"
  P
}
tenders_basket() {
  boat '#A62A22'
  tender 190 188 -34 60; tender 292 186 30 60; tender 244 170 -8 62; tender 214 206 12 58; tender 276 208 -14 58
  boat_front '#C8372D' '#8E221B'
  dip_cup 396 272 '#E9B430' '#C98A10'
}
wing() { # x y angle colour highlight [flat]
  R $1 $2 $3
  F "$4" '#6E2410' 2
  if [[ -n ${6:-} ]]; then   # flat: two-bone wingette with a small waist
    d "path 'M -38,0 C -40,-20 -8,-20 0,-12 C 10,-20 40,-20 40,0 C 40,20 10,20 0,12 C -8,20 -38,20 -38,0 Z'"
    F '#F3D9B8' '#C9A47A' 1; d "ellipse -39,0 3,3 0,360"; d "ellipse 40,0 3,3 0,360"
  else                       # drumette: round meaty end tapering to the bone knob
    d "path 'M -30,-20 C -54,-20 -54,20 -30,20 C -10,20 10,10 30,6 L 30,-6 C 10,-10 -10,-20 -30,-20 Z'"
    F '#F3D9B8' '#C9A47A' 1; d "ellipse 34,0 8,8 0,360"
  fi
  F "$5"; d "ellipse -22,-8 12,5 0,360"; d "ellipse 8,-5 9,3 0,360"
  F '#FFFFFF'; d "fill-opacity 0.4"; d "ellipse -26,-11 7,2 0,360"; d "fill-opacity 1"
  P
}
celery() { # x y angle
  R $1 $2 $3; F '#A7D36B' '#6C9A34' 2; d "roundrectangle -50,-9 50,9 8,8"; F 'none' '#7FB043' 2; d "line -44,-2 44,-2"; d "line -44,4 44,4"; P
}
carrot() { R $1 $2 $3; F '#F28C28' '#C96A12' 2; d "roundrectangle -44,-7 44,7 7,7"; F 'none' '#D9761A' 1; d "line -30,-3 -30,3"; d "line 0,-3 0,3"; d "line 26,-3 26,3"; P; }
wings_plate() { # colour highlight
  plate 230 250 175 62
  celery 330 226 -68; carrot 352 236 -76; celery 362 244 -82
  wing 200 204 -20 "$1" "$2" flat; wing 262 214 160 "$1" "$2"; wing 160 240 -10 "$1" "$2"; wing 240 250 10 "$1" "$2" flat; wing 300 264 200 "$1" "$2"; wing 180 276 14 "$1" "$2" flat
  dip_cup 100 206 '#F3EFE3' '#5C7EA8'
}
wrap_half() { # x y angle [inner_tone]
  R $1 $2 $3
  F '#EBCB8E' '#BF9A5A' 2; d "roundrectangle -120,-46 40,46 44,44"
  F '#C9964E'; d "ellipse -80,-24 7,4 0,360"; d "ellipse -40,20 9,4 0,360"; d "ellipse -96,18 6,3 0,360"; d "ellipse -20,-30 6,3 0,360"
  F '#F3DDAE' '#BF9A5A' 2; d "ellipse 40,0 34,48 0,360"
  F '#7CC24B'; d "ellipse 40,0 28,42 0,360"
  F '#F0D9AE'; d "ellipse 36,-14 12,10 0,360"; d "ellipse 48,10 11,9 0,360"; d "ellipse 30,20 9,8 0,360"
  F '#E2432F'; d "ellipse 50,-20 8,6 0,360"; d "ellipse 28,2 7,6 0,360"
  F '#A8432A'; d "ellipse 46,26 9,4 0,360"; d "ellipse 54,-4 5,8 0,360"
  F '#FFF6DC'; d "ellipse 40,-32 8,3 0,360"
  P
}
wrap_plate() {
  plate 240 262 180 58
  wrap_half 220 250 -6
  wrap_half 262 196 -22
}

# ---------------------------------------------------------------------------
# Bowls & salads.  bowl_back COLOUR ; contents ; bowl_front COLOUR DARK
# Rim: centre 240,196  radii 160x42
# ---------------------------------------------------------------------------
bowl_back()  { F "$1"; d "ellipse 240,196 160,42 0,360"; F '#000000'; d "fill-opacity 0.12"; d "ellipse 240,198 150,36 0,360"; d "fill-opacity 1"; }
bowl_front() {
  MOUND=0
  F "$1" "$2" 2
  d "path 'M 80,196 A 160,42 0 0,0 400,196 C 396,276 330,312 240,312 C 150,312 84,276 80,196 Z'"
  F '#FFFFFF'; d "fill-opacity 0.22"; d "path 'M 100,214 C 110,262 150,292 196,302 C 160,282 126,256 112,218 Z'"; d "fill-opacity 1"
  F 'none' "$2" 3; d "path 'M 80,196 A 160,42 0 0,0 400,196'"
  F "$2"; d "ellipse 240,314 70,8 0,360"
}
leaf() { # x y angle colour [len]
  local l=${5:-30}
  R $1 $2 $3; F "$4" '#3F7F25' 1; d "path 'M -$l,0 C -$(( l / 2 )),-$(( l * 2 / 3 )) $(( l / 2 )),-$(( l * 2 / 3 )) $l,0 C $(( l / 2 )),$(( l * 2 / 3 )) -$(( l / 2 )),$(( l * 2 / 3 )) -$l,0 Z'"
  F 'none' '#DDF2B8' 1; d "line -$(( l - 6 )),0 $(( l - 6 )),0"; P
}
greens() { # seed palette...   heap of leaves filling the bowl
  seed $1; shift
  local cols=("$@") i
  for i in $(seq 1 34); do
    rnd 100 380; local x=$r; rnd 150 204; local y=$r; rnd -60 60; local a=$r; rnd 0 $(( ${#cols[@]} - 1 ))
    # keep leaves inside the rim ellipse (roughly)
    local dx=$(( x - 240 )); (( dx * dx * 100 / 25600 + (y - 190) * (y - 190) * 100 / 1600 > 120 )) && continue
    leaf $x $y $a "${cols[$r]}" 30
  done
}
cube() { F "$3" "$4" 1; d "roundrectangle $(( $1 - 8 )),$(( $2 - 7 )) $(( $1 + 8 )),$(( $2 + 7 )) 3,3"; }
egg_half() { F '#FFFFFF' '#DDD6C6' 1; d "ellipse $1,$2 16,11 0,360"; F '#F6B61C'; d "ellipse $1,$2 8,6 0,360"; }
tomato_wedge() { F '#E2402D' '#A92718' 1; d "ellipse $1,$2 11,9 0,360"; F '#F7A08A'; d "ellipse $1,$(( $2 - 1 )) 5,3 0,360"; F '#FFE6A0'; d "circle $(( $1 - 3 )),$2 $(( $1 - 2 )),$2"; d "circle $(( $1 + 3 )),$2 $(( $1 + 4 )),$2"; }
crumbs() { # seed colour count x1 x2 y1 y2 size
  seed $1; local i; F "$2"
  for (( i = 0; i < $3; i++ )); do rnd $4 $5; local x=$r; rnd $6 $7
    # inside a rice mound only draw on the mound surface
    (( MOUND && r < 152 + 52 * (x - 240) * (x - 240) / 24336 )) && continue
    d "ellipse $x,$r $8,$(( $8 * 3 / 4 )) 0,360"; done
}
cobb_bowl() {
  bowl_back '#F5F1E8'
  greens 11 '#6DBE45' '#5AA83A' '#8ACB57' '#4E9A2E'
  local y
  for y in 172 188 204; do cube $(( 140 + (y - 172) / 2 )) $y '#E6C48E' '#B58C54'; cube $(( 158 + (y - 172) / 3 )) $(( y - 6 )) '#E6C48E' '#B58C54'; done
  crumbs 21 '#A8432A' 12 180 214 166 206 5
  egg_half 240 174; egg_half 236 198; egg_half 252 214
  for y in 172 190 208; do cube $(( 286 + (y - 172) / 3 )) $y '#9BC94E' '#4F7A28'; cube $(( 302 + (y - 172) / 4 )) $(( y + 6 )) '#B9D96C' '#4F7A28'; done
  tomato_wedge 338 180; tomato_wedge 346 200; tomato_wedge 330 212
  crumbs 31 '#EEF1F4' 14 120 360 160 214 4
  crumbs 32 '#8EA6C8' 8 120 360 160 214 2
  bowl_front '#FFFFFF' '#D8CFC0'
}
crouton() { R $1 $2 $3; F '#D9A45B' '#A9712F' 1; d "roundrectangle -9,-8 9,8 3,3"; F '#EFC98A'; d "ellipse -3,-3 3,2 0,360"; P; }
caesar_bowl() {
  bowl_back '#DDE6CF'
  greens 12 '#A9D46A' '#8CC04E' '#C5E08A' '#74AE3E'
  seed 41; local i
  for i in $(seq 1 12); do rnd 130 350; local x=$r; rnd 164 208; local y=$r; rnd -40 40; crouton $x $y $r; done
  seed 42; F '#FFF5D6' '#E2D3A2' 1
  for i in $(seq 1 10); do rnd 130 350; local x=$r; rnd 160 206; d "polygon $x,$r $(( x + 18 )),$(( r - 4 )) $(( x + 14 )),$(( r + 4 )) $(( x - 2 )),$(( r + 6 ))"; done
  crumbs 43 '#3A2C22' 20 120 360 162 210 1
  # lemon wedge on the rim
  F '#F7D63C' '#D1A919' 2; d "path 'M 330,170 A 34,34 0 0,1 398,170 Z'"; F '#FBEA8A'; d "path 'M 336,168 A 28,26 0 0,1 392,168 Z'"
  bowl_front '#C9D8B6' '#98AE80'
}
MOUND=0
rice_base() { # colour seed speck — a heaped mound rising above the rim
  MOUND=1
  F "$1"; d "path 'M 84,198 C 96,124 384,124 396,198 A 156,40 0 0,1 84,198 Z'"
  F '#FFFFFF'; d "fill-opacity 0.25"; d "path 'M 130,170 C 150,146 220,136 260,138 C 210,146 168,156 130,170 Z'"; d "fill-opacity 1"
  seed ${2:-51}; F "${3:-#FFFFFF}"; local i
  for i in $(seq 1 110); do rnd 100 380; local x=$r; rnd 150 232; local y=$r
    (( y > 150 + 52 * (x - 240) * (x - 240) / 24336 )) && d "ellipse $x,$y 2,1 0,360"; done
}
bean_cluster() { # cx cy colour n seed
  seed $5; local i; F "$3" '#1A1018' 1
  for (( i = 0; i < $4; i++ )); do rnd -28 28; local x=$(( $1 + r )); rnd -12 12; R $x $(( $2 + r )) $(( (i * 37) % 180 )); d "ellipse 0,0 5,3 0,360"; P; done
}
chicken_strip() { R $1 $2 $3; F '#E2B57C' '#B5834A' 1; d "roundrectangle -22,-8 22,8 6,6"; F 'none' '#7A4E26' 2; d "line -12,6 -6,-6"; d "line 4,6 10,-6"; P; }
lime_wedge() { R $1 $2 $3; F '#5FAE2E' '#3E7E1A' 2; d "path 'M -22,0 A 22,14 0 0,0 22,0 Z'"; F '#C9E68A'; d "path 'M -17,1 A 17,10 0 0,0 17,1 Z'"; P; }
southwest_bowl() {
  bowl_back '#E9B48A'
  rice_base '#F6F1E2' 51 '#FFFFFF'
  F '#7CC24B'; crumbs 52 '#6FB43F' 10 110 370 170 214 3
  bean_cluster 156 204 '#2E1F2B' 22 53
  crumbs 54 '#F6C83A' 30 196 246 170 226 4
  chicken_strip 268 168 -20; chicken_strip 300 182 -10; chicken_strip 276 196 10; chicken_strip 312 204 14; chicken_strip 262 216 -6
  crumbs 55 '#E2432F' 14 332 372 190 222 4; crumbs 56 '#FFFFFF' 6 332 372 190 222 3
  seed 57; F 'none' '#F29A1F' 2; local i; for i in $(seq 1 14); do rnd 200 300; local x=$r; rnd 170 210; d "line $x,$r $(( x + 10 )),$(( r - 3 ))"; done
  lime_wedge 350 182 -10
  bowl_front '#D9733E' '#A9521F'
}
salmon_bowl() {
  bowl_back '#3A3A3A'
  rice_base '#FBF8EF' 61 '#FFFFFF'
  # salmon fillet
  F '#F08A5D' '#C25E34' 2; d "roundrectangle 188,166 298,210 16,16"
  F 'none' '#FFD0B4' 3; d "path 'M 212,170 C 204,182 204,196 212,206'"; d "path 'M 244,170 C 236,182 236,196 244,206'"; d "path 'M 276,170 C 268,182 268,196 276,206'"
  F '#7A2E10'; d "fill-opacity 0.55"; d "roundrectangle 190,166 296,178 10,6"; d "fill-opacity 1"
  # edamame
  seed 62; local i
  for i in $(seq 1 10); do rnd 126 178; local x=$r; rnd 190 222; R $x $r $(( i * 20 )); F '#7BBF3A' '#4D8A1E' 1; d "ellipse 0,0 9,6 0,360"; P; done
  # cucumber
  for i in 0 1 2 3; do F '#DDEFB8' '#3E7E1A' 3; d "ellipse $(( 318 + i * 12 )),$(( 184 + i * 8 )) 14,9 0,360"; F '#B9DB86'; d "ellipse $(( 318 + i * 12 )),$(( 184 + i * 8 )) 5,3 0,360"; done
  # pickled carrots
  seed 63; F 'none' '#F07F2A' 3; for i in $(seq 1 9); do rnd 196 284; local x=$r; rnd 218 230; d "line $x,$r $(( x + 14 )),$(( r - 4 ))"; done
  crumbs 64 '#FFF3D1' 18 190 296 166 210 2
  crumbs 65 '#2B2B2B' 10 190 296 166 210 1
  F '#5FAE2E'; crumbs 66 '#5FAE2E' 10 150 330 166 212 3
  bowl_front '#2E2E2E' '#151515'
}
olive() { F '#3E2A3A' '#22141F' 1; d "ellipse $1,$2 8,7 0,360"; F '#7A5A72'; d "ellipse $1,$2 3,2 0,360"; }
cuke() { F '#DDEFB8' '#3E7E1A' 3; d "ellipse $1,$2 13,9 0,360"; F '#B9DB86'; d "ellipse $1,$2 5,3 0,360"; }
med_bowl() {
  bowl_back '#3E6FA8'
  rice_base '#D9B77E' 71 '#B58E55'
  # hummus
  F '#E9D3A8' '#C6A874' 2; d "ellipse 176,184 44,22 0,360"; F 'none' '#C6A874' 2; d "path 'M 150,184 C 160,172 196,172 200,184 C 196,194 166,194 162,184'"
  F '#C8502A'; d "circle 176,184 179,184"; d "circle 186,178 188,178"; d "circle 168,190 170,190"
  chicken_strip 260 172 -14; chicken_strip 292 182 8; chicken_strip 262 196 12
  cuke 330 178; cuke 350 196; cuke 322 204
  tomato_wedge 220 214; tomato_wedge 198 222; tomato_wedge 240 224
  olive 296 216; olive 314 222; olive 138 200; olive 152 212
  cube 214 160 '#FFFFFF' '#D8D8D8'; cube 232 168 '#FFFFFF' '#D8D8D8'; cube 276 214 '#FFFFFF' '#D8D8D8'; cube 350 214 '#FFFFFF' '#D8D8D8'
  crumbs 72 '#4E9A2E' 10 120 360 166 214 2
  bowl_front '#2F5F96' '#1E416B'
}
shrimp() { R $1 $2 $3; F '#F7A07A' '#D0623A' 2; d "path 'M -16,6 C -20,-14 10,-20 16,-2 C 18,6 10,10 6,4 C 4,-6 -6,-6 -6,6 Z'"; F 'none' '#FFFFFF' 1; d "line -10,-4 -4,-10"; d "line 0,-8 6,-12"; F '#E0532A'; d "ellipse 10,4 4,3 0,360"; P; }
poke_bowl() {
  bowl_back '#2E8C8A'
  rice_base '#FFFFFF' 81 '#EFEFEF'
  local i
  # seaweed salad
  seed 83; F 'none' '#3FA33A' 3
  for i in $(seq 1 22); do rnd 150 206; local x=$r; rnd 168 196; local y=$r; rnd -10 10; d "path 'M $x,$y C $(( x + 6 )),$(( y - 10 + r )) $(( x + 14 )),$(( y + 8 )) $(( x + 22 )),$(( y - 2 + r ))'"; done
  # edamame
  seed 82; for i in $(seq 1 9); do rnd 130 180; local x=$r; rnd 196 222; R $x $r $(( i * 25 )); F '#7BBF3A' '#4D8A1E' 1; d "ellipse 0,0 9,6 0,360"; P; done
  # shrimp
  for i in "238 166 0" "270 176 30" "234 192 -20" "268 204 10" "300 192 40" "206 206 -30"; do
    set -- $i; R $1 $2 $3; d "scale 1.35,1.35"; F '#F7A07A' '#D0623A' 2; d "path 'M -16,6 C -20,-14 10,-20 16,-2 C 18,6 10,10 6,4 C 4,-6 -6,-6 -6,6 Z'"
    F 'none' '#FFFFFF' 1; d "line -10,-4 -4,-10"; d "line 0,-8 6,-12"; F '#E0532A'; d "ellipse 10,4 4,3 0,360"; P
  done
  # mango cubes
  seed 84; for i in $(seq 1 7); do rnd 318 364; local x=$r; rnd 176 214; local y=$r; rnd -30 30; R $x $y $r; F '#FFB020' '#D98A10' 1; d "roundrectangle -8,-7 8,7 3,3"; F '#FFD36B'; d "ellipse -3,-3 3,2 0,360"; P; done
  cuke 250 226; cuke 280 224
  # spicy mayo drizzle + sesame
  F 'none' '#F2703A' 3; d "path 'M 196,170 C 216,150 226,196 246,176 C 266,156 276,200 296,180 C 316,160 326,204 346,186'"
  crumbs 85 '#222222' 14 190 320 160 220 1
  crumbs 86 '#FFF3D1' 14 190 320 160 220 1
  bowl_front '#23706F' '#154F4E'
}
# ---------------------------------------------------------------------------
# Sides
# ---------------------------------------------------------------------------
T() { d "push graphic-context translate $1,$2"; }
# cos/sin * 100 for 0,30,...,330 degrees (bash has no trig)
COS=(100 87 50 0 -50 -87 -100 -87 -50 0 50 87)
SIN=(0 50 87 100 87 50 0 -50 -87 -100 -87 -50)
fries_carton() { # carton carton_dark fry fry_dark [seed]
  local c=$1 cd=$2 f=$3 fd=$4 i
  F "$cd"; d "path 'M 166,170 L 314,170 L 308,214 L 172,214 Z'"
  seed ${5:-91}
  for i in $(seq 1 26); do
    rnd 172 308; local x=$r; rnd 58 128; local len=$r; rnd -6 6; local a=$(( (x - 240) / 6 + r ))
    R $x 214 $a; F "$f" "$fd" 2; d "roundrectangle -7,-$len 7,60 3,3"
    F '#FFFFFF'; d "fill-opacity 0.35"; d "roundrectangle -4,-$(( len - 4 )) -1,40 1,1"; d "fill-opacity 1"
    F "$fd"; d "roundrectangle -7,-$len 7,-$(( len - 3 )) 3,3"; P
  done
  F "$c" "$cd" 2; d "path 'M 150,180 C 196,214 284,214 330,180 L 306,314 C 272,322 208,322 174,314 Z'"
  F '#FFFFFF'; d "fill-opacity 0.9"; d "path 'M 170,262 C 200,246 226,276 250,260 C 274,244 296,270 316,256 L 313,272 C 292,286 272,262 250,276 C 226,292 200,262 172,278 Z'"
  d "fill-opacity 0.18"; d "path 'M 162,196 C 170,206 180,212 190,214 L 194,312 C 186,312 180,310 176,306 Z'"; d "fill-opacity 1"
}
onion_ring() { # cx cy rx ry
  F 'none' '#9A5A16' 24; d "ellipse $1,$2 $3,$4 0,360"
  F 'none' '#E2A244' 18; d "ellipse $1,$2 $3,$4 0,360"
  F 'none' '#F3C56E' 5; d "ellipse $1,$(( $2 - 4 )) $3,$4 200,340"
  local k; F '#B8741F'
  for k in 0 2 3 5 7 9 10; do d "ellipse $(( $1 + $3 * COS[k] / 100 )),$(( $2 + $4 * SIN[k] / 100 )) 3,2 0,360"; done
}
onion_rings_plate() {
  plate 240 272 170 52
  onion_ring 232 262 74 24; onion_ring 246 236 70 23; onion_ring 230 210 72 23; onion_ring 248 184 66 22; onion_ring 238 160 60 20
  dip_cup 376 262 '#B5532A' '#7A2E12'
}
tot() { R $1 $2 $3; F '#E0A040' '#A8691E' 2; d "roundrectangle -14,-10 14,10 8,8"; F '#F2C46E'; d "ellipse -4,-4 6,3 0,360"; F '#B8741F'; d "circle 6,4 7,4"; d "circle -8,5 -7,5"; P; }
loaded_tots() {
  boat '#8A5A2B'
  seed 95; local i
  for i in $(seq 1 26); do rnd 140 340; local x=$r; rnd 160 222; local y=$r; rnd -30 30; tot $x $y $r; done
  F 'none' '#F6A821' 9
  d "path 'M 140,196 C 170,160 200,224 230,180 C 256,146 280,220 310,176 C 326,156 340,190 346,200'"
  d "path 'M 160,214 C 190,190 220,226 250,204 C 280,184 300,222 330,206'"
  crumbs 96 '#A8432A' 22 150 330 160 214 4
  seed 97; F 'none' '#4E9A2E' 3; for i in $(seq 1 16); do rnd 150 330; local x=$r; rnd 158 212; d "ellipse $x,$r 4,3 0,360"; done
  boat_front '#B7834A' '#7E5428'
}
mac_surface() { # cx cy rx ry seed
  F '#F4B52E'; d "ellipse $1,$2 $3,$4 0,360"
  seed $5; local i
  for i in $(seq 1 $(( $3 * $4 / 90 ))); do
    rnd $(( -$3 + 14 )) $(( $3 - 14 )); local x=$(( $1 + r )); rnd $(( -$4 + 8 )) $(( $4 - 8 )); local y=$(( $2 + r ))
    local dx=$(( x - $1 )) dy=$(( y - $2 )); (( dx * dx * 100 / ($3 * $3) + dy * dy * 100 / ($4 * $4) > 80 )) && continue
    rnd 0 330; R $x $y $r; F 'none' '#E08A12' 6; d "ellipse 0,0 9,6 200,20"; F 'none' '#FFD45E' 3; d "ellipse 0,-1 9,6 210,10"; P
  done
  crumbs $(( $5 + 1 )) '#B8621A' $(( $3 / 5 )) $(( $1 - $3 + 20 )) $(( $1 + $3 - 20 )) $(( $2 - $4 + 8 )) $(( $2 + $4 - 8 )) 3
}
mac_skillet() {
  F '#1F1F1F'; d "roundrectangle 356,190 470,212 10,10"
  F '#2B2B2B' '#111111' 2; d "ellipse 240,214 150,62 0,360"
  F '#3A3A3A'; d "ellipse 240,206 136,52 0,360"
  mac_surface 240 206 126 46 101
  F '#FFFFFF'; d "fill-opacity 0.12"; d "ellipse 200,236 80,12 0,360"; d "fill-opacity 1"
}
ramekin() { # cx cy rx colour dark
  local x=$1 y=$2 rx=$3 ry=$(( $3 / 3 ))
  F "$4" "$5" 2; d "path 'M $(( x - rx )),$y L $(( x - rx + 10 )),$(( y + rx * 7 / 10 )) C $(( x - rx / 2 )),$(( y + rx * 9 / 10 )) $(( x + rx / 2 )),$(( y + rx * 9 / 10 )) $(( x + rx - 10 )),$(( y + rx * 7 / 10 )) L $(( x + rx )),$y Z'"
  F 'none' "$5" 2; local k; for k in -60 -30 0 30 60; do d "line $(( x + k * rx / 100 )),$(( y + ry )) $(( x + k * rx / 100 * 9 / 10 )),$(( y + rx * 3 / 4 ))"; done
  F "$4" "$5" 2; d "ellipse $x,$y $rx,$ry 0,360"
}
coleslaw_cup() {
  ramekin 240 200 130 '#FFFFFF' '#D6CDBD'
  F '#EEF3D2' '#CFD9A4' 2; d "path 'M 120,204 C 130,140 350,140 360,204 Z'"
  seed 111; local i
  for i in $(seq 1 170); do rnd 128 352; local x=$r; rnd 150 204; local y=$r
    (( y < 152 + 56 * (x - 240) * (x - 240) / 12100 )) && continue
    rnd 0 9; local c='#F7F7E4'; (( r < 3 )) && c='#9B5FB0'; (( r == 3 || r == 4 )) && c='#F08A2E'; (( r == 5 )) && c='#B9D98A'
    rnd -16 16; F 'none' "$c" 3; d "line $x,$y $(( x + 14 )),$(( y + r / 2 ))"; done
  F '#4E9A2E'; d "ellipse 262,152 8,5 0,360"; d "ellipse 250,148 7,4 0,360"; d "ellipse 272,146 6,4 0,360"
}
side_salad() {
  Z 220 220 0.82
  bowl_back '#F0E6D6'
  greens 121 '#6DBE45' '#9ACD50' '#4E9A2E' '#B5D86B' '#7A3E6A'
  tomato_wedge 200 176; tomato_wedge 276 170; tomato_wedge 240 196; tomato_wedge 170 196
  cuke 224 170; cuke 306 190; cuke 150 178
  seed 122; F 'none' '#F28C28' 3; local i; for i in $(seq 1 14); do rnd 150 330; local x=$r; rnd 160 204; d "line $x,$r $(( x + 12 )),$(( r - 5 ))"; done
  bowl_front '#F4EBDD' '#CBB89B'
  P
  dip_cup 402 262 '#F3EFE3' '#6FA83A'
}

# ---------------------------------------------------------------------------
# Breakfast
# ---------------------------------------------------------------------------
pancake() { # y (top surface centre)
  F '#C47C34' '#9A5A20' 2; d "path 'M 128,$1 L 128,$(( $1 + 14 )) A 112,30 0 0,0 352,$(( $1 + 14 )) L 352,$1 Z'"
  F '#EDB368' '#C88A40' 2; d "ellipse 240,$1 112,30 0,360"
  F '#F6CC8A'; d "ellipse 214,$(( $1 - 6 )) 50,10 0,360"
}
blueberry() { F '#3E4C8C' '#27305C' 1; d "circle $1,$2 $(( $1 + 7 )),$2"; F '#6B7BC0'; d "circle $(( $1 - 2 )),$(( $2 - 2 )) $1,$(( $2 - 2 ))"; }
pancake_stack() {
  plate 240 270 180 54
  pancake 248; pancake 226; pancake 204; pancake 182
  # syrup pool + drips
  F '#A2521A'; d "fill-opacity 0.9"
  d "path 'M 160,176 C 170,160 300,158 318,174 C 330,186 300,198 260,200 C 210,204 150,192 160,176 Z'"
  d "roundrectangle 166,186 178,232 6,6"; d "roundrectangle 300,190 312,222 6,6"; d "roundrectangle 246,196 258,252 6,6"
  d "fill-opacity 1"
  F '#FFFFFF'; d "fill-opacity 0.35"; d "ellipse 220,172 30,4 0,360"; d "fill-opacity 1"
  F '#FFE9A0' '#E6C66A' 2; d "polygon 222,160 262,156 268,172 226,178"; F '#FFF6CF'; d "polygon 222,160 262,156 258,162 226,164"
  blueberry 120 276; blueberry 134 286; blueberry 346 280
}
burrito_half() { # x y angle
  R $1 $2 $3
  F '#D5DADF' '#8E959C' 2; d "path 'M -110,-40 L -20,-46 L -20,46 L -110,40 L -104,20 L -112,0 L -104,-20 Z'"
  F 'none' '#F4F6F8' 3; d "line -100,-28 -40,-36"; d "line -96,22 -36,32"; d "line -90,-4 -50,6"
  F 'none' '#A9B0B7' 2; d "line -96,-14 -44,-20"; d "line -92,34 -60,12"
  F '#E9CC94' '#BF9A5A' 2; d "roundrectangle -40,-46 40,46 30,30"
  F '#F3DDAE' '#BF9A5A' 2; d "ellipse 40,0 30,46 0,360"
  F '#F7D154'; d "ellipse 40,0 24,40 0,360"
  F '#E2B56A'; d "roundrectangle 30,-24 40,-14 2,2"; d "roundrectangle 46,6 56,16 2,2"; d "roundrectangle 30,18 40,28 2,2"
  F '#8A4B2C'; d "ellipse 48,-10 5,4 0,360"; d "ellipse 34,4 4,3 0,360"; d "ellipse 50,26 4,3 0,360"
  F '#D93A2A'; d "ellipse 44,-28 3,3 0,360"; F '#4E9A2E'; d "ellipse 28,-6 3,2 0,360"; d "ellipse 54,-20 2,3 0,360"
  F '#F29A1F'; d "ellipse 36,-30 4,2 0,360"; P
}
burrito_plate() {
  plate 240 262 180 56
  burrito_half 206 254 -4
  burrito_half 262 196 -18
  dip_cup 396 246 '#D7392A' '#F6E6C8'
}
avocado_toast() {
  plate 240 258 190 60
  d "push graphic-context translate 240,206 rotate -8 scale 1,0.72"
  F '#A8692F' '#7E4A1E' 2; d "path 'M -104,80 L -104,-46 C -128,-112 -40,-124 0,-96 C 40,-124 128,-112 104,-46 L 104,80 C 60,90 -60,90 -104,80 Z'"
  F '#E9BE78'; d "path 'M -92,70 L -92,-44 C -112,-100 -36,-108 0,-84 C 36,-108 112,-100 92,-44 L 92,70 C 50,78 -50,78 -92,70 Z'"
  F '#8FC046' '#6A9A2E' 2; d "path 'M -80,50 C -96,20 -90,-40 -70,-60 C -40,-90 30,-84 60,-66 C 92,-46 90,10 82,40 C 70,70 -60,76 -80,50 Z'"
  seed 131; local i
  F '#B9DB6C'; for i in $(seq 1 14); do rnd -70 70; local x=$r; rnd -60 50; d "ellipse $x,$r 9,6 0,360"; done
  F '#5E8C24'; for i in $(seq 1 10); do rnd -70 70; local x=$r; rnd -60 50; d "ellipse $x,$r 3,2 0,360"; done
  for i in "-40 -20" "20 -40" "36 20" "-30 34"; do set -- $i; F '#E54B6B' '#B82C4C' 2; d "circle $1,$2 $(( $1 + 15 )),$2"; F '#FFF0F4'; d "circle $1,$2 $(( $1 + 10 )),$2"; done
  crumbs 132 '#222222' 26 -70 70 -70 50 1
  crumbs 133 '#FFF6E0' 20 -70 70 -70 50 2
  crumbs 134 '#D0402A' 10 -70 70 -70 50 1
  P
  F '#F7D63C' '#D1A919' 2; d "path 'M 350,250 A 26,16 0 0,1 402,250 Z'"; F '#FBEA8A'; d "path 'M 356,248 A 20,11 0 0,1 396,248 Z'"
}
parfait_glass() {
  # liquid layers clipped to the tapered glass: x(y) = 182 + (y-120)*12/190
  local y1 y2 c
  for spec in "276 300 #D9A96A" "246 276 #FFFDF6" "226 246 #C2264B" "206 226 #D9A96A" "170 206 #FFFDF6"; do
    set -- $spec; y1=$1; y2=$2; c=$3
    F "$c"; d "polygon $(( 182 + (y1 - 120) * 12 / 190 )),$y1 $(( 298 - (y1 - 120) * 12 / 190 )),$y1 $(( 298 - (y2 - 120) * 12 / 190 )),$y2 $(( 182 + (y2 - 120) * 12 / 190 )),$y2"
  done
  crumbs 141 '#A8732F' 26 188 292 278 298 2; crumbs 142 '#A8732F' 22 188 292 208 224 2
  crumbs 143 '#5A2A6A' 10 188 292 228 244 4; crumbs 144 '#E8445A' 8 188 292 228 244 4
  # top: yogurt dome, berries, granola, mint, honey
  F '#FFFDF6' '#E8E0CC' 1; d "path 'M 184,172 C 190,140 290,140 296,172 Z'"
  F '#D9A96A'; d "ellipse 214,152 12,6 0,360"; d "ellipse 228,146 8,4 0,360"
  F '#D32F4A' '#9E1F36' 1; d "path 'M 246,150 C 240,130 268,128 266,150 C 264,162 250,162 246,150 Z'"
  blueberry 276 154; blueberry 262 160; blueberry 206 164
  F '#E8445A'; d "circle 224,162 230,162"
  F '#4FA84A'; d "ellipse 254,130 8,4 0,360"; d "ellipse 264,128 7,3 30,390"
  F 'none' '#E8A317' 3; d "path 'M 196,166 C 220,176 250,160 284,170'"
  # glass
  F '#FFFFFF' '#C9D4D8' 3; d "fill-opacity 0.18"; d "path 'M 178,116 L 302,116 L 290,302 C 280,314 200,314 190,302 Z'"; d "fill-opacity 1"
  F '#FFFFFF'; d "fill-opacity 0.45"; d "polygon 190,130 200,130 206,296 198,294"; d "fill-opacity 1"
  F 'none' '#C9D4D8' 3; d "ellipse 240,116 62,8 0,360"
  F '#C9D4D8'; d "ellipse 240,306 54,6 0,360"
}
toast_stick() { # x y angle
  R $1 $2 $3; F '#C8803A' '#8E5220' 2; d "roundrectangle -70,-15 70,15 8,8"
  F '#E9B066'; d "roundrectangle -64,-13 64,-2 6,6"
  F '#8E5220'; d "circle -40,4 -39,4"; d "circle 10,6 11,6"; d "circle 40,2 41,2"; d "circle -16,-6 -15,-6"
  F '#FFFFFF'; d "fill-opacity 0.85"; d "circle -30,-8 -28,-8"; d "circle 6,-10 8,-10"; d "circle 34,-8 36,-8"; d "circle -6,-4 -4,-4"; d "circle 52,-6 54,-6"; d "fill-opacity 1"; P
}
french_toast_plate() {
  plate 230 262 180 56
  toast_stick 206 276 -8; toast_stick 214 246 6; toast_stick 200 216 -4; toast_stick 230 196 12; toast_stick 226 232 -22
  dip_cup 380 244 '#A2521A'
  F '#FFFFFF'; d "fill-opacity 0.7"; crumbs 151 '#FFFFFF' 30 140 320 180 300 2; d "fill-opacity 1"
}

# ---------------------------------------------------------------------------
# Kids meals: main + apple slices + little milk carton
# ---------------------------------------------------------------------------
milk_carton() { # x y (bottom centre)
  local x=$1 y=$2
  F '#DCE6F2' '#9FB3C8' 2; d "polygon $(( x + 30 )),$(( y - 100 )) $(( x + 46 )),$(( y - 110 )) $(( x + 46 )),$(( y - 8 )) $(( x + 30 )),$y"
  F '#FFFFFF' '#9FB3C8' 2; d "rectangle $(( x - 30 )),$(( y - 100 )) $(( x + 30 )),$y"
  F '#EAF1F8' '#9FB3C8' 2; d "polygon $(( x - 30 )),$(( y - 100 )) $(( x - 14 )),$(( y - 128 )) $(( x + 46 )),$(( y - 128 )) $(( x + 46 )),$(( y - 110 )) $(( x + 30 )),$(( y - 100 ))"
  F '#FFFFFF' '#9FB3C8' 2; d "polygon $(( x - 30 )),$(( y - 100 )) $(( x - 14 )),$(( y - 128 )) $(( x + 2 )),$(( y - 128 )) $(( x + 30 )),$(( y - 100 ))"
  F '#DCE6F2' '#9FB3C8' 2; d "rectangle $(( x - 14 )),$(( y - 136 )) $(( x + 46 )),$(( y - 128 ))"
  F '#2F80ED'; d "rectangle $(( x - 29 )),$(( y - 62 )) $(( x + 29 )),$(( y - 30 ))"
  F '#FFFFFF'; d "path 'M $x,$(( y - 58 )) C $(( x - 10 )),$(( y - 44 )) $(( x - 8 )),$(( y - 34 )) $x,$(( y - 34 )) C $(( x + 8 )),$(( y - 34 )) $(( x + 10 )),$(( y - 44 )) $x,$(( y - 58 )) Z'"
}
apple_slice() { # x y angle
  R $1 $2 $3; F '#D7263D' '#9E1A2C' 2; d "path 'M -34,0 C -30,-26 30,-26 34,0 Z'"
  F '#FFF4D6'; d "path 'M -28,-2 C -24,-20 24,-20 28,-2 Z'"; F '#6B4A2A'; d "ellipse -6,-8 2,3 0,360"; d "ellipse 6,-8 2,3 0,360"; P
}
kids_extras() {
  milk_carton 392 296
  apple_slice 96 292 -12; apple_slice 128 302 6; apple_slice 92 316 -4
}
nugget() { R $1 $2 $3; F '#DC9A3A' '#A8641A' 2; d "path 'M -22,-4 C -24,-18 -4,-20 4,-16 C 18,-20 26,-8 22,4 C 20,16 4,18 -6,14 C -18,16 -24,8 -22,-4 Z'"; F '#F0BE64'; d "ellipse -6,-6 8,4 0,360"; d "ellipse 10,4 5,3 0,360"; P; }
grilled_cheese_half() { # x y angle
  R $1 $2 $3
  F '#F6B21E'; d "path 'M -70,40 L 70,40 L 64,50 C 40,60 20,46 0,56 C -20,46 -50,60 -66,50 Z'"
  F '#D9953E' '#9A5E20' 2; d "path 'M -74,40 L 0,-70 L 74,40 Z'"
  F '#EDB463'; d "path 'M -60,32 L 0,-56 L 60,32 Z'"
  F 'none' '#B8741F' 4; d "line -30,10 10,-40"; d "line -10,30 30,-20"; d "line 16,34 44,-2"
  F '#F6B21E'; d "roundrectangle -64,36 64,46 4,4"; d "ellipse -30,48 7,9 0,360"; d "ellipse 22,50 6,8 0,360"
  P
}
kids_cheeseburger_meal() {
  T -20 10; Z 240 200 0.95; burger mini_sesame "$BUN" mini_bottom ketchup mini_patty cheese; P; P
  kids_extras
}
kids_bites_meal() {
  plate 220 262 150 48
  nugget 170 246 10; nugget 214 256 -20; nugget 258 244 30; nugget 190 222 -10; nugget 236 222 15; nugget 278 266 0
  dip_cup 312 262 '#D7261E'
  kids_extras
}
kids_grilled_cheese_meal() {
  plate 224 266 160 50
  grilled_cheese_half 196 246 -8
  grilled_cheese_half 258 218 16
  kids_extras
}
kids_mac_meal() {
  F '#2F80ED' '#1C5FB8' 2; d "ellipse 226,202 116,30 0,360"
  mac_surface 226 200 104 24 161
  F '#4BA3F5' '#1C5FB8' 2; d "path 'M 110,202 A 116,30 0 0,0 342,202 C 338,262 290,292 226,292 C 162,292 114,262 110,202 Z'"
  F '#F2C12E'; d "circle 170,246 180,246"; d "circle 226,262 236,262"; d "circle 282,246 292,246"
  F '#FFFFFF'; d "fill-opacity 0.3"; d "path 'M 126,214 C 132,248 156,270 186,280 C 160,262 142,240 136,216 Z'"; d "fill-opacity 1"
  kids_extras
}
# ---------------------------------------------------------------------------
# Drinks
# ---------------------------------------------------------------------------
straw() { # x y angle colour stripe
  R $1 $2 $3; F "$4"; d "roundrectangle -6,-90 6,40 4,4"
  [[ -n ${5:-} ]] && { F "$5"; local k; for k in -80 -56 -32 -8 16; do d "polygon -6,$k 6,$(( k - 10 )) 6,$(( k - 2 )) -6,$(( k + 8 ))"; done; }
  P
}
cup_body_path="M 172,120 L 308,120 L 292,304 C 290,312 284,314 276,314 L 204,314 C 196,314 190,312 188,304 Z"
paper_cup() { # body dark band
  straw 262 112 12 '#FFFFFF' "$3"
  F "$1" "$2" 2; d "path '$cup_body_path'"
  F '#FFFFFF'; d "path 'M 180,206 C 206,190 230,222 256,204 C 276,190 292,206 302,198 L 299,232 C 284,242 272,222 252,236 C 226,254 204,222 183,240 Z'"
  F '#FFFFFF'; d "fill-opacity 0.2"; d "polygon 182,130 198,130 206,306 196,306"; d "fill-opacity 1"
  F '#F4F4F4' '#C8C8C8' 2; d "roundrectangle 164,108 316,124 8,8"
  F '#FFFFFF' '#C8C8C8' 2; d "path 'M 176,110 C 186,86 294,86 304,110 Z'"
  F '#FFFFFF'; d "fill-opacity 0.6"; d "ellipse 214,100 18,4 0,360"; d "fill-opacity 1"
}
ice() { R $1 $2 $3; F '#FFFFFF' '#FFFFFF' 1; d "fill-opacity 0.45"; d "roundrectangle -15,-13 15,13 5,5"; d "fill-opacity 0.8"; d "roundrectangle -10,-9 -2,-4 2,2"; d "fill-opacity 1"; P; }
clear_cup() { # liquid liquid_dark garnish(lemon_wheel|lemon_wedge|cream|strawberry|none) straw_colour
  local liq=$1 dk=$2
  straw 258 112 10 "$4"
  F "$liq"; d "path 'M 175,146 L 305,146 L 292,304 C 290,312 284,314 276,314 L 204,314 C 196,314 190,312 188,304 Z'"
  F "$dk"; d "fill-opacity 0.35"; d "path 'M 250,146 L 305,146 L 292,304 C 290,312 284,314 276,314 L 262,314 Z'"; d "fill-opacity 1"
  if [[ $3 == cream ]]; then
    F '#F3E4CC'; d "fill-opacity 0.8"; d "path 'M 176,150 C 210,170 260,140 304,160 L 302,190 C 260,170 220,200 178,176 Z'"
    d "path 'M 180,196 C 220,210 250,190 300,204 L 298,222 C 250,210 220,230 182,214 Z'"; d "fill-opacity 1"
  fi
  ice 206 170 12; ice 250 162 -10; ice 272 196 20; ice 222 206 -18; ice 200 240 8
  [[ $3 == strawberry ]] && { F '#D7263D'; d "circle 230,270 238,270"; d "circle 262,252 268,252"; }
  # cup (clear plastic)
  F '#FFFFFF' '#B8C7CC' 2; d "fill-opacity 0.15"; d "path '$cup_body_path'"; d "fill-opacity 1"
  F '#FFFFFF'; d "fill-opacity 0.45"; d "polygon 182,130 196,130 204,306 194,306"; d "fill-opacity 1"
  # droplets
  F '#FFFFFF'; d "fill-opacity 0.7"; d "ellipse 280,236 3,5 0,360"; d "ellipse 214,280 2,4 0,360"; d "ellipse 286,170 2,4 0,360"; d "ellipse 232,228 2,3 0,360"; d "fill-opacity 1"
  F '#FFFFFF' '#B8C7CC' 2; d "fill-opacity 0.5"; d "roundrectangle 166,112 314,124 6,6"; d "path 'M 176,114 C 186,86 294,86 304,114 Z'"; d "fill-opacity 1"
  case $3 in
    lemon_wheel) F '#F7D63C' '#D1A919' 3; d "circle 318,128 352,128"; F '#FBEA8A'; d "circle 318,128 344,128"
                 F 'none' '#F7D63C' 2; local k; for k in 0 2 4 6 8 10; do d "line 318,128 $(( 318 + 24 * COS[k] / 100 )),$(( 128 + 24 * SIN[k] / 100 ))"; done ;;
    lemon_wedge) R 312 130 30; F '#F7D63C' '#D1A919' 2; d "path 'M -28,0 A 28,22 0 0,0 28,0 Z'"; F '#FBEA8A'; d "path 'M -22,1 A 22,16 0 0,0 22,1 Z'"; P ;;
  esac
}
coffee_cup() { # paper cup with sleeve and steam
  F 'none' '#FFFFFF' 5; d "stroke-opacity 0.8"
  d "path 'M 220,92 C 206,72 234,62 220,42'"; d "path 'M 246,90 C 232,66 262,58 246,30'"; d "path 'M 270,92 C 258,74 282,64 270,46'"; d "stroke-opacity 1"
  F '#FAFAF6' '#CFCAC0' 2; d "path '$cup_body_path'"
  F '#B98A55' '#8E6536' 2; d "polygon 180,176 300,176 294,262 186,262"
  F '#1F6F5C'; d "circle 240,219 262,219"; F '#F2A541'; d "path 'M 240,204 C 226,212 232,232 240,236 C 248,232 254,212 240,204 Z'"
  F '#FFFFFF'; d "fill-opacity 0.3"; d "polygon 182,130 196,130 204,306 194,306"; d "fill-opacity 1"
  F '#2B2B2B' '#111111' 2; d "roundrectangle 164,108 316,126 8,8"; d "path 'M 176,112 C 180,92 300,92 304,112 Z'"
  F '#4A4A4A'; d "ellipse 262,100 10,3 0,360"
}
saucer_cup() { # cup colour, dark, drink colour, art(heart|cream)
  F '#E9E1D6'; d "ellipse 240,292 150,36 0,360"
  F '#FFFFFF' '#D8CFC0' 2; d "ellipse 240,286 150,34 0,360"; F '#F4EEE4'; d "ellipse 240,286 80,16 0,360"
  F 'none' "$2" 14; d "ellipse 340,214 30,26 270,450"
  F "$1" "$2" 2; d "path 'M 136,176 C 136,260 170,292 240,292 C 310,292 344,260 344,176 Z'"
  F '#FFFFFF'; d "fill-opacity 0.25"; d "path 'M 150,190 C 152,240 170,268 200,280 C 178,260 164,232 162,190 Z'"; d "fill-opacity 1"
  F "$1" "$2" 2; d "ellipse 240,176 104,26 0,360"
  F "$3"; d "ellipse 240,178 94,21 0,360"
  if [[ $4 == heart ]]; then
    F '#FBF3E4'; d "path 'M 240,192 C 210,178 212,162 228,162 C 236,162 240,168 240,172 C 240,168 244,162 252,162 C 268,162 270,178 240,192 Z'"
    F 'none' '#FBF3E4' 2; d "path 'M 214,180 C 224,188 256,188 266,180'"
  else
    F '#FFFFFF' '#EDE6DA' 2
    d "ellipse 240,168 70,18 0,360"; d "ellipse 240,154 56,16 0,360"; d "ellipse 240,140 40,14 0,360"; d "ellipse 244,128 22,10 0,360"
    crumbs 171 '#6B3A22' 22 196 284 124 176 2
    F '#FFFFFF' '#E8DCCF' 1; d "roundrectangle 176,176 190,188 3,3"; d "roundrectangle 290,174 304,186 3,3"
  fi
}
oj_glass() {
  # whole orange half behind
  F '#F28C18' '#C96A0A' 2; d "circle 340,260 386,260"; F '#FFC04A' '#F28C18' 3; d "ellipse 336,258 36,34 0,360"
  F 'none' '#F9E3A0' 2; local k; for k in 0 2 4 6 8 10; do d "line 336,258 $(( 336 + 30 * COS[k] / 100 )),$(( 258 + 28 * SIN[k] / 100 ))"; done
  F '#FFA11A'; d "path 'M 186,140 L 294,140 L 284,300 C 282,310 276,312 268,312 L 212,312 C 204,312 198,310 196,300 Z'"
  F '#E07B00'; d "fill-opacity 0.35"; d "path 'M 250,140 L 294,140 L 284,300 C 282,310 276,312 268,312 L 256,312 Z'"; d "fill-opacity 1"
  crumbs 181 '#FFC46A' 20 196 284 150 300 2
  F '#FFFFFF' '#B8C7CC' 2; d "fill-opacity 0.18"; d "path 'M 178,110 L 302,110 L 286,302 C 284,312 278,316 270,316 L 210,316 C 202,316 196,312 194,302 Z'"; d "fill-opacity 1"
  F '#FFFFFF'; d "fill-opacity 0.5"; d "polygon 186,120 198,120 206,302 198,302"; d "fill-opacity 1"
  F 'none' '#B8C7CC' 2; d "ellipse 240,110 62,8 0,360"
  F '#FFB52E' '#E07B00' 3; d "circle 186,118 214,118"; F '#FFD37A'; d "circle 186,118 208,118"
  F 'none' '#FFB52E' 2; for k in 0 2 4 6 8 10; do d "line 186,118 $(( 186 + 20 * COS[k] / 100 )),$(( 118 + 20 * SIN[k] / 100 ))"; done
}
water_bottle() {
  F '#2F80ED' '#1C5FB8' 2; d "roundrectangle 218,60 262,84 4,4"
  F '#DDEFFB' '#8FB8D8' 2; d "fill-opacity 0.9"
  d "path 'M 222,84 L 258,84 L 258,100 C 290,118 298,136 298,160 L 298,296 C 298,310 290,316 278,316 L 202,316 C 190,316 182,310 182,296 L 182,160 C 182,136 190,118 222,100 Z'"
  d "fill-opacity 1"
  F '#BFE1F7'; d "path 'M 184,150 L 296,150 L 296,296 C 296,308 290,314 278,314 L 202,314 C 190,314 184,308 184,296 Z'"
  F 'none' '#A9D2EE' 2; d "line 184,250 296,250"; d "line 184,274 296,274"
  F '#1F6F5C'; d "rectangle 182,180 298,236"
  F '#FFFFFF'; d "path 'M 240,188 C 226,206 228,226 240,226 C 252,226 254,206 240,188 Z'"
  F '#F2A541'; d "rectangle 182,180 298,186"; d "rectangle 182,230 298,236"
  F '#FFFFFF'; d "fill-opacity 0.5"; d "roundrectangle 192,120 202,300 4,4"; d "fill-opacity 1"
}

# ---------------------------------------------------------------------------
# Desserts
# ---------------------------------------------------------------------------
cream_puff() { # cx cy scale(=r)  — whipped cream swirl
  local x=$1 y=$2 r=$3
  F '#FFFFFF' '#E9DFD2' 2
  d "ellipse $x,$y $(( r * 2 )),$(( r * 2 / 3 )) 0,360"
  d "ellipse $x,$(( y - r * 2 / 3 )) $(( r * 3 / 2 )),$(( r / 2 )) 0,360"
  d "ellipse $x,$(( y - r * 5 / 4 )) $r,$(( r * 2 / 5 )) 0,360"
  d "path 'M $(( x - r / 2 )),$(( y - r * 3 / 2 )) C $(( x - r / 3 )),$(( y - r * 5 / 2 )) $(( x + r / 3 )),$(( y - r * 5 / 2 )) $(( x + r / 3 )),$(( y - r * 3 / 2 )) Z'"
}
cherry() { F 'none' '#4E7A28' 3; d "path 'M $1,$(( $2 - 8 )) C $(( $1 + 4 )),$(( $2 - 28 )) $(( $1 + 16 )),$(( $2 - 34 )) $(( $1 + 22 )),$(( $2 - 38 ))'"; F '#C8102E' '#8E0B20' 2; d "circle $1,$2 $(( $1 + 12 )),$2"; F '#FFFFFF'; d "fill-opacity 0.6"; d "ellipse $(( $1 - 4 )),$(( $2 - 4 )) 3,2 0,360"; d "fill-opacity 1"; }
milkshake() { # shake colour, dark
  straw 270 96 14 '#E23B3B' '#FFFFFF'
  F "$1"; d "path 'M 178,112 C 178,170 200,230 226,258 L 254,258 C 280,230 302,170 302,112 Z'"
  F "$2"; d "fill-opacity 0.35"; d "path 'M 250,112 L 302,112 C 302,170 280,230 254,258 L 244,258 Z'"; d "fill-opacity 1"
  F '#FFFFFF' '#C9D4D8' 2; d "fill-opacity 0.2"; d "path 'M 170,100 C 170,170 196,236 224,262 L 224,290 C 200,294 190,300 190,306 L 290,306 C 290,300 280,294 256,290 L 256,262 C 284,236 310,170 310,100 Z'"; d "fill-opacity 1"
  F '#FFFFFF'; d "fill-opacity 0.5"; d "path 'M 184,112 C 186,160 198,206 216,236 C 204,200 194,160 194,112 Z'"; d "fill-opacity 1"
  F '#E6EEF0' '#C9D4D8' 2; d "ellipse 240,306 52,8 0,360"
  cream_puff 240 100 34
  F 'none' "$2" 4; d "path 'M 200,96 C 214,104 226,84 240,94 C 254,104 266,84 280,94'"
  cherry 246 46
}
cookie() { # x y rx ry seed
  F '#C98A45' '#9A6228' 2; d "ellipse $1,$2 $3,$4 0,360"
  F '#DDA35E'; d "ellipse $(( $1 - 6 )),$(( $2 - 4 )) $(( $3 - 10 )),$(( $4 - 8 )) 0,360"
  seed $5; local i
  F '#4A2616'; for i in $(seq 1 11); do rnd $(( -$3 + 16 )) $(( $3 - 16 )); local x=$(( $1 + r )); rnd $(( -$4 + 10 )) $(( $4 - 10 )); local y=$(( $2 + r )); rnd 0 90
    R $x $y $r; d "polygon -6,-4 5,-6 7,3 -2,7 -7,2"; P; done
  F 'none' '#B07436' 2; d "path 'M $(( $1 - 30 )),$(( $2 - 6 )) C $(( $1 - 20 )),$(( $2 - 14 )) $(( $1 - 6 )),$(( $2 + 2 )) $(( $1 + 10 )),$(( $2 - 8 ))'"
  F '#FFFFFF'; d "rectangle $(( $1 + 20 )),$(( $2 - 10 )) $(( $1 + 23 )),$(( $2 - 7 ))"; d "rectangle $(( $1 - 14 )),$(( $2 + 12 )) $(( $1 - 11 )),$(( $2 + 15 ))"
}
cookies() {
  R 240 262 -6; F '#FFFFFF' '#E5DCCB' 2; d "polygon -150,-46 140,-56 156,40 -136,52"; P
  cookie 196 244 92 36 191
  cookie 290 200 84 78 192
}
soft_serve_cone() {
  # cone
  F '#D9A05B' '#A9702F' 2; d "polygon 176,176 304,176 244,338 236,338"
  F 'none' '#B9803F' 2; local k
  for k in 0 1 2 3 4; do d "line $(( 182 + k * 26 )),176 $(( 240 + k * 6 - 12 )),$(( 338 - k * 10 ))"; d "line $(( 298 - k * 26 )),176 $(( 240 - k * 6 + 12 )),$(( 338 - k * 10 ))"; done
  F '#C98D4A' '#A9702F' 2; d "roundrectangle 170,170 310,186 6,6"
  # swirl
  local c='#FFF8E7' s='#E8DCC2'
  F "$c" "$s" 2
  d "ellipse 240,170 76,20 0,360"; d "ellipse 240,150 66,18 0,360"; d "ellipse 240,130 54,16 0,360"; d "ellipse 240,112 40,14 0,360"; d "ellipse 240,96 26,11 0,360"
  d "path 'M 224,92 C 228,70 246,64 258,52 C 256,70 252,84 256,92 Z'"
  F 'none' '#FFFFFF' 3; d "path 'M 186,166 C 206,176 230,176 250,170'"; d "path 'M 196,146 C 214,154 234,154 250,150'"; d "path 'M 206,126 C 220,132 236,132 248,128'"
}
sundae() {
  # tulip glass dish
  F '#FFFFFF' '#C9D4D8' 2; d "fill-opacity 0.35"
  d "path 'M 226,258 L 226,296 C 200,300 186,306 186,312 L 294,312 C 294,306 280,300 254,296 L 254,258 Z'"; d "fill-opacity 1"
  F '#E6EEF0' '#C9D4D8' 2; d "ellipse 240,312 54,8 0,360"
  F '#FFF6E3' '#E9DCC4' 2; d "circle 196,196 240,196"; d "circle 284,196 328,196"; d "circle 240,170 286,170"
  F '#FFFFFF' '#C9D4D8' 2; d "fill-opacity 0.3"; d "path 'M 140,200 C 150,250 200,264 240,264 C 280,264 330,250 340,200 Z'"; d "fill-opacity 1"
  F '#FFF6E3'; d "path 'M 146,206 C 160,246 200,258 240,258 C 280,258 320,246 334,206 Z'"
  F '#FFFFFF'; d "fill-opacity 0.55"; d "path 'M 152,212 C 160,236 176,248 196,254 C 178,240 166,226 162,212 Z'"; d "fill-opacity 1"
  # hot fudge
  F '#4A2010'
  d "path 'M 156,190 C 170,130 310,120 326,190 L 322,214 L 314,196 L 306,232 L 296,198 L 282,206 L 276,236 L 266,206 L 236,214 L 230,246 L 220,210 L 196,206 L 188,230 L 180,200 L 164,212 Z'"
  F '#7A3A1C'; d "ellipse 214,160 22,6 -20,340"
  cream_puff 240 140 30
  seed 201; local i; F '#D9A45B' '#A9702F' 1
  for i in $(seq 1 16); do rnd 180 300; local x=$r; rnd 132 190; local y=$r; rnd 0 90; R $x $y $r; d "polygon -4,-3 4,-4 5,2 -3,4"; P; done
  cherry 240 86
}
brownie_block() { # x y (front-top-left corner) w h depth
  local x=$1 y=$2 w=$3 h=$4 dp=$5
  F '#3A1D10' '#24110A' 2; d "polygon $(( x + w )),$y $(( x + w + dp )),$(( y - dp * 2 / 3 )) $(( x + w + dp )),$(( y + h - dp * 2 / 3 )) $(( x + w )),$(( y + h ))"
  F '#4E2816' '#24110A' 2; d "rectangle $x,$y $(( x + w )),$(( y + h ))"
  F '#6B3A22' '#24110A' 2; d "polygon $x,$y $(( x + dp )),$(( y - dp * 2 / 3 )) $(( x + w + dp )),$(( y - dp * 2 / 3 )) $(( x + w )),$y"
  F '#7E4A2E'; d "polygon $(( x + 12 )),$(( y - 6 )) $(( x + 40 )),$(( y - dp / 2 )) $(( x + 70 )),$(( y - 10 )) $(( x + 30 )),$(( y - 4 ))"
  F '#5E321C'; local i; for i in 1 2 3 4 5 6; do d "circle $(( x + i * w / 7 )),$(( y + h / 2 + (i % 3) * 6 - 6 )) $(( x + i * w / 7 + 2 )),$(( y + h / 2 + (i % 3) * 6 - 6 ))"; done
}
walnut() { R $1 $2 $3; F '#C89B63' '#8E6536' 2; d "path 'M -12,0 C -12,-10 -4,-10 0,-6 C 4,-10 12,-10 12,0 C 12,8 4,10 0,6 C -4,10 -12,8 -12,0 Z'"; F 'none' '#8E6536' 1; d "line 0,-6 0,6"; P; }
brownies() {
  plate 240 270 180 52
  brownie_block 150 236 120 42 60
  brownie_block 196 184 120 42 60
  walnut 236 166 10; walnut 266 158 -20; walnut 292 170 30; walnut 318 158 0; walnut 180 226 20
  F '#4A2616'; d "fill-opacity 0.9"; d "path 'M 206,178 C 230,168 250,186 274,170 C 294,158 312,170 336,160 L 338,166 C 312,178 296,166 276,178 C 252,194 230,176 208,184 Z'"; d "fill-opacity 1"
}
pie_slice() {
  plate 240 268 180 54
  # side (front) face: filling over crust
  F '#D2E27E' '#9DB048' 2; d "polygon 120,240 360,206 360,248 120,282"
  F '#C8904A' '#8E6028' 2; d "polygon 120,270 360,236 360,252 120,286"
  # top face
  F '#E6F0A3' '#B4C45E' 2; d "polygon 120,240 300,150 360,206"
  # crust rim at the back
  F '#D9A45B' '#A9702F' 2; d "path 'M 296,146 C 320,146 364,180 366,208 C 356,212 344,200 336,190 C 324,176 304,160 296,146 Z'"
  F '#C8904A'; d "ellipse 322,170 5,3 40,400"; d "ellipse 344,192 5,3 40,400"
  cream_puff 300 184 18
  # lime twist
  R 244 196 -10; F '#5FAE2E' '#3E7E1A' 2; d "ellipse 0,0 30,10 0,360"; F '#C9E68A'; d "ellipse 0,-1 24,6 0,360"; F 'none' '#5FAE2E' 1; d "line -20,-1 20,-1"; P
  crumbs 211 '#8EA83A' 14 170 330 176 226 1
}
# ---------------------------------------------------------------------------
# ITEMS
# ---------------------------------------------------------------------------
item() { render "$IMG/items/$1.png" "$2" "$TMP/fg_$1.png"; }

# --- Burgers ---------------------------------------------------------------
board; burger sesame "$BUN" bun_bottom mayo patty pickles onion tomato lettuce;               item classic_burger burgers
board; burger sesame "$BUN" bun_bottom patty cheese bacon cheese tomato lettuce;              item bacon_cheeseburger burgers
board; burger brioche "$BRIOCHE" bun_bottom lettuce patty cheddar bacon onion_rings bbq;      item bbq_smokehouse_burger burgers
board; burger brioche "$BRIOCHE" bun_bottom patty swiss mushrooms mayo;                        item mushroom_swiss_burger burgers
board; burger brioche "$BRIOCHE" bun_bottom lettuce patty cheese avocado tomato mayo;         item avocado_ranch_burger burgers
board; burger sesame "$BUN" bun_bottom patty cheese jalapeno onion lettuce;                    item spicy_jalapeno_burger burgers
board; burger wheat "$WHEAT" bun_bottom lettuce veggie_patty cheddar tomato lettuce;            item harbor_veggie_burger burgers
# --- Chicken ---------------------------------------------------------------
board; burger brioche "$BRIOCHE" bun_bottom pickles fried_chicken mayo;                    item crispy_chicken_sandwich chicken
board; burger brioche "$BRIOCHE" bun_bottom pickles nashville slaw;                          item nashville_hot_sandwich chicken
board; burger sesame "$BUN" bun_bottom tomato grilled_chicken lettuce mayo;                item grilled_chicken_sandwich chicken
tenders_basket;                                                                             item chicken_tenders chicken
wings_plate '#D4531E' '#EE8A4E';                                                            item buffalo_wings chicken
wrap_plate;                                                                                 item chicken_club_wrap chicken
# --- Bowls & salads ----------------------------------------------------------
cobb_bowl;       item harbor_cobb_salad bowls_salads
caesar_bowl;     item caesar_salad bowls_salads
southwest_bowl;  item southwest_burrito_bowl bowls_salads
salmon_bowl;     item teriyaki_salmon_bowl bowls_salads
med_bowl;        item mediterranean_grain_bowl bowls_salads
poke_bowl;       item shrimp_poke_bowl bowls_salads
# --- Sides ------------------------------------------------------------------
fries_carton '#D7332B' '#A3221C' '#F6C94A' '#D39A1E' 91;     item classic_fries sides
fries_carton '#1F6F5C' '#134A3D' '#F08A3A' '#C25E1A' 92;     item sweet_potato_fries sides
onion_rings_plate;   item onion_rings sides
loaded_tots;         item loaded_tots sides
mac_skillet;         item mac_and_cheese sides
coleslaw_cup;        item coleslaw sides
side_salad;          item side_salad sides
# --- Breakfast --------------------------------------------------------------
pancake_stack;                                                               item buttermilk_pancakes breakfast
board; burger muffin '#E9CFA0' muffin_bottom sausage cheddar egg;            item sunrise_breakfast_sandwich breakfast
burrito_plate;                                                               item breakfast_burrito breakfast
avocado_toast;                                                               item avocado_toast breakfast
parfait_glass;                                                               item greek_yogurt_parfait breakfast
french_toast_plate;                                                          item french_toast_sticks breakfast
# --- Kids -------------------------------------------------------------------
kids_cheeseburger_meal;    item kids_cheeseburger kids
kids_bites_meal;           item kids_chicken_bites kids
kids_grilled_cheese_meal;  item kids_grilled_cheese kids
kids_mac_meal;             item kids_mac_and_cheese kids
# --- Drinks -----------------------------------------------------------------
paper_cup '#D7332B' '#A3221C' '#D7332B';                      item fountain_soda drinks
clear_cup '#FBE27A' '#E9C23A' lemon_wheel '#F2A541';         item fresh_lemonade drinks
clear_cup '#B5651D' '#7A3E0E' lemon_wedge '#1F6F5C';         item iced_tea drinks
clear_cup '#4A2A16' '#2A160A' cream '#2B2B2B';               item cold_brew drinks
saucer_cup '#1F6F5C' '#134A3D' '#C8915A' heart;              item cafe_latte drinks
coffee_cup;                                                   item hot_coffee drinks
saucer_cup '#C0392B' '#8E2418' '#5A2E18' cream;              item hot_chocolate drinks
oj_glass;                                                     item orange_juice drinks
water_bottle;                                                 item bottled_water drinks
# --- Desserts ---------------------------------------------------------------
milkshake '#7B4A2E' '#4A2616';   item hand_spun_milkshake desserts
cookies;                         item chocolate_chip_cookie desserts
soft_serve_cone;                 item soft_serve_cone desserts
sundae;                          item hot_fudge_sundae desserts
brownies;                        item walnut_fudge_brownie desserts
pie_slice;                       item key_lime_pie desserts

# ---------------------------------------------------------------------------
# CATEGORIES — three foods composed into one picture (left, right, centre).
# ---------------------------------------------------------------------------
# fg NAME: render $M (transparent) to $TMP/cfg_NAME.png for later composition
fg() {
  $CONVERT -size 480x360 xc:none -draw "stroke-linejoin round stroke-linecap round $M" "$TMP/cfg_$1.png" 2>"$TMP/err"
  if [[ -s $TMP/err ]]; then echo "error drawing $1:" >&2; cat "$TMP/err" >&2; exit 1; fi
  M=""
}
# category ID LEFT.png RIGHT.png CENTRE.png
category() {
  $CONVERT -size 480x360 xc:none \
    \( "$2" -resize 60% \) -geometry -22+58 -composite \
    \( "$3" -resize 60% \) -geometry +206+58 -composite \
    \( "$4" -resize 80% \) -geometry +48+62 -composite \
    "$TMP/cat.png"
  compose_bg "$TMP/cat.png" "$1" "$IMG/categories/$1.png"
}
kids_scene() {
  T -70 30; Z 240 260 0.8; plate 220 262 150 48
  nugget 170 246 10; nugget 214 256 -20; nugget 258 244 30; nugget 190 222 -10; nugget 236 222 15; nugget 278 266 0; P; P
  milk_carton 400 300
  T 10 40; Z 240 200 0.82; burger mini_sesame "$BUN" mini_bottom ketchup mini_patty cheese; P; P
  apple_slice 330 318 -10; apple_slice 362 326 8
}

burger sesame "$BUN" bun_bottom patty cheese bacon cheese tomato lettuce;            fg b1
burger brioche "$BRIOCHE" bun_bottom lettuce patty cheese avocado tomato mayo;      fg b2
board; burger sesame "$BUN" bun_bottom mayo patty pickles onion tomato lettuce;       fg b3
category burgers "$TMP/cfg_b1.png" "$TMP/cfg_b2.png" "$TMP/cfg_b3.png"

burger brioche "$BRIOCHE" bun_bottom pickles fried_chicken mayo;                    fg c1
category chicken "$TMP/cfg_c1.png" "$TMP/fg_buffalo_wings.png" "$TMP/fg_chicken_tenders.png"
category bowls_salads "$TMP/fg_harbor_cobb_salad.png" "$TMP/fg_shrimp_poke_bowl.png" "$TMP/fg_southwest_burrito_bowl.png"
category sides "$TMP/fg_onion_rings.png" "$TMP/fg_loaded_tots.png" "$TMP/fg_classic_fries.png"
burger muffin '#E9CFA0' muffin_bottom sausage cheddar egg;                          fg br1
category breakfast "$TMP/cfg_br1.png" "$TMP/fg_greek_yogurt_parfait.png" "$TMP/fg_buttermilk_pancakes.png"
kids_scene; render "$IMG/categories/kids.png" kids
category drinks "$TMP/fg_fresh_lemonade.png" "$TMP/fg_cafe_latte.png" "$TMP/fg_fountain_soda.png"
category desserts "$TMP/fg_hand_spun_milkshake.png" "$TMP/fg_soft_serve_cone.png" "$TMP/fg_hot_fudge_sundae.png"

# ---------------------------------------------------------------------------
# LOGO — 512x512, transparent: green emblem, amber ring, fork-anchor, "HSK"
# ---------------------------------------------------------------------------
GREEN='#1F6F5C'; AMBER='#F2A541'; CREAM='#FBF3E4'
M=""
F "$AMBER"; d "circle 256,256 256,8"
F "$GREEN"; d "circle 256,256 256,24"
F 'none' "$CREAM" 4; d "circle 256,256 256,38"
# fork tines + head (top of the anchor)
F "$CREAM"
for x in 222 242 262 282; do d "roundrectangle $(( x - 6 )),70 $(( x + 6 )),140 6,6"; done
d "path 'M 210,130 L 302,130 L 302,146 C 302,172 282,184 268,186 L 244,186 C 230,184 210,172 210,146 Z'"
# shank, stock (cross bar)
d "roundrectangle 244,176 268,330 10,10"
d "roundrectangle 178,196 334,218 11,11"
d "circle 178,207 190,207"; d "circle 334,207 346,207"
# arms + flukes
F 'none' "$CREAM" 20; d "path 'M 160,266 C 176,320 220,338 256,338 C 292,338 336,320 352,266'"
F "$CREAM"
d "polygon 138,282 160,236 186,276"
d "polygon 374,282 352,236 326,276"
F "$AMBER"; d "circle 256,338 256,326"
$CONVERT -size 512x512 xc:none -draw "stroke-linejoin round stroke-linecap round $M" \
  -font "$FONT_BOLD" -pointsize 78 -kerning 10 -fill "$AMBER" -stroke "$GREEN" -strokewidth 1 \
  -gravity north -annotate +5+362 'HSK' \
  -depth 8 +dither -colors 128 -strip -define png:compression-level=9 -define png:exclude-chunks=date,time "$IMG/logo.png"
M=""

# ---------------------------------------------------------------------------
# ALLERGEN ICONS — 64x64, transparent, coloured disc + 1-2 letter code.
# Drawn at 4x and scaled down for smooth edges.
# ---------------------------------------------------------------------------
allergen() { # code colour text_colour label
  local fs=112; (( ${#4} == 2 )) && fs=92
  $CONVERT -size 256x256 xc:none \
    -fill '#FFFFFF' -draw "circle 128,128 128,4" \
    -fill "$2" -draw "circle 128,128 128,14" \
    -fill '#FFFFFF' -draw "fill-opacity 0.18 ellipse 112,80 70,40 0,360" \
    -font "$FONT_BOLD" -pointsize $fs -fill "$3" -gravity center -annotate +0+4 "$4" \
    -resize 64x64 -strip -define png:compression-level=9 -define png:exclude-chunks=date,time "PNG32:$ICONS/$1.png"
}
allergen milk      '#2F80ED' '#FFFFFF' M
allergen eggs      '#F2C12E' '#4A3500' E
allergen fish      '#17A2B8' '#FFFFFF' F
allergen shellfish '#E4572E' '#FFFFFF' SF
allergen tree_nuts '#6D4C41' '#FFFFFF' TN
allergen peanuts   '#D98324' '#FFFFFF' P
allergen wheat     '#9C8B2E' '#FFFFFF' W
allergen soy       '#2E9D4F' '#FFFFFF' SY
allergen sesame    '#8E5BB5' '#FFFFFF' SE

echo "Generated $(ls "$IMG"/items/*.png | wc -l) item, $(ls "$IMG"/categories/*.png | wc -l) category, 1 logo and $(ls "$ICONS"/*.png | wc -l) allergen images."
