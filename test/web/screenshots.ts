/**
 * Screenshots of every view for the README: `npx tsx test/web/screenshots.ts` writes docs/screenshots/*.png.
 * Uses the same build, Chromium and in-process API as the browser tests (invented articles only).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browserSkipReason, buildWebApp, launchBrowser, REPO_ROOT, startCorpusServer } from './harness.js';

const OUTPUT = join(REPO_ROOT, 'docs/screenshots');

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

async function shoot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await settle(page);
  await page.screenshot({ path: join(OUTPUT, `${name}.png`), fullPage: options.fullPage ?? false });
  console.log(`docs/screenshots/${name}.png`);
}

async function main(): Promise<void> {
  const skip = browserSkipReason();
  if (skip !== null) {
    console.error(skip);
    process.exitCode = 1;
    return;
  }
  await mkdir(OUTPUT, { recursive: true });
  const built = await buildWebApp();
  const corpus = await startCorpusServer(built.directory);
  const browser = await launchBrowser({ width: 1280, height: 860 });
  try {
    const page = await browser.context.newPage();
    await page.goto(corpus.url);
    await shoot(page, 'open-article');

    await page.click('[data-example="harbor-strike"]');
    await page.waitForSelector('.article-text[aria-busy="false"]');
    await shoot(page, 'article');

    // The relayed quote: speaker, relays and publisher in the chain.
    await page.click('[data-quote-start="q17"]');
    await page.waitForSelector('.quote-details');
    await shoot(page, 'article-quote-details');

    await page.click('[data-tab-link="verify"]');
    await page.click('[data-add-example]');
    await page.waitForSelector('.verdict-item');
    await page.click('.filter-altered');
    await page.click('.verdict-item-altered [data-tape-link]');
    await page.waitForSelector('.cue.is-passage');
    await page.click('.filter >> nth=0');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, 'verify');

    await page.click('[data-tab-link="export"]');
    await shoot(page, 'export');
    await page.emulateMedia({ media: 'print' });
    await shoot(page, 'export-print', { fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    await page.click('[data-tab-link="corpus"]');
    await page.fill('#search-q', 'not asking for the moon');
    await page.click('.search-form button[type=submit]');
    await page.waitForSelector('.result');
    await shoot(page, 'corpus-search');
    await page.click('.result >> nth=0 >> [data-trace]');
    await page.waitForSelector('.timeline-item');
    await shoot(page, 'corpus-trace', { fullPage: true });
    await page.click('.timeline-item >> nth=0 >> .timeline-speaker button');
    await page.waitForSelector('.speaker-page .result');
    await shoot(page, 'corpus-speaker');

    await page.setViewportSize({ width: 360, height: 760 });
    await page.click('[data-tab-link="article"]');
    await page.waitForSelector('.article-text');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.quote-details');
    await shoot(page, 'phone-article');
    await page.click('[data-tab-link="verify"]');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, 'phone-verify');
    await page.close();
  } finally {
    await browser.close();
    await corpus.close();
    await built.remove();
  }
}

await main();
