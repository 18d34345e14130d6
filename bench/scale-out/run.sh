#!/usr/bin/env bash
# Times the README's scale-out recipes against one `extract run` process on the same ~100 MB corpus (the
# one `extract bench --size 100` builds), on this one machine: wall time from command to complete output,
# median of RUNS (default 3), and the fixed cost of each engine on a one-document input. The Slurm cluster
# (contrib/slurm/local-cluster.sh) stands for the whole measurement, as a real one would; the Dask
# LocalCluster is started by each run, as the README's command does. Needs root and Debian's parallel,
# slurm-wlm, munge and python3-distributed (.ci/run installs them). Prints a Markdown table.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs=${RUNS:-3}
corpus=${CORPUS:-${TMPDIR:-/tmp}/extraction-bench.jsonl}
work=$(mktemp -d "${TMPDIR:-/tmp}/extraction-scale-out.XXXXXX")
config=$root/pipeline.json
slurm="$root/contrib/slurm/local-cluster.sh"
trap '"$slurm" stop "$work/slurm"; rm -rf "$work"' EXIT

dotnet build "$root/src/Extraction.Cli" -c Release -v quiet -nologo >&2
mkdir -p "$work/bin"
printf '#!/bin/sh\nexec dotnet "%s" "$@"\n' "$root/src/Extraction.Cli/bin/Release/net10.0/extract.dll" > "$work/bin/extract"
chmod +x "$work/bin/extract"
export PATH="$work/bin:$PATH"
if [[ ! -s $corpus ]]; then
  (cd "$root" && extract bench --size 100 --runs 1 --corpus "$corpus" >&2)
fi
head -n 1 "$corpus" > "$work/one.jsonl"

SLURM_CONF=$("$slurm" start "$work/slurm")
export SLURM_CONF

# Each engine is a function of its input, run in a fresh folder; it leaves its records in records*.jsonl.
single() { extract run "$1" --config "$config" -q -o records.jsonl; }
gnu_parallel() { parallel --will-cite --pipe --block 10M -j "$(nproc)" extract run - --config "$config" -q --jobs 1 < "$1" > records.jsonl; }
slurm_array() {
  local job
  job=$(sbatch --parsable "$root/contrib/slurm/extract-array.sbatch" "$1" "$config")
  # sbatch --wait polls the controller every few seconds; this sees the end within a fifth of a second.
  while [[ -n $(squeue -h -j "$job" -o %i 2>/dev/null) ]]; do sleep 0.2; done
}
dask_local() { /usr/bin/python3 "$root/contrib/dask/extract_dask.py" "$1" --config "$config" --workers 2 > records.jsonl 2>/dev/null; }

# Prints the wall time in seconds of engine $1 on input $2, after checking it gave $3 records.
time_engine() {
  local engine=$1 input=$2 expected=$3 folder start seconds count
  folder=$(mktemp -d "$work/$engine.XXXXXX")
  start=$EPOCHREALTIME
  (cd "$folder" && "$engine" "$input")
  seconds=$(echo "$EPOCHREALTIME - $start" | bc)
  count=$(cat "$folder"/records*.jsonl | wc -l)
  ((count == expected)) || { echo "$engine gave $count records, expected $expected" >&2; exit 1; }
  rm -rf "$folder"
  echo "$seconds"
}

median() { printf '%s\n' "$@" | sort -g | sed -n "$((($# + 1) / 2))p"; }

engines=(single gnu_parallel slurm_array dask_local)
documents=$(wc -l < "$corpus")
megabytes=$(echo "scale=1; $(stat -c %s "$corpus") / 1000000" | bc)
echo "corpus: $corpus, $megabytes MB, $documents documents; $runs runs each; $(nproc) cores" >&2
declare -A full fixed
# Runs alternate between engines so that a change in the machine's load falls on all of them alike.
for ((run = 1; run <= runs; run++)); do
  for engine in "${engines[@]}"; do
    echo "run $run, $engine, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
    full[$engine]+=" $(time_engine "$engine" "$corpus" "$documents")"
    fixed[$engine]+=" $(time_engine "$engine" "$work/one.jsonl" 1)"
  done
done

echo "| engine | seconds (median) | MB/s | time vs one process | fixed cost (one document) | all runs (s) |"
echo "|---|---:|---:|---:|---:|---|"
base=$(median ${full[single]})
for engine in "${engines[@]}"; do
  seconds=$(median ${full[$engine]})
  printf '| %s | %.2f | %.2f | %.2f× | %.2f s |%s |\n' "$engine" "$seconds" \
    "$(echo "$megabytes / $seconds" | bc -l)" "$(echo "$seconds / $base" | bc -l)" "$(median ${fixed[$engine]})" "${full[$engine]}"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
