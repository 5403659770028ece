/** The one ordered list of stages: the only place that says what runs before what. */
import { cuesStage } from '../cues/find-cues.js';
import { findQuotesStage } from '../quotes/find-quotes.js';
import { framesStage } from '../quotes/frames.js';
import { paragraphsStage } from '../segment/paragraphs.js';
import { quoteMarksStage } from '../segment/quote-marks.js';
import { sentencesStage } from '../segment/sentences.js';
import { tokensStage } from '../segment/tokens.js';
import { attributeStage } from '../speakers/attribute.js';
import { chainsStage } from '../speakers/chains.js';
import { mentionsStage } from '../speakers/mentions.js';
import { resolveStage } from '../speakers/resolve.js';
import type { Stage } from './stage.js';

export const defaultStages: readonly Stage<any>[] = [
  paragraphsStage,
  sentencesStage,
  tokensStage,
  quoteMarksStage,
  cuesStage,
  mentionsStage,
  framesStage,
  resolveStage,
  findQuotesStage,
  attributeStage,
  chainsStage,
];
