/** The progress line of `extract --jsonl` on stderr: redrawn in place at most 5 times a second, only on a terminal. */
import type { JsonlStats } from './run-jsonl.js';

const REDRAW_MS = 200;
const MEGABYTE = 1024 * 1024;

export function formatProgress(stats: JsonlStats, elapsedSeconds: number): string {
  const seconds = Math.max(elapsedSeconds, 0.001);
  const megabytes = stats.bytesRead / MEGABYTE;
  const parts = [
    `${stats.documents.toLocaleString('en-US')} docs`,
    `${megabytes.toFixed(1)} MB`,
    `${Math.round(stats.documents / seconds).toLocaleString('en-US')} docs/s`,
    `${(megabytes / seconds).toFixed(1)} MB/s`,
    `${stats.errors.toLocaleString('en-US')} ${stats.errors === 1 ? 'error' : 'errors'}`,
  ];
  return parts.join('  ');
}

export interface ProgressDisplay {
  /** Draws the final figures and ends the line. */
  stop(): void;
}

export function startProgress(stats: JsonlStats, stream: NodeJS.WriteStream): ProgressDisplay {
  if (!stream.isTTY) return { stop: () => {} };
  const startedAt = performance.now();
  const draw = () => stream.write(`\r\x1b[K${formatProgress(stats, (performance.now() - startedAt) / 1000)}`);
  const timer = setInterval(draw, REDRAW_MS);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      draw();
      stream.write('\n');
    },
  };
}
