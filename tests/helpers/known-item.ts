/** Words too common to tell one title from another. */
const STOP_WORDS = new Set(
  ('a an and are as at be by can do does for from how in into is it its of on or than that the their this to towards toward via vs what when where which who why with without you your we our not no all any more most over under through beyond about using based new')
    .split(' '),
);

/**
 * The query a reader who remembers a paper would type: the first `count`
 * significant words of its title (stop words and one-letter words left out),
 * lowercased, punctuation removed.
 */
export function distinctiveQuery(title: string, count = 4): string {
  const words = title.toLowerCase().normalize('NFKC').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !STOP_WORDS.has(w));
  return words.slice(0, count).join(' ');
}
