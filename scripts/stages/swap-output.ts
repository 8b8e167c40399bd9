/**
 * Stage: the finished staging folder replaces the output folder, and the
 * manifest of this build is kept for the next one. Astro renders into a
 * staging folder of its own per output folder, so two builds into different
 * folders never share one.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Settings } from '../../src/lib/settings/settings-schema.ts';
import { hashOutput, writeManifest, type BuildManifest } from '../lib/incremental-build.ts';
import { discardFolder, replaceFolder } from '../lib/replace-folder.ts';
import type { OutputPaths } from './plan-render.ts';

/** The output folder of the settings, its staging folder and the manifest of its last build. */
export function outputPaths(root: string, settings: Settings): OutputPaths {
  const outDir = resolve(root, settings.outDir);
  const key = createHash('sha256').update(outDir).digest('hex').slice(0, 12);
  return { outDir, staging: join(root, '.papershelf', 'staging', key), manifest: join(root, '.papershelf', 'manifests', `${key}.json`) };
}

/** Whether there is a previous site: only then can a failed build say it is unchanged. */
export const hadOutput = (out: OutputPaths): boolean => existsSync(out.outDir);

/** Removes what a build left in the staging folders (before a build, or after a failed one). */
export async function discardStaging(root: string, out: OutputPaths): Promise<void> {
  await discardFolder(out.staging, join(root, '.papershelf', 'trash'));
  await rm(`${out.staging}-search`, { recursive: true, force: true });
}

/** Puts the staging folder in place of the output folder and records what it was built from. */
export async function swapOutput(root: string, out: OutputPaths, signed: Omit<BuildManifest, 'output'>): Promise<void> {
  // No manifest while the folders move: should the swap fail, the next build renders everything.
  await rm(out.manifest, { force: true });
  await replaceFolder(out.staging, out.outDir, join(root, '.papershelf', 'trash'));
  await writeManifest(out.manifest, { ...signed, output: (await hashOutput(out.outDir)) ?? '' });
}
