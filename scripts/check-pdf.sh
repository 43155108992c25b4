#!/usr/bin/env bash
# Checks rendered dossiers with real PDF tools (poppler-utils, qpdf): syntax, embedded fonts,
# extracted accents, attachments. The PDFs come from the dossier integration tests.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/dossier-check}"
rm -rf "$out" && mkdir -p "$out" && out="$(cd "$out" && pwd)"
PAPERTRAIL_DOSSIER_OUT="$out" cargo test --quiet --test integration dossier:: >/dev/null
fail() { echo "check-pdf: $*" >&2; exit 1; }
count=0
for pdf in "$out"/*.pdf; do
  count=$((count + 1))
  qpdf --check "$pdf" >/dev/null || fail "qpdf --check failed on $pdf"
  # Every font embedded (column "emb" = yes).
  if pdffonts "$pdf" | tail -n +3 | awk '{ if ($(NF-4) != "yes") bad=1 } END { exit !bad }'; then
    fail "a font is not embedded in $pdf"
  fi
  text="$(pdftotext -enc UTF-8 "$pdf" -)"
  grep -q "Lefèvre-Dubœuf" <<<"$text" || fail "accents lost in $pdf"
  grep -q "page 1 / " <<<"$text" || fail "footer missing in $pdf"
done
[ "$count" -ge 4 ] || fail "expected at least 4 PDFs, got $count"
pdfdetach -list "$out/dossier-fr-a4.pdf" | grep -q "photo-colis-écrasé.jpg" || fail "attachment missing"
echo "check-pdf: $count dossiers OK (qpdf, pdffonts, pdftotext, pdfdetach)"
