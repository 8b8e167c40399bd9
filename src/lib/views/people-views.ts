import { paperDate, sortNewestFirst } from '../feeds/paper-date.ts';
import type { PaperData } from '../paper-schema.ts';
import type { Person } from '../people/group-authors.ts';
import { letterPages, paginateAuthorIndex } from '../people/author-pages.ts';
import { coAuthors } from '../people/people-index.ts';
import { listItems, type ListItem } from './list-item.ts';
import type { ViewContext } from './view-context.ts';

/** A person as a link shows them: their page and name, bold when one of the site's own. */
export interface PersonLink {
  slug: string;
  name: string;
  highlight: boolean;
}

/** A person with a number of papers: their papers (author index), or those shared with the person whose page it is (co-authors). */
export interface PersonCount {
  person: PersonLink;
  count: number;
}

const links = new WeakMap<ViewContext, Map<Person, PersonLink>>();

/** The link to a person, made once per context: a person is on many lists, and every list holds the same link. */
export function personLinkOf(person: Person, context: ViewContext): PersonLink {
  let made = links.get(context);
  if (!made) links.set(context, (made = new Map()));
  let link = made.get(person);
  if (!link) made.set(person, (link = { slug: person.slug, name: person.name, highlight: person.highlight === true }));
  return link;
}

/**
 * The author index as the site has it: every person with their number of
 * papers, in the order of the site's people. {@link authorIndexPages}
 * arranges it A–Z into pages from this alone, so the incremental build signs
 * the index without sorting every name.
 */
export interface AuthorIndexView {
  people: PersonCount[];
}

/** The view of the author index. */
export function authorIndexView(context: ViewContext): AuthorIndexView {
  return { people: context.people.people.map((p) => ({ person: personLinkOf(p, context), count: p.papers.length })) };
}

/** One page of the author index: its people A–Z, in runs of one initial letter. */
export interface AuthorIndexPage {
  /** 1-based. */
  number: number;
  count: number;
  letters: { letter: string; people: PersonCount[] }[];
}

/**
 * Arranges the author index into pages (see `paginateAuthorIndex`), with
 * the first page of each letter; no pages without people. It is arranged
 * from the view alone: the order and the letters see each person's name and
 * slug, which the view holds, and nothing else of the person.
 */
export function authorIndexPages(view: AuthorIndexView): { pages: AuthorIndexPage[]; letters: { letter: string; number: number }[] } {
  if (view.people.length === 0) return { pages: [], letters: [] };
  const entries = new Map(view.people.map((e) => [e.person.slug, e]));
  const pages = paginateAuthorIndex(view.people.map(({ person: { slug, name } }): Person => ({ slug, name, names: [name], papers: [] })));
  return {
    pages: pages.map(({ number, count, letters }) => ({ number, count, letters: letters.map(({ letter, people }) => ({ letter, people: people.map((p) => entries.get(p.slug)!) })) })),
    letters: letterPages(pages),
  };
}

/** The people of one paper, each once, in the order of its authors: what its authors' co-authors are counted from. */
export interface PaperPeople {
  slug: string;
  people: PersonLink[];
}

const paperPeople = new WeakMap<ViewContext, Map<PaperData, PaperPeople>>();

/** The people of a paper, made once per context: every author's page counts from the same list. */
export function paperPeopleOf(paper: PaperData, context: ViewContext): PaperPeople {
  let made = paperPeople.get(context);
  if (!made) paperPeople.set(context, (made = new Map()));
  let entry = made.get(paper);
  if (!entry) {
    const people = [...new Set((paper.authors ?? []).flatMap((name) => context.people.byName.get(name) ?? []))];
    made.set(paper, (entry = { slug: paper.slug, people: people.map((p) => personLinkOf(p, context)) }));
  }
  return entry;
}

/** What a person's page shows. */
export interface PersonView {
  slug: string;
  name: string;
  highlight: boolean;
  homepage?: string;
  orcid?: string;
  /** The other spellings of their name the papers use. */
  spellings: string[];
  /** Their papers, newest first (source order when undated). */
  items: ListItem[];
  /** The people of each of their papers, in the order the people data lists the papers: their co-authors (see {@link coAuthorsOf}). */
  papers: PaperPeople[];
}

/** The view of one person's page; their papers no longer in the catalog are left out. */
export function personView(person: Person, context: ViewContext): PersonView {
  const papers = person.papers.flatMap((slug) => context.bySlug.get(slug) ?? []);
  return {
    slug: person.slug,
    name: person.name,
    highlight: person.highlight === true,
    ...(person.homepage ? { homepage: person.homepage } : {}),
    ...(person.orcid ? { orcid: person.orcid } : {}),
    spellings: person.names.filter((n) => n !== person.name),
    items: listItems(sortNewestFirst(papers, paperDate), context),
    papers: papers.map((p) => paperPeopleOf(p, context)),
  };
}

/** Every person's page, in the order of the site's people. */
export function personViews(context: ViewContext): PersonView[] {
  return context.people.people.map((person) => personView(person, context));
}

/**
 * A person's co-authors with the number of papers they share, most shared
 * first, then by name (see `coAuthors`), counted from the view alone: there
 * each person is known by their slug and holds only their link.
 */
export function coAuthorsOf(view: PersonView): PersonCount[] {
  const links = new Map(view.papers.flatMap((paper) => paper.people.map((link) => [link.slug, link] as const)));
  const self: Person = { slug: view.slug, name: view.name, names: [view.slug], papers: view.papers.map((p) => p.slug) };
  const byName = new Map([...links.values()].map((link): [string, Person] => [link.slug, link.slug === view.slug ? self : { slug: link.slug, name: link.name, names: [link.slug], papers: [] }]));
  const authors = new Map(view.papers.map((paper) => [paper.slug, paper.people.map((link) => link.slug)]));
  return coAuthors(self, { people: [], bySlug: new Map(), byName }, (slug) => authors.get(slug)).map(({ person, count }) => ({ person: links.get(person.slug)!, count }));
}
