import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { absoluteUrl, papersToRender } from '../../data/site.ts';
import { citationOf } from '../../lib/citations/paper-citation.ts';
import { renderBibtex } from '../../lib/citations/render-bibtex.ts';
import type { PaperData } from '../../lib/paper-schema.ts';
import { paperPath } from '../../lib/urls.ts';

// `npm run build` writes these files itself after Astro (scripts/lib/write-bib-files.ts,
// same functions, same text): as one route per paper they cost seconds per
// ten thousand papers. The route serves `astro dev` and plain `astro build`.
export const getStaticPaths = (async () => {
  if (process.env.PAPERSHELF_BIB_FILES === 'script') return [];
  const only = papersToRender();
  return (await getCollection('papers')).filter((e) => !only || only.has(e.id)).map((e) => ({ params: { slug: e.id }, props: { paper: e.data } }));
}) satisfies GetStaticPaths;

/** One paper's BibTeX entry, as `/papers/<slug>.bib`. */
export const GET: APIRoute<{ paper: PaperData }> = ({ props, site }) =>
  new Response(renderBibtex(citationOf(props.paper, absoluteUrl(paperPath(props.paper.slug), site))), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
