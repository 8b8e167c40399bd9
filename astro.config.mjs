// @ts-check
// For `astro dev` and a plain `astro build`; `npm run build` passes the same
// configuration to Astro itself, with its build plan (scripts/stages/render-site.ts).
import { defineConfig } from 'astro/config';
import { astroConfig } from './src/integrations/astro-config.ts';
import { settingsOrThrow } from './src/lib/settings/read-settings.ts';

export default defineConfig(astroConfig(settingsOrThrow(process.env)));
