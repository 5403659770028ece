-- The corpus schema (PostgreSQL): the same tables as SQLite's 001-corpus.sql; full text through a
-- tsvector of the words verbatim stems itself ('simple' configuration, so both databases match alike),
-- with a GIN index. Dates are ISO 8601 text in the C collation (they order as text).

CREATE TABLE documents (
  id BIGSERIAL PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  public_id TEXT COLLATE "C" NOT NULL UNIQUE,
  name TEXT,
  title TEXT,
  published TEXT,
  published_at TEXT COLLATE "C",
  outlet TEXT,
  outlet_key TEXT,
  url TEXT,
  text TEXT NOT NULL,
  entities JSONB NOT NULL,
  added_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX documents_published_at ON documents (published_at);
CREATE INDEX documents_outlet_key ON documents (outlet_key, published_at);

CREATE SEQUENCE quotes_id_seq;
CREATE TABLE quotes (
  id BIGINT PRIMARY KEY,            -- from quotes_id_seq, reserved before grouping
  document_id BIGINT NOT NULL REFERENCES documents (id),
  span_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  view JSONB NOT NULL,
  speaker_name TEXT,
  speaker_key TEXT,
  speaker_surname TEXT,
  speaker_given TEXT,
  terms TEXT NOT NULL,
  trace_terms TEXT NOT NULL,
  wording_hash BIGINT,
  group_id BIGINT,
  search_vector TSVECTOR NOT NULL,  -- to_tsvector('simple', <stemmed words>)
  UNIQUE (document_id, span_id)
);
CREATE INDEX quotes_group ON quotes (group_id) WHERE group_id IS NOT NULL;
CREATE INDEX quotes_speaker_surname ON quotes (speaker_surname) WHERE speaker_surname IS NOT NULL;
CREATE INDEX quotes_speaker_key ON quotes (speaker_key) WHERE speaker_key IS NOT NULL;
-- A short pending list: fast inserts in batches, and queries never scan megabytes of unmerged entries.
CREATE INDEX quotes_search ON quotes USING GIN (search_vector) WITH (gin_pending_list_limit = 256);

CREATE TABLE wordings (
  hash BIGINT PRIMARY KEY,
  quote_id BIGINT NOT NULL
);

CREATE TABLE bands (
  key BIGINT NOT NULL,
  quote_id BIGINT NOT NULL,
  PRIMARY KEY (key, quote_id)
);

CREATE TABLE groups (
  id BIGINT PRIMARY KEY,
  size INTEGER NOT NULL
);

CREATE TABLE speakers (
  key TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  surname TEXT,
  given TEXT,
  quotes INTEGER NOT NULL
);
CREATE INDEX speakers_surname ON speakers (surname) WHERE surname IS NOT NULL;
