-- Deduplication: MinHash signatures and clusters of near-duplicate articles, and the
-- canonical events that merge the same event reported by several articles. These tables
-- are derived: ``heraldo.dedup.refresh`` rebuilds them from the per-article tables.
CREATE TABLE article_signatures (
    article_id VARCHAR PRIMARY KEY,
    minhash UBIGINT[] NOT NULL
);

CREATE TABLE article_clusters (
    article_id VARCHAR NOT NULL,
    cluster_id VARCHAR NOT NULL,
    cluster_size INTEGER NOT NULL
);

CREATE TABLE event_clusters (
    event_id VARCHAR NOT NULL,
    canonical_id VARCHAR NOT NULL
);

CREATE TABLE canonical_events (
    id VARCHAR NOT NULL,
    day DATE,
    date_value VARCHAR,
    source_codes VARCHAR[],
    target_codes VARCHAR[],
    cameo VARCHAR NOT NULL,
    plover VARCHAR,
    plover_mode VARCHAR,
    goldstein DOUBLE,
    quad_class INTEGER,
    negated BOOLEAN,
    modality VARCHAR,
    trigger VARCHAR,
    place_name VARCHAR,
    place_country VARCHAR,
    confidence DOUBLE,
    num_mentions INTEGER NOT NULL,
    num_articles INTEGER NOT NULL,
    num_sources INTEGER NOT NULL
);

CREATE TABLE canonical_dyads (
    canonical_id VARCHAR NOT NULL,
    source VARCHAR NOT NULL,
    target VARCHAR NOT NULL
);
