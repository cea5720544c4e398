// Samples the resident memory of this process' descendants from /proc (Linux), for the bench: the
// peak of the whole tree (Astro, Pagefind, esbuild, the image workers…) and of its largest process.
import { readdirSync, readFileSync } from 'node:fs';
import { parseProcStat, treeMemory, type ProcEntry } from './bench-report';

export interface MemoryPeaks {
  tree: number;
  process: number;
}

function readProcs(): ProcEntry[] {
  const entries: ProcEntry[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const entry = parseProcStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (entry) entries.push(entry);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return entries;
}

/** Starts sampling every `intervalMs`; `stop()` gives the peaks (0 where /proc is missing). */
export function sampleMemory(intervalMs = 100): { stop: () => MemoryPeaks } {
  const peaks: MemoryPeaks = { tree: 0, process: 0 };
  const sample = () => {
    try {
      const { total, largest } = treeMemory(readProcs(), process.pid);
      peaks.tree = Math.max(peaks.tree, total);
      peaks.process = Math.max(peaks.process, largest);
    } catch {
      // No /proc (not Linux): the bench prints « — ».
    }
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return peaks;
    },
  };
}
