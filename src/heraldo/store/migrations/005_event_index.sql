-- An index on the events' ids: listings find the representative event (and its article)
-- of each canonical event on a page by id, a lookup instead of a scan of every event.
CREATE INDEX IF NOT EXISTS events_id ON events (id);
