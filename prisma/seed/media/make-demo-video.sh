#!/usr/bin/env bash
# Regenerates the demo video of the seed (dev-time only; the app, tests and CI use the committed files).
# Needs ffmpeg with libx264 and drawtext (Debian: apt-get install -y ffmpeg fonts-dejavu-core).
set -euo pipefail
cd "$(dirname "$0")"
FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
BOLD=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
# 12 s, 320×180, 24 fps: colour bars, a title, a seconds counter and the breathing prompt of the lesson.
ffmpeg -y -hide_banner -loglevel error \
  -f lavfi -i "smptebars=size=320x180:rate=24:duration=12" \
  -vf "drawbox=x=0:y=0:w=iw:h=52:color=0x0b3d6b@0.92:t=fill,\
drawtext=fontfile=$BOLD:text='Pathway':fontcolor=white:fontsize=13:x=10:y=8,\
drawtext=fontfile=$FONT:text='Mindfulness at work — the three-breath pause':fontcolor=white:fontsize=12:x=10:y=29,\
drawbox=x=0:y=118:w=iw:h=62:color=black@0.78:t=fill,\
drawtext=fontfile=$BOLD:text='%{eif\:floor(t)\:d} s / 12 s':fontcolor=white:fontsize=22:x=10:y=132,\
drawtext=fontfile=$FONT:text='Breath %{eif\:floor(t/4)+1\:d} of 3':fontcolor=0xfde68a:fontsize=13:x=w-tw-10:y=126,\
drawtext=fontfile=$FONT:text='breathe in…':fontcolor=white:fontsize=13:x=w-tw-10:y=150:enable='lt(mod(t\,4)\,2)',\
drawtext=fontfile=$FONT:text='…and out':fontcolor=white:fontsize=13:x=w-tw-10:y=150:enable='gte(mod(t\,4)\,2)'" \
  -c:v libx264 -profile:v main -pix_fmt yuv420p -preset veryslow -crf 30 -g 24 -movflags +faststart \
  -metadata title="Pathway — Mindfulness at work: the three-breath pause" \
  three-breath-pause.mp4
ls -l three-breath-pause.mp4
