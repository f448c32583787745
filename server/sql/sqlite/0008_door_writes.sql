-- Cheaper door scans (issue 19; see the PostgreSQL migration of the same name). The feed mark's
-- index is dropped here too: every scan rewrites the mark, and the manifest's delta listing finds an
-- event's changed tickets through bookings_event_idx. checkins.event_id keeps its key on SQLite,
-- where dropping it means rebuilding the table and its check is an index probe without locks.
DROP INDEX bookings_feed_idx;
