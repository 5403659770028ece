// The store suite: the same tests against every database (SQLite always, PostgreSQL with VERBATIM_PG_URL).
// The expectations do not name the database: both must give the same results.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PIER_QUOTE, STORE_ARTICLES } from '../../test/helpers/store-articles.js';
import { testDatabases, type TestCorpus } from '../../test/helpers/store-databases.js';
import { analyseForCorpus, type CorpusDocument } from './analyse.js';
import { searchQuotes } from './queries/search.js';
import { speakerQuotes } from './queries/speaker.js';
import { corpusStats } from './queries/stats.js';
import { traceQuote } from './queries/trace.js';

const analysed: CorpusDocument[] = STORE_ARTICLES.map((article) => analyseForCorpus(article));
const byName = (name: string): CorpusDocument => analysed.find((document) => document.name === name)!;
const idOf = (name: string, span = 'q0'): string => `${byName(name).hash.slice(0, 16)}:${span}`;

for (const database of testDatabases()) {
  describe(`store on ${database.name}`, () => {
    let corpus: TestCorpus;
    before(async () => {
      corpus = await database.create();
      // In two batches, the second repeating one document of the first: identity is the content hash.
      await corpus.store.addDocuments(analysed.slice(0, 4));
      await corpus.store.addDocuments(analysed.slice(3));
    });
    after(async () => corpus.cleanup());

    it('stores each document once, whatever is added again', async () => {
      const again = await corpus.store.addDocuments([...analysed, analysed[0]!]);
      assert.deepEqual(
        { added: again.added, skipped: again.skipped, quotes: again.quotes },
        { added: 0, skipped: analysed.length + 1, quotes: 0 },
      );
      const known = await corpus.store.findStoredHashes([analysed[2]!.hash, 'f'.repeat(64)]);
      assert.deepEqual([...known], [analysed[2]!.hash]);
      const stats = await corpusStats(corpus.store);
      assert.equal(stats.documents, analysed.length);
      assert.equal(
        stats.quotes,
        analysed.reduce((total, document) => total + document.quotes.length, 0),
      );
    });

    it('counts people with name variants merged, and groups of repeated quotes', async () => {
      // Tom/Thomas/T./bare Vereker, Ines Vereker, Mara Okonkwo-Bell, Petra Lindqvist-Amadi.
      const stats = await corpusStats(corpus.store);
      assert.equal(stats.speakers, 4);
      // The pier quote (four copies) and Mara's pilings quote (two copies).
      assert.equal(stats.groups, 2);
    });

    it('searches by words, tolerating a changed ending and a missing word', async () => {
      const exact = await searchQuotes(corpus.store, 'budget for the winter ferry is a disgrace');
      assert.deepEqual(
        exact.results.map((result) => result.id),
        [idOf('coast-ferry')],
      );
      assert.equal(exact.results[0]!.score, 1);
      assert.equal(exact.results[0]!.document.outlet, 'Coast Times');
      assert.equal(exact.results[0]!.speaker, 'Ines Vereker');
      // "boat" for "boats", and "harbour" is in no quote: still found, ranked below a full match.
      const tolerant = await searchQuotes(corpus.store, 'trust keeps its boat in the harbour');
      assert.deepEqual(
        tolerant.results.map((result) => result.id),
        [idOf('ledger-winter')],
      );
      assert.ok(tolerant.results[0]!.score < 1);
      const none = await searchQuotes(corpus.store, 'submarine carnival');
      assert.deepEqual(none.results, []);
    });

    it('filters search by outlet, dates and speaker', async () => {
      const all = await searchQuotes(corpus.store, 'never hand the old pier to the developers');
      assert.equal(all.results.length, 4);
      const coast = await searchQuotes(corpus.store, 'never hand the old pier to the developers', { outlet: 'coast times' });
      assert.deepEqual(
        coast.results.map((result) => result.id),
        [idOf('coast-pier')],
      );
      const march = await searchQuotes(corpus.store, 'never hand the old pier', { since: '2024-03-02', until: '2024-03-04' });
      assert.deepEqual(march.results.map((result) => result.document.published).sort(), ['2024-03-02', '2024-03-04']);
      const tom = await searchQuotes(corpus.store, 'never hand the old pier', { speaker: 'Thomas Vereker' });
      assert.deepEqual(
        tom.results.map((result) => result.id).sort(),
        [idOf('courier-pier'), idOf('gazette-elided'), idOf('ledger-pier')].sort(),
      );
      const nobody = await searchQuotes(corpus.store, 'never hand the old pier', { speaker: 'Quentin Nobody' });
      assert.deepEqual(nobody.results, []);
    });

    it('merges name variants of one person and keeps a namesake apart', async () => {
      const tom = await speakerQuotes(corpus.store, 'Tom Vereker');
      // Named by the fullest of the equally common forms.
      assert.equal(tom.people[0]?.name, 'Thomas Vereker');
      assert.equal(tom.people.length, 1);
      assert.deepEqual([...tom.people[0]!.variants].sort(), ['T. Vereker', 'Thomas Vereker', 'Tom Vereker', 'Vereker']);
      // Newest first; the surname-only article goes to Tom: Mara Okonkwo-Bell is quoted beside him elsewhere.
      assert.deepEqual(
        tom.results.map((result) => result.id),
        [idOf('ledger-winter'), idOf('gazette-elided'), idOf('courier-pier'), idOf('ledger-pier')],
      );
      const ines = await speakerQuotes(corpus.store, 'ines vereker');
      assert.deepEqual(
        ines.results.map((result) => result.id),
        [idOf('coast-ferry'), idOf('coast-pier')],
      );
      const everyone = await speakerQuotes(corpus.store, 'Vereker');
      assert.deepEqual(everyone.people.map((person) => person.name).sort(), ['Ines Vereker', 'Thomas Vereker']);
      assert.equal(everyone.results.length, 6);
      for (const result of everyone.results)
        assert.equal(result.person, result.speaker === 'Ines Vereker' ? 'ines-vereker' : 'thomas-vereker');
      const filtered = await speakerQuotes(corpus.store, 'Joseph Vereker');
      assert.deepEqual(filtered, { people: [], results: [] });
    });

    it('traces a quote: earliest appearance, date order, variants as word diffs, conflicting attributions', async () => {
      const { groups } = await traceQuote(corpus.store, 'we will never hand the old pier to developers');
      assert.equal(groups.length, 1);
      const group = groups[0]!;
      assert.equal(group.match, 'near-duplicate');
      assert.equal(group.count, 4);
      assert.equal(group.earliest.id, idOf('ledger-pier'));
      assert.deepEqual(
        group.appearances.map((result) => result.document.published),
        ['2024-03-01', '2024-03-02', '2024-03-04', '2024-03-09'],
      );
      assert.deepEqual(group.variants.map((variant) => variant.first.id).sort(), [idOf('courier-pier'), idOf('gazette-elided')].sort());
      const courier = group.variants.find((variant) => variant.first.id === idOf('courier-pier'))!;
      assert.deepEqual(
        courier.diff.filter((op) => op.op !== 'equal'),
        [{ op: 'delete', earliest: 'the', variant: '' }],
      );
      const elided = group.variants.find((variant) => variant.first.id === idOf('gazette-elided'))!;
      assert.deepEqual(
        elided.diff.filter((op) => op.op !== 'equal'),
        [{ op: 'delete', earliest: 'this year and not', variant: '' }],
      );
      assert.deepEqual(
        group.conflicts.map((conflict) => [conflict.speaker, conflict.count, conflict.first.id]),
        [
          ['Thomas Vereker', 3, idOf('ledger-pier')],
          ['Ines Vereker', 1, idOf('coast-pier')],
        ],
      );
    });

    it('traces by quote id, and the same group comes back from any member', async () => {
      const byWords = await traceQuote(corpus.store, PIER_QUOTE);
      const byId = await traceQuote(corpus.store, idOf('gazette-elided'));
      assert.equal(byId.groups[0]!.match, 'quote');
      assert.deepEqual({ ...byId.groups[0]!, match: 'near-duplicate' }, byWords.groups[0]);
      const alone = await traceQuote(corpus.store, idOf('orchard-market'));
      assert.deepEqual(
        [alone.groups[0]!.id, alone.groups[0]!.count, alone.groups[0]!.variants, alone.groups[0]!.conflicts],
        [null, 1, [], []],
      );
      await assert.rejects(traceQuote(corpus.store, '0123456789abcdef:q9'), { code: 'VBT_STORE_UNKNOWN_QUOTE' });
      const short = await traceQuote(corpus.store, 'moorings');
      assert.deepEqual(
        short.groups.map((group) => [group.match, group.earliest.id]),
        [['words', idOf('ledger-winter', 'q1')]],
      );
    });
  });

  describe(`provenance groups on ${database.name}`, () => {
    // Two quotes that are not near-duplicates of each other, and a third near both: it links them.
    const first = 'The ferry will run twice a day from the north quay until the end of October this year';
    const bridge = 'The ferry will run twice a day from the north quay until the end of October and into November';
    const last = 'The ferry will run from the north quay until the end of October and into November for the fishing families';
    const records = [first, bridge, last].map((quote, index) =>
      analyseForCorpus({ id: `ferry-${index}`, published: `2024-06-0${index + 1}`, text: `“${quote},” said Harbourmaster Odile Ferrant.` }),
    );

    async function partition(corpus: TestCorpus): Promise<string> {
      const { groups } = await traceQuote(corpus.store, bridge);
      return groups.map((group) => group.appearances.map((result) => result.document.name).join(',')).join(' | ');
    }

    it('merges groups when a new quote links them, whatever the order of arrival', async () => {
      const orders = [[[0], [2], [1]], [[1], [0, 2]], [[2, 1, 0]]];
      const seen: string[] = [];
      for (const order of orders) {
        const corpus = await database.create();
        try {
          for (const batch of order) await corpus.store.addDocuments(batch.map((index) => records[index]!));
          seen.push(await partition(corpus));
          const stats = await corpusStats(corpus.store);
          assert.equal(stats.groups, 1);
        } finally {
          await corpus.cleanup();
        }
      }
      assert.deepEqual(seen, ['ferry-0,ferry-1,ferry-2', 'ferry-0,ferry-1,ferry-2', 'ferry-0,ferry-1,ferry-2']);
    });

    it('keeps the two ends apart without the link', async () => {
      const corpus = await database.create();
      try {
        await corpus.store.addDocuments([records[0]!, records[2]!]);
        assert.equal((await corpusStats(corpus.store)).groups, 0);
      } finally {
        await corpus.cleanup();
      }
    });
  });
}

for (const database of testDatabases()) {
  describe(`speakers that are not people, on ${database.name}`, () => {
    it('finds an organization by its name, never by its last word', async () => {
      const corpus = await database.create();
      try {
        await corpus.store.addDocuments([
          analyseForCorpus({
            id: 'authority',
            text: '“The slipway stays closed until the spring tides have passed,” the Saltmarsh Harbour Authority said on Monday.',
          }),
        ]);
        const found = await speakerQuotes(corpus.store, 'saltmarsh harbour authority');
        assert.deepEqual([found.people.map((person) => person.name), found.results.length], [['Saltmarsh Harbour Authority'], 1]);
        assert.deepEqual(await speakerQuotes(corpus.store, 'Authority'), { people: [], results: [] });
        assert.equal((await corpusStats(corpus.store)).speakers, 1);
      } finally {
        await corpus.cleanup();
      }
    });
  });
}
