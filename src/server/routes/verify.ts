/** POST /verify: an article's quotes checked against posted interview transcripts (see `verbatim verify`). */
import type { FastifyPluginAsync } from 'fastify';
import { parseTranscript, type ParseTranscriptOptions } from '../../ingest/transcripts/index.js';
import { extract, type ArticleInput } from '../../index.js';
import { verifyArticle } from '../../verify/index.js';
import { articleSchema, errorResponses, quoteViewSchema } from '../schemas.js';

export interface VerifyRouteOptions {
  maxLength: number;
}

interface VerifyBody {
  article: Exclude<ArticleInput, string>;
  transcripts: Array<{ name?: string; text: string; format?: ParseTranscriptOptions['format'] }>;
}

const verifiedQuoteSchema = {
  ...quoteViewSchema,
  required: [...quoteViewSchema.required, 'verdict', 'match', 'diff', 'reason'],
  properties: {
    ...quoteViewSchema.properties,
    verdict: { type: 'string', enum: ['exact', 'elided', 'altered', 'misattributed', 'paraphrase', 'absent'] },
    match: { anyOf: [{ type: 'object', additionalProperties: true }, { type: 'null' }] },
    diff: { anyOf: [{ type: 'array', items: { type: 'object', additionalProperties: true } }, { type: 'null' }] },
    reason: { type: 'string' },
  },
} as const;

const verifyResponseSchema = {
  type: 'object',
  required: ['id', 'quotes', 'entities', 'verification'],
  properties: {
    id: { type: 'string' },
    quotes: { type: 'array', items: verifiedQuoteSchema },
    entities: { type: 'array', items: { type: 'object', additionalProperties: true } },
    verification: {
      type: 'object',
      required: ['transcripts', 'counts', 'passed'],
      properties: {
        transcripts: { type: 'array', items: { type: 'string' } },
        counts: { type: 'object', additionalProperties: { type: 'integer' } },
        passed: { type: 'boolean' },
      },
      additionalProperties: true,
    },
    transcriptMessages: { type: 'array', items: { type: 'object', additionalProperties: true } },
  },
  additionalProperties: true,
} as const;

export const verifyRoutes: FastifyPluginAsync<VerifyRouteOptions> = async (app, options) => {
  app.post<{ Body: VerifyBody }>(
    '/verify',
    {
      schema: {
        summary: "Check an article's quotes against interview transcripts (WebVTT, SRT, NAME: text, speech-to-text JSON)",
        tags: ['analysis'],
        body: {
          type: 'object',
          required: ['article', 'transcripts'],
          properties: {
            article: articleSchema,
            transcripts: {
              type: 'array',
              minItems: 1,
              maxItems: 100,
              items: {
                type: 'object',
                required: ['text'],
                properties: {
                  name: { type: 'string', maxLength: 1000 },
                  text: { type: 'string', description: 'the transcript file content' },
                  format: { type: 'string', enum: ['auto', 'vtt', 'srt', 'text', 'json'] },
                },
                additionalProperties: false,
              },
            },
          },
          additionalProperties: false,
        },
        response: { 200: verifyResponseSchema, ...errorResponses(400, 413, 415) },
      },
    },
    async (request) => {
      const transcripts = request.body.transcripts.map((transcript, index) =>
        parseTranscript(transcript.text, { name: transcript.name ?? `transcript-${index + 1}`, format: transcript.format ?? 'auto' }),
      );
      const view = verifyArticle(extract(request.body.article, { maxLength: options.maxLength }), transcripts);
      const messages = transcripts.flatMap((transcript) =>
        transcript.messages.map((message) => ({ transcript: transcript.name, ...message })),
      );
      return messages.length === 0 ? view : { ...view, transcriptMessages: messages };
    },
  );
};
