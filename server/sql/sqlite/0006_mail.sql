-- Mail and calendar (issue 21). The outbox holds every mail a change decided to send, written in
-- the transaction of that change: a rolled-back booking sends nothing, a committed one cannot lose
-- its mail. The mailer claims due rows with a lease (SQLite: one process, one mailer), so
-- instances sharing the database never send one row twice.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    booking_id INTEGER, -- no reference: a cancelled event's mails outlive its bookings
    recipient TEXT NOT NULL,
    recipient_name TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    payload TEXT NOT NULL DEFAULT '{}',
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sent', 'failed', 'dropped')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    lease_owner TEXT,
    lease_until BIGINT,
    last_error TEXT,
    created_at BIGINT NOT NULL,
    sent_at BIGINT
);
CREATE INDEX outbox_due_idx ON outbox (next_attempt_at, id) WHERE state = 'queued';

-- The user's mail settings: the language of their mails (the app's), and the two kinds they may
-- turn off (confirmations and security notices always go). Tokens: the calendar feed's secret
-- and the unsubscribe links' key, random, revocable, never a login.
ALTER TABLE users ADD COLUMN mail_language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE users ADD COLUMN mail_reminders INTEGER NOT NULL DEFAULT 1;
ALTER TABLE users ADD COLUMN mail_news INTEGER NOT NULL DEFAULT 1;
ALTER TABLE users ADD COLUMN calendar_token TEXT;
ALTER TABLE users ADD COLUMN mail_token TEXT;

-- A calendar entry's SEQUENCE: bumped when what a calendar shows (title, place, time) changes.
ALTER TABLE events ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
-- The reminder before the event, sent once per booking.
ALTER TABLE bookings ADD COLUMN reminded_at BIGINT;
-- SQLite cannot add a UNIQUE column: the same rule as indexes.
CREATE UNIQUE INDEX users_calendar_token_idx ON users (calendar_token);
CREATE UNIQUE INDEX users_mail_token_idx ON users (mail_token);
