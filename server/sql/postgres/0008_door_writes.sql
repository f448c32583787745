-- Cheaper door scans (issue 19, docs/benchmarks.md "The door"). Every scan rewrites its booking's
-- door state and feed mark; with the feed mark indexed no such update could be a HOT update, so each
-- scan added an entry to all six indexes of bookings. The manifest's delta listing finds an event's
-- changed tickets through bookings_event_idx instead (a desk asks every ten seconds; scans come
-- thousands a second). checkins.event_id needs no key of its own: a scan's booking belongs to that
-- event and deleting either removes the scan through checkins.booking_id, and the key's check
-- share-locked the one event row every concurrent scan inserts against.
DROP INDEX bookings_feed_idx;
ALTER TABLE checkins DROP CONSTRAINT checkins_event_id_fkey;
