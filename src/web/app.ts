/**
 * The app shell: header and tabs, the state of the open article and its verification, and the routes
 * (in the URL fragment). Article text and transcripts stay in this page and its worker.
 */
import { h, type JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { VerifiedQuoteView } from '../index.js';
import { analyse, AnalysisError, verify, warmUp } from './model/analysis-client.js';
import type { ArticleFormat, ArticleSource, TranscriptSource, VerifyResult } from './model/analysis-core.js';
import { articleTitle, layoutArticle } from './model/article-segments.js';
import { EXAMPLES, type ExampleArticle, type ExampleTranscript } from './model/examples.js';
import { formatRoute, parseRoute, type CorpusPage, type Route, type Tab } from './model/hash-route.js';
import { buildSpeakerModel } from './model/speakers.js';
import { locatePassage, type Passage } from './model/transcript-passage.js';
import { ArticleView, type LoadedArticle, type Selection } from './views/article-view.js';
import { EmptyState } from './views/common.js';
import { CorpusView } from './views/corpus-view.js';
import { ExportView } from './views/export-view.js';
import { SourcePicker } from './views/source-picker.js';
import { VerifyView } from './views/verify-view.js';

/** Larger files are refused before reading (the core's own limit is 32 Mi code units). */
const MAX_FILE_BYTES = 32 * 1024 * 1024;

const TAB_LABEL: Record<Tab, string> = { article: 'Article', verify: 'Verify', corpus: 'Corpus', export: 'Export' };

interface VerifyState {
  sources: TranscriptSource[];
  result: VerifyResult | null;
  /** The article serial the result belongs to. */
  serial: number;
  isBusy: boolean;
  error: string | null;
}

interface TapeState {
  transcript: string | null;
  quote: string | null;
  passage: Passage | null;
  request: number;
}

function describeError(error: unknown): string {
  if (error instanceof AnalysisError) return `${error.message} (${error.code})`;
  return error instanceof Error ? error.message : String(error);
}

async function readFile(file: File): Promise<Uint8Array> {
  if (file.size > MAX_FILE_BYTES) throw new Error(`${file.name} is ${Math.round(file.size / 1048576)} MB; the limit is 32 MB`);
  return new Uint8Array(await file.arrayBuffer());
}

let serialCounter = 0;

export function App(): JSX.Element {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  const [loaded, setLoaded] = useState<LoadedArticle | null>(null);
  const [example, setExample] = useState<ExampleArticle | null>(null);
  const [isAnalysing, setIsAnalysing] = useState(false);
  const [openError, setOpenError] = useState<string | null>(null);
  const [selection, setSelection] = useState<Selection>({ focused: null, isOpen: false, request: 0 });
  const [verifyState, setVerifyState] = useState<VerifyState>({ sources: [], result: null, serial: -1, isBusy: false, error: null });
  const [tape, setTape] = useState<TapeState>({ transcript: null, quote: null, passage: null, request: 0 });

  useEffect(() => {
    const timer = setTimeout(warmUp, 50);
    return () => clearTimeout(timer);
  }, []);

  // A file dropped anywhere opens as the article (the Verify view takes transcripts itself); the browser
  // never navigates away to the dropped file.
  const onDropRef = useRef<(files: File[]) => void>(() => undefined);
  onDropRef.current = (files: File[]) => {
    if (route.tab === 'article' || route.tab === 'export') void openFiles(files);
  };
  useEffect(() => {
    const onDragOver = (event: DragEvent): void => event.preventDefault();
    const onDrop = (event: DragEvent): void => {
      event.preventDefault();
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length > 0) onDropRef.current(files);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  useEffect(() => {
    const onHash = (): void => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const go = (tab: Tab, corpus?: CorpusPage): void => {
    const hash = formatRoute(tab, corpus);
    if (location.hash !== hash) location.hash = hash;
    else setRoute(parseRoute(hash));
  };

  const open = async (source: ArticleSource, fromExample: ExampleArticle | null): Promise<void> => {
    const startedAt = performance.now();
    setIsAnalysing(true);
    setOpenError(null);
    try {
      const article = await analyse(source);
      performance.mark('verbatim:received');
      const layout = layoutArticle(article.text, article.paragraphs, article.view.quotes, article.quotedTerms);
      const ordered = [...article.view.quotes].sort((left, right) => left.start - right.start || left.end - right.end);
      const speakers = buildSpeakerModel(article.view);
      performance.mark('verbatim:prepared');
      // Yield once between receiving the result and drawing it, so neither step is one long task.
      await new Promise((resume) => setTimeout(resume, 0));
      serialCounter += 1;
      setLoaded({
        serial: serialCounter,
        article,
        speakers,
        layout,
        ordered,
        anonymous: new Set(article.anonymous),
        startedAt,
        preparedMs: performance.now() - startedAt,
        analysedAt: new Date().toISOString(),
      });
      setExample(fromExample);
      setSelection({ focused: null, isOpen: false, request: 0 });
      setTape({ transcript: null, quote: null, passage: null, request: 0 });
      setVerifyState((state) => ({ ...state, result: null, serial: -1, error: null }));
      document.title = `${articleTitle(article.text, layout, article.metadata.title, article.name)} \u2014 verbatim`;
      if (route.tab !== 'article') go('article');
    } catch (error) {
      setOpenError(`Could not analyse ${source.name}: ${describeError(error)}`);
    } finally {
      setIsAnalysing(false);
    }
  };

  const openFiles = async (files: readonly File[]): Promise<void> => {
    const file = files[0];
    if (file === undefined) return;
    try {
      await open({ name: file.name, bytes: await readFile(file), format: 'auto' }, null);
    } catch (error) {
      setOpenError(describeError(error));
    }
  };

  // Verify whenever the transcripts or the article change.
  useEffect(() => {
    if (loaded === null || verifyState.sources.length === 0) return;
    if (verifyState.serial === loaded.serial || verifyState.isBusy) return;
    const serial = loaded.serial;
    setVerifyState((state) => ({ ...state, isBusy: true, error: null }));
    verify(loaded.article.view, verifyState.sources).then(
      (result) => setVerifyState((state) => ({ ...state, result, serial, isBusy: false })),
      (error: unknown) =>
        setVerifyState((state) => ({ ...state, serial, isBusy: false, error: `Verification failed: ${describeError(error)}` })),
    );
  }, [loaded?.serial, verifyState.sources, verifyState.serial, verifyState.isBusy]);

  const addTranscripts = (sources: TranscriptSource[]): void => {
    setVerifyState((state) => {
      const names = new Set(sources.map((source) => source.name));
      return { ...state, sources: [...state.sources.filter((source) => !names.has(source.name)), ...sources], serial: -1 };
    });
  };

  const addTranscriptFiles = async (files: readonly File[]): Promise<void> => {
    try {
      const sources = await Promise.all(files.map(async (file) => ({ name: file.name, bytes: await readFile(file) })));
      addTranscripts(sources);
    } catch (error) {
      setVerifyState((state) => ({ ...state, error: describeError(error) }));
    }
  };

  const verifiedById = useMemo(
    () =>
      verifyState.result === null || loaded === null || verifyState.serial !== loaded.serial
        ? null
        : new Map<string, VerifiedQuoteView>(verifyState.result.verified.quotes.map((quote) => [quote.id, quote])),
    [verifyState.result, verifyState.serial, loaded?.serial],
  );

  const openTape = (quoteId: string): void => {
    const quote = verifiedById?.get(quoteId);
    if (quote?.match == null || verifyState.result === null) return;
    const summary = verifyState.result.transcripts.find((transcript) => transcript.name === quote.match!.transcript);
    const passage = summary === undefined ? null : locatePassage(summary, quote.match);
    setTape((state) => ({ transcript: quote.match!.transcript, quote: quoteId, passage, request: state.request + 1 }));
    if (route.tab !== 'verify') go('verify');
  };

  const showInArticle = (quoteId: string): void => {
    setSelection((state) => ({ focused: quoteId, isOpen: true, request: state.request + 1 }));
    go('article');
  };

  const exampleTranscripts: readonly ExampleTranscript[] =
    example?.transcripts ?? EXAMPLES.find((item) => item.name === loaded?.article.name)?.transcripts ?? [];
  const verification = verifiedById === null ? null : verifyState.result;

  let main: JSX.Element;
  if (route.tab === 'corpus') main = h(CorpusView, { page: route.corpus, onNavigate: (page: CorpusPage) => go('corpus', page) });
  else if (loaded === null || (route.tab === 'article' && isAnalysing && loaded === null))
    main =
      route.tab === 'article'
        ? h(SourcePicker, {
            isBusy: isAnalysing,
            error: openError,
            onPaste: (text: string, format: ArticleFormat | 'auto') => void open({ name: 'pasted article', text, format }, null),
            onFiles: (files: readonly File[]) => void openFiles(files),
            onExample: (chosen: ExampleArticle) => void open({ name: chosen.name, text: chosen.text, format: chosen.format }, chosen),
          })
        : h(
            EmptyState,
            { title: 'No article open yet' },
            h('p', null, 'Open an article first: paste it, drop a file or pick an example.'),
            h('a', { class: 'button button-primary', href: '#/article' }, 'Open an article'),
          );
  else if (route.tab === 'article')
    main = h(ArticleView, {
      loaded,
      selection,
      verified: verifiedById,
      onSelection: setSelection,
      onNewArticle: () => {
        setLoaded(null);
        setExample(null);
        document.title = 'verbatim';
      },
      onOpenTape: openTape,
    });
  else if (route.tab === 'verify')
    main = h(VerifyView, {
      articleName: loaded.article.name,
      speakers: loaded.speakers,
      sources: verifyState.sources,
      result: verification,
      isBusy: verifyState.isBusy,
      error: verifyState.error,
      exampleTranscripts,
      tape,
      onAddFiles: (files: readonly File[]) => void addTranscriptFiles(files),
      onAddExample: (transcript: ExampleTranscript) => addTranscripts([{ name: transcript.name, text: transcript.text }]),
      onRemove: (name: string) =>
        setVerifyState((state) => ({
          ...state,
          sources: state.sources.filter((source) => source.name !== name),
          serial: -1,
          result: state.sources.length <= 1 ? null : state.result,
        })),
      onOpenTape: openTape,
      onPickTranscript: (name: string) => setTape((state) => ({ ...state, transcript: name, passage: null, quote: null })),
      onShowInArticle: showInArticle,
    });
  else main = h(ExportView, { loaded, verification });

  return h(
    'div',
    { class: 'app', 'data-tab': route.tab },
    h('a', { class: 'skip-link', href: '#main' }, 'Skip to content'),
    h(
      'header',
      { class: 'app-header' },
      h(
        'a',
        { class: 'brand', href: '#/article', 'aria-label': 'verbatim home' },
        h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '\u201c'),
        h('span', { class: 'brand-name' }, 'verbatim'),
      ),
      h(
        'nav',
        { class: 'tabs', 'aria-label': 'Views' },
        (Object.keys(TAB_LABEL) as Tab[]).map((tab) =>
          h(
            'a',
            {
              key: tab,
              href: formatRoute(tab),
              class: `tab${route.tab === tab ? ' is-current' : ''}`,
              'aria-current': route.tab === tab ? 'page' : undefined,
              'data-tab-link': tab,
            },
            TAB_LABEL[tab],
            tab === 'verify' && verification !== null && verification.verified.quotes.some((quote) => quote.kind !== 'indirect')
              ? h('span', {
                  class: `tab-dot ${verification.verified.verification.passed ? 'dot-pass' : 'dot-fail'}`,
                  'aria-label': verification.verified.verification.passed ? '(passed)' : '(needs attention)',
                })
              : null,
          ),
        ),
      ),
      h(
        'span',
        { class: 'header-note', title: 'Articles and transcripts are analysed in this browser and never uploaded' },
        '\u25cf Runs on this device',
      ),
    ),
    isAnalysing && loaded !== null ? h('div', { class: 'progress', role: 'status' }, 'Analysing\u2026') : null,
    openError !== null && loaded !== null ? h('p', { class: 'alert alert-error banner', role: 'alert' }, openError) : null,
    h('main', { id: 'main', class: `main main-${route.tab}` }, main),
  );
}
