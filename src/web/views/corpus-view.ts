/**
 * Corpus views over the HTTP API of `verbatim serve`: search with filters, a speaker's page, and a
 * quote's trace as a timeline of appearances with the wording of each against the earliest. When
 * the API cannot be reached the view says so and how to start it; the article views keep working.
 */
import { h, type JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import {
  ApiError,
  corpusSpeakerName,
  fetchSpeaker,
  fetchStats,
  fetchTrace,
  searchQuotes,
  type CorpusResult,
  type SearchResponse,
  type SpeakerResponse,
  type StatsResponse,
  type TraceGroup,
  type TraceResponse,
  type TraceWordOp,
} from '../model/api-client.js';
import type { CorpusPage } from '../model/hash-route.js';
import { diffWords } from '../model/word-diff.js';
import { KindBadge, shorten } from './common.js';

export interface CorpusViewProps {
  page: CorpusPage;
  onNavigate: (page: CorpusPage) => void;
}

type Load<T> = { status: 'idle' } | { status: 'loading' } | { status: 'done'; data: T } | { status: 'failed'; error: ApiError };

function useApi<T>(key: string, load: (() => Promise<T>) | null): [Load<T>, () => void] {
  const [state, setState] = useState<Load<T>>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (load === null) {
      setState({ status: 'idle' });
      return undefined;
    }
    let isCurrent = true;
    setState({ status: 'loading' });
    load().then(
      (data) => isCurrent && setState({ status: 'done', data }),
      (error: unknown) =>
        isCurrent && setState({ status: 'failed', error: error instanceof ApiError ? error : new ApiError('bad-response', String(error)) }),
    );
    return () => {
      isCurrent = false;
    };
  }, [key, attempt]);
  return [state, () => setAttempt(attempt + 1)];
}

function ApiProblem(props: { error: ApiError; onRetry: () => void }): JSX.Element {
  const isOffline = props.error.kind === 'unreachable';
  return h(
    'div',
    { class: `alert ${isOffline ? 'alert-offline' : 'alert-error'}`, role: 'alert', 'data-api-problem': props.error.kind },
    h('strong', null, isOffline ? 'The corpus API is not reachable. ' : 'The corpus API could not answer. '),
    props.error.message,
    isOffline
      ? h(
          'p',
          null,
          'Corpus search, speaker pages and traces need the server: run ',
          h('code', null, 'npm start'),
          ' (or ',
          h('code', null, 'npx verbatim serve'),
          ') and open the address it prints. Articles and verification work without it.',
        )
      : props.error.code === undefined
        ? null
        : h('p', null, h('code', null, props.error.code)),
    h('button', { type: 'button', class: 'button button-small', onClick: props.onRetry }, 'Try again'),
  );
}

function documentLine(result: CorpusResult): string {
  const { document } = result;
  return [document.outlet, document.published === null || document.published === undefined ? null : document.published.slice(0, 10)]
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join(' \u00b7 ');
}

function ResultCard(props: { result: CorpusResult; onNavigate: CorpusViewProps['onNavigate'] }): JSX.Element {
  const { quote, document } = props.result;
  const speaker = corpusSpeakerName(props.result);
  return h(
    'li',
    { class: 'result card', 'data-result': props.result.id },
    h(
      'p',
      { class: 'result-quote' },
      quote.kind === 'direct' ? '\u201c' : '',
      shorten(quote.text, 320),
      quote.kind === 'direct' ? '\u201d' : '',
    ),
    h(
      'div',
      { class: 'result-meta' },
      speaker === null
        ? h('span', { class: 'muted' }, 'unattributed')
        : h(
            'button',
            { type: 'button', class: 'link-button result-speaker', onClick: () => props.onNavigate({ page: 'speaker', name: speaker }) },
            speaker,
          ),
      h(KindBadge, { kind: quote.kind }),
      h('span', { class: 'result-document' }, document.title ?? document.name ?? document.id),
      h('span', { class: 'muted' }, documentLine(props.result)),
      h(
        'button',
        {
          type: 'button',
          class: 'button button-small',
          'data-trace': props.result.id,
          onClick: () => props.onNavigate({ page: 'trace', q: '', id: props.result.id }),
        },
        'Trace',
      ),
    ),
  );
}

function ResultList(props: { response: SearchResponse; onNavigate: CorpusViewProps['onNavigate']; empty: string }): JSX.Element {
  if (props.response.results.length === 0) return h('p', { class: 'muted' }, props.empty);
  return h(
    'ol',
    { class: 'result-list' },
    props.response.results.map((result, index) =>
      h(ResultCard, { key: `${result.document.id}:${result.quote.id}:${index}`, result, onNavigate: props.onNavigate }),
    ),
  );
}

const FILTERS: ReadonlyArray<{ key: string; label: string; type: string; placeholder?: string }> = [
  { key: 'speaker', label: 'Speaker', type: 'text', placeholder: 'any' },
  { key: 'outlet', label: 'Outlet', type: 'text', placeholder: 'any' },
  { key: 'since', label: 'Since', type: 'date' },
  { key: 'until', label: 'Until', type: 'date' },
];

function SearchPage(props: { filters: Record<string, string>; onNavigate: CorpusViewProps['onNavigate'] }): JSX.Element {
  const [draft, setDraft] = useState<Record<string, string>>(props.filters);
  const key = JSON.stringify(props.filters);
  useEffect(() => setDraft(props.filters), [key]);
  const q = props.filters.q ?? '';
  const [state, retry] = useApi<SearchResponse>(key, q.trim() === '' ? null : () => searchQuotes({ q, ...props.filters }));
  const set = (name: string) => (event: Event) => setDraft({ ...draft, [name]: (event.currentTarget as HTMLInputElement).value });
  return h(
    'div',
    { class: 'corpus-search' },
    h(
      'form',
      {
        class: 'card search-form',
        role: 'search',
        onSubmit: (event: Event) => {
          event.preventDefault();
          props.onNavigate({ page: 'search', filters: draft });
        },
      },
      h(
        'div',
        { class: 'search-main' },
        h('label', { class: 'visually-hidden', for: 'search-q' }, 'Words of a quote'),
        h('input', {
          id: 'search-q',
          type: 'search',
          value: draft.q ?? '',
          placeholder: 'Words of a quote, e.g. “not asking for the moon”',
          onInput: set('q'),
        }),
        h('button', { type: 'submit', class: 'button button-primary' }, 'Search'),
      ),
      h(
        'div',
        { class: 'search-filters' },
        FILTERS.map((filter) =>
          h(
            'label',
            { key: filter.key, class: 'field' },
            h('span', null, filter.label),
            h('input', { type: filter.type, value: draft[filter.key] ?? '', placeholder: filter.placeholder, onInput: set(filter.key) }),
          ),
        ),
      ),
    ),
    state.status === 'idle'
      ? h(
          'p',
          { class: 'muted' },
          'Search the quotes of every stored article. Wording may differ a little: the search tolerates small changes.',
        )
      : null,
    state.status === 'loading' ? h('p', { class: 'muted', role: 'status' }, 'Searching\u2026') : null,
    state.status === 'failed' ? h(ApiProblem, { error: state.error, onRetry: retry }) : null,
    state.status === 'done'
      ? h(ResultList, { response: state.data, onNavigate: props.onNavigate, empty: 'No quotes match these words and filters.' })
      : null,
  );
}

function SpeakerPage(props: { name: string; onNavigate: CorpusViewProps['onNavigate'] }): JSX.Element {
  const [state, retry] = useApi<SpeakerResponse>(`speaker:${props.name}`, () => fetchSpeaker(props.name));
  const data = state.status === 'done' ? state.data : { people: [], results: [] };
  const outlets = new Set(data.results.map((result) => result.document.outlet).filter((outlet) => typeof outlet === 'string'));
  const articles = new Set(data.results.map((result) => result.document.id)).size;
  const isAmbiguous = data.people.length > 1;
  return h(
    'div',
    { class: 'speaker-page' },
    h(
      'header',
      { class: 'card page-head' },
      h('p', { class: 'eyebrow' }, 'Speaker'),
      h('h1', null, data.people.length === 1 ? data.people[0]!.name : props.name),
      state.status === 'done'
        ? h('p', { class: 'muted' }, `${data.results.length} quotes in ${articles} articles from ${outlets.size} outlets`)
        : null,
      data.people.length === 0
        ? null
        : h(
            'ul',
            { class: 'people' },
            data.people.map((person) =>
              h(
                'li',
                { key: person.id, class: 'person', 'data-person': person.id },
                isAmbiguous
                  ? h(
                      'button',
                      {
                        type: 'button',
                        class: 'link-button person-name',
                        onClick: () => props.onNavigate({ page: 'speaker', name: person.name }),
                      },
                      person.name,
                    )
                  : null,
                h('span', { class: 'person-quotes' }, `${person.quotes} quotes in the corpus`),
                person.variants.some((variant) => variant !== person.name)
                  ? h(
                      'span',
                      { class: 'person-variants' },
                      `also named ${person.variants.filter((variant) => variant !== person.name).join(', ')}`,
                    )
                  : null,
              ),
            ),
          ),
      isAmbiguous
        ? h('p', { class: 'alert alert-warning' }, `\u201c${props.name}\u201d can mean ${data.people.length} different people.`)
        : null,
    ),
    state.status === 'loading' ? h('p', { class: 'muted', role: 'status' }, 'Loading\u2026') : null,
    state.status === 'failed' ? h(ApiProblem, { error: state.error, onRetry: retry }) : null,
    state.status === 'done'
      ? h(ResultList, { response: data, onNavigate: props.onNavigate, empty: 'No quotes stored for this speaker.' })
      : null,
  );
}

function TraceDiff(props: { diff: readonly TraceWordOp[] }): JSX.Element {
  return h(
    'p',
    { class: 'diff' },
    props.diff.map((op, index) => [
      index > 0 ? ' ' : '',
      op.op === 'equal'
        ? op.variant
        : op.op === 'insert'
          ? h('ins', null, op.variant)
          : op.op === 'delete'
            ? h('del', null, op.earliest)
            : [h('del', null, op.earliest), ' ', h('ins', null, op.variant)],
    ]),
  );
}

function TraceTimeline(props: { group: TraceGroup; index: number; onNavigate: CorpusViewProps['onNavigate'] }): JSX.Element {
  const { group } = props;
  const earliest = group.earliest;
  const appearances = group.appearances.length > 0 ? group.appearances : [earliest];
  const variantByText = new Map(group.variants.map((variant) => [variant.text, variant]));
  // Which conflict entry (person) each speaker name belongs to: appearances given to another person than the earliest are flagged.
  const personOf = (name: string | null): number =>
    name === null ? -1 : group.conflicts.findIndex((conflict) => conflict.names.includes(name) || conflict.speaker === name);
  const earliestPerson = personOf(corpusSpeakerName(earliest));
  const speakerLink = (name: string): JSX.Element =>
    h('button', { type: 'button', class: 'link-button', onClick: () => props.onNavigate({ page: 'speaker', name }) }, name);
  return h(
    'section',
    { class: 'card trace-group', 'aria-label': `Quote group ${props.index + 1}`, 'data-group': group.id ?? '' },
    h(
      'p',
      { class: 'eyebrow' },
      `${group.count} appearance${group.count === 1 ? '' : 's'} \u00b7 ${group.variants.length + 1} wording${group.variants.length === 0 ? '' : 's'}`,
      group.match === 'words' ? ' \u00b7 found by its words' : '',
    ),
    h('blockquote', { class: 'trace-earliest' }, '\u201c', earliest.quote.text, '\u201d'),
    group.conflicts.length > 1
      ? h(
          'div',
          { class: 'alert alert-warning', 'data-conflict': '' },
          h('strong', null, 'Conflicting attribution: '),
          'the same words are given to ',
          group.conflicts.map((conflict, index) => [
            index === 0 ? '' : index === group.conflicts.length - 1 ? ' and ' : ', ',
            speakerLink(conflict.speaker),
            ` (${conflict.count}, first ${conflict.first.document.outlet ?? 'unknown outlet'} ${conflict.first.document.published?.slice(0, 10) ?? ''})`,
          ]),
          '.',
        )
      : null,
    h(
      'ol',
      { class: 'timeline' },
      appearances.map((appearance, position) => {
        const isEarliest = appearance.id === earliest.id;
        const variant = variantByText.get(appearance.quote.text);
        const diff =
          isEarliest || variant !== undefined ? (variant?.diff ?? []) : toTraceOps(diffWords(earliest.quote.text, appearance.quote.text));
        const isSame = diff.every((op) => op.op === 'equal');
        const speaker = corpusSpeakerName(appearance);
        const isOtherPerson = group.conflicts.length > 1 && personOf(speaker) !== earliestPerson;
        return h(
          'li',
          {
            key: `${appearance.id}:${position}`,
            class: `timeline-item${isEarliest ? ' is-earliest' : ''}${isOtherPerson ? ' is-conflict' : ''}`,
            'data-appearance': appearance.id,
          },
          h('span', { class: 'timeline-dot', 'aria-hidden': 'true' }),
          h(
            'div',
            { class: 'timeline-body' },
            h(
              'p',
              { class: 'timeline-head' },
              h('time', null, appearance.document.published?.slice(0, 10) ?? 'undated'),
              h('span', { class: 'timeline-outlet' }, appearance.document.outlet ?? 'unknown outlet'),
              isEarliest
                ? h('span', { class: 'tag tag-earliest' }, 'earliest')
                : isSame
                  ? h('span', { class: 'tag' }, 'same words')
                  : h('span', { class: 'tag tag-variant' }, 'variant'),
            ),
            h('p', { class: 'timeline-title' }, appearance.document.title ?? appearance.document.name ?? appearance.document.id),
            isEarliest || isSame ? null : h(TraceDiff, { diff }),
            h(
              'p',
              { class: 'timeline-speaker' },
              isOtherPerson ? h('span', { class: 'tag tag-conflict' }, '\u21c4 other speaker') : null,
              ' attributed to ',
              speaker === null ? h('span', { class: 'muted' }, 'nobody') : speakerLink(speaker),
            ),
          ),
        );
      }),
    ),
    group.count > appearances.length ? h('p', { class: 'muted' }, `and ${group.count - appearances.length} more appearances`) : null,
  );
}

/** The client-side diff in the API's shape, for appearances the server listed no variant for. */
function toTraceOps(ops: ReturnType<typeof diffWords>): TraceWordOp[] {
  return ops.map((op) => ({
    op: op.op,
    earliest: op.op === 'insert' ? '' : op.text,
    variant: op.op === 'delete' ? '' : op.text,
  }));
}

function TracePage(props: { q: string; id?: string; onNavigate: CorpusViewProps['onNavigate'] }): JSX.Element {
  const query = props.id === undefined ? { q: props.q } : { id: props.id };
  const [state, retry] = useApi<TraceResponse>(
    `trace:${props.id ?? ''}:${props.q}`,
    props.q === '' && props.id === undefined ? null : () => fetchTrace(query),
  );
  return h(
    'div',
    { class: 'trace-page' },
    h(
      'header',
      { class: 'card page-head' },
      h('p', { class: 'eyebrow' }, 'Trace'),
      h('h1', null, 'Where these words appeared'),
      h(
        'p',
        { class: 'muted' },
        props.id === undefined ? `Quotes like \u201c${shorten(props.q, 140)}\u201d. ` : '',
        'Every article carrying the words, oldest first, each wording against the earliest, and who it is given to.',
      ),
    ),
    state.status === 'loading' ? h('p', { class: 'muted', role: 'status' }, 'Tracing\u2026') : null,
    state.status === 'failed' ? h(ApiProblem, { error: state.error, onRetry: retry }) : null,
    state.status === 'done'
      ? state.data.groups.length === 0
        ? h('p', { class: 'muted' }, 'No stored article carries these words.')
        : state.data.groups.map((group, index) => h(TraceTimeline, { key: index, group, index, onNavigate: props.onNavigate }))
      : null,
  );
}

function StatsLine(): JSX.Element {
  const [state, retry] = useApi<StatsResponse>('stats', fetchStats);
  if (state.status === 'failed') return h(ApiProblem, { error: state.error, onRetry: retry });
  if (state.status !== 'done') return h('p', { class: 'stats-line muted' }, 'Connecting to the corpus\u2026');
  const { documents, quotes, speakers, groups } = state.data;
  const format = (value: number): string => value.toLocaleString('en');
  return h(
    'p',
    { class: 'stats-line', 'data-stats': '' },
    `${format(documents)} articles \u00b7 ${format(quotes)} quotes \u00b7 ${format(speakers)} speakers \u00b7 ${format(groups)} quote groups`,
  );
}

export function CorpusView(props: CorpusViewProps): JSX.Element {
  const { page } = props;
  return h(
    'div',
    { class: 'corpus-layout' },
    h(
      'nav',
      { class: 'corpus-nav', 'aria-label': 'Corpus' },
      h(
        'button',
        {
          type: 'button',
          class: `link-button${page.page === 'search' ? ' is-current' : ''}`,
          onClick: () => props.onNavigate({ page: 'search', filters: {} }),
        },
        'Search',
      ),
      page.page === 'speaker' ? h('span', { class: 'crumb' }, '\u203a Speaker') : null,
      page.page === 'trace' ? h('span', { class: 'crumb' }, '\u203a Trace') : null,
      h(StatsLine, null),
    ),
    page.page === 'search' ? h(SearchPage, { filters: page.filters, onNavigate: props.onNavigate }) : null,
    page.page === 'speaker' ? h(SpeakerPage, { key: page.name, name: page.name, onNavigate: props.onNavigate }) : null,
    page.page === 'trace'
      ? h(TracePage, {
          key: `${page.id ?? ''}:${page.q}`,
          q: page.q,
          ...(page.id === undefined ? {} : { id: page.id }),
          onNavigate: props.onNavigate,
        })
      : null,
  );
}
