/**
 * Verification speed: 100 quotes (exact, elided, altered, absent) against ~10 hours (~100,000 words)
 * of generated interview. Times parsing the WebVTT, building the corpus index and verifying, median
 * of several runs; the bar is parse + index + verify under one second on one core. Also reports how
 * many generated quotes got the verdict they were built for (a sanity figure, not the accuracy eval).
 */
import { parseTranscript } from '../../src/ingest/transcripts/index.js';
import { buildCorpus } from '../../src/verify/corpus.js';
import { buildHandView } from '../../src/verify/hand-built-view.js';
import { verifyArticle } from '../../src/verify/verify-article.js';
import { median } from '../measure.js';
import { checkBar, formatNumber, formatTable, type BenchOptions, type BenchReport, type BenchSuite } from '../report.js';
import { generateInterview } from './generate-interview.js';

export const VERIFY_BAR_MS = 1000;

export const verifySuite: BenchSuite = {
  name: 'verify',
  description: 'verify 100 quotes against ~10 hours (~100,000 words) of generated interview transcript',
  async run(options: BenchOptions): Promise<BenchReport> {
    const interview = generateInterview(options.seed, options.quick ? 20_000 : 100_000, 100);
    const view = buildHandView(interview.quotes.map((quote) => ({ text: quote.text, speaker: 'Subject' })));
    const parse: number[] = [];
    const index: number[] = [];
    const verify: number[] = [];
    const cpu: number[] = [];
    let correct = 0;
    for (let run = 0; run <= options.runs; run++) {
      const cpuBefore = process.cpuUsage();
      const began = performance.now();
      const transcript = parseTranscript(interview.vtt, { name: 'generated.vtt' });
      const parsed = performance.now();
      const corpus = buildCorpus([transcript]);
      const indexed = performance.now();
      const result = verifyArticle(view, corpus);
      const verified = performance.now();
      const cpuUsed = process.cpuUsage(cpuBefore);
      // The first run warms up the JIT and is not counted.
      if (run === 0) continue;
      cpu.push((cpuUsed.user + cpuUsed.system) / 1000);
      parse.push(parsed - began);
      index.push(indexed - parsed);
      verify.push(verified - indexed);
      correct = result.quotes.filter((quote, position) => quote.verdict === interview.quotes[position]!.expected).length;
      options.log(`  verify: run ${run}/${options.runs} ${(verified - began).toFixed(0)} ms`);
    }
    const totals = parse.map((value, position) => value + index[position]! + verify[position]!);
    const total = median(totals);
    const verifyMs = median(verify);
    const quotesPerSecond = interview.quotes.length / (verifyMs / 1000);
    const hours = interview.durationMs / 3_600_000;
    const lines = [
      `transcript: ${formatNumber(interview.words)} words, ${hours.toFixed(1)} hours, ${formatNumber(interview.vtt.length)} characters of WebVTT; ${interview.quotes.length} quotes`,
      ...formatTable(
        ['step', 'median ms'],
        [
          ['parse WebVTT', median(parse)],
          ['build index', median(index)],
          ['verify quotes', verifyMs],
          ['total', total],
        ],
      ),
      `CPU time of the whole (user + system, GC threads included): ${formatNumber(median(cpu))} ms; wall time grows when other processes share the cores`,
      `verification alone: ${formatNumber(quotesPerSecond)} quotes/s; generated quotes with the intended verdict: ${correct}/${interview.quotes.length}`,
    ];
    return {
      name: 'verify',
      lines,
      summary: {
        words: interview.words,
        hours,
        quotes: interview.quotes.length,
        parseMs: median(parse),
        indexMs: median(index),
        verifyMs,
        totalMs: total,
        quotesPerSecond,
        intendedVerdicts: correct,
      },
      bars: options.quick ? [] : [checkBar('verify: parse + index + 100 quotes, ms', total, '<=', VERIFY_BAR_MS)],
    };
  },
};
