/** Personal pronouns that can stand for a speaker, with the agreement they carry. */
export type PronounAgreement = 'male' | 'female' | 'plural' | 'neuter' | 'first' | 'second';

export const SUBJECT_PRONOUNS: ReadonlyMap<string, PronounAgreement> = new Map([
  ['he', 'male'], ['she', 'female'], ['they', 'plural'], ['it', 'neuter'], ['i', 'first'], ['we', 'first'], ['you', 'second'],
]);

export const OBJECT_PRONOUNS: ReadonlyMap<string, PronounAgreement> = new Map([
  ['him', 'male'], ['her', 'female'], ['them', 'plural'], ['it', 'neuter'], ['me', 'first'], ['us', 'first'], ['you', 'second'],
]);

export const POSSESSIVE_PRONOUNS: ReadonlyMap<string, PronounAgreement> = new Map([
  ['his', 'male'], ['her', 'female'], ['their', 'plural'], ['its', 'neuter'], ['my', 'first'], ['our', 'first'], ['your', 'second'],
]);

/** Relative pronouns that refer back to the noun phrase right before them ("Ruiz, who said ..."). */
export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);

/**
 * Subject pronouns fused with an auxiliary ("He’s predicting", "I've said", "who’s argued"): the token stands for
 * the pronoun, whose mention covers the pronoun's letters only. Both apostrophes.
 */
export const CONTRACTED_PRONOUNS: ReadonlyMap<string, string> = new Map(
  Object.entries({ he: ['s', 'd', 'll'], she: ['s', 'd', 'll'], it: ['s', 'd', 'll'], they: ['re', 've', 'd', 'll'], i: ['m', 've', 'd', 'll'], we: ['re', 've', 'd', 'll'], who: ['s', 've', 'd', 'll'] }).flatMap(
    ([pronoun, endings]) => endings.flatMap((ending) => [[`${pronoun}'${ending}`, pronoun] as const, [`${pronoun}’${ending}`, pronoun] as const]),
  ),
);
