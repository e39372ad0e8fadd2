-- The store's generation: a number every writing session bumps when it opens, before it
-- writes anything (``Store``). A long-running reader (the server) reads it at the start of
-- each request and keeps answers only while it is unchanged.
CREATE TABLE store_generation (n BIGINT NOT NULL);
INSERT INTO store_generation VALUES (0);
