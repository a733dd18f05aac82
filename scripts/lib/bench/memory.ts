import fs from 'node:fs';

/** Children of every process, from /proc (Linux). */
function childrenOf(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(ppid, [...(map.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  return map;
}

/** Resident memory of a process and all its descendants, in bytes (0 off Linux). */
export function treeRssBytes(pid: number): number {
  if (!fs.existsSync('/proc')) return 0;
  const kids = childrenOf();
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      // gone
    }
    stack.push(...(kids.get(p) ?? []));
  }
  return total;
}

/**
 * CPU seconds (user + system) used by the reaped children of this process, from
 * /proc/self/stat; 0 off Linux. Unlike wall time, it barely changes when other work
 * shares the machine. Assumes the usual 100 clock ticks per second.
 */
export function childCpuSeconds(): number {
  if (!fs.existsSync('/proc/self/stat')) return 0;
  const stat = fs.readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 16 and 17 of stat(5) (cutime, cstime); the slice starts at field 3.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}
