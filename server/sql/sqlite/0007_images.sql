-- Images out of the JSON (issue 22). An uploaded data-URI image is stored once, decoded, under the
-- SHA-256 of its bytes; events and avatars hold its URL (/api/images/<hash>). Rows are immutable:
-- the same bytes always have the same name, so answers are cacheable for a year.
CREATE TABLE images (
    hash TEXT PRIMARY KEY,
    content_type TEXT NOT NULL,
    bytes BLOB NOT NULL,
    created_at INTEGER NOT NULL
);
