import type { APIRoute, GetStaticPaths } from 'astro';
import { absoluteUrl, loadCatalog } from '../../data/site.ts';
import type { TopicWithPapers } from '../../lib/catalog.ts';
import { citationOf } from '../../lib/citations/paper-citation.ts';
import { renderBibtex } from '../../lib/citations/render-bibtex.ts';
import { paperPath } from '../../lib/urls.ts';

export const getStaticPaths = (async () =>
  (await loadCatalog()).topics.map((topic) => ({ params: { topic: topic.slug }, props: { topic } }))) satisfies GetStaticPaths;

/** Every paper of a topic as one BibTeX file, `/topics/<topic>.bib`, in the topic's reading order. */
export const GET: APIRoute<{ topic: TopicWithPapers }> = ({ props, site }) =>
  new Response(props.topic.papers.map((p) => renderBibtex(citationOf(p, absoluteUrl(paperPath(p.slug), site)))).join('\n'), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
