import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** Decides what of a stage's output reaches the build log: a line to print, or nothing. */
export type OutputFilter = (line: string) => string | undefined;

/**
 * Runs one build stage as a child process and resolves with its wall time in
 * milliseconds; rejects with the exit code otherwise. With a filter, every
 * output line goes through it (so long stages can report progress instead of
 * one line per page); without one, output is passed through untouched.
 */
export function runStage(label: string, command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env, filter?: OutputFilter): Promise<number> {
  const started = performance.now();
  console.log(`\n▶ ${label}`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: filter ? ['ignore', 'pipe', 'pipe'] : 'inherit', env });
    // What the filter hid, so a failing stage can still show its last words.
    const hidden: string[] = [];
    if (filter) {
      for (const stream of [child.stdout, child.stderr]) {
        createInterface({ input: stream! }).on('line', (line) => {
          const shown = filter(line);
          if (shown !== undefined) console.log(shown);
          else if (hidden.push(line) > 60) hidden.shift();
        });
      }
    }
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = Math.round(performance.now() - started);
      if (code === 0) {
        console.log(`✔ ${label} (${(ms / 1000).toFixed(1)} s)`);
        resolve(ms);
      } else {
        if (hidden.length > 0) console.error(hidden.join('\n'));
        reject(new Error(`${label} failed (${signal ?? `exit code ${code}`})`));
      }
    });
  });
}

/**
 * Runs one build stage inside this process, printing the same start and done
 * lines as {@link runStage}; resolves with what the stage returned.
 */
export async function inProcessStage<T>(label: string, stage: () => Promise<T>): Promise<T> {
  const started = performance.now();
  console.log(`\n▶ ${label}`);
  const result = await stage();
  console.log(`✔ ${label} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return result;
}

/**
 * Output filter for `astro build`: drops the line Astro prints per page and
 * says instead how many pages are done every `every` pages; drops a known
 * harmless bundler notice about MDX notes; keeps warnings, errors and the
 * stage summaries.
 */
export function astroProgress(every = 1000): OutputFilter {
  let pages = 0;
  let inNotice = false;
  const plain = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');
  return (raw) => {
    const line = plain(raw);
    if (/[├└]─ \//.test(line)) {
      pages++;
      return pages % every === 0 ? `  … ${pages} pages rendered` : undefined;
    }
    if (line.includes('MODULE_LEVEL_DIRECTIVE')) { inNotice = true; return undefined; }
    if (inNotice) { if (line.includes('───╯')) inNotice = false; return undefined; }
    if (/\[(WARN|ERROR)\]|error/i.test(line)) return raw;
    if (/Completed in|page\(s\) built|Synced content|built in/.test(line)) return `  ${line.replace(/^\d\d:\d\d:\d\d /, '')}`;
    return undefined;
  };
}
