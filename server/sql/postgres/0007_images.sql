-- Images out of the JSON (issue 22). An uploaded data-URI image is stored once, decoded, under the
-- SHA-256 of its bytes; events and avatars hold its URL (/api/images/<hash>). Rows are immutable:
-- the same bytes always have the same name, so answers are cacheable for a year.
CREATE TABLE images (
    hash TEXT PRIMARY KEY,
    content_type TEXT NOT NULL,
    bytes BYTEA NOT NULL,
    created_at BIGINT NOT NULL
);

-- Every change of what the public pages show (an event, its seats, its tags), whoever makes it
-- (any instance, a script, psql), is announced at commit on this channel: instances serve their
-- cached pages without asking the database while they listen (see Database::dataVersion).
CREATE FUNCTION eventbook_pages_changed() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN PERFORM pg_notify('eventbook_pages', ''); RETURN NULL; END$$;
CREATE TRIGGER events_pages_changed AFTER INSERT OR UPDATE OR DELETE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION eventbook_pages_changed();
CREATE TRIGGER events_pages_truncated AFTER TRUNCATE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION eventbook_pages_changed();
CREATE TRIGGER event_tags_pages_changed AFTER INSERT OR UPDATE OR DELETE ON event_tags
    FOR EACH STATEMENT EXECUTE FUNCTION eventbook_pages_changed();
