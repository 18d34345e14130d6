#!/usr/bin/env bash
# A one-machine Slurm cluster (controller and node on localhost) for trying extract-array.sbatch and for
# the long test that submits it. Everything it writes, its key, socket, ports and state included, is its
# own and stays in DIR, so it does not disturb a Slurm or MUNGE set up on the machine. Needs root, Debian's
# slurm-wlm and munge.
#
#   contrib/slurm/local-cluster.sh start DIR   # prints the SLURM_CONF to export for sbatch and squeue
#   contrib/slurm/local-cluster.sh stop DIR    # cancels its jobs, stops its daemons
set -euo pipefail

usage() { echo "usage: $0 start|stop DIR" >&2; exit 2; }
(($# == 2)) || usage
action=$1
dir=$(realpath -m "$2")
conf=$dir/slurm.conf

# Ports the kernel has just handed out are free now and unlikely to be taken again within seconds.
free_port() { /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

start() {
  mkdir -p "$dir"/{munge,state,spool,log}
  # Every user whose jobs run must reach munged's socket; the key inside stays readable by root alone.
  chmod 755 "$dir/munge"
  local node ctld_port slurmd_port hardware
  node=$(hostname -s)
  ctld_port=$(free_port)
  slurmd_port=$(free_port)
  while [[ $slurmd_port == "$ctld_port" ]]; do slurmd_port=$(free_port); done
  # slurmd -C describes this machine exactly (CPUs, sockets, cores, memory); a node configured with more
  # than it finds would be drained.
  hardware=$(slurmd -C | head -n 1 | sed 's/^NodeName=[^ ]* //')

  cat > "$conf" <<EOF
ClusterName=extraction
SlurmctldHost=$node(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$dir/munge/munge.socket
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/builtin
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MpiDefault=none
NodeName=$node NodeAddr=127.0.0.1 $hardware State=UNKNOWN
PartitionName=local Nodes=$node Default=YES MaxTime=INFINITE State=UP
EOF

  dd if=/dev/urandom of="$dir/munge/munge.key" bs=1024 count=1 status=none
  chmod 400 "$dir/munge/munge.key"
  # --force: munged would otherwise stop at permissions it deems insecure on a temporary folder's parents.
  munged --force --key-file="$dir/munge/munge.key" --socket="$dir/munge/munge.socket" \
    --pid-file="$dir/munge/munged.pid" --log-file="$dir/log/munged.log" --seed-file="$dir/munge/munged.seed" \
    </dev/null >>"$dir/log/munged.out" 2>&1
  slurmctld -f "$conf" </dev/null >>"$dir/log/slurmctld.out" 2>&1
  slurmd -f "$conf" </dev/null >>"$dir/log/slurmd.out" 2>&1

  local deadline=$((SECONDS + 60)) state=
  while ((SECONDS < deadline)); do
    state=$(SLURM_CONF=$conf sinfo -h -N -n "$node" -o %T 2>/dev/null || true)
    [[ $state == idle ]] && { echo "$conf"; return 0; }
    sleep 0.5
  done
  echo "node $node is '${state:-unreachable}' after 60 s; logs in $dir/log" >&2
  exit 1
}

stop() {
  [[ -f $conf ]] && SLURM_CONF=$conf scancel --full --quiet --partition=local 2>/dev/null || true
  local daemon pidfile pid
  for daemon in slurmd:"$dir/slurmd.pid" slurmctld:"$dir/slurmctld.pid" munged:"$dir/munge/munged.pid"; do
    pidfile=${daemon#*:}
    [[ -s $pidfile ]] || continue
    pid=$(<"$pidfile")
    # A daemon that died long ago may have left its number to an unrelated process.
    [[ $(cat "/proc/$pid/comm" 2>/dev/null) == "${daemon%%:*}" ]] || continue
    kill "$pid" 2>/dev/null || continue
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
}

case $action in
  start) start ;;
  stop) stop ;;
  *) usage ;;
esac
