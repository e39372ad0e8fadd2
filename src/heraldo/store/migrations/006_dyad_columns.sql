-- Each dyad keeps the columns of its canonical event that the dyad series, the actor
-- graph and an actor's counterparts read, so that they aggregate dyads without joining
-- the canonical events (the refresh writes them with the dyads).
ALTER TABLE canonical_dyads ADD COLUMN day DATE;
ALTER TABLE canonical_dyads ADD COLUMN cameo VARCHAR;
ALTER TABLE canonical_dyads ADD COLUMN plover VARCHAR;
ALTER TABLE canonical_dyads ADD COLUMN goldstein DOUBLE;
ALTER TABLE canonical_dyads ADD COLUMN quad_class INTEGER;
ALTER TABLE canonical_dyads ADD COLUMN negated BOOLEAN;
ALTER TABLE canonical_dyads ADD COLUMN confidence DOUBLE;
ALTER TABLE canonical_dyads ADD COLUMN num_mentions INTEGER;
UPDATE canonical_dyads SET day = e.day, cameo = e.cameo, plover = e.plover,
    goldstein = e.goldstein, quad_class = e.quad_class, negated = e.negated,
    confidence = e.confidence, num_mentions = e.num_mentions
FROM (SELECT DISTINCT ON (id) * FROM canonical_events) e
WHERE e.id = canonical_dyads.canonical_id;
