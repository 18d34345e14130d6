#!/usr/bin/env bash
# Installs the peers (pinned in package-lock.json), builds Extraction in Release, scores and times all three,
# and prints a Markdown table. Environment: RUNS (default 5), SUBSET_DOCS (20), SUBSET_RUNS (1),
# EXTRACTION_DATA (default ../shared/data beside the repository).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export TZ=UTC
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2)
dotnet build "$root/src/Extraction.Cli" -c Release -v quiet -nologo >&2
echo "uptime before: $(uptime)" >&2
node "$here/peers.mjs"
