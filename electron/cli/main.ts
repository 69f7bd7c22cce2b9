// npm run cli -- <命令> … : results to stdout, messages to stderr, and the exit code only once both
// have been written out (a pipe takes 64 KiB at a time; exiting earlier cut long JSON short).
import { runCli } from './run';

function writer(stream: NodeJS.WriteStream): { write(s: string): void; flushed(): Promise<void> } {
  let last: Promise<void> = Promise.resolve();
  // A reader that stops early (`| head`) closes the pipe: the command still finishes, unheard.
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    closed = true;
  });
  return {
    write(s) {
      if (closed) return;
      // Writes complete in order, so the last one's callback means all are out.
      last = new Promise((resolve) => stream.write(`${s}\n`, () => resolve()));
    },
    flushed: () => last,
  };
}

async function main(): Promise<void> {
  const out = writer(process.stdout);
  const err = writer(process.stderr);
  const code = await runCli(process.argv.slice(2), { out: out.write, err: err.write });
  await Promise.all([out.flushed(), err.flushed()]);
  process.exit(code);
}

void main();
