/**
 * Speaker colours: the Okabe-Ito palette (distinguishable under the common colour-vision deficiencies),
 * each paired with an underline style, so a reader who cannot tell two colours apart still sees two
 * patterns. Speaker n gets colour n mod 7 and line style n mod 4: 28 distinct pairs before one repeats.
 */

export interface SpeakerColour {
  name: string;
  /** The palette colour: underlines, badges, swatches. */
  base: string;
  /** A light tint of it behind quoted words (text stays near-black on it). */
  tint: string;
  /** Badge text colour with enough contrast on `base`. */
  ink: string;
}

export const SPEAKER_COLOURS: readonly SpeakerColour[] = [
  { name: 'blue', base: '#0072B2', tint: '#cfe3f1', ink: '#ffffff' },
  { name: 'orange', base: '#E69F00', tint: '#fbe8bd', ink: '#000000' },
  { name: 'bluish green', base: '#009E73', tint: '#c6eadf', ink: '#000000' },
  { name: 'vermillion', base: '#D55E00', tint: '#f6d5bd', ink: '#000000' },
  { name: 'sky blue', base: '#56B4E9', tint: '#d9eefa', ink: '#000000' },
  { name: 'reddish purple', base: '#CC79A7', tint: '#f3dfea', ink: '#000000' },
  { name: 'yellow', base: '#C9B800', tint: '#faf5c4', ink: '#000000' },
];

export const LINE_STYLES = ['solid', 'dashed', 'dotted', 'double'] as const;
export type LineStyle = (typeof LINE_STYLES)[number];

/** Number of distinct colour and line pairs; speaker classes repeat after this. */
export const STYLE_COUNT = 28;

export interface SpeakerStyle {
  /** CSS class carrying the colour variables: `sp-0` ... `sp-27`, or `sp-none` for an unattributed quote. */
  className: string;
  colour: SpeakerColour;
  line: LineStyle;
}

export const UNATTRIBUTED_STYLE: SpeakerStyle = {
  className: 'sp-none',
  colour: { name: 'grey', base: '#6b6b6b', tint: '#e8e8e8', ink: '#ffffff' },
  line: 'dotted',
};

export function speakerStyle(index: number): SpeakerStyle {
  const slot = index % STYLE_COUNT;
  return {
    className: `sp-${slot}`,
    colour: SPEAKER_COLOURS[slot % SPEAKER_COLOURS.length]!,
    line: LINE_STYLES[slot % LINE_STYLES.length]!,
  };
}

/** The style sheet for the speaker classes, built from the constants above (never from article content). */
export function speakerStyleSheet(): string {
  const rules: string[] = [];
  const all = [...Array.from({ length: STYLE_COUNT }, (_, index) => speakerStyle(index)), UNATTRIBUTED_STYLE];
  for (const style of all) {
    rules.push(
      `.${style.className}{--sp-base:${style.colour.base};--sp-tint:${style.colour.tint};--sp-ink:${style.colour.ink};--sp-line:${style.line}}`,
    );
  }
  return rules.join('\n');
}
