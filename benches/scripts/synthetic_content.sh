#!/bin/sh
# Writes a synthetic content folder for load benchmarks (see BENCHMARKS.md).
#   synthetic_content.sh DIR FILES        one folder with FILES entries in 20 sub-folders
#   synthetic_content.sh DIR FOLDERS dirs FOLDERS folders of one entry each (for --content ×N)
set -eu
dir=$1 n=$2 mode=${3:-files}
mkdir -p "$dir"
entry() { # path id
  cat > "$1" <<ENTRY
---
id: $2
kind: definition
title:
  en: "Synthetic $2"
  mn: "Жишээ $2"
summary:
  en: "A synthetic entry for load benchmarks."
  mn: "Ачааллын хэмжилтийн жишээ."
sources:
  - id: src-unctad-2025
    locator: "p. 1"
---
::: en
Synthetic body of $2.

::: mn
Жишээний бие $2.
ENTRY
}
i=0
while [ "$i" -lt "$n" ]; do
  if [ "$mode" = dirs ]; then
    mkdir -p "$dir/f$i"; entry "$dir/f$i/syn-$i.md" "syn-$i"
  else
    sub="$dir/part$((i % 20))"; mkdir -p "$sub"; entry "$sub/syn-$i.md" "syn-$i"
  fi
  i=$((i + 1))
done
