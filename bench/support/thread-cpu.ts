// CPU time of each thread of a child process, sampled from outside (Linux /proc), so that the measured process
// does no extra work: it tells the pool's workers from the main thread and from V8's and libuv's helper threads
// (garbage collection, background compilation, gunzip), which a process-wide CPU figure lumps together.
import { readdirSync, readFileSync } from 'node:fs';

export interface ThreadSampler {
  /** CPU seconds per thread id at the last sample (a thread that ended keeps its last value). */
  stop(): Map<number, number>;
}

/** Samples every `everyMs`; on other systems than Linux, or once the process is gone, samples nothing. */
export function sampleThreads(pid: number, everyMs = 100): ThreadSampler {
  const seconds = new Map<number, number>();
  const sample = () => {
    let tids: string[];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      return;
    }
    for (const tid of tids) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        // After the command name (in parentheses, may hold spaces): utime and stime, fields 14 and 15, in 1/100 s.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        seconds.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / 100);
      } catch {
        // The thread ended between the listing and the read.
      }
    }
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return seconds;
    },
  };
}

/** The `workers` busiest threads other than the main one (the pool's workers), in CPU seconds, busiest first. */
export function busiestThreads(seconds: Map<number, number>, mainTid: number, workers: number): number[] {
  return [...seconds]
    .filter(([tid]) => tid !== mainTid)
    .map(([, s]) => s)
    .sort((a, b) => b - a)
    .slice(0, workers);
}

/** The machine's busy CPU seconds so far, all processes (Linux /proc/stat), or null elsewhere. */
export function machineBusySeconds(): number | null {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal: all but idle and iowait are busy; USER_HZ is 100.
    const [user, nice, system, , , irq, softirq, steal] = cpu;
    return (user + nice + system + irq + softirq + (steal || 0)) / 100;
  } catch {
    return null;
  }
}
