-- Where an article's publication date came from (metadata, url, id, dateline, argument,
-- text; NULL without a date, and for articles stored before it was recorded).
ALTER TABLE articles ADD COLUMN published_from VARCHAR;
