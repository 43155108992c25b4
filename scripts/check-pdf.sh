#!/usr/bin/env bash
# Checks rendered dossiers with real PDF tools (poppler-utils, qpdf): syntax, embedded fonts,
# extracted accents, attachments. The PDFs come from the dossier integration tests.
set -euo pipefail
# Every font the dossier writes is embedded and subset. An exhibit PDF imported as vector pages
# keeps its own fonts as they are: those may be the standard 14 (Helvetica, Times, Courier,
# Symbol, ZapfDingbats), which every PDF viewer provides, so they are not required embedded.
BASE14='^(Helvetica|Times|Courier|Symbol|ZapfDingbats)'
cd "$(dirname "$0")/.."
out="${1:-target/dossier-check}"
rm -rf "$out" && mkdir -p "$out" && out="$(cd "$out" && pwd)"
# The twenty-photo email test ran with `cargo test` already and writes no PDF to check here.
PAPERTRAIL_DOSSIER_OUT="$out" cargo test --quiet --test integration dossier:: -- \
  --skip twenty_phone_photos >/dev/null
fail() { echo "check-pdf: $*" >&2; exit 1; }
count=0
for pdf in "$out"/*.pdf; do
  count=$((count + 1))
  qpdf --check "$pdf" >/dev/null || fail "qpdf --check failed on $pdf"
  # Every font embedded (column "emb" = yes).
  if pdffonts "$pdf" | tail -n +3 | awk '$1 !~ BASE14 { if ($(NF-4) != "yes") bad=1 } END { exit !bad }' BASE14="$BASE14"; then
    fail "a font is not embedded in $pdf"
  fi
  text="$(pdftotext -enc UTF-8 "$pdf" -)"
  grep -q "Lefèvre-Dubœuf" <<<"$text" || fail "accents lost in $pdf"
  grep -q "page 1 / " <<<"$text" || fail "footer missing in $pdf"
done
[ "$count" -ge 4 ] || fail "expected at least 4 PDFs, got $count"
pdfdetach -list "$out/dossier-fr-a4.pdf" | grep -q "photo-colis-écrasé.jpg" || fail "attachment missing"
# Issue 13: a PDF exhibit's pages are vector pages whose text pdftotext finds; a chat transcript
# and an email are printed; the list of exhibits closes the dossier.
exhibits="$(pdftotext -enc UTF-8 "$out/dossier-exhibits-fr.pdf" - | tr -s ' \n' '  ')"
for needle in "Recommandé distribué à Françoise Lefèvre-Dubœuf le 3 septembre — feuillet 2" \
  "sera livré le 10 septembre" "Confirmation de livraison prévue" "Bordereau des pièces"; do
  grep -qF "$needle" <<<"$exhibits" || fail "\"$needle\" not found by pdftotext in dossier-exhibits-fr.pdf"
done

# The demo cases through the real command line, as a user would make them.
cargo build --quiet --bin papertrail
bin="${CARGO_TARGET_DIR:-target}/debug/papertrail"
data="$out/data"
"$bin" --data-dir "$data" demo >/dev/null
check_demo() { # id, as-of, file, expected text...
  local id="$1" as_of="$2" pdf="$out/$3"; shift 3
  "$bin" --data-dir "$data" dossier "$id" --as-of "$as_of" --out "$pdf" >/dev/null 2>&1
  qpdf --check "$pdf" >/dev/null || fail "qpdf --check failed on $pdf"
  if pdffonts "$pdf" | tail -n +3 | awk '$1 !~ BASE14 { if ($(NF-4) != "yes") bad=1 } END { exit !bad }' BASE14="$BASE14"; then
    fail "a font is not embedded in $pdf"
  fi
  local text; text="$(pdftotext -enc UTF-8 "$pdf" -)"
  for needle in "$@"; do
    grep -qF "$needle" <<<"$text" || fail "\"$needle\" not found by pdftotext in $pdf"
  done
  count=$((count + 1))
}
check_demo 1 2026-11-23T12:00:00-05:00 demo-bed.pdf "Geneviève Tremblay" "Meubles Boréal" "P-1" "le client est roi" "«" "Chronologie"
check_demo 2 2026-11-23T12:00:00+01:00 demo-laptop.pdf "TechnoCité" "249,90" "€" "coût de l" "Contradictions"
check_demo 3 2026-11-23T12:00:00-05:00 demo-refund.pdf "Exhibit 1" "Chronology" "refund status"

echo "check-pdf: $count dossiers OK (qpdf, pdffonts, pdftotext, pdfdetach)"
