import type { Diagnostic } from '../diagnostics.ts';
import { settingsSchema, SETTING_NAMES, type Settings } from './settings-schema.ts';

/** The origin pages are built for when `SITE_URL` is unset: right for `astro preview`, wrong anywhere else. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

type Env = Readonly<Record<string, string | undefined>>;

/** What to set instead of a wrong value, when one can be guessed from it. */
function suggestion(name: string, value: string): string {
  const v = value.trim();
  switch (name) {
    case 'BASE_PATH':
      return `Set BASE_PATH=/${v.replace(/^\/+|\/+$/g, '').replace(/[^A-Za-z0-9/._~%-]+/g, '-')}/ or unset it to serve the site at the domain root.`;
    case 'SITE_URL': {
      if (!/^https?:\/\//i.test(v)) return `Set SITE_URL=https://${v.replace(/^[a-z]+:\/*/i, '').replace(/\/.*$/, '')}.`;
      const url = URL.canParse(v) ? new URL(v) : undefined;
      if (url && url.pathname !== '/') return `Set SITE_URL=${url.origin} and BASE_PATH=${url.pathname.replace(/\/?$/, '/')}.`;
      return 'Set it to the address the site is served from, such as SITE_URL=https://example.org.';
    }
    case 'OFFLINE_PAGES':
      return 'Set OFFLINE_PAGES=all (every page, the default) or OFFLINE_PAGES=none (pages as they are read).';
    default:
      return `Unset ${name} for the default.`;
  }
}

/** Why a value is wrong, then what the setting is for, then what to set: one diagnostic per wrong setting. */
function settingError(name: string, value: string, reason: string): Diagnostic {
  const meaning = settingsSchema.in.shape[name as keyof typeof settingsSchema.in.shape]?.description ?? 'a setting';
  return {
    file: name,
    line: 0,
    severity: 'error',
    rule: 'setting-invalid',
    message: `${name}=${JSON.stringify(value)} is not valid: ${reason}. ${name} is ${meaning}.`,
    hint: suggestion(name, value),
  };
}

/** A warning when `SITE_URL` is unset, as canonical URLs, feeds, the sitemap and the BibTeX `url` fields would then point at localhost. */
function siteUrlWarning(): Diagnostic {
  return {
    file: 'SITE_URL',
    line: 0,
    severity: 'warning',
    rule: 'site-url-unset',
    message: `Not set, so canonical URLs, feeds, the sitemap and the BibTeX url fields say ${DEFAULT_SITE_URL}/...`,
    hint: 'Set it to the address the site is served from: SITE_URL=https://example.org npm run build.',
  };
}

/** What {@link readSettings} found: the settings when every value is valid, and what to report either way. */
export type SettingsResult = { settings: Settings; diagnostics: Diagnostic[] } | { settings: undefined; diagnostics: Diagnostic[] };

/**
 * Reads and validates every setting from the environment, once, before any
 * stage runs. This is the only place papershelf reads its settings from
 * `process.env`; every stage receives the result.
 */
export function readSettings(env: Env): SettingsResult {
  const own = Object.fromEntries(SETTING_NAMES.map((name) => [name, env[name]]));
  const parsed = settingsSchema.safeParse(own);
  if (!parsed.success) {
    // The first problem of each setting is the one to fix; later checks assume the earlier ones passed.
    const byName = new Map<string, Diagnostic>();
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0]);
      if (!byName.has(name)) byName.set(name, settingError(name, env[name] ?? '', issue.message));
    }
    return { settings: undefined, diagnostics: [...byName.values()] };
  }
  const siteUrlSet = Boolean(env.SITE_URL?.trim());
  return { settings: { ...parsed.data, siteUrlSet }, diagnostics: siteUrlSet ? [] : [siteUrlWarning()] };
}

/**
 * The settings for a build that must have valid ones (`astro.config.mjs`,
 * scripts): throws one error listing every wrong setting, each with its fix.
 */
export function settingsOrThrow(env: Env): Settings {
  const result = readSettings(env);
  if (result.settings) return result.settings;
  throw new Error(result.diagnostics.map((d) => `${d.message} ${d.hint}`).join('\n'));
}
