-- The PostgreSQL ceiling for `hot`: the server's booking transaction (conditional decrement, booking
-- row, audit row, NOTIFY), every one on event 1, no cancellations. Each client walks its own users
-- (:n counts its transactions; -D n=0), so no booking repeats a user.
\set n :n + 1
\set uid 2 + :client_id * 150 + :n
BEGIN;
UPDATE events SET available_slots = available_slots - 1, updated_at = 0 WHERE id = 1 AND available_slots > 0;
INSERT INTO bookings (event_id, user_id, status, created_at) VALUES (1, :uid, 'confirmed', 0);
INSERT INTO audit_logs (actor_id, action, target_type, target_id, details, ip, created_at)
    VALUES (:uid, 'BOOKING_CREATE', 'booking', 1, '{"eventId":1}', '127.0.0.1', 0);
SELECT pg_notify('eventbook_bench', '{"type":"SLOT_UPDATE","eventId":1,"availableSlots":1}');
COMMIT;
