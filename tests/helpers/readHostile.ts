// Reads one file the way the app does (a roster import, or the text of a filed document), in
// a process of its own, and prints what came of it, the time taken and the process's peak
// resident memory (the main thread and the file worker together): hostile-files.test.ts
// asserts the memory ceiling, and the figures in the closing note come from here.
import fs from 'node:fs';
import path from 'node:path';
import { extractText, parseWorkbook } from '../../electron/imports/fileJobs';

export type HostileReading = { outcome: string; ms: number; peakMb: number };

/**
 * Peak resident memory of this process's own address space. On Linux that is VmHWM: getrusage's
 * maxrss would also count the parent's memory at the moment it forked this process.
 */
function peakMb(): number {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Math.round(Number(hwm[1]) / 1024);
  } catch {
    // not Linux
  }
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

async function main(kind: string, file: string): Promise<void> {
  const bytes = fs.readFileSync(file);
  const name = path.basename(file);
  // The worker started and its modules loaded first, as in a running app: the figure is the file's own.
  if (process.argv.includes('--warm')) await extractText('warm.docx', Buffer.alloc(0)).then(() => parseWorkbook('roster', 'warm.xlsx', Buffer.alloc(0)).catch(() => null));
  const t0 = performance.now();
  let outcome: string;
  try {
    if (kind === 'text') {
      const r = await extractText(name, bytes);
      outcome = `text: ${r.text.length} characters, pages ${r.pages}`;
    } else {
      outcome = `parsed: ${(await parseWorkbook('roster', name, bytes)).rowCount} rows`;
    }
  } catch (e) {
    outcome = `refused: ${(e as Error).message}`;
  }
  const reading: HostileReading = { outcome, ms: Math.round(performance.now() - t0), peakMb: peakMb() };
  console.log(JSON.stringify(reading));
}

if (require.main === module) void main(process.argv[2] ?? '', process.argv[3] ?? '');
