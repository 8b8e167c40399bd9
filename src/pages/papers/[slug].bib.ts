import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { absoluteUrl, papersToRender } from '../../data/site.ts';
import { citationOf } from '../../lib/citations/paper-citation.ts';
import { renderBibtex } from '../../lib/citations/render-bibtex.ts';
import type { PaperData } from '../../lib/paper-schema.ts';
import { paperPath } from '../../lib/urls.ts';

// An incremental build writes only the entries of changed papers and carries the others over.
export const getStaticPaths = (async () => {
  const only = papersToRender();
  return (await getCollection('papers')).filter((e) => !only || only.has(e.id)).map((e) => ({ params: { slug: e.id }, props: { paper: e.data } }));
}) satisfies GetStaticPaths;

/** One paper's BibTeX entry, as `/papers/<slug>.bib`. */
export const GET: APIRoute<{ paper: PaperData }> = ({ props, site }) =>
  new Response(renderBibtex(citationOf(props.paper, absoluteUrl(paperPath(props.paper.slug), site))), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
