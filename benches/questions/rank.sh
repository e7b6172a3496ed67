#!/bin/bash
# Ranks the questions of a walk: for each row of FILE (number, question, script: 1 Mongolian
# Cyrillic, 2 Mongolian in Latin letters, 3 English, expected ids separated by |), the rank at
# which BINARY's `search --json` lists the first expected id ("-" when not in the first 60).
# Prints the rows, then how many came first and how many in the top 3.
#
#   benches/questions/rank.sh target/release/toli benches/questions/walk3.tsv
set -euo pipefail
bin=$1
file=$2
while IFS=$'\t' read -r n question script want; do
  lang=mn
  [ "$script" = 3 ] && lang=en
  rank=$("$bin" --lang "$lang" search "$question" --json --limit 60 2>/dev/null | WANT="$want" python3 -c '
import json, os, sys
ids = [h["id"] for h in json.load(sys.stdin)]
ranks = [ids.index(w) + 1 for w in os.environ["WANT"].split("|") if w in ids]
print(min(ranks) if ranks else "-")')
  printf '%s\t%s\t%s\t%s\n' "$n" "$rank" "$want" "$question"
done < "$file" | tee /dev/stderr | awk -F'\t' '{n++; if ($2 == 1) f++; if ($2 >= 1 && $2 <= 3) t++}
  END {printf "first %d of %d, top 3 %d\n", f, n, t}'
