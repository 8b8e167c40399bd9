import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Blocks the calling thread (builds are run synchronously, so waiting for one is too). */
function sleep(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

/** True when a process with this id still runs. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Runs `fn` holding the lock `dir`, a folder made atomically, so test files
 * running in parallel workers take turns: the others wait until it is
 * removed. A lock whose holder died (a killed worker) is taken over.
 */
export function withLock<T>(dir: string, fn: () => T): T {
  for (;;) {
    try {
      mkdirSync(dir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let owner = 0;
    try {
      owner = Number(readFileSync(join(dir, 'owner'), 'utf8'));
    } catch {
      // Just made, its owner not yet written.
    }
    if (owner > 0 && owner !== process.pid && !alive(owner)) rmSync(dir, { recursive: true, force: true });
    else sleep(100);
  }
  try {
    writeFileSync(join(dir, 'owner'), String(process.pid));
    return fn();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Removes the entries of `dir` (files holding a process id) whose process ended. */
function clearDead(paths: string[]): void {
  for (const path of paths) {
    let pid = 0;
    try {
      pid = Number(readFileSync(path, 'utf8'));
    } catch {
      continue;
    }
    if (pid > 0 && pid !== process.pid && !alive(pid)) rmSync(path, { force: true });
  }
}

let turns = 0;

/**
 * Runs `fn` in a turn of `dir` shared by the run's workers: any number of
 * shared turns at once, or one turn `alone`, which waits for the shared ones
 * to end and keeps new ones from starting meanwhile.
 */
export function withTurn<T>(dir: string, alone: boolean, fn: () => T): T {
  const gate = join(dir, 'gate.lock');
  const holder = join(dir, 'alone');
  const shared = join(dir, 'shared');
  mkdirSync(shared, { recursive: true });
  const sharers = () => readdirSync(shared).map((name) => join(shared, name));
  const mine = join(shared, `${process.pid}-${threadId}-${++turns}`);
  // Under the gate: no turn alone holds or waits, then take a shared turn, or the turn alone.
  const enter = () =>
    withLock(gate, () => {
      clearDead([holder, ...sharers()]);
      if (existsSync(holder)) return false;
      writeFileSync(alone ? holder : mine, String(process.pid));
      return true;
    });
  while (!enter()) sleep(100);
  try {
    if (alone) {
      for (clearDead(sharers()); sharers().length > 0; clearDead(sharers())) sleep(100);
    }
    return fn();
  } finally {
    rmSync(alone ? holder : mine, { force: true });
  }
}
