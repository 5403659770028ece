/**
 * The web app in a real browser (Debian's Chromium through playwright-core): example articles against
 * the library's own output, script payloads, keyboard navigation, verification, export, the corpus
 * views over a stand-in API, narrow and wide screens, and a 200 KB article. Skips when
 * /usr/bin/chromium is absent (.ci/setup-chromium.sh installs it).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { extract, parseTranscript, verifyArticle, type QuotesView } from '../../src/index.js';
import { CORPUS_ARTICLES } from './fixtures/corpus-articles.js';
import { browserSkipReason, buildWebApp, launchBrowser, serveStatic, startCorpusServer, type StaticServer } from './harness.js';
import { parseCsv, undefuse } from './read-csv.js';

const skip = browserSkipReason();
if (skip !== null) console.log(`# ${skip}`);

const examples = new URL('../../examples/', import.meta.url);
const HARBOR = readFileSync(new URL('harbor-strike.txt', examples), 'utf8');
const COUNCIL = readFileSync(new URL('council-vote.html', examples), 'utf8');
const RALLY = readFileSync(new URL('../../src/web/examples/harbor-strike-rally.vtt', import.meta.url), 'utf8');
const fixture = (name: string): URL => new URL(`fixtures/${name}`, import.meta.url);

interface RenderedQuote {
  text: string;
  badge: string | null;
  title: string;
  starts: number;
}

function speakerNameOf(view: QuotesView, quote: QuotesView['quotes'][number]): string {
  if (quote.speaker === null) return 'Unattributed';
  return view.entities.find((entity) => entity.id === quote.speaker!.entity)?.name ?? quote.speaker.text;
}

const spaceless = (text: string): string => text.split(/\s/).join('');

async function renderedQuotes(page: Page): Promise<Record<string, RenderedQuote>> {
  return page.evaluate(() => {
    const found: Record<string, { text: string; badge: string | null; title: string; starts: number }> = {};
    for (const element of document.querySelectorAll<HTMLElement>('.article-body mark[data-quote]')) {
      const id = element.dataset.quote!;
      const entry = (found[id] ??= { text: '', badge: null, title: element.title, starts: 0 });
      entry.text += element.textContent ?? '';
      if (element.dataset.quoteStart !== undefined) {
        entry.badge = element.dataset.badge ?? null;
        entry.starts++;
      }
    }
    return found;
  });
}

async function openExample(page: Page, url: string, id: string): Promise<void> {
  await page.goto(url);
  await page.click(`[data-example="${id}"]`);
  await page.waitForSelector('.article-text[aria-busy="false"]');
}

describe('web app in Chromium', { skip: skip ?? false, timeout: 240_000 }, () => {
  let built: Awaited<ReturnType<typeof buildWebApp>>;
  let server: StaticServer;
  let corpus: { url: string; close: () => Promise<void> };
  let browser: { context: BrowserContext; close: () => Promise<void> };

  before(async () => {
    built = await buildWebApp();
    server = await serveStatic(built.directory);
    corpus = await startCorpusServer(built.directory);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await corpus?.close();
    await built?.remove();
  });

  async function newPage(): Promise<Page> {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 860 });
    return page;
  }

  for (const example of [
    { id: 'harbor-strike', input: HARBOR, view: () => extract(HARBOR) },
    { id: 'council-vote', input: COUNCIL, view: () => extract({ html: COUNCIL }) },
  ]) {
    test(`${example.id}: the highlighted quotes and speakers are the library's`, async () => {
      const page = await newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await openExample(page, server.url, example.id);
      const expected = example.view();
      assert.ok(expected.quotes.length > 5);
      const rendered = await renderedQuotes(page);
      assert.deepEqual(Object.keys(rendered).sort(), expected.quotes.map((quote) => quote.id).sort());
      for (const quote of expected.quotes) {
        const shown = rendered[quote.id]!;
        assert.equal(spaceless(shown.text), spaceless(quote.text), `text of ${quote.id}`);
        assert.equal(shown.starts, 1, `${quote.id} has one start`);
        assert.ok(shown.title.startsWith(`${speakerNameOf(expected, quote)} \u00b7`), `speaker of ${quote.id}: ${shown.title}`);
      }
      // The side panel: every speaker with as many quotes as the library gives them.
      const panel = await page.$$eval('.speaker', (items) =>
        items.map((item) => ({
          name: item.querySelector('.speaker-name-text')!.textContent,
          count: Number(item.querySelector('.speaker-count')!.textContent),
        })),
      );
      const counts = new Map<string, number>();
      for (const quote of expected.quotes)
        counts.set(speakerNameOf(expected, quote), (counts.get(speakerNameOf(expected, quote)) ?? 0) + 1);
      assert.equal(
        panel.reduce((sum, speaker) => sum + speaker.count, 0),
        expected.quotes.length,
      );
      for (const speaker of panel) assert.ok((counts.get(speaker.name!) ?? 0) >= speaker.count, `${speaker.name} has ${speaker.count}`);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  test('quoted words that are not speech are shown as terms, never as quotes', async () => {
    const page = await newPage();
    await openExample(page, server.url, 'harbor-strike');
    const terms = await page.$$eval('.article-body .term', (elements) =>
      elements.map((element) => ({ text: element.textContent, isQuote: element.hasAttribute('data-quote') })),
    );
    assert.ok(
      terms.some((term) => term.text === 'Iron Mari.' || term.text === 'Iron Mari'),
      JSON.stringify(terms),
    );
    assert.ok(
      terms.some((term) => term.text?.startsWith('Salt on the Chain')),
      JSON.stringify(terms),
    );
    for (const term of terms) assert.equal(term.isQuote, false, `${term.text} is not a quote`);
    const quoteTexts = extract(HARBOR).quotes.map((quote) => quote.text);
    assert.ok(!quoteTexts.some((text) => text.includes('Iron Mari')));
    await page.close();
  });

  test('script, onerror and javascript: payloads show as words and run nothing', async () => {
    const page = await newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.addInitScript(() => {
      const record = window as unknown as { __violations: string[] };
      record.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        record.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
      );
    });
    await page.goto(server.url);
    const text = readFileSync(fixture('payload-article.txt'), 'utf8');
    await page.fill('#paste-input', text);
    await page.click('.paste-card button[type=submit]');
    await page.waitForSelector('.article-text[aria-busy="false"]');
    const body = await page.textContent('.article-body');
    for (const payload of [
      "<script>document.title='PWNED';window.__pwned=1</script>",
      '<img src=x onerror=window.__pwned=2>',
      '<a href="javascript:window.__pwned=3">click here</a>',
    ])
      assert.ok(body!.includes(payload), `shows ${payload}`);
    // Click every quote and term: nothing may run.
    for (const element of await page.$$('.article-body mark[data-quote-start], .article-body .term')) await element.click();

    await page.click('text=Open another article');
    await page.setInputFiles('[data-testid="article-file"]', fixture('payload-article.html').pathname);
    await page.waitForSelector('.article-text[aria-busy="false"]');
    const htmlBody = await page.textContent('.article-body');
    assert.ok(htmlBody!.includes('<script>window.__pwned=12</script>'), htmlBody!);
    assert.ok(htmlBody!.includes('<img src=x onerror=alert(1)>'));
    assert.ok(!htmlBody!.includes('__pwned = 16'), 'script elements of the page are not article text');
    for (const element of await page.$$('.article-body mark[data-quote-start]')) await element.click();

    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
      title: document.title,
      violations: (window as unknown as { __violations: string[] }).__violations,
      elements: document.querySelectorAll(
        '.article-body script, .article-body img, .article-body a, .article-body iframe, .article-body [onerror], .article-body [href]',
      ).length,
    }));
    assert.deepEqual(state, { pwned: null, title: state.title, violations: [], elements: 0 });
    assert.ok(!state.title.includes('PWNED'));
    assert.deepEqual(dialogs, []);
    await page.close();
  });

  test('keyboard: j/k and arrows move through quotes, Enter opens, Esc closes, focus is visible', async () => {
    const page = await newPage();
    await openExample(page, server.url, 'harbor-strike');
    const ordered = [...extract(HARBOR).quotes].sort((left, right) => left.start - right.start).map((quote) => quote.id);
    const focused = (): Promise<string | null> => page.evaluate(() => document.activeElement?.getAttribute('data-quote-start') ?? null);
    await page.keyboard.press('j');
    assert.equal(await focused(), ordered[0]);
    await page.keyboard.press('j');
    assert.equal(await focused(), ordered[1]);
    await page.keyboard.press('k');
    assert.equal(await focused(), ordered[0]);
    await page.keyboard.press('ArrowDown');
    assert.equal(await focused(), ordered[1]);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    assert.notEqual(outline, 'none');
    assert.equal(await page.$('.quote-details'), null);
    await page.keyboard.press('Enter');
    assert.equal(await page.getAttribute('.quote-details', 'data-details'), ordered[1]);
    assert.ok((await page.textContent('.details-quote'))!.includes(extract(HARBOR).quotes.find((quote) => quote.id === ordered[1])!.text));
    assert.ok(await page.$('.ref.is-speaker'), 'the speaker mention is marked');
    await page.keyboard.press('j');
    assert.equal(await page.getAttribute('.quote-details', 'data-details'), ordered[2]);
    await page.keyboard.press('Escape');
    assert.equal(await page.$('.quote-details'), null);
    assert.equal(await focused(), ordered[2]);
    for (let index = 0; index < ordered.length + 3; index++) await page.keyboard.press('j');
    assert.equal(await focused(), ordered[ordered.length - 1]);
    await page.close();
  });

  test('verify: verdicts match the library, and a verdict opens its passage at its timecode', async () => {
    const page = await newPage();
    await openExample(page, server.url, 'harbor-strike');
    await page.click('[data-tab-link="verify"]');
    const tapePath = new URL('../../src/web/examples/harbor-strike-rally.vtt', import.meta.url).pathname;
    await page.setInputFiles('[data-testid="transcript-files"]', tapePath);
    await page.waitForSelector('.verdict-item');
    const expected = verifyArticle(extract(HARBOR), [parseTranscript(RALLY, { name: 'harbor-strike-rally.vtt' })]);
    const shown = await page.$$eval('.verdict-item', (items) =>
      items.map((item) => [item.getAttribute('data-verdict-quote'), item.getAttribute('data-verdict')]),
    );
    assert.deepEqual(
      shown,
      expected.quotes.map((quote) => [quote.id, quote.verdict]),
    );
    const altered = expected.quotes.find((quote) => quote.verdict === 'altered')!;
    assert.ok(altered.match !== null);
    const diff = await page.textContent(`[data-verdict-quote="${altered.id}"] .diff`);
    for (const op of altered.diff!.filter((item) => item.op === 'replace')) {
      assert.ok(diff!.includes(op.transcript) && diff!.includes(op.article));
      assert.equal(await page.textContent(`[data-verdict-quote="${altered.id}"] .diff del`), op.transcript);
    }
    await page.click(`[data-tape-link="${altered.id}"]`);
    await page.waitForSelector('.cue.is-passage');
    assert.equal(await page.textContent('.cue.is-passage .cue-time'), altered.match.start);
    assert.equal(await page.textContent('.cue.is-passage .passage'), altered.match.text);
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('is-passage')), true);
    // The summary counts are the library's.
    const gate = await page.textContent('.gate');
    assert.equal(gate!.includes('do not match'), !expected.verification.passed);
    await page.close();
  });

  test('export: CSV and JSON hold the quotes, and the print report lists every one', async () => {
    const page = await newPage();
    await openExample(page, server.url, 'harbor-strike');
    await page.click('[data-tab-link="export"]');
    const expected = extract(HARBOR);

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="csv"]')]);
    assert.equal(csvDownload.suggestedFilename(), 'harbor-strike-quotes.csv');
    const csvText = await readFile((await csvDownload.path())!, 'utf8');
    assert.ok(csvText.startsWith('\ufeff'), 'the CSV starts with a byte-order mark for spreadsheets');
    const rows = parseCsv(csvText.slice(1));
    assert.equal(rows.length, expected.quotes.length + 1);
    const header = rows[0]!;
    expected.quotes.forEach((quote, index) => {
      const row = Object.fromEntries(header.map((column, position) => [column, undefuse(rows[index + 1]![position] ?? '')]));
      assert.equal(row.id, quote.id);
      assert.equal(row.text, quote.text);
      assert.equal(row.speaker, quote.speaker === null ? '' : speakerNameOf(expected, quote));
      assert.equal(row.rule, quote.rule);
    });

    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="json"]')]);
    const json = JSON.parse(await readFile((await jsonDownload.path())!, 'utf8')) as QuotesView & { source: string };
    assert.equal(json.source, 'harbor-strike.txt');
    assert.deepEqual(json.quotes, expected.quotes);
    assert.deepEqual(json.entities, expected.entities);

    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      header: getComputedStyle(document.querySelector('.app-header')!).display,
      buttons: getComputedStyle(document.querySelector('.export-actions')!).display,
      report: getComputedStyle(document.querySelector('.report')!).display,
      rows: [...document.querySelectorAll<HTMLElement>('.report [data-report-quote]')].filter((row) => row.offsetHeight > 0).length,
    }));
    assert.deepEqual(printed, { header: 'none', buttons: 'none', report: 'block', rows: expected.quotes.length });
    await page.emulateMedia({ media: 'screen' });
    await page.close();
  });

  test('corpus: search, speaker page and trace over the real API, and a clear message without it', async () => {
    const page = await newPage();
    await page.goto(`${corpus.url}#/corpus`);
    await page.waitForSelector('[data-stats]');
    assert.ok((await page.textContent('[data-stats]'))!.startsWith(`${CORPUS_ARTICLES.length} articles`));
    await page.fill('#search-q', 'not asking for the moon');
    await page.click('.search-form button[type=submit]');
    await page.waitForSelector('.result');
    assert.equal(await page.locator('.result').count(), 4);
    await page.fill('.search-filters input >> nth=0', 'Okafor');
    await page.click('.search-form button[type=submit]');
    await page.waitForFunction(() => document.querySelectorAll('.result').length === 3);
    assert.ok(!(await page.textContent('.result-list'))!.includes('Walter Prue'));

    await page.click('.result >> nth=0 >> .result-speaker');
    await page.waitForSelector('.speaker-page .result');
    assert.equal(await page.textContent('.speaker-page h1'), 'Marisol Okafor');
    assert.ok((await page.textContent('.person-variants'))!.includes('Okafor'));

    await page.click('.speaker-page .result:has-text("not asking for the moon") >> nth=0 >> [data-trace]');
    await page.waitForSelector('.timeline-item');
    assert.equal(await page.locator('.timeline-item').count(), 4);
    assert.equal(await page.locator('.timeline-item.is-earliest').count(), 1);
    assert.equal(await page.textContent('.timeline-item.is-earliest .timeline-outlet'), 'Harbor Gazette');
    assert.ok((await page.textContent('[data-conflict]'))!.includes('Walter Prue'));
    assert.ok((await page.textContent('.timeline-item:has-text("Coastal Wire") .diff ins'))!.length > 0);

    await page.goto(`${server.url}#/corpus/speaker/Marisol%20Okafor`);
    await page.waitForSelector('[data-api-problem="unreachable"]');
    assert.ok((await page.textContent('[data-api-problem="unreachable"]'))!.includes('not reachable'));
    await page.close();
  });

  test('no horizontal scrolling at 360 px and 1280 px, in every view', async () => {
    const page = await newPage();
    await openExample(page, server.url, 'harbor-strike');
    await page.click('[data-tab-link="verify"]');
    await page.click('[data-add-example]');
    await page.waitForSelector('.verdict-item');
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      for (const tab of ['article', 'verify', 'corpus', 'export']) {
        await page.click(`[data-tab-link="${tab}"]`);
        if (tab === 'article') {
          await page.click('[data-quote-start] >> nth=2');
          await page.waitForSelector('.quote-details');
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(overflow, 0, `${tab} at ${width}px overflows by ${overflow}px`);
      }
    }
    await page.close();
  });

  test('a 200 KB article renders every quote and stays responsive', async (t) => {
    const page = await newPage();
    await page.addInitScript(() => {
      const record = window as unknown as { __longestTask: number };
      record.__longestTask = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) record.__longestTask = Math.max(record.__longestTask, entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const parts: string[] = [];
    let size = 0;
    for (let copy = 0; size < 200_000; copy++) {
      const part = HARBOR.split('Okafor').join(`Okafor${copy % 3 === 0 ? '' : copy}`);
      parts.push(part);
      size += part.length + 2;
    }
    const big = parts.join('\n\n');
    const expected = extract(big);
    await page.goto(server.url);
    const startedAt = Date.now();
    await page.setInputFiles('[data-testid="article-file"]', { name: 'long-story.txt', mimeType: 'text/plain', buffer: Buffer.from(big) });
    await page.waitForSelector('.article-body mark.q');
    const firstHighlightWallMs = Date.now() - startedAt;
    await page.waitForSelector('.article-text[aria-busy="false"]', { timeout: 120_000 });
    const starts = await page.locator('.article-body [data-quote-start]').count();
    assert.equal(starts, expected.quotes.length);
    // The page answers while it works: a jump to the last quote lands on it.
    await page.keyboard.press('k');
    const last = [...expected.quotes].sort((left, right) => left.start - right.start).at(-1)!;
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-quote-start')), last.id);
    const timings = await page.evaluate(() => ({
      ...window.verbatimTimings,
      longestTaskMs: (window as unknown as { __longestTask: number }).__longestTask,
    }));
    t.diagnostic(
      `200 KB article (${big.length} chars, ${expected.quotes.length} quotes): analysis ${timings.analyseMs} ms in the worker, laid out ${timings.preparedMs} ms after opening, first highlight ${timings.firstHighlightMs} ms after opening (${firstHighlightWallMs} ms wall from the test), all ${timings.blocks} paragraphs ${timings.fullRenderMs} ms, longest main-thread task ${Math.round(timings.longestTaskMs)} ms`,
    );
    console.log(
      `# web timings ${JSON.stringify({ characters: big.length, quotes: expected.quotes.length, ...timings, firstHighlightWallMs })}`,
    );
    await page.close();
  });
});
