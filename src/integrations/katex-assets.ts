import { cp, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Site-relative folder that holds KaTeX's stylesheet and fonts. */
export const KATEX_ASSETS_PATH = 'katex/';

/** KaTeX's `dist/` folder in node_modules. */
const katexDist = () => dirname(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'));

const TYPES: Record<string, string> = { '.css': 'text/css', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf' };

/**
 * Serves KaTeX's stylesheet and fonts from the site itself (`<base>katex/`),
 * so pages with math need no CDN: copies them into the output folder after a
 * build, and serves them from node_modules in `astro dev`. Pages link the
 * stylesheet only when they hold math.
 */
export function katexAssets(): AstroIntegration {
  let base = '/';
  return {
    name: 'papershelf-katex-assets',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir }) => {
        const target = join(fileURLToPath(dir), KATEX_ASSETS_PATH);
        await cp(join(katexDist(), 'katex.min.css'), join(target, 'katex.min.css'));
        await cp(join(katexDist(), 'fonts'), join(target, 'fonts'), { recursive: true });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (req, res, next) => {
          const prefix = `${base}${KATEX_ASSETS_PATH}`;
          const path = (req.url ?? '').split('?')[0]!;
          const rest = path.startsWith(prefix) ? normalize(decodeURIComponent(path.slice(prefix.length))) : '';
          const type = TYPES[rest.slice(rest.lastIndexOf('.'))];
          if (!type || rest.startsWith('..')) return next();
          try {
            const body = await readFile(join(katexDist(), rest));
            res.setHeader('Content-Type', type);
            res.end(body);
          } catch {
            next();
          }
        });
      },
    },
  };
}
