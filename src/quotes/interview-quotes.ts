/**
 * quotes/interview: a question-and-answer interview printed without labels, as many outlets run them
 * (the questions set in bold, which plain text loses): a paragraph ending in a question mark is the
 * interviewer's question, and the paragraphs after it, up to the next question, are the answer.
 * Read so only when the article says it is an edited interview ("The interview has been edited and
 * condensed", "Questions and answers have been edited for length and clarity"), when at least two
 * questions are each answered, and when the article has no labelled lines ("Q:", "NAME:"), which
 * quotes/label reads. The first question must follow a paragraph that is no question (an introduction:
 * a headline that asks something opens no interview).
 * Rules: `quotes/interview-answer` (each answer paragraph, a direct quote; mixed when it quotes someone
 * in marks), `quotes/interview-question` (each question, a direct quote of the interviewer).
 * Limits: an interviewer's statement in a paragraph of its own before the question it leads to ("You
 * left in 2019." then "Why then?") reads as the end of the previous answer.
 */
import type { Paragraph } from '../model/layers.js';
import { isSpace } from '../segment/chars.js';
import { lineQuote, type LabelQuote } from './label-quotes.js';
import type { QuoteRegion } from './regions.js';

/** "edited for length and clarity", "condensed for space". */
const EDITED_FOR = /\b(?:edited|condensed)(?: and (?:edited|condensed|shortened))? for (?:length|clarity|space|brevity)\b/iu;
/** "The interview has been edited and condensed", "This conversation was lightly edited". */
const EDITED_INTERVIEW =
  /\b(?:interview|conversation|exchange|transcript|answers)\b[^.?!\n]{0,40}\b(?:been|was|were) (?:lightly )?(?:edited|condensed)\b/iu;

export const INTERVIEW_QUESTION = 'quotes/interview-question';
export const INTERVIEW_ANSWER = 'quotes/interview-answer';

/** A question is one paragraph; a longer one is an interviewer's essay, not a question. */
const LONGEST_QUESTION = 600;

export function isEditedInterview(text: string): boolean {
  // native substring searches first: the two patterns cost some 100 µs on an ordinary article, where the note is
  // missing nearly always (" edited", "Edited" or "condensed" is in every note; "credited" is not one)
  if (text.indexOf(' edited') < 0 && text.indexOf('Edited') < 0 && text.indexOf('ondensed') < 0) return false;
  return EDITED_FOR.test(text) || EDITED_INTERVIEW.test(text);
}

/** The paragraph's last character that is not a space or a closing mark is "?". */
function endsInQuestion(text: string, paragraph: Paragraph): boolean {
  let end = paragraph.end;
  while (end > paragraph.start && (isSpace(text.charCodeAt(end - 1)) || isCloser(text.charCodeAt(end - 1)))) end--;
  return end > paragraph.start && text.charCodeAt(end - 1) === 0x3f && paragraph.end - paragraph.start <= LONGEST_QUESTION;
}

function isCloser(code: number): boolean {
  return code === 0x201d || code === 0x2019 || code === 0x22 || code === 0x27 || code === 0x29;
}

/** The note that the interview was edited is no answer, wherever it stands. */
function isEditorsNote(text: string, paragraph: Paragraph): boolean {
  return isEditedInterview(text.slice(paragraph.start, paragraph.end));
}

export function findInterviewQuotes(text: string, paragraphs: readonly Paragraph[], regions: readonly QuoteRegion[]): LabelQuote[] {
  if (paragraphs.length < 5) return [];
  // the paragraph ends first (a character or two each), the note after: most articles have no two questions
  let questions = 0;
  for (let index = 0; index < paragraphs.length && questions < 2; index++) if (endsInQuestion(text, paragraphs[index]!)) questions++;
  if (questions < 2 || !isEditedInterview(text)) return [];
  const isQuestion = paragraphs.map((paragraph) => endsInQuestion(text, paragraph));
  // the first question after an introduction, with an answer after it
  let first = -1;
  for (let index = 1; index + 1 < paragraphs.length && first < 0; index++) {
    if (isQuestion[index] && !isQuestion[index - 1] && !isQuestion[index + 1] && !isEditorsNote(text, paragraphs[index + 1]!))
      first = index;
  }
  if (first < 0) return [];
  const quotes: LabelQuote[] = [];
  let answered = 0;
  let hasAnswer = false;
  for (let index = first; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index]!;
    if (isQuestion[index]) {
      if (hasAnswer) answered++;
      hasAnswer = false;
      quotes.push({ isTranscript: true, quote: lineQuote(text, paragraph.start, paragraph.end, regions, INTERVIEW_QUESTION, 'direct') });
      continue;
    }
    if (isEditorsNote(text, paragraph)) continue;
    hasAnswer = true;
    quotes.push({ isTranscript: true, quote: lineQuote(text, paragraph.start, paragraph.end, regions, INTERVIEW_ANSWER, 'direct') });
  }
  if (hasAnswer) answered++;
  return answered >= 2 ? quotes : [];
}
