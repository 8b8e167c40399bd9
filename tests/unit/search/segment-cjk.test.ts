import { describe, expect, test } from 'vitest';
import { cjkLanguage, cjkLocale, joinCjkWords, segmentCjk, segmentCjkInHtml } from '../../../src/lib/search/segment-cjk.ts';

describe('cjkLocale', () => {
  test.each([
    ['深層学習による画像認識', 'ja'],
    ['コーパス', 'ja'],
    ['深層学習', 'zh'],
    ['基于元学习的深度哈希检索算法', 'zh'],
    ['plain English', 'zh'],
  ])('returns the locale of %s', (text, locale) => {
    expect(cjkLocale(text)).toBe(locale);
  });
});

describe('segmentCjk', () => {
  test.each([
    ['深層学習による画像認識の新手法', '深層 学習 による 画像 認識 の 新 手法'],
    ['基于深度学习的图像识别方法研究', '基于 深度 学习 的 图像 识别 方法 研究'],
    ['基於深度學習的圖像識別', '基於 深度 學習 的 圖像 識別'],
  ])('returns the words of %s apart', (text, words) => {
    expect(segmentCjk(text)).toBe(words);
  });

  test('returns the same characters, only with spaces between words, whatever the dictionary knows', () => {
    const title = '基于元学习的深度哈希检索算法';
    const words = segmentCjk(title).split(' ');
    expect(words.join('')).toBe(title);
    expect(words).toEqual(expect.arrayContaining(['基于', '学习', '深度', '检索', '算法']));
  });

  test('returns a kanji-only Japanese query broken as in the text it comes from', () => {
    expect(segmentCjk('画像認識')).toBe('画像 認識');
    expect(segmentCjk('深層学習による画像認識').split(' ')).toEqual(expect.arrayContaining(segmentCjk('画像認識').split(' ')));
  });

  test('returns punctuation as words of their own, which Pagefind drops', () => {
    expect(segmentCjk('学習、画像。')).toBe('学習 、 画像 。');
  });

  test('returns a space between a run and a letter or digit touching it, none next to spaces or ASCII punctuation', () => {
    expect(segmentCjk('BERTによる文書分類')).toBe('BERT による 文書 分類');
    expect(segmentCjk('30种不同主题')).toBe('30 种 不同 主题');
    expect(segmentCjk('感知机(MLP), 深度 学习')).toBe('感知 机(MLP), 深度 学习');
  });

  test.each([
    ['English text, with punctuation —  and  doubled spaces.'],
    ['한국어는 띄어쓰기를 합니다'],
    ['Ünïcödé & ελληνικά & العربية'],
    [''],
  ])('returns text without Han or kana unchanged: %s', (text) => {
    expect(segmentCjk(text)).toBe(text);
  });
});

describe('segmentCjkInHtml', () => {
  test('returns the text of the page segmented and its tags and attribute values as written', () => {
    const html = '<h1 data-pagefind-meta="title:深層学習 > 画像" lang="ja">深層学習</h1><!-- 画像認識 --><p>画像<b>認識</b>の手法</p>';
    expect(segmentCjkInHtml(html)).toBe('<h1 data-pagefind-meta="title:深層学習 > 画像" lang="ja">深層 学習</h1><!-- 画像認識 --><p>画像<b>認識</b>の 手法</p>');
  });

  test('returns a page without Han or kana unchanged', () => {
    const html = '<p title="a > b">Hebbian &amp; <i>more</i></p>';
    expect(segmentCjkInHtml(html)).toBe(html);
  });
});

describe('joinCjkWords', () => {
  test('returns an excerpt as written, its marks kept', () => {
    expect(joinCjkWords(segmentCjk('深層学習による画像認識の新手法'))).toBe('深層学習による画像認識の新手法');
    expect(joinCjkWords('深層 学習 による <mark>画像</mark> <mark>認識</mark> の 新 手法')).toBe('深層学習による<mark>画像</mark><mark>認識</mark>の新手法');
  });

  test('returns spaces next to other scripts and between English words kept', () => {
    expect(joinCjkWords('使用 BERT 模型 と <mark>Hard</mark> Patches')).toBe('使用 BERT 模型と <mark>Hard</mark> Patches');
  });
});

describe('cjkLanguage', () => {
  test.each([
    ['レシピ用語の定義とその自動認識のためのタグ付与コーパスの構築', 'ja'],
    ['基于M-C-G神经网络的多文档自动摘要方法', 'zh'],
    ['BERTによる文書分類', 'ja'],
    ['The 中 character in English titles', undefined],
    ['MaskGCT: Zero-Shot Text-to-Speech', undefined],
    ['한국어 제목', undefined],
  ])('returns the language of %s', (text, lang) => {
    expect(cjkLanguage(text)).toBe(lang);
  });

  test('returns the language of an abstract as rendered, its markup not counted', () => {
    expect(cjkLanguage('<p class="abstract-paragraph"><span class="katex">x</span>提出了一种深度哈希检索算法。</p>')).toBe('zh');
  });
});
