/** Decides what of a stage's output reaches the build log: a line to print, or nothing. */
export type OutputFilter = (line: string) => string | undefined;

/**
 * Runs one build stage inside this process, printing a start line and a done
 * line with its wall time; resolves with what the stage returned.
 */
export async function inProcessStage<T>(label: string, stage: () => Promise<T>): Promise<T> {
  const started = performance.now();
  console.log(`\n▶ ${label}`);
  running.push(label);
  try {
    const result = await stage();
    console.log(`✔ ${label} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    return result;
  } finally {
    running.splice(running.lastIndexOf(label), 1);
  }
}

/** Labels of the stages running now, outermost first. */
const running: string[] = [];

/** The innermost stage running now, for a message about a build that stopped in it. */
export function currentStage(): string | undefined {
  return running.at(-1);
}

/**
 * Output filter for `astro build`: drops the line Astro prints per page and
 * says instead how many pages are done every `every` pages; drops a known
 * harmless bundler notice about MDX notes; keeps warnings, errors and the
 * stage summaries.
 */
export function astroProgress(every = 1000): OutputFilter & { hiding(): boolean } {
  let pages = 0;
  let inNotice = false;
  let hid = false;
  const plain = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');
  const filter = (raw: string): string | undefined => {
    const line = plain(raw);
    hid = line.includes('MODULE_LEVEL_DIRECTIVE') || inNotice;
    return show(raw, line);
  };
  const show = (raw: string, line: string): string | undefined => {
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
  /** Whether the last line was part of the harmless notice, which is hidden whatever its level. */
  return Object.assign(filter, { hiding: () => hid });
}
