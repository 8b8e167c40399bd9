/**
 * The address parameter that carries matched words to a paper page, for
 * highlighting there. Its own module, so the script every page runs does
 * not fetch the search wrapper with it.
 */
export const HIGHLIGHT_PARAM = 'highlight';
