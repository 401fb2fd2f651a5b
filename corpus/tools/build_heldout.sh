#!/bin/sh
# Held-out set 80-87: expects raw/NN.md (copies of ../raw/<name>.md) and an out/ folder next to this script.
# Rebuild the held-out texts 80-87 from the raw crawl excerpts (document region of each stored copy).
cd "$(dirname "$0")"
C=tvpl_conv.py
python3 $C raw/80.md out/80.txt --join 20,124
python3 $C raw/81.md out/81.txt --join 20
python3 $C raw/82.md out/82.txt --join 20,21
python3 $C raw/83.md out/83.txt
python3 $C raw/84.md out/84.txt --split 20
python3 $C raw/85.md out/85.txt --join 14,19,58,142,182 --split 88,106,197,265 --reopen 107,214,294
python3 $C raw/86.md out/86.txt --join 3,42
python3 $C raw/87.md out/87.txt --join 19 --split 62
