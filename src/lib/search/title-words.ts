/**
 * The metadata field that holds a Chinese or Japanese title once more, as
 * text the index splits into words (an attribute, where the title is given
 * for display, gets no word breaks). Its own module, so the search in the
 * browser can weigh it without loading the search page writer.
 */
export const TITLE_WORDS = 'title_words';
