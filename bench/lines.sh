#!/usr/bin/env bash
# Glue per service: code lines outside Domain beside the service's Domain, per layer; the size of Keel's wing in each
# layer; and the generic files that name a service (the machinery must name none). See BENCHMARKS.md, "Glue".
#   bench/lines.sh        prints the tables (bench/lobby.sh writes them to bench/results/lobby-lines.txt)
# A code line is a non-blank line that is not a comment (//, ///, /* */ lines, <!-- -->). Services are the folders
# of Domain other than Keel; a service's page (Api/wwwroot/<service>) is counted apart.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

code_lines() {  # code_lines FILE... -> "files code-lines"
  [ "$#" -gt 0 ] || { echo "0 0"; return; }
  cat "$@" | awk -v files="$#" '
    /^[[:space:]]*$/ {next}
    /^[[:space:]]*(\/\/|\/\*|\*|<!--)/ {next}
    {code++}
    END {printf "%d %d\n", files, code}'
}
files() { find "$@" -type f \( -name '*.cs' -o -name '*.html' -o -name '*.js' -o -name '*.css' \) -not -path '*/obj/*' -not -path '*/bin/*' 2>/dev/null | sort; }
lines() { read -r _ c < <(code_lines $(files "$@")); echo "$c"; }
nfiles() { read -r n _ < <(code_lines $(files "$@")); echo "$n"; }

LAYERS="Grains.Interfaces Grains Api"
services=$(find Domain -mindepth 1 -maxdepth 1 -type d -not -name Keel -not -name bin -not -name obj -printf '%f\n' | sort)

echo "Glue per service (commit $(git rev-parse --short HEAD)): code lines, non-blank and not comments"
echo
echo "| service | Domain | Grains.Interfaces | Grains | Api | outside Domain | ratio | page | tests (tests/*/<service>) |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for s in $services; do
  d=$(lines "Domain/$s"); row=""; out=0
  for l in $LAYERS; do n=$(lines "$l/$s"); row="$row | $n"; out=$((out + n)); done
  page=$(lines "Api/wwwroot/${s,,}")
  ratio=$(awk -v o="$out" -v d="$d" 'BEGIN { if (d == 0) print "-"; else printf "%.2f", o / d }')
  tests=$(lines tests/*/"$s")
  echo "| $s | $d$row | $out | $ratio | $page | $tests |"
done

echo
echo "Keel's wing per layer (the machinery, written once):"
echo
echo "| layer | files | code lines |"
echo "|---|---:|---:|"
total=0
for l in Domain $LAYERS; do n=$(lines "$l/Keel"); total=$((total + n)); echo "| $l/Keel | $(nfiles "$l/Keel") | $n |"; done
echo "| Silo (composition only) | $(nfiles Silo) | $(lines Silo) |"
echo "| total | | $total |"

# Generic files that name a service: a file of a Keel wing (or Silo) whose code (not its comments) uses a top-level
# type declared in a service's folders (not as a member: context.User is ASP.NET's), or a service's namespace.
types=$(for s in $services; do for l in Domain $LAYERS; do files "$l/$s"; done; done | grep '\.cs$' \
  | xargs -r grep -hoE '^([a-z]+ )*(class|record|interface|enum|struct) [A-Z][A-Za-z0-9]*' \
  | awk '{print $NF}' | sort -u | paste -sd'|')
namespaces=$(echo "$services" | paste -sd'|')
pattern="(^|[^.A-Za-z0-9_])($types)\\b|Keel\\.(Domain|Grains\\.Interfaces|Grains|Api)\\.($namespaces)\\b"
echo
named=$( (files Domain/Keel Grains.Interfaces/Keel Grains/Keel Api/Keel Silo | grep '\.cs$' || true) | while read -r f; do
  grep -vE '^[[:space:]]*(//|/\*|\*)' "$f" | grep -qE "$pattern" && echo "$f" || true
done)
echo "Generic files naming a service: $(echo -n "$named" | grep -c . || true)"
[ -z "$named" ] || echo "$named" | sed 's/^/  /'
