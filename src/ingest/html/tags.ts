/** Tag tables shared by the tree builder, the boilerplate classifier and the text assembler. */

/** Elements that never have content or a closing tag. */
export const VOID_TAGS: ReadonlySet<string> = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

const closesParagraph = new Set(['p']);
const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
// Unlike browsers, a paragraph also ends an unclosed heading: `<h1>Title<p>Body` is a title and a body.
const paragraphs = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const formControls = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);

/** Opening the key tag closes the nearest open element of these, looking through inline elements (htmlparser2's table). */
export const OPEN_IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['a', new Set(['a'])],
  ['li', new Set(['li'])],
  ['p', paragraphs],
  ['h1', headings],
  ['h2', headings],
  ['h3', headings],
  ['h4', headings],
  ['h5', headings],
  ['h6', headings],
  ['select', formControls],
  ['input', formControls],
  ['output', formControls],
  ['button', formControls],
  ['datalist', formControls],
  ['textarea', formControls],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['address', closesParagraph],
  ['article', closesParagraph],
  ['aside', closesParagraph],
  ['blockquote', closesParagraph],
  ['details', closesParagraph],
  ['div', closesParagraph],
  ['dl', closesParagraph],
  ['fieldset', closesParagraph],
  ['figcaption', closesParagraph],
  ['figure', closesParagraph],
  ['footer', closesParagraph],
  ['form', closesParagraph],
  ['header', closesParagraph],
  ['hr', closesParagraph],
  ['main', closesParagraph],
  ['nav', closesParagraph],
  ['ol', closesParagraph],
  ['pre', closesParagraph],
  ['section', closesParagraph],
  ['table', closesParagraph],
  ['ul', closesParagraph],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
]);

/** Elements whose text starts a new block of the extracted text; everything else is inline. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  '#root',
  'html',
  'body',
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'title',
  'tr',
  'ul',
]);

/** Content a reader never sees as text: dropped at every strictness level. */
export const INVISIBLE_TAGS: ReadonlySet<string> = new Set([
  'head',
  'title',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'applet',
  'canvas',
  'video',
  'audio',
  'map',
  'select',
  'option',
  'optgroup',
  'datalist',
  'button',
  'input',
  'textarea',
  'frameset',
  'frame',
  'noembed',
  'noframes',
  'xmp',
  'plaintext',
]);

/** Page furniture by tag: navigation, forms, side boxes, dialogs. */
export const BOILERPLATE_TAGS: ReadonlySet<string> = new Set(['nav', 'aside', 'menu', 'form', 'dialog', 'fieldset']);

/** ARIA landmark and widget roles that mark page furniture. */
export const BOILERPLATE_ROLES: ReadonlySet<string> = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'menu',
  'menubar',
  'search',
  'dialog',
  'alertdialog',
  'toolbar',
  'tooltip',
  'form',
  'tablist',
]);

/** Blocks whose own text counts as a paragraph for the content score (headings and list items do not). */
export const SCORED_BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p',
  'pre',
  'td',
  'blockquote',
  'div',
  'section',
  'article',
  'main',
  'center',
  'body',
  '#root',
]);

/** Starting score of a candidate container, by tag (readability's `_initializeNode`). */
export function initialTagScore(tag: string): number {
  switch (tag) {
    case 'div':
    case 'article':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}
