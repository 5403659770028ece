/** Opening an article: paste text or HTML, drop or choose a .txt/.html file, or pick a bundled example. */
import { h, type JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { ArticleFormat } from '../model/analysis-core.js';
import { EXAMPLES, type ExampleArticle } from '../model/examples.js';

export interface SourcePickerProps {
  isBusy: boolean;
  error: string | null;
  onPaste: (text: string, format: ArticleFormat | 'auto') => void;
  onFiles: (files: readonly File[]) => void;
  onExample: (example: ExampleArticle) => void;
}

export function SourcePicker(props: SourcePickerProps): JSX.Element {
  const [text, setText] = useState('');
  const [format, setFormat] = useState<ArticleFormat | 'auto'>('auto');
  const [isOver, setIsOver] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const canAnalyse = text.trim().length > 0 && !props.isBusy;

  return h(
    'section',
    { class: 'open-article', 'aria-labelledby': 'open-title' },
    h(
      'div',
      { class: 'open-intro' },
      h('h1', { id: 'open-title' }, 'Check every quote in an article'),
      h(
        'p',
        null,
        'See who said what, through whom it reached the page, and whether it matches the recording. ',
        h('strong', null, 'The analysis runs in this browser: nothing is uploaded.'),
      ),
    ),
    props.error === null ? null : h('p', { class: 'alert alert-error', role: 'alert' }, props.error),
    h(
      'div',
      { class: 'open-grid' },
      h(
        'form',
        {
          class: 'card paste-card',
          onSubmit: (event: Event) => {
            event.preventDefault();
            if (canAnalyse) props.onPaste(text, format);
          },
        },
        h('label', { for: 'paste-input', class: 'card-title' }, 'Paste an article'),
        h('textarea', {
          id: 'paste-input',
          value: text,
          rows: 9,
          spellcheck: false,
          placeholder: '“We are not asking for the moon,” she said. …\n\nPlain text or the HTML of a web page.',
          onInput: (event: Event) => setText((event.currentTarget as HTMLTextAreaElement).value),
        }),
        h(
          'div',
          { class: 'paste-actions' },
          h(
            'label',
            { class: 'inline-field' },
            'Format ',
            h(
              'select',
              {
                value: format,
                onChange: (event: Event) => setFormat((event.currentTarget as HTMLSelectElement).value as ArticleFormat | 'auto'),
              },
              h('option', { value: 'auto' }, 'detect'),
              h('option', { value: 'text' }, 'plain text'),
              h('option', { value: 'html' }, 'HTML page'),
            ),
          ),
          h(
            'button',
            { type: 'submit', class: 'button button-primary', disabled: !canAnalyse },
            props.isBusy ? 'Analysing\u2026' : 'Analyse quotes',
          ),
        ),
      ),
      h(
        'div',
        {
          class: `card drop-card${isOver ? ' is-over' : ''}`,
          onDragOver: (event: DragEvent) => {
            event.preventDefault();
            setIsOver(true);
          },
          onDragLeave: () => setIsOver(false),
          onDrop: (event: DragEvent) => {
            event.preventDefault();
            event.stopPropagation();
            setIsOver(false);
            const files = [...(event.dataTransfer?.files ?? [])];
            if (files.length > 0) props.onFiles(files);
          },
        },
        h('span', { class: 'card-title' }, 'Open a file'),
        h('div', { class: 'drop-icon', 'aria-hidden': 'true' }, '\u2913'),
        h('p', null, 'Drop a ', h('code', null, '.txt'), ' or ', h('code', null, '.html'), ' file here'),
        h('button', { type: 'button', class: 'button', onClick: () => fileInput.current?.click() }, 'Choose a file\u2026'),
        h('input', {
          ref: fileInput,
          type: 'file',
          class: 'visually-hidden',
          accept: '.txt,.text,.html,.htm,text/plain,text/html',
          'aria-label': 'Choose an article file',
          'data-testid': 'article-file',
          onChange: (event: Event) => {
            const input = event.currentTarget as HTMLInputElement;
            const files = [...(input.files ?? [])];
            input.value = '';
            if (files.length > 0) props.onFiles(files);
          },
        }),
      ),
    ),
    h('h2', { class: 'section-title' }, 'Or start with an example'),
    h(
      'ul',
      { class: 'example-list' },
      EXAMPLES.map((example) =>
        h(
          'li',
          { key: example.id },
          h(
            'button',
            {
              type: 'button',
              class: 'card example-card',
              'data-example': example.id,
              disabled: props.isBusy,
              onClick: () => props.onExample(example),
            },
            h(
              'span',
              { class: 'example-format' },
              example.format === 'html' ? 'HTML page' : 'Plain text',
              example.transcripts.length > 0 ? ' \u00b7 with a recording' : '',
            ),
            h('span', { class: 'example-title' }, example.title),
            h('span', { class: 'example-description' }, example.description),
          ),
        ),
      ),
    ),
  );
}
