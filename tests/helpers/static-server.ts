import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

/**
 * The bundled sample, built for `base` (once per test run, see
 * `buildSample`) and served under that base path.
 */
export async function serveSample(base = '/'): Promise<StaticServer & { outDir: string }> {
  const { buildSampleOrFail } = await import('./build-site.ts');
  const { outDir } = buildSampleOrFail(base);
  return { ...(await serveStatic(outDir, { base })), outDir };
}
