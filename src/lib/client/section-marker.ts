/**
 * Marks the link to the section being read in every "On this page" list
 * (`aria-current="true"`) as the page scrolls: the last section whose heading
 * has passed under the sticky header (the first before any has), or the last
 * one once the page is scrolled to the bottom. Without it the links work as they are.
 */
export function markSections(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc nav a')];
  const sections = [...new Set(links.map((a) => a.hash))].flatMap((hash) => document.getElementById(hash.slice(1)) ?? []);
  if (sections.length === 0) return;
  const root = document.documentElement;
  let queued = false;
  const mark = () => {
    queued = false;
    const line = parseFloat(getComputedStyle(root).scrollPaddingTop) + 8;
    const current = innerHeight + scrollY >= root.scrollHeight - 2 ? sections.at(-1) : (sections.filter((s) => s.getBoundingClientRect().top <= line).at(-1) ?? sections[0]);
    for (const a of links) {
      if (a.hash === `#${current?.id}`) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    }
  };
  addEventListener('scroll', () => queued || ((queued = true), requestAnimationFrame(mark)), { passive: true });
  mark();
}
