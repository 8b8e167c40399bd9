import type { Diagnostic } from '../diagnostics.ts';
import { parseListing } from './listing.ts';
import type { SourceRecord } from './source-record.ts';

/** The result of reading one source file. */
export interface SourceResult {
  records: SourceRecord[];
  diagnostics: Diagnostic[];
}

/** Extensions of files in `content/sources/` that are read as plain-text listings. */
const LISTING_EXTENSIONS = ['.txt', '.text', '.listing'];

/**
 * Picks the reader for a source file by its extension and parses it. Files of
 * an unknown kind are reported (with how to fix) instead of being ignored, and
 * text that is not valid UTF-8 is an error naming the first bad line.
 */
export function readSource(file: string, bytes: Uint8Array): SourceResult {
  const lower = file.toLowerCase();
  const ext = lower.slice(lower.lastIndexOf('.'));
  if (!LISTING_EXTENSIONS.includes(ext)) {
    return { records: [], diagnostics: [{ file, line: 0, severity: 'error', rule: 'source-unknown-format', message: `Unknown source format "${ext}". Use a plain-text listing (.txt), or move the file out of content/sources/.` }] };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const good = new TextDecoder('utf-8').decode(bytes);
    const badLine = good.slice(0, good.indexOf('\uFFFD')).split('\n').length;
    return { records: [], diagnostics: [{ file, line: badLine, severity: 'error', rule: 'source-encoding', message: 'The file is not valid UTF-8. Save it as UTF-8 and build again.' }] };
  }
  if (text.includes('\u0000')) {
    const line = text.slice(0, text.indexOf('\u0000')).split('\n').length;
    return { records: [], diagnostics: [{ file, line, severity: 'error', rule: 'source-binary', message: 'The file contains NUL bytes and looks binary, not like a text listing. Replace it with a text export.' }] };
  }
  return parseListing(text.replace(/^\uFEFF/, ''), file);
}
