/** The example articles bundled into the app (from examples/), and a transcript for the Verify example. */
import councilVote from '../../../examples/council-vote.html?raw';
import harborStrike from '../../../examples/harbor-strike.txt?raw';
import interview from '../../../examples/interview.txt?raw';
import harborStrikeRally from '../examples/harbor-strike-rally.vtt?raw';

export interface ExampleTranscript {
  name: string;
  text: string;
}

export interface ExampleArticle {
  id: string;
  name: string;
  title: string;
  description: string;
  format: 'text' | 'html';
  text: string;
  transcripts: ExampleTranscript[];
}

export const EXAMPLES: readonly ExampleArticle[] = [
  {
    id: 'harbor-strike',
    name: 'harbor-strike.txt',
    title: 'Dockworkers walk out as Port Calder talks collapse',
    description: 'Plain-text news story: split quotes, a relayed quote, an anonymous spokesperson, a nickname and a book title.',
    format: 'text',
    text: harborStrike,
    transcripts: [{ name: 'harbor-strike-rally.vtt', text: harborStrikeRally }],
  },
  {
    id: 'council-vote',
    name: 'council-vote.html',
    title: 'Linden Falls council approves riverside library, 5-4',
    description: 'A full web page with navigation, ads and scripts: the article is extracted from the HTML first.',
    format: 'html',
    text: councilVote,
    transcripts: [],
  },
  {
    id: 'interview',
    name: 'interview.txt',
    title: 'A conversation with fire lookout June Abernathy',
    description: 'Question-and-answer interview: speech without quotation marks.',
    format: 'text',
    text: interview,
    transcripts: [],
  },
];
