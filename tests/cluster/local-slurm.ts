// A one-node Slurm cluster for the cluster tier, in a temporary directory: MUNGE (authentication), the
// controller and the node daemon, each a foreground child of the test process on free local ports, so that
// stopping it ends exactly the processes it started.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';

export interface LocalSlurm {
  dir: string;
  /** Environment for sbatch, squeue, scontrol: SLURM_CONF points at this cluster. */
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

const NODE = 'plens-node';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

async function waitFor(what: string, ready: () => boolean, ms: number, logs: () => string): Promise<void> {
  const until = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > until)
      throw new Error(`local Slurm: ${what} not ready within ${ms / 1000} s\n${logs()}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

export async function startLocalSlurm(): Promise<LocalSlurm> {
  const dir = mkdtempSync(join(tmpdir(), 'plens-slurm-'));
  chmodSync(dir, 0o700);
  for (const sub of ['munge', 'state', 'spool', 'log']) mkdirSync(join(dir, sub), { mode: 0o700 });
  const key = join(dir, 'munge/munge.key');
  writeFileSync(key, randomBytes(1024), { mode: 0o600 });
  const socket = join(dir, 'munge/munge.socket');
  const [ctldPort, slurmdPort] = [await freePort(), await freePort()];
  const conf = join(dir, 'slurm.conf');
  writeFileSync(
    conf,
    [
      'ClusterName=plens',
      'SlurmctldHost=localhost(127.0.0.1)',
      `SlurmctldPort=${ctldPort}`,
      `SlurmdPort=${slurmdPort}`,
      'SlurmUser=root',
      'SlurmdUser=root',
      'AuthType=auth/munge',
      'CredType=cred/munge',
      `AuthInfo=socket=${socket}`,
      `StateSaveLocation=${dir}/state`,
      `SlurmdSpoolDir=${dir}/spool`,
      `SlurmctldPidFile=${dir}/slurmctld.pid`,
      `SlurmdPidFile=${dir}/slurmd.pid`,
      `SlurmctldLogFile=${dir}/log/slurmctld.log`,
      `SlurmdLogFile=${dir}/log/slurmd.log`,
      // No cgroups in a container: processes are tracked by parentage, tasks are not pinned.
      'ProctrackType=proctrack/linuxproc',
      'TaskPlugin=task/none',
      'SelectType=select/cons_tres',
      'SelectTypeParameters=CR_CPU',
      'SchedulerType=sched/backfill',
      'ReturnToService=2',
      'MpiDefault=none',
      'SwitchType=switch/none',
      'JobCompType=jobcomp/none',
      'AccountingStorageType=accounting_storage/none',
      'JobAcctGatherType=jobacct_gather/none',
      // The jobs ask for memory (--mem): the node offers most of the machine's.
      `NodeName=${NODE} NodeHostname=localhost NodeAddr=127.0.0.1 CPUs=${availableParallelism()} ` +
        `RealMemory=${Math.floor((totalmem() / 2 ** 20) * 0.8)} State=UNKNOWN`,
      'PartitionName=local Nodes=ALL Default=YES MaxTime=INFINITE State=UP',
      '',
    ].join('\n'),
  );
  const env = { ...process.env, SLURM_CONF: conf };
  const children: ChildProcess[] = [];
  const start = (cmd: string, args: string[]) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr?.on('data', () => {});
    children.push(child);
  };
  const logs = () =>
    ['munge/munged.log', 'log/slurmctld.log', 'log/slurmd.log']
      .map((f) => join(dir, f))
      .filter(existsSync)
      .map((f) => `--- ${f}\n${readFileSync(f, 'utf8').split('\n').slice(-15).join('\n')}`)
      .join('\n');
  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    start('munged', [
      '--foreground',
      '--force',
      `--socket=${socket}`,
      `--key-file=${key}`,
      `--pid-file=${dir}/munge/munged.pid`,
      `--log-file=${dir}/munge/munged.log`,
      `--seed-file=${dir}/munge/munged.seed`,
    ]);
    await waitFor('MUNGE', () => existsSync(socket), 10_000, logs);
    start('slurmctld', ['-D', '-c', '-f', conf]);
    start('slurmd', ['-D', '-f', conf, '-N', NODE]);
    const state = () => {
      try {
        return execFileSync('sinfo', ['-h', '-o', '%t'], { env, encoding: 'utf8', stdio: 'pipe' }).trim();
      } catch {
        return '';
      }
    };
    await waitFor('the node', () => state() === 'idle', 30_000, logs);
  } catch (e) {
    await stop();
    throw e;
  }
  return { dir, env, stop };
}
