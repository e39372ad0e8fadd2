-- Incremental deduplication: the LSH band keys of each article's MinHash signature (new
-- articles are matched against them in SQL), and the merge key of each event (the events
-- that can merge with a new one are found by it). Signatures are dropped so that the next
-- refresh rebuilds every derived table with both; until then the old rows stay readable.
CREATE TABLE article_bands (
    band INTEGER NOT NULL,
    key UBIGINT NOT NULL,
    article_id VARCHAR NOT NULL
);

ALTER TABLE event_clusters ADD COLUMN merge_key VARCHAR;

DELETE FROM article_signatures;
