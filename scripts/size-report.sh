#!/usr/bin/env bash
# Sizes of the web build in dist/: raw and gzip -9 bytes per file and in total. Fails when the
# first load (everything in dist/ but the workers, which the page fetches when it analyses its
# first text, when the interface turns English and when a file is opened, the archive view and
# its worker, fetched when an archive is opened, and what makes the app work offline and
# installable, which the browser fetches once the page has loaded: the service worker, which
# then keeps a copy of everything, and the manifest with its icons) is over the budget.
# static/sw-register.js, which the page loads, counts in the first load.
set -euo pipefail
cd "$(dirname "$0")/.."
DIST="${1:-dist}"
BUDGET=$((300 * 1024)) # bytes, gzip -9

[ -f "$DIST/index.html" ] || { echo "size-report: no $DIST/index.html (run trunk build --release first)" >&2; exit 1; }
total_raw=0
total_gz=0
later_raw=0
later_gz=0
english_raw=0
english_gz=0
files_raw=0
files_gz=0
export_raw=0
export_gz=0
offline_raw=0
offline_gz=0
archive_raw=0
archive_gz=0
printf '%-44s %10s %10s\n' "file" "raw" "gzip -9"
while IFS= read -r -d '' f; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  name="${f#"$DIST"/}"
  case "$name" in
    worker.js | worker_bg.wasm | worker-loader.js)
      later_raw=$((later_raw + raw))
      later_gz=$((later_gz + gz))
      name="$name (on demand)"
      ;;
    pinyin.js | pinyin_bg.wasm | pinyin-loader.js)
      english_raw=$((english_raw + raw))
      english_gz=$((english_gz + gz))
      name="$name (on demand)"
      ;;
    decoder.js | decoder_bg.wasm | decoder-loader.js)
      files_raw=$((files_raw + raw))
      files_gz=$((files_gz + gz))
      name="$name (on demand)"
      ;;
    exporter.js | exporter_bg.wasm | exporter-loader.js)
      export_raw=$((export_raw + raw))
      export_gz=$((export_gz + gz))
      name="$name (on demand)"
      ;;
    sw.js | manifest.webmanifest | icons/*)
      offline_raw=$((offline_raw + raw))
      offline_gz=$((offline_gz + gz))
      name="$name (after load)"
      ;;
    archive.js | archive_bg.wasm | archive-loader.js | archive.css | archiver.js | archiver_bg.wasm | archiver-loader.js)
      archive_raw=$((archive_raw + raw))
      archive_gz=$((archive_gz + gz))
      name="$name (on demand)"
      ;;
    *)
      total_raw=$((total_raw + raw))
      total_gz=$((total_gz + gz))
      ;;
  esac
  printf '%-44s %10d %10d\n' "$name" "$raw" "$gz"
done < <(find "$DIST" -type f ! -name '.*' ! -path '*/.stage/*' -print0 | sort -z)
printf '%-44s %10d %10d\n' "total, first load" "$total_raw" "$total_gz"
printf '%-44s %10d %10d\n' "analysis worker, fetched on the first analysis" "$later_raw" "$later_gz"
printf '%-44s %10d %10d\n' "pinyin worker, fetched in English" "$english_raw" "$english_gz"
printf '%-44s %10d %10d\n' "file-reading worker, fetched to open a file" "$files_raw" "$files_gz"
printf '%-44s %10d %10d\n' "export worker, fetched to export" "$export_raw" "$export_gz"
printf '%-44s %10d %10d\n' "offline and install, fetched after load" "$offline_raw" "$offline_gz"
printf '%-44s %10d %10d\n' "archive view and worker, fetched for an archive" "$archive_raw" "$archive_gz"
if [ "$total_gz" -gt "$BUDGET" ]; then
  echo "size-report: FAIL: $total_gz bytes gzip is over the budget of $BUDGET bytes (300 KB)" >&2
  exit 1
fi
echo "size-report: ok: $total_gz of $BUDGET bytes gzip ($((total_gz * 100 / BUDGET))% of the 300 KB budget)"
