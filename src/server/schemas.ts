/**
 * JSON Schemas of the HTTP API: request validation (Fastify's Ajv), response serialization, and the
 * OpenAPI document are all built from these. Response objects allow additional properties: the quotes
 * view may gain fields (additions are not breaking), and a schema must never strip them.
 */

const nullableString = { type: ['string', 'null'] } as const;

export const textSpanSchema = {
  type: 'object',
  required: ['start', 'end', 'text'],
  properties: { start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' } },
  additionalProperties: true,
} as const;

export const quoteViewSchema = {
  type: 'object',
  description: 'A quote in the quotes view (offsets are UTF-16 code units into the analysed text).',
  required: ['id', 'kind', 'start', 'end', 'text', 'speaker', 'cue', 'via', 'confidence', 'rule'],
  properties: {
    id: { type: 'string' },
    kind: { type: 'string', enum: ['direct', 'mixed', 'indirect'] },
    start: { type: 'integer' },
    end: { type: 'integer' },
    text: { type: 'string' },
    speaker: {
      anyOf: [
        {
          type: 'object',
          required: ['start', 'end', 'text', 'entity'],
          properties: { start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' }, entity: nullableString },
          additionalProperties: true,
        },
        { type: 'null' },
      ],
    },
    cue: { anyOf: [textSpanSchema, { type: 'null' }] },
    via: {
      type: 'array',
      items: {
        type: 'object',
        properties: { start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' }, entity: { type: 'string' } },
        additionalProperties: true,
      },
    },
    confidence: { type: 'number' },
    rule: { type: 'string' },
    group: { type: 'string' },
    fragments: { type: 'array', items: textSpanSchema },
  },
  additionalProperties: true,
} as const;

export const quotesViewSchema = {
  type: 'object',
  description: 'The quotes view of one document: the public JSON contract of verbatim extract --format json.',
  required: ['id', 'quotes', 'entities'],
  properties: {
    id: { type: 'string' },
    text: { type: 'string' },
    title: { type: 'string' },
    quotes: { type: 'array', items: quoteViewSchema },
    entities: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'name', 'type', 'mentions'],
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          type: { type: 'string' },
          mentions: { type: 'array', items: textSpanSchema },
        },
        additionalProperties: true,
      },
    },
    messages: { type: 'array', items: { type: 'object', additionalProperties: true } },
  },
  additionalProperties: true,
} as const;

export const articleSchema = {
  type: 'object',
  description: 'An article: "text" or "html", with optional metadata ("published" orders and filters the corpus).',
  properties: {
    id: { type: 'string', maxLength: 1000 },
    text: { type: 'string' },
    html: { type: 'string' },
    title: { type: 'string', maxLength: 10000 },
    published: { type: 'string', maxLength: 100 },
    outlet: { type: 'string', maxLength: 1000 },
    url: { type: 'string', maxLength: 10000 },
  },
  anyOf: [{ required: ['text'] }, { required: ['html'] }],
  additionalProperties: false,
} as const;

export const resultDocumentSchema = {
  type: 'object',
  required: ['id', 'title', 'published', 'outlet'],
  properties: {
    id: { type: 'string' },
    title: nullableString,
    published: nullableString,
    outlet: nullableString,
    url: nullableString,
    name: nullableString,
  },
  additionalProperties: true,
} as const;

export const resultSchema = {
  type: 'object',
  description: 'A stored quote with its document; "id" is the quote\'s corpus id "<document id>:<quote id>".',
  required: ['id', 'quote', 'document', 'speaker'],
  properties: { id: { type: 'string' }, quote: quoteViewSchema, document: resultDocumentSchema, speaker: nullableString },
  additionalProperties: true,
} as const;

export const searchResponseSchema = {
  type: 'object',
  required: ['results'],
  properties: {
    results: {
      type: 'array',
      items: {
        ...resultSchema,
        required: [...resultSchema.required, 'score'],
        properties: { ...resultSchema.properties, score: { type: 'number' } },
      },
    },
  },
  additionalProperties: true,
} as const;

export const speakerResponseSchema = {
  type: 'object',
  required: ['people', 'results'],
  properties: {
    people: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'name', 'variants', 'quotes'],
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          variants: { type: 'array', items: { type: 'string' } },
          quotes: { type: 'integer' },
        },
        additionalProperties: true,
      },
    },
    results: {
      type: 'array',
      items: {
        ...resultSchema,
        required: [...resultSchema.required, 'person'],
        properties: { ...resultSchema.properties, person: { type: 'string' } },
      },
    },
  },
  additionalProperties: true,
} as const;

export const traceResponseSchema = {
  type: 'object',
  required: ['groups'],
  properties: {
    groups: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'match', 'count', 'earliest', 'appearances', 'variants', 'conflicts'],
        properties: {
          id: { type: ['integer', 'null'] },
          match: { type: 'string', enum: ['quote', 'near-duplicate', 'words'] },
          count: { type: 'integer' },
          earliest: resultSchema,
          appearances: { type: 'array', items: resultSchema },
          variants: {
            type: 'array',
            items: {
              type: 'object',
              required: ['text', 'count', 'first', 'diff'],
              properties: {
                text: { type: 'string' },
                count: { type: 'integer' },
                first: resultSchema,
                diff: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['op', 'earliest', 'variant'],
                    properties: {
                      op: { type: 'string', enum: ['equal', 'insert', 'delete', 'replace'] },
                      earliest: { type: 'string' },
                      variant: { type: 'string' },
                    },
                    additionalProperties: true,
                  },
                },
              },
              additionalProperties: true,
            },
          },
          conflicts: {
            type: 'array',
            items: {
              type: 'object',
              required: ['speaker', 'names', 'count', 'first'],
              properties: {
                speaker: { type: 'string' },
                names: { type: 'array', items: { type: 'string' } },
                count: { type: 'integer' },
                first: resultSchema,
              },
              additionalProperties: true,
            },
          },
        },
        additionalProperties: true,
      },
    },
  },
  additionalProperties: true,
} as const;

export const statsResponseSchema = {
  type: 'object',
  required: ['documents', 'quotes', 'speakers', 'groups'],
  properties: { documents: { type: 'integer' }, quotes: { type: 'integer' }, speakers: { type: 'integer' }, groups: { type: 'integer' } },
  additionalProperties: true,
} as const;

export const errorResponseSchema = {
  type: 'object',
  description: 'Every error: a stable code (VBT_...), a message, and details when there are any.',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' }, details: { type: 'object', additionalProperties: true } },
      additionalProperties: false,
    },
  },
  additionalProperties: false,
} as const;

/** The error responses every route may give, for the OpenAPI document. */
export function errorResponses(...statuses: number[]): Record<number, typeof errorResponseSchema> {
  return Object.fromEntries([...statuses, 500].map((status) => [status, errorResponseSchema]));
}

export const corpusFilterProperties = {
  outlet: { type: 'string', maxLength: 1000, description: 'only quotes published by this outlet (case and punctuation ignored)' },
  since: { type: 'string', maxLength: 40, description: 'only documents published on or after this date (2024-03-05) or instant' },
  until: { type: 'string', maxLength: 40, description: 'only documents published on or before this date (the whole day) or instant' },
} as const;
