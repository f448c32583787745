-- The PostgreSQL ceiling for `book`: the same two transactions the server runs for a booking and its
-- cancellation (conditional decrement, booking row, audit row, NOTIFY; and back), with nothing else
-- around them. pgbench counts one script run as one transaction, so the ceiling in requests/s is
-- twice its tps. `-D events=1000` spreads the bookings over the data set; `-D events=1` is the
-- hot-row ceiling (every booking on event 1). Each client has its own users, so no two clients
-- book for one user at once (the unique booking index would abort them).
\set uid 2 + :client_id * 150 + random(0, 149)
\set eid random(1, :events)
BEGIN;
UPDATE events SET available_slots = available_slots - 1, updated_at = 0 WHERE id = :eid AND available_slots > 0;
INSERT INTO bookings (event_id, user_id, status, created_at) VALUES (:eid, :uid, 'confirmed', 0);
INSERT INTO audit_logs (actor_id, action, target_type, target_id, details, ip, created_at)
    VALUES (:uid, 'BOOKING_CREATE', 'booking', :eid, '{"eventId":1}', '127.0.0.1', 0);
SELECT pg_notify('eventbook_bench', '{"type":"SLOT_UPDATE","eventId":1,"availableSlots":1}');
COMMIT;
BEGIN;
UPDATE bookings SET status = 'cancelled', cancelled_at = 0 WHERE user_id = :uid AND event_id = :eid AND status = 'confirmed';
UPDATE events SET available_slots = available_slots + 1, updated_at = 0 WHERE id = :eid;
INSERT INTO audit_logs (actor_id, action, target_type, target_id, details, ip, created_at)
    VALUES (:uid, 'BOOKING_CANCEL', 'booking', :eid, '{"eventId":1}', '127.0.0.1', 0);
SELECT pg_notify('eventbook_bench', '{"type":"SLOT_UPDATE","eventId":1,"availableSlots":1}');
COMMIT;
