/** Export: the quotes as CSV or JSON (verdicts included once verified), and the printable report. */
import { h, type JSX } from 'preact';
import type { VerifyResult } from '../model/analysis-core.js';
import { exportFileName, quotesToCsv, quotesToJson } from '../model/export-quotes.js';
import type { LoadedArticle } from './article-view.js';
import { Report } from './report.js';

function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ExportView(props: { loaded: LoadedArticle; verification: VerifyResult | null }): JSX.Element {
  const { loaded, verification } = props;
  const view = verification?.verified ?? loaded.article.view;
  const name = loaded.article.name;
  const csv = (): string => quotesToCsv(view, loaded.speakers);
  const json = (): string => quotesToJson(view, { name, analysedAt: loaded.analysedAt });
  return h(
    'div',
    { class: 'export-layout' },
    h(
      'section',
      { class: 'card export-actions', 'aria-labelledby': 'export-title' },
      h('h1', { id: 'export-title' }, 'Export'),
      h(
        'p',
        { class: 'muted' },
        `${view.quotes.length} quotes of ${name}`,
        verification === null ? '' : ', with verdicts against the tape',
        '. Files are made in this browser.',
      ),
      h(
        'div',
        { class: 'export-buttons' },
        h(
          'button',
          {
            type: 'button',
            class: 'button button-primary',
            'data-export': 'csv',
            // A byte-order mark: spreadsheets then read the file as UTF-8 (curly quotes, accents).
            onClick: () => download(exportFileName(name, 'csv'), 'text/csv;charset=utf-8', `\ufeff${csv()}`),
          },
          'Download CSV',
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'button',
            'data-export': 'json',
            onClick: () => download(exportFileName(name, 'json'), 'application/json', json()),
          },
          'Download JSON',
        ),
        h('button', { type: 'button', class: 'button', 'data-export': 'print', onClick: () => window.print() }, 'Print report'),
      ),
      h(
        'p',
        { class: 'fact-note' },
        'CSV opens in any spreadsheet (UTF-8, one row per quote). JSON is the library\u2019s quotes view: offsets count UTF-16 code units in the analysed text.',
      ),
    ),
    h('div', { class: 'report-preview card' }, h(Report, { loaded, verification })),
  );
}
