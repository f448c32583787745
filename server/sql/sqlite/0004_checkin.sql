-- Door check-in (issue 19). A ticket's door state lives on its booking (one row to lock per scan);
-- every scan is kept in checkins, its nonce the idempotency key of the desk that made it.
ALTER TABLE bookings ADD COLUMN checkin_entries INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bookings ADD COLUMN checkin_inside INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bookings ADD COLUMN checkin_first_at INTEGER;
ALTER TABLE bookings ADD COLUMN checkin_last_at INTEGER;
ALTER TABLE bookings ADD COLUMN checkin_last_device TEXT;
ALTER TABLE bookings ADD COLUMN checkin_conflict INTEGER NOT NULL DEFAULT 0;
-- The manifest's delta cursor: every insert or change of a booking takes the next number of one
-- counter. SQLite has one writer at a time, so the numbers follow the commit order and "changed
-- since n" misses nothing.
ALTER TABLE bookings ADD COLUMN feed_mark INTEGER NOT NULL DEFAULT 0;
CREATE TABLE feed_counter (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);
INSERT INTO feed_counter (id, n) VALUES (1, 0);
CREATE TRIGGER bookings_feed_insert AFTER INSERT ON bookings BEGIN UPDATE feed_counter SET n = n + 1 WHERE id = 1; UPDATE bookings SET feed_mark = (SELECT n FROM feed_counter WHERE id = 1) WHERE id = NEW.id; END;
CREATE TRIGGER bookings_feed_update AFTER UPDATE OF status, checkin_entries, checkin_inside, checkin_conflict ON bookings BEGIN UPDATE feed_counter SET n = n + 1 WHERE id = 1; UPDATE bookings SET feed_mark = (SELECT n FROM feed_counter WHERE id = 1) WHERE id = NEW.id; END;
CREATE INDEX bookings_feed_idx ON bookings (event_id, feed_mark);
CREATE TABLE checkins (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    booking_id INTEGER NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
    nonce TEXT NOT NULL UNIQUE,
    device_id TEXT NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('entry', 'exit')),
    result TEXT NOT NULL,
    offline INTEGER NOT NULL DEFAULT 0,
    scanned_at INTEGER NOT NULL,
    recorded_at INTEGER NOT NULL,
    recorded_by INTEGER REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX checkins_event_idx ON checkins (event_id, id);
CREATE INDEX checkins_booking_idx ON checkins (booking_id, id);
-- Occupancy kept as it changes, in eight rows per event (a scan adds its change to the row of its
-- booking id modulo 8), so reading it costs the same at any size and concurrent scans of one
-- event seldom wait on the same row. Confirmed tickets are the event's booked seats.
CREATE TABLE checkin_counts (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    shard INTEGER NOT NULL CHECK (shard BETWEEN 0 AND 7),
    checked_in INTEGER NOT NULL DEFAULT 0,
    present INTEGER NOT NULL DEFAULT 0,
    conflicts INTEGER NOT NULL DEFAULT 0,
    scans INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (event_id, shard)
);
