/**
 * What one build renders, decided before Astro starts and handed to the
 * papershelf integration as an option (never through the environment), which
 * serves it to the routes as `virtual:papershelf/config`.
 */
export interface RenderPlan {
  /** The paper pages to render; undefined renders every page (a full build). */
  render?: readonly string[];
  /** True when the topic, all-papers, author and year pages are carried over from the previous build, so their routes render nothing. */
  reuseLists: boolean;
}

/** The render plan of a full build: every page. */
export const FULL_RENDER: RenderPlan = { reuseLists: false };
