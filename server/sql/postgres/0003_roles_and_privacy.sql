-- Organisers and door staff (issue 18). A user holds at most one role beyond attendee; admins stay
-- users.is_admin (the seed's wire format). Event scopes say which events an organiser runs or
-- which doors a staff member keeps.
CREATE TABLE user_roles (
    user_id BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('organiser', 'staff')),
    granted_by BIGINT,
    granted_at BIGINT NOT NULL
);
CREATE TABLE event_roles (
    event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('organiser', 'staff')),
    granted_by BIGINT,
    granted_at BIGINT NOT NULL,
    PRIMARY KEY (event_id, user_id)
);
CREATE INDEX event_roles_user_idx ON event_roles (user_id, event_id);
-- An anonymised account keeps its id (past bookings stay in the statistics) but nothing personal.
ALTER TABLE users ADD COLUMN anonymised_at BIGINT;
