-- Event listings read one table: each canonical event carries its representative's article
-- and the event's character offsets in it (the provenance of a page needs no lookup of
-- the events), and the canonical events and their dyads are stored in listing order, the
-- latest day first, so that a page (ORDER BY day DESC ... LIMIT n) skips the row groups
-- whose days cannot reach it (DuckDB prunes by each row group's min/max day). The refresh
-- writes every batch of new rows in that order.
ALTER TABLE canonical_events ADD COLUMN article_id VARCHAR;
ALTER TABLE canonical_events ADD COLUMN event_start INTEGER;
ALTER TABLE canonical_events ADD COLUMN event_end INTEGER;

CREATE TEMP TABLE _listed AS
SELECT c.* REPLACE (e.article_id AS article_id, e."start" AS event_start,
                    e."end" AS event_end)
FROM canonical_events c
LEFT JOIN (SELECT DISTINCT ON (id) id, article_id, "start", "end" FROM events) e
       ON e.id = c.id
ORDER BY c.day DESC NULLS LAST, c.num_mentions DESC, c.id;
DELETE FROM canonical_events;
INSERT INTO canonical_events BY NAME SELECT * FROM _listed;
DROP TABLE _listed;

CREATE TEMP TABLE _listed AS
SELECT * FROM canonical_dyads ORDER BY day DESC NULLS LAST, num_mentions DESC, canonical_id;
DELETE FROM canonical_dyads;
INSERT INTO canonical_dyads BY NAME SELECT * FROM _listed;
DROP TABLE _listed;
