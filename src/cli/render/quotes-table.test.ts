import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { QuotesView } from '../../output/quotes-view.js';
import { collapseSpaces, renderQuotesTable, truncate, truncateSpeaker, truncateStart } from './quotes-table.js';

const span = (text: string, start = 0) => ({ start, end: start + text.length, text });

const longQuote =
  'We will stay on the quay until every crane driver has a contract that is worth the paper it is printed on, and not one day less';

const view: QuotesView = {
  id: 'fixture',
  quotes: [
    {
      id: 'q0',
      kind: 'direct',
      ...span(longQuote, 10),
      speaker: { ...span('Ana Ruiz', 200), entity: 'e0' },
      cue: span('said', 210),
      via: [],
      confidence: 0.9,
      rule: 'test',
    },
    {
      id: 'q1',
      kind: 'direct',
      ...span('Not\n  tonight.', 300),
      speaker: { ...span('she', 320), entity: 'e0' },
      cue: span('added', 325),
      via: [],
      confidence: 0.75,
      rule: 'test',
    },
    {
      id: 'q2',
      kind: 'direct',
      ...span('The gates stay shut.', 400),
      speaker: { ...span('Ruiz', 430), entity: 'e0' },
      cue: span('quoted', 440),
      via: [
        { ...span('a dock guard', 450), entity: 'e1' },
        { ...span('the Tribune', 480), entity: 'e2' },
      ],
      confidence: 0.5,
      rule: 'test',
    },
    {
      id: 'q3',
      kind: 'indirect',
      ...span('talks would resume on Monday', 500),
      speaker: null,
      cue: null,
      via: [],
      confidence: 0,
      rule: 'test',
    },
  ],
  entities: [
    { id: 'e0', name: 'Ana Ruiz', type: 'person', mentions: [span('Ana Ruiz', 200), span('she', 320)] },
    { id: 'e1', name: 'the guard', type: 'person', mentions: [span('a dock guard', 450)] },
    { id: 'e2', name: 'The Tribune', type: 'organization', mentions: [span('the Tribune', 480)] },
  ],
};

function widthOf(line: string): number {
  return Array.from(line).length;
}

describe('renderQuotesTable', () => {
  it('prints one row per quote between a header and the speaker list', () => {
    const lines = renderQuotesTable(view, { width: 200 }).split('\n');
    assert.match(lines[0]!, /^#\s+Quote\s+Speaker\s+Cue\s+Chain\s+Kind\s+Conf$/);
    assert.match(lines[1]!, /^-+ {2}-+/);
    const rows = lines.slice(2, 6);
    assert.deepEqual(
      rows.map((row) => row.trim().split(/\s+/)[0]),
      ['1', '2', '3', '4'],
    );
    assert.equal(lines[6], '');
    assert.equal(lines[7], 'Speakers:');
    assert.match(lines[8]!, /^ {2}Ana Ruiz\s+3 quotes$/);
    assert.match(lines[9]!, /^ {2}\(no speaker found\)\s+1 quote$/);
  });

  it('names the resolved entity and shows the mention in brackets when it differs', () => {
    const rows = renderQuotesTable(view, { width: 200 }).split('\n');
    assert.ok(rows[2]!.includes('Ana Ruiz') && !rows[2]!.includes('['));
    assert.ok(rows[3]!.includes('Ana Ruiz [she]'));
    // A surname (or a title plus the name) says nothing the name does not.
    assert.ok(rows[4]!.includes('Ana Ruiz') && !rows[4]!.includes('['));
  });

  it('shows the reporting chain from the speaker outward, by entity name', () => {
    const rows = renderQuotesTable(view, { width: 200 }).split('\n');
    assert.ok(rows[4]!.includes('Ana Ruiz <- the guard <- The Tribune'));
  });

  it('shortens long quotes to about 60 columns with an ellipsis and folds line breaks', () => {
    const rows = renderQuotesTable(view, { width: 200 }).split('\n');
    const quoteCell = rows[2]!.slice(rows[2]!.indexOf('We will'));
    const shown = quoteCell.slice(0, quoteCell.indexOf('…') + 1);
    assert.ok(shown.length > 40 && shown.length <= 60, shown);
    assert.ok(rows[3]!.includes('Not tonight.'));
    assert.ok(rows[5]!.includes('indirect') && rows[5]!.includes('0.00'));
  });

  it('gives the quote the largest share when columns must shrink', () => {
    const [header] = renderQuotesTable(view, { width: 100 }).split('\n');
    const quoteWidth = header!.indexOf('Speaker') - header!.indexOf('Quote');
    const speakerWidth = header!.indexOf('Cue') - header!.indexOf('Speaker');
    assert.ok(quoteWidth > speakerWidth, header);
  });

  it('fits every line to the terminal width', () => {
    for (const width of [120, 100, 80, 60]) {
      const lines = renderQuotesTable(view, { width }).split('\n');
      for (const line of lines) assert.ok(widthOf(line) <= width, `width ${width}: ${line}`);
    }
  });

  it('leaves out the chain column when no quote has one', () => {
    const withoutChains = { ...view, quotes: view.quotes.filter((quote) => quote.via.length === 0) };
    const header = renderQuotesTable(withoutChains, { width: 100 }).split('\n')[0]!;
    assert.ok(!header.includes('Chain'));
  });

  it('says so when there are no quotes', () => {
    assert.equal(renderQuotesTable({ id: 'empty', quotes: [], entities: [] }, { width: 100 }), 'No quotes found.\n');
  });
});

describe('table helpers', () => {
  it('truncates by code points and keeps short text whole', () => {
    assert.equal(truncate('abcdef', 10), 'abcdef');
    assert.equal(truncate('abcdef', 4), 'abc…');
    assert.equal(truncate('a😀b😀c', 3), 'a😀…');
  });

  it('keeps the mention of a shortened speaker and the end of a shortened chain', () => {
    assert.equal(truncateSpeaker('Marisol Okafor [the union leader]', 20), 'Marisol Okafor [the…');
    assert.equal(truncateSpeaker('Marisol Okafor [she]', 17), 'Marisol Ok… [she]');
    assert.equal(truncateSpeaker('Marisol Okafor', 10), 'Marisol O…');
    assert.equal(truncateStart('Ana Ruiz <- the guard <- The Tribune', 20), '…uard <- The Tribune');
  });

  it('collapses white space runs', () => {
    assert.equal(collapseSpaces('  a \n\n b\tc  '), 'a b c');
  });
});
