import type { Message } from '../model/layers.js';
import type { Range } from '../model/span.js';

/** What a stage receives besides the document: its options and a way to report findings. */
export interface StageContext<Options> {
  readonly options: Options;
  /** Adds a message about the input; the pipeline carries on. */
  report(
    ruleId: string,
    reason: string,
    place: Range,
    extra?: { severity?: Message['severity']; actual?: string; expected?: string[] },
  ): void;
  /** Lazy debug output: the callback runs only when debugging is on. */
  debug(message: () => string): void;
}
