import { assignCitationKeys } from '../citations/bibtex-key.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { paperSchema, type PaperData } from '../paper-schema.ts';
import type { SourceRecord } from '../sources/source-record.ts';
import { assignTopics } from '../topics/assign-topics.ts';
import type { Topic } from '../topics/taxonomy.ts';
import { abstractSnippet } from './abstract-snippet.ts';
import { assignSlugs } from './assign-slugs.ts';
import { abstractToMarkdown } from './escape-markdown.ts';
import { fingerprintPaper } from './identity.ts';
import { unionLinks, type LinksByKind } from './link-kinds.ts';
import { classifyLinks } from './links.ts';
import { renderPaperPage } from './render-page.ts';

/** One page to write: its file name under `content/papers/` and its full text. */
export interface PlannedPage {
  slug: string;
  fileName: string;
  text: string;
  data: PaperData;
}

/** The optional metadata of a record that becomes front matter, without absent fields. */
function recordMetadata(record: SourceRecord): Partial<PaperData> {
  const { authors, date, venue, arxiv, doi, categories, keywords, selected } = record;
  const meta = { authors, date, venue, arxiv, doi, categories, keywords, selected };
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined));
}

/** Where the record says the paper appeared (kind, volume, pages, ...), without absent fields. */
function citationFields(record: SourceRecord): Partial<PaperData> {
  const { kind, volume, issue, pages, publisher, editors, organizations } = record;
  const fields = { kind, volume, issue, pages, publisher, editors, organizations };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

/** Links from the source's fields first, then those in the abstract, each once; a code link is no project page too. */
function mergeLinks(fields: SourceRecord['urls'], abstract: LinksByKind): PaperData['links'] {
  const all = unionLinks(fields, abstract) ?? {};
  const code = all.code ?? [];
  return { ...all, code, project: (all.project ?? []).filter((url) => !code.includes(url)) };
}

/** A page before its topics are known: everything else its front matter and body hold. */
export interface PreparedPage {
  record: SourceRecord;
  /** The front matter without `topics`, not yet checked by the schema (so typed only as far as it is known). */
  fields: { slug: string } & Record<string, unknown>;
  body: string;
}

/**
 * The part of {@link planPages} that does not depend on topics: slugs, cite
 * keys, links, snippets and the escaped bodies. The build does it while the
 * related-papers thread makes the term vectors placement needs.
 */
export function preparePages(records: readonly SourceRecord[]): PreparedPage[] {
  const fingerprints = records.map((r) => fingerprintPaper(r.title, r.abstract));
  const slugs = assignSlugs(records.map((r, i) => ({ title: r.title, fingerprint: fingerprints[i]! })));
  const citeKeys = assignCitationKeys(records.map((r, i) => ({ ...r, slug: slugs[i]! })));
  return records.map((record, index) => {
    const snippet = abstractSnippet(record.abstract);
    const fields = {
      title: record.title,
      slug: slugs[index]!,
      ...recordMetadata(record),
      ...citationFields(record),
      citeKey: citeKeys[index],
      links: mergeLinks(record.urls, classifyLinks(record.abstract)),
      ...(record.listed ? { listed: record.listed } : {}),
      hasAbstract: record.abstract.length > 0,
      ...(snippet ? { snippet } : {}),
      source: { file: record.file, line: record.line },
    };
    return { record, fields, body: abstractToMarkdown(record.abstract) };
  });
}

/**
 * Gives each prepared page its topics (`topicsOf(index)`), checks its front
 * matter against the schema and renders it. A page whose front matter fails
 * is reported as an error naming its record's file and line.
 */
export function finishPages(prepared: readonly PreparedPage[], topicsOf: (index: number) => string[]): { pages: PlannedPage[]; diagnostics: Diagnostic[] } {
  const pages: PlannedPage[] = [];
  const diagnostics: Diagnostic[] = [];
  prepared.forEach(({ record, fields, body }, index) => {
    const checked = paperSchema.safeParse({ ...fields, topics: topicsOf(index) });
    if (!checked.success) {
      const why = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      diagnostics.push({ file: record.file, line: record.line, severity: 'error', rule: 'paper-invalid', message: `"${record.title.slice(0, 60)}" cannot become a page (${why}). Fix this record in the source.` });
      return;
    }
    pages.push({ slug: fields.slug, fileName: `${fields.slug}.mdx`, data: checked.data, text: renderPaperPage(checked.data, body) });
  });
  return { pages, diagnostics };
}

/**
 * Turns every source record into exactly one page: slug, topics, links and the
 * escaped body. A record whose front matter fails the schema is reported as an
 * error naming its file and line; none is ever dropped silently. `placed`
 * gives each record's topics when they were decided beyond the taxonomy
 * (derived topics); otherwise the taxonomy alone decides.
 */
export function planPages(records: readonly SourceRecord[], topics: readonly Topic[], placed?: readonly string[][]): { pages: PlannedPage[]; diagnostics: Diagnostic[] } {
  return finishPages(preparePages(records), (index) => placed?.[index] ?? assignTopics(records[index]!.title, records[index]!.abstract, topics));
}
