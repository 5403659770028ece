/**
 * Invented articles for the corpus tests (people, places and outlets are made up): one quote copied
 * across outlets with small edits and an elision, given once to another person with the same surname;
 * a person named three ways (Tom, Thomas, T. Vereker) and once by surname only; an unrelated article.
 */
import type { CorpusRecord } from '../../src/store/analyse.js';

export const PIER_QUOTE = 'We will never hand the old pier to the developers, not this year and not ever';

export const STORE_ARTICLES: ReadonlyArray<CorpusRecord & { id: string }> = [
  {
    id: 'ledger-pier',
    outlet: 'Saltmarsh Ledger',
    published: '2024-03-01',
    title: 'Pier trust refuses sale',
    text:
      `“${PIER_QUOTE},” said Tom Vereker, the chair of the Saltmarsh Pier Trust.\n\n` +
      '“The trust has raised enough to repair the pilings before the autumn storms,” said Mara Okonkwo-Bell, its treasurer.',
  },
  {
    id: 'courier-pier',
    outlet: 'Valley Courier',
    published: '2024-03-04',
    title: 'Trust chair rejects developers',
    text:
      'Thomas Vereker told reporters on Monday: “We will never hand the old pier to developers, not this year and not ever.”\n\n' +
      '“The trust has raised enough to repair the pilings before the storms,” said Mara Okonkwo-Bell.',
  },
  {
    id: 'coast-pier',
    outlet: 'Coast Times',
    published: '2024-03-02',
    title: 'Council split on the old pier',
    text: `“${PIER_QUOTE},” said Councilwoman Ines Vereker at the council meeting on Friday.`,
  },
  {
    id: 'coast-ferry',
    outlet: 'Coast Times',
    published: '2024-04-10',
    title: 'Ferry budget row',
    text: '“The budget for the winter ferry is a disgrace and everyone at the town hall knows it,” Ines Vereker said on Wednesday.',
  },
  {
    id: 'ledger-winter',
    outlet: 'Saltmarsh Ledger',
    published: '2024-05-01',
    title: 'Boats stay in the water',
    text:
      '“The pier trust will keep its boats in the water all winter long,” Vereker said.\n\n' +
      '“Our volunteers will check the moorings every single week,” said Mara Okonkwo-Bell.',
  },
  {
    id: 'gazette-elided',
    outlet: 'Dune Gazette',
    published: '2024-03-09',
    title: 'Pier in brief',
    text: '“We will never hand the old pier to the developers … not ever,” said T. Vereker.',
  },
  {
    id: 'orchard-market',
    title: 'Market hall reopens',
    text: '“The market hall will open on Saturdays from the first of June until the last apples are sold,” said Petra Lindqvist-Amadi, the market manager.',
  },
];
