/**
 * Server-side resource figures read from /proc, so both servers are measured
 * the same way without any cooperation from them.
 * - CPU: utime + stime of /proc/<pid>/stat (clock ticks, 100 per second on
 *   Linux), as a fraction of one core over a window.
 * - RSS: VmRSS of /proc/<pid>/status, in bytes.
 */
import { readFileSync } from 'node:fs';

const CLOCK_TICKS_PER_SECOND = 100;

export function readCpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Field 2 (comm) may contain spaces; the rest starts after its closing ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After comm, field 3 (state) has index 0: utime is field 14, stime field 15.
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return (utime + stime) / CLOCK_TICKS_PER_SECOND;
}

export function readRssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  if (!match?.[1]) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(match[1]) * 1024;
}

export interface CpuWindow {
  /** Fraction of one core used by the server process over the window. */
  serverCpu: number;
  /** Fraction of one core used by this (load generator) process. */
  generatorCpu: number;
  seconds: number;
}

/** Starts measuring now; the returned function ends the window. */
export function startCpuWindow(serverPid: number): () => CpuWindow {
  const startWall = performance.now();
  const startServer = readCpuSeconds(serverPid);
  const startSelf = process.cpuUsage();
  return () => {
    const seconds = (performance.now() - startWall) / 1000;
    const self = process.cpuUsage(startSelf);
    return {
      serverCpu: (readCpuSeconds(serverPid) - startServer) / seconds,
      generatorCpu: (self.user + self.system) / 1e6 / seconds,
      seconds,
    };
  };
}
