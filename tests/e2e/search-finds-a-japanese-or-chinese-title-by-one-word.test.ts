import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { readPapersJson } from '../helpers/build-site.ts';
import { describeInBrowser, useBrowser, watchPage } from '../helpers/browser.ts';
import { useFixtureSite } from '../helpers/fixture-site.ts';

const FIXTURE = 'japanese-and-chinese-titles-without-spaces-between-words';

/**
 * One word from the middle of each title: none is the start of a title or of
 * a clause, so no index that keeps the whole run of characters as one word
 * can find it by prefix. The Chinese paper about hashing has a hand-written
 * note, so its page is indexed from its built HTML, the others from their
 * search pages.
 */
const CASES = [
  { query: '自動認識', title: 'レシピ用語の定義とその自動認識のためのタグ付与コーパスの構築', lang: 'ja' },
  { query: '話題分類', title: '深層学習による文書の話題分類の判断根拠の提示に関する一考察', lang: 'ja' },
  { query: '自动摘要', title: '基于M-C-G神经网络的多文档自动摘要方法', lang: 'zh' },
  { query: '哈希检索', title: '基于元学习的深度哈希检索算法', lang: 'zh' },
] as const;

/** A space between two Han or kana characters: the index's word breaks showing through. */
const SPACE_IN_CJK = /[\p{scx=Han}\p{scx=Hira}\p{scx=Kana}] [\p{scx=Han}\p{scx=Hira}\p{scx=Kana}]/u;

/** The status line, once the search for the current query has finished. */
async function status(page: Page): Promise<string> {
  const line = page.locator('.search-status');
  await expect.poll(() => line.textContent(), { timeout: 15_000 }).toMatch(/found/);
  return (await line.textContent())!;
}

describeInBrowser('search finds a Japanese or Chinese title by one word of it', () => {
  const browser = useBrowser();
  const site = useFixtureSite(FIXTURE);

  describe.each(CASES)('$query', ({ query, title, lang }) => {
    test('the search page lists that paper alone, with its title and excerpt as written and the word marked', async () => {
      const page = await browser().newPage();
      const problems = watchPage(page);
      await page.goto(`${site().url}search/?q=${encodeURIComponent(query)}`);
      expect(await status(page)).toBe('1 paper found');
      expect(await page.locator('.search-results li a').allTextContents()).toEqual([title]);
      const excerpt = (await page.locator('.search-results li p').textContent())!;
      expect(excerpt).not.toMatch(SPACE_IN_CJK);
      expect((await page.locator('.search-results mark').allTextContents()).join('')).toContain(query);
      // The search box keeps the words as typed.
      expect(await page.locator('#search-q').inputValue()).toBe(query);
      expect(new URL(page.url()).searchParams.get('q')).toBe(query);
      expect(problems).toEqual({ errors: [], failedRequests: [] });
      await page.close();
    });

    test('the result opens the paper page, which marks the word and names the language of its title and abstract', async () => {
      const paper = readPapersJson(site().build.outDir).papers.find((p) => p.title === title)!;
      const page = await browser().newPage();
      await page.goto(`${site().url}search/?q=${encodeURIComponent(query)}`);
      expect(await status(page)).toBe('1 paper found');
      await page.locator('.search-results li a').first().click();
      await page.waitForURL((u) => decodeURIComponent(u.pathname) === decodeURIComponent(paper.url));
      const heading = page.locator('h1');
      expect(await heading.textContent()).toBe(title);
      expect(await heading.getAttribute('lang')).toBe(lang);
      expect(await page.locator('.abstract').getAttribute('lang')).toBe(lang);
      const marked = page.locator('mark.pagefind-highlight');
      await expect.poll(async () => (await marked.allTextContents()).join(''), { timeout: 10_000 }).toContain(query);
      await page.close();
    });

    test('the header search lists it as the reader types', async () => {
      const page = await browser().newPage();
      await page.goto(site().url);
      const input = page.locator('.header-search input[name="q"]');
      await input.focus();
      await input.fill(query);
      const first = page.locator('.header-search [role="option"] .option-title').first();
      await expect.poll(() => first.textContent(), { timeout: 15_000 }).toBe(title);
      await page.close();
    });
  });

  test('a word only in a hand-written Chinese note finds the paper with that note', async () => {
    // notes/基于元学习的深度哈希检索算法.mdx: "读书会笔记：…"
    const page = await browser().newPage();
    await page.goto(`${site().url}search/?q=${encodeURIComponent('读书会')}`);
    expect(await status(page)).toBe('1 paper found');
    expect(await page.locator('.search-results li a').allTextContents()).toEqual(['基于元学习的深度哈希检索算法']);
    await page.close();
  });

  test('English words still find the English papers beside them', async () => {
    const page = await browser().newPage();
    await page.goto(`${site().url}search/?q=${encodeURIComponent('Hard Patches')}`);
    expect(await status(page)).toBe('1 paper found');
    expect(await page.locator('.search-results li a').allTextContents()).toEqual(['Bootstrap Masked Visual Modeling via Hard Patches Mining']);
    expect(await page.locator('.search-results mark').allTextContents()).toEqual(expect.arrayContaining(['Hard', 'Patches']));
    await page.close();
  });
});
