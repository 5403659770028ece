/** The suites `npm run eval` runs, in this order. A suite is a module exporting a `Suite` (see suite.ts). */
import { polnearSuite } from './polnear/polnear-suite.js';
import type { Suite } from './suite.js';
import { verifySuite } from './verify/verify-suite.js';

export const suites: readonly Suite[] = [polnearSuite, verifySuite];
