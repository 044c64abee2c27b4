#!/usr/bin/env bash
# The cluster tier needs Slurm and MUNGE (Debian's slurm-wlm; about 25 s to install here): installed here
# when missing. Needs root, as on the project's machines and CI; `npm test` never runs this tier.
set -euo pipefail
if command -v sbatch >/dev/null && command -v slurmctld >/dev/null && command -v slurmd >/dev/null &&
  command -v munged >/dev/null; then
  exit 0
fi
echo "test:cluster: installing slurm-wlm (Debian)" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm >/dev/null
