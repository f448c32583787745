-- Users become searchable by name and email (case-folded by the application on every write;
-- rows from before this migration get lower() until their next update).
ALTER TABLE users ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
UPDATE users SET search_text = lower(email || chr(10) || name);
-- Statistics count bookings per month and CSV export pages through bookings by id.
CREATE INDEX bookings_created_idx ON bookings (created_at);
