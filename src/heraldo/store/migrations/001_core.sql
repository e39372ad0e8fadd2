-- The per-article records: articles, actors, mentions, events with their actor lists,
-- relations and statements. Events keep the nested form of ``Event.to_dict()``
-- (mentions, date and place as structs) so that they round-trip exactly.
CREATE TYPE actor_t AS STRUCT(
    code VARCHAR, country VARCHAR, sectors VARCHAR[], org VARCHAR, name VARCHAR,
    kind VARCHAR, kb_id VARCHAR);
CREATE TYPE mention_t AS STRUCT(
    actor actor_t, text VARCHAR, "start" INTEGER, "end" INTEGER, sentence INTEGER,
    how VARCHAR);
CREATE TYPE when_t AS STRUCT(
    value VARCHAR, "precision" VARCHAR, text VARCHAR, "start" INTEGER, "end" INTEGER,
    inferred BOOLEAN);
CREATE TYPE place_t AS STRUCT(
    name VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE, text VARCHAR, "start" INTEGER,
    "end" INTEGER);

CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,
    source_id VARCHAR,
    text VARCHAR NOT NULL,
    language VARCHAR NOT NULL,
    published VARCHAR,
    title VARCHAR,
    url VARCHAR,
    source VARCHAR
);

CREATE TABLE actors (
    actor_key VARCHAR PRIMARY KEY,
    code VARCHAR NOT NULL,
    country VARCHAR,
    sectors VARCHAR[],
    org VARCHAR,
    name VARCHAR,
    kind VARCHAR,
    kb_id VARCHAR
);

CREATE TABLE mentions (
    article_id VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    actor_key VARCHAR NOT NULL,
    code VARCHAR NOT NULL,
    text VARCHAR,
    "start" INTEGER,
    "end" INTEGER,
    sentence INTEGER,
    how VARCHAR
);

CREATE TABLE events (
    id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    sentence INTEGER,
    "start" INTEGER,
    "end" INTEGER,
    trigger VARCHAR,
    sources mention_t[],
    targets mention_t[],
    cameo VARCHAR NOT NULL,
    plover VARCHAR,
    plover_mode VARCHAR,
    goldstein DOUBLE,
    quad_class INTEGER,
    negated BOOLEAN,
    modality VARCHAR,
    attributed_to mention_t,
    date when_t,
    place place_t,
    confidence DOUBLE,
    rule VARCHAR,
    evidence INTEGER[][],
    -- derived at insert, for filters
    source_codes VARCHAR[],
    target_codes VARCHAR[]
);

CREATE TABLE relations (
    article_id VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    kind VARCHAR NOT NULL,
    a mention_t,
    b mention_t,
    evidence VARCHAR,
    "start" INTEGER,
    "end" INTEGER
);

CREATE TABLE statements (
    article_id VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    speaker mention_t,
    content VARCHAR,
    cue VARCHAR,
    "start" INTEGER,
    "end" INTEGER
);
