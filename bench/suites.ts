/**
 * The bench suites, in the order `npm run bench` runs them. To add one, write a module exporting a
 * BenchSuite (`{ name, description, run(options) }`, see report.ts) and list it here.
 */
import { corpusSuite } from './corpus/corpus-suite.js';
import type { BenchSuite } from './report.js';
import { extractPumpSuite, regexPumpSuite } from './suites/pumps.js';
import { stageProfileSuite } from './suites/stage-profile.js';
import { streamingMemorySuite } from './suites/streaming-memory.js';
import { throughputSuite } from './suites/throughput.js';
import { verifySuite } from './verify/verify-suite.js';

export const suites: readonly BenchSuite[] = [
  throughputSuite,
  stageProfileSuite,
  regexPumpSuite,
  extractPumpSuite,
  streamingMemorySuite,
  verifySuite,
  corpusSuite,
];
