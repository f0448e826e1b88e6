#!/usr/bin/env bash
# Regenerates resources/sounds/chime.wav, the "a customer called staff" chime: two soft bell
# tones (E6 then C6), 0.9 s, mono 16-bit 22.05 kHz, fading out. Needs sox.
# Usage: resources/sounds/make-chime.sh   (from anywhere)
set -euo pipefail
OUT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
sox -n -r 22050 -b 16 -c 1 "$TMP/high.wav" synth 0.45 sine 1318.5 fade q 0.005 0.45 0.35 vol 0.5
sox -n -r 22050 -b 16 -c 1 "$TMP/low.wav" synth 0.45 sine 1046.5 fade q 0.005 0.45 0.4 vol 0.5
sox "$TMP/high.wav" "$TMP/low.wav" "$OUT/chime.wav"
