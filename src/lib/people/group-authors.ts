import type { Diagnostic } from '../diagnostics.ts';
import { slugifyTitle } from '../papers/slug.ts';
import type { PersonEntry } from './people-schema.ts';
import { compatibleNames, parsePersonName, specificity, type PersonName } from './person-name.ts';
import type { Person } from './person-schema.ts';

export type { Person } from './person-schema.ts';

/** The part of a paper the grouping reads. */
export interface AuthoredPaper {
  slug: string;
  authors?: readonly string[] | undefined;
  /** Names among the authors that the source marks as organisations: never split into given and family names. */
  organizations?: readonly string[] | undefined;
  source: { file: string; line: number };
}

/** One spelling of a name (as an identity key) and where it occurs. */
interface Variant {
  name: PersonName;
  displays: Map<string, number>;
  papers: Set<string>;
  first: { file: string; line: number };
}

/** Variants taken for one person. */
interface Cluster {
  variants: Variant[];
  /** The names a people.yaml entry gives, which later spellings must agree with too. */
  fixed: PersonName[];
  papers: Set<string>;
  entry?: PersonEntry;
  /** A spelling that fits several people: it stays on its own and takes no one else. */
  closed: boolean;
}

/** Slugs the author index uses for its own pages. */
const RESERVED = new Set(['page']);

/**
 * True when `variant` may join `cluster`: every name in it with the same
 * family name agrees (a people.yaml alias under another family name, such as
 * a former name, has no say), and no paper lists both as co-authors.
 */
function fits(cluster: Cluster, variant: Variant): boolean {
  if (cluster.closed) return false;
  const kin = [...cluster.fixed, ...cluster.variants.map((v) => v.name)].filter((n) => n.family === variant.name.family);
  if (kin.length === 0 || !kin.every((n) => compatibleNames(n, variant.name))) return false;
  for (const paper of variant.papers) if (cluster.papers.has(paper)) return false;
  return true;
}

function join(cluster: Cluster, variant: Variant): void {
  cluster.variants.push(variant);
  for (const paper of variant.papers) cluster.papers.add(paper);
}

/** Papers are compared within one family name and first initial; only names there can be compatible. */
const bucketOf = (name: PersonName) => (name.literal ? `=${name.key}` : `${name.family}|${name.given[0]!.charAt(0)}`);

/**
 * Groups the author names of all papers into people, in time linear in the
 * number of author names (each name is compared only with the few spellings
 * of its family name and first initial). Spellings are merged when safe: the
 * same family name, compatible given names (`J. Smith`, `John Smith`), and no
 * paper listing both. A spelling that fits two people who differ (`J. Smith`
 * with `John` and `Jane Smith`) stays on its own and is reported. Entries of
 * `content/people.yaml` come first: their name and aliases always mean them.
 */
export function groupAuthors(papers: readonly AuthoredPaper[], entries: readonly PersonEntry[] = [], peopleFile = 'content/people.yaml'): { people: Person[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const variants = new Map<string, Variant>();
  const parsed = new Map<string, PersonName>();
  const organisations = new Set(papers.flatMap((p) => p.organizations ?? []));
  for (const paper of papers) {
    for (const display of paper.authors ?? []) {
      let name = parsed.get(display);
      if (!name) parsed.set(display, (name = parsePersonName(display, organisations.has(display))));
      let variant = variants.get(name.key);
      if (!variant) variants.set(name.key, (variant = { name, displays: new Map(), papers: new Set(), first: paper.source }));
      variant.displays.set(display, (variant.displays.get(display) ?? 0) + 1);
      variant.papers.add(paper.slug);
    }
  }

  const clusters: Cluster[] = [];
  const byAlias = new Map<string, Cluster>();
  const buckets = new Map<string, Cluster[]>();
  const addToBucket = (key: string, cluster: Cluster) => {
    const list = buckets.get(key) ?? [];
    if (!list.includes(cluster)) list.push(cluster);
    buckets.set(key, list);
  };
  for (const entry of entries) {
    const fixed = [entry.name, ...entry.aliases].map((n) => parsePersonName(n));
    const cluster: Cluster = { variants: [], fixed, papers: new Set(), entry, closed: false };
    clusters.push(cluster);
    fixed.forEach((name, i) => {
      const other = byAlias.get(name.key);
      if (other && other !== cluster) {
        diagnostics.push({ file: peopleFile, line: entry.line, severity: 'warning', rule: 'people-alias-twice', message: `"${i === 0 ? entry.name : entry.aliases[i - 1]}" also belongs to "${other.entry!.name}", which keeps it. Remove it from one of the two people.` });
        return;
      }
      byAlias.set(name.key, cluster);
      addToBucket(bucketOf(name), cluster);
    });
  }

  const order = [...variants.values()].sort((a, b) => specificity(b.name) - specificity(a.name) || (a.name.key < b.name.key ? -1 : 1));
  const clusterOf = new Map<string, Cluster>();
  for (const variant of order) {
    const named = byAlias.get(variant.name.key);
    if (named) {
      join(named, variant);
      clusterOf.set(variant.name.key, named);
      continue;
    }
    const bucket = bucketOf(variant.name);
    const candidates = (buckets.get(bucket) ?? []).filter((c) => fits(c, variant));
    if (candidates.length === 1) {
      join(candidates[0]!, variant);
      clusterOf.set(variant.name.key, candidates[0]!);
      continue;
    }
    const cluster: Cluster = { variants: [], fixed: [], papers: new Set(), closed: candidates.length > 1 };
    join(cluster, variant);
    clusters.push(cluster);
    clusterOf.set(variant.name.key, cluster);
    addToBucket(bucket, cluster);
    if (cluster.closed) {
      const who = candidates.map((c) => `"${displayName(c)}"`).join(' or ');
      const spelled = mostUsed(variant);
      diagnostics.push({ file: variant.first.file, line: variant.first.line, severity: 'info', rule: 'author-ambiguous', message: `"${spelled}" could be ${who}, so it has an author page of its own. To merge it, add "${spelled}" to the aliases of the right person in content/people.yaml.` });
    }
  }
  for (const cluster of clusters) {
    if (cluster.entry && cluster.variants.length === 0) {
      diagnostics.push({ file: peopleFile, line: cluster.entry.line, severity: 'warning', rule: 'people-unused', message: `No paper has "${cluster.entry.name}" or one of its aliases among its authors, so this person has no page. Check the spelling against a paper page, or remove the entry.` });
    }
  }
  return { people: toPeople(clusters.filter((c) => c.variants.length > 0), papers, clusterOf, parsed), diagnostics };
}

/** The display string used most often for a variant; the first seen on a tie. */
function mostUsed(variant: Variant): string {
  let best = '';
  let count = 0;
  for (const [display, n] of variant.displays) if (n > count) [best, count] = [display, n];
  return best;
}

/** The name a cluster is shown by: the people.yaml name, else the most used spelling of its most complete variant. */
function displayName(cluster: Cluster): string {
  return cluster.entry?.name ?? mostUsed(cluster.variants[0]!);
}

/** Names, slugs and paper lists of the clusters, slugs unique and stable (assigned in order of name key). */
function toPeople(clusters: Cluster[], papers: readonly AuthoredPaper[], clusterOf: Map<string, Cluster>, parsed: Map<string, PersonName>): Person[] {
  const keyed = clusters.map((c) => ({ c, key: `${slugifyTitle(displayName(c))}\0${c.variants[0]!.name.key}` })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const used = new Set<string>();
  const people = new Map<Cluster, Person>();
  for (const { c } of keyed) {
    const base = slugifyTitle(displayName(c)) || 'author';
    let slug = RESERVED.has(base) ? `${base}-2` : base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    const names = c.variants.flatMap((v) => [...v.displays.keys()]);
    people.set(c, {
      slug,
      name: displayName(c),
      names,
      papers: [],
      ...(c.entry?.highlight ? { highlight: true as const } : {}),
      ...(c.entry?.homepage ? { homepage: c.entry.homepage } : {}),
      ...(c.entry?.orcid ? { orcid: c.entry.orcid } : {}),
    });
  }
  for (const paper of papers) {
    for (const display of paper.authors ?? []) {
      const person = people.get(clusterOf.get(parsed.get(display)!.key)!)!;
      if (person.papers.at(-1) !== paper.slug) person.papers.push(paper.slug);
    }
  }
  return keyed.map(({ c }) => people.get(c)!);
}
