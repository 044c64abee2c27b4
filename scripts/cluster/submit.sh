#!/usr/bin/env bash
# Scans a list of WARC files on a Slurm cluster: one array task per WARC (the map, scan --format jsonl),
# then one job that sums their output (the reduce, summarize). Prints the two job ids; results land in OUT.
#
#   scripts/cluster/submit.sh LIST OUT [scan options, e.g. --as-of 2026-11-01 --warc-date]
#
# LIST holds one WARC path per line. PLENS_MAX_TASKS (default 100) caps the map tasks running at once;
# PLENS_SBATCH_ARGS is added to both sbatch calls (partition, account, time limit…).
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 LIST OUT [scan options]" >&2
  exit 2
fi
list=$1
out=$2
shift 2
here=$(dirname "$0")
count=$(grep -c . "$list" || true)
if [ "$count" -eq 0 ]; then
  echo "$0: $list lists no WARC" >&2
  exit 2
fi
mkdir -p "$out/logs"
# shellcheck disable=SC2086 # PLENS_SBATCH_ARGS is a list of options
map=$(sbatch --parsable ${PLENS_SBATCH_ARGS:-} --array="0-$((count - 1))%${PLENS_MAX_TASKS:-100}" \
  --output="$out/logs/map-%a.log" "$here/scan-map.sbatch" "$list" "$out" "$@")
# shellcheck disable=SC2086
reduce=$(sbatch --parsable ${PLENS_SBATCH_ARGS:-} --dependency="afterok:${map%%;*}" \
  --output="$out/logs/reduce.log" "$here/summarize-reduce.sbatch" "$out")
echo "map job ${map%%;*} ($count tasks), reduce job ${reduce%%;*}"
