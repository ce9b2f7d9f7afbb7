-- Tigerscope schema, version 1.
-- The same tables serve the shipped dataset (read-only, attached as "shipped") and the user
-- database (main), so that the user's own rows sit beside the shipped ones and views union both.
-- Statements are separated by a line holding only ";;" so that trigger bodies may contain ";".
-- Company, person and metric keys are not foreign keys: the user's rows refer to shipped ones in
-- another database file, which SQLite cannot enforce. The dataset tests check them instead.

CREATE TABLE companies (
    id              TEXT PRIMARY KEY,                 -- stable key, e.g. "zhipu"
    name_zh         TEXT NOT NULL,
    name_en         TEXT NOT NULL,
    grp             TEXT NOT NULL CHECK (grp IN ('tiger', 'giant', 'other', 'comparator', 'source')),
    -- 'article': both names are printed in the source articles; 'reference': one of them is the
    -- organisation's own official name, not printed in the articles.
    name_origin     TEXT NOT NULL DEFAULT 'article' CHECK (name_origin IN ('article', 'reference')),
    description_zh  TEXT NOT NULL DEFAULT '',
    description_en  TEXT NOT NULL DEFAULT '',
    parent_id       TEXT,                             -- e.g. Volcano Engine -> ByteDance
    sort_order      INTEGER NOT NULL DEFAULT 0
)
;;
CREATE TABLE people (
    id          TEXT PRIMARY KEY,                     -- stable key, e.g. "zhang-peng"
    name_zh     TEXT,                                 -- NULL: no source gives it
    name_en     TEXT NOT NULL
)
;;
CREATE TABLE aliases (
    id          INTEGER PRIMARY KEY,
    company_id  TEXT REFERENCES companies (id) ON DELETE CASCADE,
    person_id   TEXT REFERENCES people (id) ON DELETE CASCADE,
    text        TEXT NOT NULL,
    lang        TEXT NOT NULL CHECK (lang IN ('zh', 'en')),
    kind        TEXT NOT NULL CHECK (kind IN ('official', 'short', 'product', 'rendering')),
    CHECK ((company_id IS NULL) <> (person_id IS NULL))
)
;;
CREATE INDEX aliases_company ON aliases (company_id)
;;
CREATE INDEX aliases_text ON aliases (text COLLATE NOCASE)
;;
CREATE TABLE roles (
    id               INTEGER PRIMARY KEY,
    person_id        TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    company_id       TEXT,
    title_zh         TEXT,
    title_en         TEXT NOT NULL,
    start_date       TEXT,                            -- ISO date of the period's first day
    start_precision  TEXT CHECK (start_precision IN ('day', 'month', 'quarter', 'year')),
    end_date         TEXT,
    end_precision    TEXT CHECK (end_precision IN ('day', 'month', 'quarter', 'year')),
    status           TEXT NOT NULL DEFAULT 'current' CHECK (status IN ('current', 'former', 'leaving'))
)
;;
CREATE TABLE metrics (
    key         TEXT PRIMARY KEY,                     -- e.g. "financing_round"
    unit        TEXT NOT NULL CHECK (unit IN ('money', 'people', 'users', 'count', 'days', 'percent', 'parameters', 'ratio')),
    label_zh    TEXT NOT NULL,
    label_en    TEXT NOT NULL,
    description_zh TEXT NOT NULL DEFAULT '',
    description_en TEXT NOT NULL DEFAULT ''
)
;;
CREATE TABLE observations (
    id             INTEGER PRIMARY KEY,
    company_id     TEXT NOT NULL,
    metric_key     TEXT NOT NULL,
    value          REAL NOT NULL,                     -- base units: yuan, US dollars, people, days, percent
    value_high     REAL,                              -- upper bound when qualifier = 'range'
    currency       TEXT CHECK (currency IN ('CNY', 'USD')),
    as_of          TEXT,                              -- ISO date of the period's first day; NULL: not given
    as_of_precision TEXT CHECK (as_of_precision IN ('day', 'month', 'quarter', 'year')),
    qualifier      TEXT NOT NULL DEFAULT 'exact' CHECK (qualifier IN ('exact', 'approx', 'at_least', 'at_most', 'range')),
    status         TEXT NOT NULL DEFAULT 'reported' CHECK (status IN ('reported', 'estimated', 'derived')),
    derivation     TEXT NOT NULL DEFAULT '',          -- how a derived value follows from cited ones
    note_zh        TEXT NOT NULL DEFAULT '',
    note_en        TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK ((qualifier = 'range') = (value_high IS NOT NULL))
)
;;
CREATE INDEX observations_company ON observations (company_id)
;;
CREATE INDEX observations_metric ON observations (metric_key)
;;
CREATE TABLE events (
    id              INTEGER PRIMARY KEY,
    company_id      TEXT NOT NULL,
    person_id       TEXT,
    date            TEXT,                             -- ISO date of the period's first day; NULL: not given
    date_precision  TEXT CHECK (date_precision IN ('day', 'month', 'quarter', 'year')),
    kind            TEXT NOT NULL CHECK (kind IN ('funding', 'departure', 'hire', 'strategy', 'product', 'integration')),
    summary_zh      TEXT NOT NULL,
    summary_en      TEXT NOT NULL,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
)
;;
CREATE INDEX events_company ON events (company_id)
;;
CREATE TABLE articles (
    key          TEXT PRIMARY KEY,                    -- e.g. "new-entropy-2025-03-26"
    title_zh     TEXT,
    title_en     TEXT,
    outlet_zh    TEXT,
    outlet_en    TEXT,
    author       TEXT,
    published    TEXT,                                -- ISO date; NULL: not given
    languages    TEXT NOT NULL,                       -- "en", "zh" or "en,zh"
    fingerprint  TEXT,                                -- content fingerprint of the source text
    url          TEXT
)
;;
CREATE TABLE citations (
    id              INTEGER PRIMARY KEY,
    observation_id  INTEGER REFERENCES observations (id) ON DELETE CASCADE,
    event_id        INTEGER REFERENCES events (id) ON DELETE CASCADE,
    role_id         INTEGER REFERENCES roles (id) ON DELETE CASCADE,
    article_key     TEXT,                             -- an article, or NULL with a free reference
    lang            TEXT CHECK (lang IN ('zh', 'en')),
    paragraph       INTEGER,                          -- 0-based over the non-empty lines of that language version
    printed         TEXT NOT NULL DEFAULT '',         -- the figure or phrase as printed: "15亿", "1.5 billion"
    reference       TEXT,                             -- free-text reference or URL when there is no article
    CHECK ((observation_id IS NOT NULL) + (event_id IS NOT NULL) + (role_id IS NOT NULL) = 1),
    CHECK (article_key IS NOT NULL OR reference IS NOT NULL)
)
;;
CREATE INDEX citations_observation ON citations (observation_id)
;;
CREATE INDEX citations_event ON citations (event_id)
;;
CREATE INDEX citations_role ON citations (role_id)
;;
CREATE TABLE imported_articles (
    id            INTEGER PRIMARY KEY,
    article_key   TEXT,                               -- the shipped article it is, when recognised
    title         TEXT NOT NULL,
    title_zh      TEXT,
    title_en      TEXT,
    outlet        TEXT,
    author        TEXT,
    published     TEXT,
    languages     TEXT NOT NULL,
    fingerprint   TEXT NOT NULL UNIQUE,
    source_path   TEXT NOT NULL,
    encoding      TEXT NOT NULL,
    imported_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
)
;;
CREATE TABLE paragraphs (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES imported_articles (id) ON DELETE CASCADE,
    lang        TEXT NOT NULL CHECK (lang IN ('zh', 'en')),
    idx         INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('title', 'meta', 'heading', 'body', 'chrome')),
    text        TEXT NOT NULL,
    UNIQUE (article_id, lang, idx)
)
;;
CREATE VIRTUAL TABLE paragraphs_fts USING fts5 (text, content = 'paragraphs', content_rowid = 'id', tokenize = 'trigram')
;;
CREATE TRIGGER paragraphs_ai AFTER INSERT ON paragraphs BEGIN
    INSERT INTO paragraphs_fts (rowid, text) VALUES (new.id, new.text);
END
;;
CREATE TRIGGER paragraphs_ad AFTER DELETE ON paragraphs BEGIN
    INSERT INTO paragraphs_fts (paragraphs_fts, rowid, text) VALUES ('delete', old.id, old.text);
END
;;
CREATE TABLE alignments (
    article_id  INTEGER NOT NULL REFERENCES imported_articles (id) ON DELETE CASCADE,
    bead        INTEGER NOT NULL,
    zh_first    INTEGER,                              -- NULL with zh_count = 0
    zh_count    INTEGER NOT NULL,
    en_first    INTEGER,
    en_count    INTEGER NOT NULL,
    confidence  REAL NOT NULL,
    PRIMARY KEY (article_id, bead)
)
;;
CREATE TABLE notes (
    id          INTEGER PRIMARY KEY,
    company_id  TEXT,
    text        TEXT NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
)
