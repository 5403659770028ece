/** Alignment steps of one quote -> grouped word-level operations with the words as written on each side. */
import type { AlignStep } from './align.js';
import type { ArticleSequence } from './article-sequence.js';
import type { TranscriptCorpus } from './corpus.js';
import type { DiffOp } from './types.js';

interface Atom {
  op: DiffOp['op'];
  articleFrom?: number;
  articleTo?: number;
  tapeFrom?: number;
  tapeTo?: number;
  /** Fixed article text (an ellipsis or the editor's bracket). */
  articleText?: string;
  /** Place of a marker, for grouping omissions at one mark. */
  before?: number;
}

function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function atomOf(step: AlignStep): Atom | undefined {
  switch (step.kind) {
    case 'match':
      return { op: 'equal', articleFrom: step.article, articleTo: step.article, tapeFrom: step.tape, tapeTo: step.tape };
    case 'substitute':
      return { op: 'replace', articleFrom: step.article, articleTo: step.article, tapeFrom: step.tape, tapeTo: step.tape };
    case 'join-tape':
      return { op: 'equal', articleFrom: step.article, articleTo: step.article, tapeFrom: step.tape, tapeTo: step.tapeEnd };
    case 'join-article':
      return { op: 'equal', articleFrom: step.article, articleTo: step.articleEnd, tapeFrom: step.tape, tapeTo: step.tape };
    case 'insert':
      return { op: 'insert', articleFrom: step.article, articleTo: step.article };
    case 'delete':
      return { op: 'delete', tapeFrom: step.tape, tapeTo: step.tape, before: step.before };
    case 'elide':
      return { op: 'elide', tapeFrom: step.tape, tapeTo: step.tape, before: step.before };
    default:
      return undefined;
  }
}

function isChange(atom: Atom): boolean {
  return atom.op === 'replace' || atom.op === 'insert' || atom.op === 'delete';
}

/** Builds the diff of one quote from its steps (already restricted to that quote, in order). */
export function buildDiff(steps: readonly AlignStep[], sequence: ArticleSequence, corpus: TranscriptCorpus, quote: number): DiffOp[] {
  const atoms: Atom[] = [];
  for (const step of steps) {
    const atom = atomOf(step);
    if (atom === undefined) continue;
    const previous = atoms[atoms.length - 1];
    const canMerge =
      previous !== undefined &&
      previous.op === atom.op &&
      (atom.articleFrom === undefined ||
        previous.articleTo === undefined ||
        sequence.piece[atom.articleFrom] === sequence.piece[previous.articleTo]) &&
      (atom.before === undefined || previous.before === atom.before);
    if (canMerge) {
      if (atom.articleTo !== undefined) {
        previous.articleFrom ??= atom.articleFrom;
        previous.articleTo = atom.articleTo;
      }
      if (atom.tapeTo !== undefined) {
        previous.tapeFrom ??= atom.tapeFrom;
        previous.tapeTo = atom.tapeTo;
      }
    } else atoms.push(atom);
  }
  // Adjacent changes read as one replacement ("water" -> "the tide"), however the alignment broke the tie.
  for (let index = atoms.length - 1; index > 0; index--) {
    const atom = atoms[index]!;
    const previous = atoms[index - 1]!;
    if (!isChange(atom) || !isChange(previous)) continue;
    const previousArticle = previous.articleTo ?? previous.articleFrom;
    if (
      previousArticle !== undefined &&
      atom.articleFrom !== undefined &&
      sequence.piece[previousArticle] !== sequence.piece[atom.articleFrom]
    )
      continue;
    previous.op =
      (previous.articleFrom ?? atom.articleFrom) !== undefined && (previous.tapeFrom ?? atom.tapeFrom) !== undefined
        ? 'replace'
        : previous.op;
    previous.articleFrom ??= atom.articleFrom;
    previous.articleTo = atom.articleTo ?? previous.articleTo;
    previous.tapeFrom ??= atom.tapeFrom;
    previous.tapeTo = atom.tapeTo ?? previous.tapeTo;
    atoms.splice(index, 1);
  }
  // The editor's brackets stand where their marker is: they take over the omission there, or stand alone.
  for (const bracket of sequence.brackets) {
    if (sequence.pieces[bracket.piece]!.quote !== quote) continue;
    const elision = atoms.find((atom) => atom.op === 'elide' && atom.before === bracket.before);
    if (elision !== undefined) {
      elision.op = 'bracket';
      elision.articleText = bracket.text;
      continue;
    }
    const at = atoms.findIndex((atom) => atom.articleFrom !== undefined && atom.articleFrom >= bracket.before);
    const atom: Atom = { op: 'bracket', articleText: bracket.text };
    if (at === -1) atoms.push(atom);
    else atoms.splice(at, 0, atom);
  }
  return atoms.map((atom) => {
    let article = atom.articleText ?? (atom.op === 'elide' ? '\u2026' : '');
    if (atom.articleFrom !== undefined && atom.articleTo !== undefined) {
      const piece = sequence.pieces[sequence.piece[atom.articleFrom]!]!;
      article = piece.text.slice(sequence.starts[atom.articleFrom], sequence.ends[atom.articleTo]);
    }
    let transcript = '';
    if (atom.tapeFrom !== undefined && atom.tapeTo !== undefined) {
      const text = corpus.transcripts[corpus.tapes[atom.tapeFrom]!]!.document.text;
      transcript = text.slice(corpus.starts[atom.tapeFrom], corpus.ends[atom.tapeTo]);
    }
    return { op: atom.op, article: fold(article), transcript: fold(transcript) };
  });
}
