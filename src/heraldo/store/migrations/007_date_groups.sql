-- Incremental deduplication in date runs: each merged event keeps its article, the day it
-- was merged on and its date group (the id of the group's first event), so that an added
-- event re-merges only the events of its own run (``heraldo.dedup.events``). Signatures
-- and band keys are dropped so that the next refresh rebuilds every derived table with
-- them; until then the old rows stay readable.
ALTER TABLE event_clusters ADD COLUMN article_id VARCHAR;
ALTER TABLE event_clusters ADD COLUMN day DATE;
ALTER TABLE event_clusters ADD COLUMN date_group VARCHAR;

DELETE FROM article_signatures;
DELETE FROM article_bands;
