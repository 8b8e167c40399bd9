import { compareBySource, PAGE_SIZE } from '../catalog.ts';
import { ourPapers, selectedPapers } from '../papers/home-sections.ts';
import { paperYear } from '../papers/year-groups.ts';
import { listItems, type ListItem } from './list-item.ts';
import { topicCards, type TopicCard } from './list-pages.ts';
import { personLinkOf, type PersonLink } from './people-views.ts';
import type { ViewContext } from './view-context.ts';

/** What the home page shows of the catalog and the people. */
export interface HomeView {
  /** Papers on the site. */
  total: number;
  /** The selected papers, newest first. */
  selected: ListItem[];
  /** The site's own people ("Our papers"), in the order of the site's people. */
  highlighted: PersonLink[];
  /** The newest of their papers, at most a page of them. */
  ours: ListItem[];
  topics: TopicCard[];
  /** True when the site has author pages. */
  people: boolean;
  /** True when the site has year pages (some paper has a year). */
  dated: boolean;
  /** The first page of papers in the order of their sources. */
  first: ListItem[];
}

/** The view of the home page. */
export function homeView(context: ViewContext): HomeView {
  const { papers, people } = context;
  return {
    total: papers.length,
    selected: listItems(selectedPapers(papers), context),
    highlighted: people.people.filter((p) => p.highlight).map((p) => personLinkOf(p, context)),
    ours: listItems(ourPapers(papers, people, PAGE_SIZE), context),
    topics: topicCards(context),
    people: people.people.length > 0,
    dated: papers.some((p) => paperYear(p) !== undefined),
    first: listItems([...papers].sort(compareBySource).slice(0, PAGE_SIZE), context),
  };
}
