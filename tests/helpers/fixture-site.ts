import { afterAll, beforeAll } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { buildFixtureOrFail, type BuildResult } from './build-site.ts';

/**
 * Serves the run's shared build of a fixture folder (with its people.yaml,
 * selected.yaml, ...; see `buildFixture`) at the root during the enclosing
 * block, for browser tests of what the bundled sample does not have; call
 * the result inside a test. The tests must only read the build.
 */
export function useFixtureSite(fixture: string): () => StaticServer & { build: BuildResult } {
  let build: BuildResult | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    build = buildFixtureOrFail(fixture);
    server = await serveStatic(build.outDir);
  }, 300_000);
  afterAll(async () => {
    await server?.close();
  });
  return () => ({ ...server!, build: build! });
}
