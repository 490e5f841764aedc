#!/bin/bash
# Instructions per article of the rule-based extractor, counted by callgrind: repeatable where wall-clock
# timings on a shared machine are not (they swing by a third here). Reads the joined ~4 KB articles of
# extraction_speed.py three times and once, and divides the difference by two passes, so that start-up and
# the pack's compilation drop out.
#
#   benchmarks/extraction_instructions.sh [TREE]    # TREE: another checkout to count (default: this one)
#
# Needs valgrind (Debian: apt-get install valgrind). One count takes about a minute and a half.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
tree="$(cd "${1:-$here}" && pwd)"
python="$here/.venv/bin/python"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat > "$work/passes.py" <<'PY'
import sys
sys.path.insert(0, sys.argv[2])
import extraction_speed as es
from monitor.extract import extract_article
from monitor.pack import load_pack
pack = load_pack()
articles = es.joined(es.labelled_texts(pack), 4096)
for _ in range(int(sys.argv[1])):
    for article in articles:
        extract_article(article, pack)
print(len(articles), file=sys.stderr)
PY
for passes in 1 3; do
  (cd "$here" && PYTHONHASHSEED=0 PYTHONPATH="$tree" valgrind --tool=callgrind \
     --callgrind-out-file="$work/cg.$passes" "$python" "$work/passes.py" "$passes" "$here/benchmarks" \
     > /dev/null 2> "$work/err.$passes") &
done
wait
one=$(awk '/^totals:/ {print $2}' "$work/cg.1")
three=$(awk '/^totals:/ {print $2}' "$work/cg.3")
articles=$(grep -v '^==' "$work/err.1" | tail -1)
echo "tree:          $tree"
echo "articles:      $articles (joined to ~4 KB, from $here/tests/extract/devset)"
echo "instructions:  $(( (three - one) / (2 * articles) )) an article"
