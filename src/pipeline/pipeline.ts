import { VerbatimError } from '../errors.js';
import type { VerbatimDocument } from '../model/document.js';
import type { LayerName, Message } from '../model/layers.js';
import { checkDocument } from '../model/invariants.js';
import type { StageContext } from './context.js';
import { clearLastEntryCaches } from './last-entry-cache.js';
import type { Stage } from './stage.js';

export interface PipelineOptions {
  /** Options per stage, keyed by stage name; each is validated once by the stage's schema. */
  stages?: Record<string, unknown>;
  /** Runs checkDocument() after every stage and throws on a violation (tests, `--check`). */
  check?: boolean;
  /** Receives debug lines; stages build them lazily, so this costs nothing when absent. */
  debug?: (stage: string, line: string) => void;
  /** Accumulates wall time per stage in milliseconds (bench profiles). */
  timings?: Map<string, number>;
}

export interface Pipeline {
  readonly stages: readonly Stage<unknown>[];
  run(doc: VerbatimDocument): VerbatimDocument;
}

/** Builds a pipeline: validates every stage's options and checks that each layer exists before it is read. */
export function createPipeline(stages: readonly Stage<any>[], options: PipelineOptions = {}): Pipeline {
  const available = new Set<LayerName>();
  const prepared: Array<{ stage: Stage<unknown>; options: unknown }> = [];
  for (const stage of stages) {
    for (const layer of stage.requires) {
      if (!available.has(layer)) {
        throw new VerbatimError(
          'VBT_PIPELINE_MISSING_LAYER',
          `Stage "${stage.name}" requires layer "${layer}", which no earlier stage provides`,
          { details: { stage: stage.name, layer } },
        );
      }
    }
    for (const layer of stage.provides) {
      if (available.has(layer)) {
        throw new VerbatimError('VBT_PIPELINE_DUPLICATE_LAYER', `Layer "${layer}" is provided twice (again by "${stage.name}")`, {
          details: { stage: stage.name, layer },
        });
      }
      available.add(layer);
    }
    const parsed = stage.options.safeParse(options.stages?.[stage.name] ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new VerbatimError('VBT_OPTIONS_INVALID', `Invalid options for stage "${stage.name}": ${issue?.message ?? 'unknown'}`, {
        details: { stage: stage.name, path: issue?.path ?? [] },
      });
    }
    prepared.push({ stage, options: parsed.data });
  }

  const run = (doc: VerbatimDocument): VerbatimDocument => {
    try {
      runStages(doc);
    } finally {
      // tables derived from this document's layers (token view, regions, links) are not kept past its run
      clearLastEntryCaches();
    }
    return doc;
  };

  const runStages = (doc: VerbatimDocument): void => {
    for (const { stage, options: stageOptions } of prepared) {
      const context = createContext(stage.name, stageOptions, doc.messages, options.debug);
      const began = options.timings === undefined ? 0 : performance.now();
      let result;
      try {
        result = stage.run(doc, context);
      } catch (error) {
        throw new VerbatimError('VBT_PIPELINE_STAGE_FAILED', `Stage "${stage.name}" failed on document "${doc.id}"`, {
          cause: error,
          details: { stage: stage.name, document: doc.id },
        });
      }
      Object.assign(doc.layers, result.layers);
      if (options.timings !== undefined) {
        options.timings.set(stage.name, (options.timings.get(stage.name) ?? 0) + performance.now() - began);
      }
      if (options.check === true) {
        const problems = checkDocument(doc);
        if (problems.length > 0) {
          throw new VerbatimError('VBT_INVARIANT_VIOLATED', `After "${stage.name}": ${problems.slice(0, 3).join('; ')}`, {
            details: { stage: stage.name, problems },
          });
        }
      }
    }
  };

  return { stages: prepared.map((entry) => entry.stage), run };
}

function createContext<Options>(
  source: string,
  options: Options,
  messages: Message[],
  debug: PipelineOptions['debug'],
): StageContext<Options> {
  return {
    options,
    report(ruleId, reason, place, extra) {
      const message: Message = { ruleId, source, severity: extra?.severity ?? 'warning', reason, start: place.start, end: place.end };
      if (extra?.actual !== undefined) message.actual = extra.actual;
      if (extra?.expected !== undefined) message.expected = extra.expected;
      messages.push(message);
    },
    debug: debug === undefined ? () => {} : (message) => debug(source, message()),
  };
}
