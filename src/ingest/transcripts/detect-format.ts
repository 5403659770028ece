/**
 * Which transcript format a file is: by content first (a "WEBVTT" line, an SRT timing line, JSON),
 * then by the file extension. Markup (TTML, HTML) and audio or office files are unknown formats.
 */

export type DetectedFormat = 'vtt' | 'srt' | 'text' | 'json' | 'unknown';

const UNSUPPORTED_EXTENSIONS = new Set([
  'wav',
  'mp3',
  'm4a',
  'flac',
  'ogg',
  'mp4',
  'mov',
  'docx',
  'doc',
  'pdf',
  'rtf',
  'odt',
  'xml',
  'ttml',
  'dfxp',
  'html',
  'htm',
  'ass',
  'ssa',
  'sbv',
  'csv',
]);

export function extensionOf(name: string): string {
  const slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
  const dot = name.lastIndexOf('.');
  return dot > slash + 1 ? name.slice(dot + 1).toLowerCase() : '';
}

function firstLines(raw: string, count: number): string[] {
  const lines: string[] = [];
  let start = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (lines.length < count && start < raw.length) {
    let end = raw.indexOf('\n', start);
    if (end === -1) end = raw.length;
    const line = raw.slice(start, end).replace(/\r$/, '');
    if (line.trim().length > 0) lines.push(line);
    start = end + 1;
  }
  return lines;
}

function looksLikeJson(head: string): boolean {
  if (head.startsWith('{')) return true;
  if (!head.startsWith('[')) return false;
  const next = head.slice(1).trimStart()[0];
  return next === undefined || next === '{' || next === ']' || next === '"';
}

export function detectTranscriptFormat(raw: string, name = ''): { format: DetectedFormat; reason?: string } {
  const extension = extensionOf(name);
  const lines = firstLines(raw, 12);
  const head = (lines[0] ?? '').trimStart();
  if (/^WEBVTT(?:[ \t]|$)/.test(head)) return { format: 'vtt' };
  if (looksLikeJson(head)) return { format: 'json' };
  if (head.startsWith('<'))
    return { format: 'unknown', reason: `Unexpected markup "${head.slice(0, 20)}", expected WebVTT, SRT, JSON or a plain-text transcript` };
  if (UNSUPPORTED_EXTENSIONS.has(extension))
    return { format: 'unknown', reason: `Unexpected ".${extension}" file, expected .vtt, .srt, .json or .txt` };
  if (extension === 'vtt') return { format: 'vtt' };
  if (extension === 'srt') return { format: 'srt' };
  if (extension === 'json') return { format: 'json' };
  if (lines.some((line) => /\d[:.,]\d+[ \t]*-->/.test(line))) return { format: 'srt' };
  return { format: 'text' };
}
