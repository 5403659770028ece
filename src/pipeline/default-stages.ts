/** The one ordered list of stages: the only place that says what runs before what. */
import type { Stage } from './stage.js';

export const defaultStages: readonly Stage<any>[] = [];
