-- People search: the folded name and code stored once (vd_fold costs ~4 µs a row, paid on every
-- matching row at every search otherwise), a trigram index on it for rare terms, and a b-tree on
-- (agency_id, search_text) so a common term ("nguyen") is filtered over the agency's rows alone
-- by an index-only scan. Kept out of the Drizzle schema like the rest of the search SQL, so rows read
-- by the app (and copied into audit entries) do not carry it.
ALTER TABLE persons ADD COLUMN IF NOT EXISTS search_text text GENERATED ALWAYS AS (vd_fold(full_name || ' ' || code)) STORED;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS persons_search_text_trgm_idx ON persons USING gin (search_text gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS persons_agency_search_idx ON persons (agency_id, search_text);
--> statement-breakpoint
DROP INDEX IF EXISTS persons_search_trgm_idx;
