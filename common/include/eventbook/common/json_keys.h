#pragma once

#include <QLatin1StringView>

// Every JSON key of the wire contract (API.md) lives here, so the server's codecs and the
// desktop client can never disagree on a spelling.
namespace eventbook::keys {
using K = QLatin1StringView;

// Envelope
inline constexpr K success{"success"};
inline constexpr K data{"data"};
inline constexpr K message{"message"};
inline constexpr K error{"error"};
inline constexpr K code{"code"};
inline constexpr K details{"details"};
inline constexpr K field{"field"};
inline constexpr K status{"status"};

// Common fields
inline constexpr K id{"id"};
inline constexpr K createdAt{"createdAt"};
inline constexpr K updatedAt{"updatedAt"};

// Users and auth
inline constexpr K user{"user"};
inline constexpr K users{"users"};
inline constexpr K email{"email"};
inline constexpr K name{"name"};
inline constexpr K password{"password"};
inline constexpr K isAdmin{"isAdmin"};
inline constexpr K bio{"bio"};
inline constexpr K avatarUrl{"avatarUrl"};
inline constexpr K preferences{"preferences"};
inline constexpr K lastLogin{"lastLogin"};
inline constexpr K bookingCount{"bookingCount"};
inline constexpr K role{"role"};
inline constexpr K scopes{"scopes"};
inline constexpr K anonymised{"anonymised"};
inline constexpr K token{"token"};
inline constexpr K refreshToken{"refreshToken"};
inline constexpr K allDevices{"allDevices"};
inline constexpr K refreshExpiresAt{"refreshExpiresAt"};
inline constexpr K currentPassword{"currentPassword"};
inline constexpr K newPassword{"newPassword"};
inline constexpr K newEmail{"newEmail"};

// Events
inline constexpr K event{"event"};
inline constexpr K events{"events"};
inline constexpr K title{"title"};
inline constexpr K description{"description"};
inline constexpr K location{"location"};
inline constexpr K date{"date"};
inline constexpr K totalSlots{"totalSlots"};
inline constexpr K availableSlots{"availableSlots"};
inline constexpr K waitlistCount{"waitlistCount"};
inline constexpr K position{"position"};
inline constexpr K joinedAt{"joinedAt"};
inline constexpr K waiting{"waiting"};
inline constexpr K tags{"tags"};
inline constexpr K image{"image"};
inline constexpr K createdBy{"createdBy"};

// Paging
inline constexpr K total{"total"};
inline constexpr K page{"page"};
inline constexpr K limit{"limit"};
inline constexpr K totalPages{"totalPages"};
inline constexpr K items{"items"};
inline constexpr K unread{"unread"};

// Bookings
inline constexpr K eventId{"eventId"};
inline constexpr K userId{"userId"};
inline constexpr K bookingId{"bookingId"};
inline constexpr K cancelledAt{"cancelledAt"};

// Notifications
inline constexpr K body{"body"};
inline constexpr K payload{"payload"}; // a WebSocket message's body
inline constexpr K seq{"seq"};         // its number on that socket
inline constexpr K type{"type"};
inline constexpr K read{"read"};

// Audit
inline constexpr K logs{"logs"};
inline constexpr K actorId{"actorId"};
inline constexpr K actorName{"actorName"};
inline constexpr K action{"action"};
inline constexpr K targetType{"targetType"};
inline constexpr K targetId{"targetId"};
inline constexpr K ip{"ip"};

// Admin
inline constexpr K totalEvents{"totalEvents"};
inline constexpr K totalBookings{"totalBookings"};
inline constexpr K thisMonth{"thisMonth"};
inline constexpr K occupancyRate{"occupancyRate"};
inline constexpr K days{"days"};
inline constexpr K bookings{"bookings"};
inline constexpr K cancellations{"cancellations"};
inline constexpr K upcomingEvents{"upcomingEvents"};
inline constexpr K totalUsers{"totalUsers"};
inline constexpr K recipients{"recipients"};
inline constexpr K cancelledBookings{"cancelledBookings"};
inline constexpr K confirmedBookings{"confirmedBookings"};
inline constexpr K fields{"fields"};

// Health
inline constexpr K database{"database"};
inline constexpr K migrations{"migrations"};
// Tickets and check-in
inline constexpr K ticket{"ticket"};
inline constexpr K holder{"holder"};
inline constexpr K entries{"entries"};
inline constexpr K inside{"inside"};
inline constexpr K checkedIn{"checkedIn"};
inline constexpr K firstAt{"firstAt"};
inline constexpr K lastAt{"lastAt"};
inline constexpr K lastDeviceId{"lastDeviceId"};
inline constexpr K conflict{"conflict"};
inline constexpr K conflicts{"conflicts"};
inline constexpr K tickets{"tickets"};
inline constexpr K present{"present"};
inline constexpr K scans{"scans"};
inline constexpr K secret{"secret"};
inline constexpr K nonce{"nonce"};
inline constexpr K deviceId{"deviceId"};
inline constexpr K direction{"direction"};
inline constexpr K at{"at"};
inline constexpr K offline{"offline"};
inline constexpr K admitted{"admitted"};
inline constexpr K result{"result"};
inline constexpr K replayed{"replayed"};
inline constexpr K previous{"previous"};
inline constexpr K occupancy{"occupancy"};
inline constexpr K recordedAt{"recordedAt"};
inline constexpr K cursor{"cursor"};
inline constexpr K next{"next"};
inline constexpr K revoked{"revoked"};
inline constexpr K results{"results"};
inline constexpr K publicKey{"publicKey"};
} // namespace eventbook::keys
