import type { z } from 'zod';
import type { VerbatimDocument } from '../model/document.js';
import type { LayerName, Layers } from '../model/layers.js';
import type { StageContext } from './context.js';

/** A pipeline step: reads some layers, returns new ones, and declares both in advance. */
export interface Stage<Options = unknown> {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly provides: readonly LayerName[];
  readonly options: z.ZodType<Options>;
  run(doc: Readonly<VerbatimDocument>, ctx: StageContext<Options>): { layers: Partial<Layers> };
}

export function defineStage<Options>(stage: Stage<Options>): Stage<Options> {
  return stage;
}
