import { spawn } from 'node:child_process';

/**
 * Runs one build stage as a child process with inherited output and resolves
 * with its wall time in milliseconds; rejects with the exit code otherwise.
 */
export function runStage(label: string, command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const started = performance.now();
  console.log(`\n▶ ${label}`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      const ms = Math.round(performance.now() - started);
      if (code === 0) {
        console.log(`✔ ${label} (${(ms / 1000).toFixed(1)} s)`);
        resolve(ms);
      } else reject(new Error(`${label} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}
