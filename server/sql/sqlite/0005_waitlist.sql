-- The waiting list (issue 20): people queued for a full event, first come first served by join
-- time (ties by id). A freed seat goes to the head of the queue in the transaction that frees it,
-- so a waiting list is never non-empty while its event has a seat free.
CREATE TABLE waitlist (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    joined_at INTEGER NOT NULL,
    UNIQUE (event_id, user_id)
);
CREATE INDEX waitlist_queue_idx ON waitlist (event_id, joined_at, id);
CREATE INDEX waitlist_user_idx ON waitlist (user_id);
-- Kept with the queue (join, leave, promotion, an account's removal) so that every event read
-- carries it without counting.
ALTER TABLE events ADD COLUMN waitlist_count INTEGER NOT NULL DEFAULT 0;
