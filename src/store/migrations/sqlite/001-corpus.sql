-- The corpus schema (SQLite). Dates are ISO 8601 text (they order as text); JSON columns hold the
-- quotes view as the extractor gave it. Group ids are quote ids (the group's first quote).

CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,        -- SHA-256 of the normalized input: the identity
  public_id TEXT NOT NULL UNIQUE,   -- first 16 hex digits of hash
  name TEXT,                        -- the caller's id or file name
  title TEXT,
  published TEXT,                   -- as given
  published_at TEXT,                -- as an ISO instant, when readable
  outlet TEXT,
  outlet_key TEXT,                  -- outlet in normalized words, for filtering
  url TEXT,
  text TEXT NOT NULL,
  entities TEXT NOT NULL,           -- JSON: the quotes view's entities, with their mentions
  added_at TEXT NOT NULL
);
CREATE INDEX documents_published_at ON documents (published_at);
CREATE INDEX documents_outlet_key ON documents (outlet_key, published_at);

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id),
  span_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  view TEXT NOT NULL,               -- JSON: the quote in the quotes view
  speaker_name TEXT,
  speaker_key TEXT,
  speaker_surname TEXT,
  speaker_given TEXT,
  terms TEXT NOT NULL,              -- normalized words of the quote
  trace_terms TEXT NOT NULL,        -- normalized words inside the quotation marks
  wording_hash INTEGER,             -- set for traceable quotes
  group_id INTEGER,                 -- provenance group (a quote id); NULL while alone
  UNIQUE (document_id, span_id)
);
CREATE INDEX quotes_group ON quotes (group_id) WHERE group_id IS NOT NULL;
CREATE INDEX quotes_speaker_surname ON quotes (speaker_surname) WHERE speaker_surname IS NOT NULL;
CREATE INDEX quotes_speaker_key ON quotes (speaker_key) WHERE speaker_key IS NOT NULL;

-- The first quote of each normalized wording.
CREATE TABLE wordings (
  hash INTEGER PRIMARY KEY,
  quote_id INTEGER NOT NULL
);

-- LSH band keys of traceable quotes (a key is kept once per group).
CREATE TABLE bands (
  key INTEGER NOT NULL,
  quote_id INTEGER NOT NULL,
  PRIMARY KEY (key, quote_id)
) WITHOUT ROWID;

CREATE TABLE groups (
  id INTEGER PRIMARY KEY,
  size INTEGER NOT NULL
);

-- Every speaker name form, counted: people are merged from these at query time.
CREATE TABLE speakers (
  key TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  surname TEXT,
  given TEXT,
  quotes INTEGER NOT NULL
);
CREATE INDEX speakers_surname ON speakers (surname) WHERE surname IS NOT NULL;

-- Full-text index of the quotes' stemmed words (rowid = quotes.id; verbatim stems, so both databases match alike).
CREATE VIRTUAL TABLE quote_search USING fts5 (terms, content = '', tokenize = 'unicode61 remove_diacritics 2');
