<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiErrors</name>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>The server refused the request (%1).</translation>
    </message>
    <message>
        <source>Cannot reach the EventBook server at %1. Is it running, and is the address right?</source>
        <translation>Cannot reach the EventBook server at %1. Is it running, and is the address right?</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation>The server at %1 did not answer in time.</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection. Try again in a moment.</source>
        <translation>The server at %1 closed the connection. Try again in a moment.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be made: %2</source>
        <translation>A secure connection to %1 could not be made: %2</translation>
    </message>
    <message>
        <source>The server had a problem (%1). Try again later.</source>
        <translation>The server had a problem (%1). Try again later.</translation>
    </message>
    <message>
        <source>%1 answered %2, which is not what an EventBook server says.</source>
        <translation>%1 answered %2, which is not what an EventBook server says.</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>Network error talking to %1: %2</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Account registered</source>
        <translation>Account registered</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Account created</translation>
    </message>
    <message>
        <source>Admin rights granted</source>
        <translation>Admin rights granted</translation>
    </message>
    <message>
        <source>Admin rights removed</source>
        <translation>Admin rights removed</translation>
    </message>
    <message>
        <source>Account deleted</source>
        <translation>Account deleted</translation>
    </message>
    <message>
        <source>Event created</source>
        <translation>Event created</translation>
    </message>
    <message>
        <source>Event changed</source>
        <translation>Event changed</translation>
    </message>
    <message>
        <source>Event deleted</source>
        <translation>Event deleted</translation>
    </message>
    <message>
        <source>Seat booked</source>
        <translation>Seat booked</translation>
    </message>
    <message>
        <source>Booking cancelled</source>
        <translation>Booking cancelled</translation>
    </message>
    <message>
        <source>Notification sent</source>
        <translation>Notification sent</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Profile changed</source>
        <translation>Profile changed</translation>
    </message>
    <message>
        <source>Email changed</source>
        <translation>Email changed</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Seats left</source>
        <translation>Seats left</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Replaced as a whole</source>
        <translation>Replaced as a whole</translation>
    </message>
    <message>
        <source>Bookings cancelled</source>
        <translation>Bookings cancelled</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An audit target: &quot;Booking 716&quot;, &quot;Account 26&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Account %1 (deleted)</source>
        <translation>Account %1 (deleted)</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>An audit entry: &quot;&lt;who&gt;: &lt;action&gt;.&quot;</extracomment>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: %2 (%3).</source>
        <extracomment>An audit entry: &quot;&lt;who&gt;: &lt;action&gt; (&lt;target&gt;).&quot;</extracomment>
        <translation>%1: %2 (%3).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>From address: %1</source>
        <translation>From address: %1</translation>
    </message>
    <message>
        <source>Account anonymised</source>
        <translation>Account anonymised</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Role changed</translation>
    </message>
    <message>
        <source>Added to the event&apos;s team</source>
        <translation>Added to the event&apos;s team</translation>
    </message>
    <message>
        <source>Removed from the event&apos;s team</source>
        <translation>Removed from the event&apos;s team</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Past bookings kept</source>
        <translation>Past bookings kept</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Past</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Sold out</translation>
    </message>
    <message>
        <source>this event is over</source>
        <translation>this event is over</translation>
    </message>
    <message>
        <source>you are booked</source>
        <translation>you are booked</translation>
    </message>
</context>
<context>
    <name>ImageFile</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.avif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp *.avif)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2; images can be at most %3.</source>
        <translation>%1 is %2; images can be at most %3.</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG, GIF, WebP or AVIF image.</source>
        <translation>%1 is not a PNG, JPEG, GIF, WebP or AVIF image.</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>Save data export</source>
        <translation>Save data export</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Door staff</source>
        <translation>Door staff</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>Attendee</translation>
    </message>
    <message numerus="yes">
        <source>Organiser of %n event(s)</source>
        <translation>
            <numerusform>Organiser of %n event</numerusform>
            <numerusform>Organiser of %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Door staff at %n event(s)</source>
        <translation>
            <numerusform>Door staff at %n event</numerusform>
            <numerusform>Door staff at %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Email is required</source>
        <translation>Email is required</translation>
    </message>
    <message>
        <source>Email must be at most %1 characters</source>
        <translation>Email must be at most %1 characters</translation>
    </message>
    <message>
        <source>Email address is not valid</source>
        <translation>Email address is not valid</translation>
    </message>
    <message>
        <source>Password must be at least %1 characters</source>
        <translation>Password must be at least %1 characters</translation>
    </message>
    <message>
        <source>Password must be at most %1 characters</source>
        <translation>Password must be at most %1 characters</translation>
    </message>
    <message>
        <source>Password must contain an upper-case letter, a lower-case letter, a digit and a symbol</source>
        <translation>Password must contain an upper-case letter, a lower-case letter, a digit and a symbol</translation>
    </message>
    <message>
        <source>Name is required</source>
        <translation>Name is required</translation>
    </message>
    <message>
        <source>Name must be at most %1 characters</source>
        <translation>Name must be at most %1 characters</translation>
    </message>
    <message>
        <source>Name must not contain control characters</source>
        <translation>Name must not contain control characters</translation>
    </message>
    <message>
        <source>Image data URI must be at most %1 characters</source>
        <translation>Image data URI must be at most %1 characters</translation>
    </message>
    <message>
        <source>Image must be a base64 data URI of type png, jpeg, gif, webp or avif</source>
        <translation>Image must be a base64 data URI of type png, jpeg, gif, webp or avif</translation>
    </message>
    <message>
        <source>Image data is not valid base64</source>
        <translation>Image data is not valid base64</translation>
    </message>
    <message>
        <source>Image content does not match its declared type</source>
        <translation>Image content does not match its declared type</translation>
    </message>
    <message>
        <source>Image URL must be at most %1 characters</source>
        <translation>Image URL must be at most %1 characters</translation>
    </message>
    <message>
        <source>Image must be an http(s) URL or a base64 image data URI</source>
        <translation>Image must be an http(s) URL or a base64 image data URI</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>must be a string</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>is too short</source>
        <translation>is too short</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>must be at most %1 characters</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>must not contain control characters</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time with a zone, e.g. 2026-12-01T18:00:00Z</source>
        <translation>must be an ISO 8601 date and time with a zone, e.g. 2026-12-01T18:00:00Z</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>must be between 1 and %1</source>
        <translation>must be between 1 and %1</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>must be a list of strings</translation>
    </message>
    <message>
        <source>at most %1 tags</source>
        <translation>at most %1 tags</translation>
    </message>
    <message>
        <source>each tag must be a non-empty string</source>
        <translation>each tag must be a non-empty string</translation>
    </message>
    <message>
        <source>each tag must be at most %1 characters</source>
        <translation>each tag must be at most %1 characters</translation>
    </message>
    <message>
        <source>tags must not contain control characters</source>
        <translation>tags must not contain control characters</translation>
    </message>
    <message>
        <source>must be a string or null</source>
        <translation>must be a string or null</translation>
    </message>
    <message>
        <source>must not be null</source>
        <translation>must not be null</translation>
    </message>
    <message>
        <source>Email address contains an invisible or formatting character</source>
        <translation>Email address contains an invisible or formatting character</translation>
    </message>
    <message>
        <source>Email address mixes alphabets (for example Latin and Cyrillic letters)</source>
        <translation>Email address mixes alphabets (for example Latin and Cyrillic letters)</translation>
    </message>
    <message>
        <source>This is a commonly used password</source>
        <translation>This is a commonly used password</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess</source>
        <translation>A word by itself is easy to guess</translation>
    </message>
    <message>
        <source>Add another word or two; uncommon words are better</source>
        <translation>Add another word or two; uncommon words are better</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password</source>
        <translation>This is similar to a commonly used password</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much</source>
        <translation>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much</translation>
    </message>
    <message>
        <source>Your name or email address is easy to guess</source>
        <translation>Your name or email address is easy to guess</translation>
    </message>
    <message>
        <source>Avoid your name, email address and other words about you</source>
        <translation>Avoid your name, email address and other words about you</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; or &quot;abcabc&quot; are easy to guess</source>
        <translation>Repeats like &quot;aaa&quot; or &quot;abcabc&quot; are easy to guess</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters</source>
        <translation>Avoid repeated words and characters</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess</source>
        <translation>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess</translation>
    </message>
    <message>
        <source>Avoid sequences</source>
        <translation>Avoid sequences</translation>
    </message>
    <message>
        <source>Straight rows and short patterns of keys are easy to guess</source>
        <translation>Straight rows and short patterns of keys are easy to guess</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns</source>
        <translation>Use a longer keyboard pattern with more turns</translation>
    </message>
    <message>
        <source>Dates are often easy to guess</source>
        <translation>Dates are often easy to guess</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you</source>
        <translation>Avoid dates and years that are associated with you</translation>
    </message>
    <message>
        <source>Recent years are easy to guess</source>
        <translation>Recent years are easy to guess</translation>
    </message>
    <message>
        <source>Avoid recent years</source>
        <translation>Avoid recent years</translation>
    </message>
    <message>
        <source>A few unrelated words, or a longer password, are harder to guess</source>
        <translation>A few unrelated words, or a longer password, are harder to guess</translation>
    </message>
    <message>
        <source>Password is too easy to guess. %1</source>
        <translation>Password is too easy to guess. %1</translation>
    </message>
    <message>
        <source>Image path must be /api/images/ and a SHA-256 in hex</source>
        <translation>Image path must be /api/images/ and a SHA-256 in hex</translation>
    </message>
</context>
<context>
    <name>eventbook::client::ApiClient</name>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Your session has ended. Please sign in again.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Not signed in.</translation>
    </message>
    <message>
        <source>Could not write the file; the download stopped.</source>
        <translation>Could not write the file; the download stopped.</translation>
    </message>
</context>
<context>
    <name>eventbook::client::CheckInDesk</name>
    <message>
        <source>The server is not answering and this desk has no copy of the door yet: connect once before the doors open.</source>
        <translation>The server is not answering and this desk has no copy of the door yet: connect once before the doors open.</translation>
    </message>
</context>
<context>
    <name>eventbook::client::CredentialStore</name>
    <message>
        <source>This computer has no keychain EventBook can use, so it cannot remember you: you stay signed in only until EventBook closes.</source>
        <translation>This computer has no keychain EventBook can use, so it cannot remember you: you stay signed in only until EventBook closes.</translation>
    </message>
</context>
<context>
    <name>eventbook::client::ServerCheck</name>
    <message>
        <source>No server answers at %1 (%2).</source>
        <translation>No server answers at %1 (%2).</translation>
    </message>
    <message>
        <source>%1 answers, but it is not an EventBook server (it has no event list at /api/events).</source>
        <translation>%1 answers, but it is not an EventBook server (it has no event list at /api/events).</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::AdminEventsPage</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Seats left</source>
        <translation>Seats left</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>All events</translation>
    </message>
    <message>
        <source>Filter by title, place, tag…</source>
        <translation>Filter by title, place, tag…</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Filter events</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Could not load events: %1</source>
        <translation>Could not load events: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Saved “%1”.</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>Created “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>This cancels %n confirmed booking(s) and tells the people who made them.</source>
        <translation>
            <numerusform>This cancels %n confirmed booking and tells the person who made it.</numerusform>
            <numerusform>This cancels %n confirmed bookings and tells the people who made them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has booked it yet.</source>
        <translation>Nobody has booked it yet.</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Delete “%1”?</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Deleted “%1”.</translation>
    </message>
    <message>
        <source>Keep event</source>
        <translation>Keep event</translation>
    </message>
    <message>
        <source>Team…</source>
        <translation>Team…</translation>
    </message>
    <message>
        <source>The organisers and door staff of the selected event</source>
        <translation>The organisers and door staff of the selected event</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::AnswerPanel</name>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Checked out</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Already checked in</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Not checked in</translation>
    </message>
    <message>
        <source>Flagged: admitted twice</source>
        <translation>Flagged: admitted twice</translation>
    </message>
    <message>
        <source>Turned away</source>
        <translation>Turned away</translation>
    </message>
    <message>
        <source>Cancelled ticket</source>
        <translation>Cancelled ticket</translation>
    </message>
    <message>
        <source>Wrong event</source>
        <translation>Wrong event</translation>
    </message>
    <message>
        <source>Forged ticket</source>
        <translation>Forged ticket</translation>
    </message>
    <message>
        <source>Not a ticket</source>
        <translation>Not a ticket</translation>
    </message>
    <message>
        <source>Came in at %1 through desk %2</source>
        <translation>Came in at %1 through desk %2</translation>
    </message>
    <message>
        <source>There is no entry to check out from.</source>
        <translation>There is no entry to check out from.</translation>
    </message>
    <message>
        <source>This booking was cancelled; the ticket is no longer valid.</source>
        <translation>This booking was cancelled; the ticket is no longer valid.</translation>
    </message>
    <message>
        <source>This ticket is for another event.</source>
        <translation>This ticket is for another event.</translation>
    </message>
    <message>
        <source>Its signature does not match: it was not issued by EventBook or was altered.</source>
        <translation>Its signature does not match: it was not issued by EventBook or was altered.</translation>
    </message>
    <message>
        <source>This code is not an EventBook ticket.</source>
        <translation>This code is not an EventBook ticket.</translation>
    </message>
    <message>
        <source>Decided offline; sent when the server is back.</source>
        <translation>Decided offline; sent when the server is back.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Scan a ticket</source>
        <translation>Scan a ticket</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>Ready to scan</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::AttendeesPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Booked at</source>
        <translation>Booked at</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Saves this event&apos;s bookings as a CSV file</source>
        <translation>Saves this event&apos;s bookings as a CSV file</translation>
    </message>
    <message>
        <source>Export all bookings…</source>
        <translation>Export all bookings…</translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed booking(s)</source>
        <translation>
            <numerusform>%n confirmed booking</numerusform>
            <numerusform>%n confirmed bookings</numerusform>
        </translation>
    </message>
    <message>
        <source>Export bookings</source>
        <translation>Export bookings</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Exporting… %1</source>
        <translation>Exporting… %1</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>Saved %1 (%2).</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Event:</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::AuditPage</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Any action</translation>
    </message>
    <message>
        <source>Actor id</source>
        <translation>Actor id</translation>
    </message>
    <message>
        <source>Target type</source>
        <translation>Target type</translation>
    </message>
    <message>
        <source>Any target</source>
        <translation>Any target</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Entry details</translation>
    </message>
    <message>
        <source>Select an entry to see what was recorded.</source>
        <translation>Select an entry to see what was recorded.</translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y/ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::BookingTableModel</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Booked on</source>
        <translation>Booked on</translation>
    </message>
    <message>
        <source>Your seats</source>
        <translation>Your seats</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::BookingsPage</name>
    <message>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Past and cancelled</source>
        <translation>Past and cancelled</translation>
    </message>
    <message>
        <source>Upcoming bookings</source>
        <translation>Upcoming bookings</translation>
    </message>
    <message>
        <source>Past and cancelled bookings</source>
        <translation>Past and cancelled bookings</translation>
    </message>
    <message>
        <source>Cancel booking…</source>
        <translation>Cancel booking…</translation>
    </message>
    <message>
        <source>Cancels the selected upcoming booking and gives the seat back</source>
        <translation>Cancels the selected upcoming booking and gives the seat back</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>My bookings</translation>
    </message>
    <message>
        <source>Sign in to see your bookings.</source>
        <translation>Sign in to see your bookings.</translation>
    </message>
    <message>
        <source>No upcoming bookings. Find something in Browse.</source>
        <translation>No upcoming bookings. Find something in Browse.</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <source>Cancel your booking for “%1”? Your seat goes to someone else.</source>
        <translation>Cancel your booking for “%1”? Your seat goes to someone else.</translation>
    </message>
    <message>
        <source>Cancelled your booking for “%1”.</source>
        <translation>Cancelled your booking for “%1”.</translation>
    </message>
    <message>
        <source>Keep my booking</source>
        <translation>Keep my booking</translation>
    </message>
    <message>
        <source>&amp;Ticket…</source>
        <translation>&amp;Ticket…</translation>
    </message>
    <message>
        <source>Shows the selected booking&apos;s ticket to show at the door</source>
        <translation>Shows the selected booking&apos;s ticket to show at the door</translation>
    </message>
    <message>
        <source>Waiting lists</source>
        <translation>Waiting lists</translation>
    </message>
    <message>
        <source>Waiting lists (%1)</source>
        <translation>Waiting lists (%1)</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::BrowsePage</name>
    <message>
        <source>Search events, places, tags…</source>
        <translation>Search events, places, tags…</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Search events</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filter by tag</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Use the arrow keys to move between events; details appear on the right.</source>
        <translation>Use the arrow keys to move between events; details appear on the right.</translation>
    </message>
    <message>
        <source>Could not load events: %1</source>
        <translation>Could not load events: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>No events match “%1”.</source>
        <translation>No events match “%1”.</translation>
    </message>
    <message>
        <source>Show &amp;past events</source>
        <translation>Show &amp;past events</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::CalendarButton</name>
    <message>
        <source>Add to &amp;calendar</source>
        <translation>Add to &amp;calendar</translation>
    </message>
    <message>
        <source>Opens the event in your calendar application or saves it as an .ics file</source>
        <translation>Opens the event in your calendar application or saves it as an .ics file</translation>
    </message>
    <message>
        <source>Open in my calendar</source>
        <translation>Open in my calendar</translation>
    </message>
    <message>
        <source>Save as .ics file…</source>
        <translation>Save as .ics file…</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Saved %1. Open it with your calendar to add the event.</source>
        <translation>Saved %1. Open it with your calendar to add the event.</translation>
    </message>
    <message>
        <source>No calendar application opened it; the file is %1.</source>
        <translation>No calendar application opened it; the file is %1.</translation>
    </message>
    <message>
        <source>Handed to your calendar application.</source>
        <translation>Handed to your calendar application.</translation>
    </message>
    <message>
        <source>Save calendar file</source>
        <translation>Save calendar file</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::CheckinPage</name>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>E&amp;ntry</source>
        <translation>E&amp;ntry</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Event:</translation>
    </message>
    <message>
        <source>Scan a ticket, or paste its text, and press Enter</source>
        <translation>Scan a ticket, or paste its text, and press Enter</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Open &amp;picture…</source>
        <translation>Open &amp;picture…</translation>
    </message>
    <message>
        <source>Reads the QR code in a photo or a saved ticket</source>
        <translation>Reads the QR code in a photo or a saved ticket</translation>
    </message>
    <message>
        <source>Ticket left at home</source>
        <translation>Ticket left at home</translation>
    </message>
    <message>
        <source>Holder&apos;s name</source>
        <translation>Holder&apos;s name</translation>
    </message>
    <message>
        <source>Tickets found</source>
        <translation>Tickets found</translation>
    </message>
    <message>
        <source>&amp;Admit</source>
        <translation>&amp;Admit</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Open a picture of a ticket</source>
        <translation>Open a picture of a ticket</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>No QR code found in %1.</source>
        <translation>No QR code found in %1.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>inside</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>checked out</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline: deciding with this desk&apos;s copy</source>
        <translation>Offline: deciding with this desk&apos;s copy</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) on this desk</source>
        <translation>
            <numerusform>%n ticket on this desk</numerusform>
            <numerusform>%n tickets on this desk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) waiting to be sent</source>
        <translation>
            <numerusform>%n scan waiting to be sent</numerusform>
            <numerusform>%n scans waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>synchronised at %1</source>
        <translation>synchronised at %1</translation>
    </message>
    <message>
        <source>desk %1</source>
        <translation>desk %1</translation>
    </message>
    <message>
        <source>Checked in: %1 of %2</source>
        <translation>Checked in: %1 of %2</translation>
    </message>
    <message>
        <source>Present: %1</source>
        <translation>Present: %1</translation>
    </message>
    <message>
        <source>Flagged: %1</source>
        <translation>Flagged: %1</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::DashboardPage</name>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Occupancy</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message numerus="yes">
        <source>Bookings per day, last %n day(s)</source>
        <translation>
            <numerusform>Bookings per day, last %n day</numerusform>
            <numerusform>Bookings per day, last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Occupancy of the next events</source>
        <translation>Occupancy of the next events</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Booked %</source>
        <translation>Booked %</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::DoorBoard</name>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <source>At the door</source>
        <translation>At the door</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Event %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::EventDetailPanel</name>
    <message>
        <source>Select an event to see its details.</source>
        <translation>Select an event to see its details.</translation>
    </message>
    <message>
        <source>Event image</source>
        <translation>Event image</translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>Loading image…</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Sign in to book</source>
        <translation>Sign in to book</translation>
    </message>
    <message>
        <source>You attended this event</source>
        <translation>You attended this event</translation>
    </message>
    <message>
        <source>This event has ended</source>
        <translation>This event has ended</translation>
    </message>
    <message>
        <source>Cancel my booking</source>
        <translation>Cancel my booking</translation>
    </message>
    <message>
        <source>Book a seat</source>
        <translation>Book a seat</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>Booking…</translation>
    </message>
    <message>
        <source>Your booking is cancelled.</source>
        <translation>Your booking is cancelled.</translation>
    </message>
    <message>
        <source>You&apos;re booked. See you there!</source>
        <translation>You&apos;re booked. See you there!</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <source>Cancel your booking for “%1”? Your seat goes to someone else.</source>
        <translation>Cancel your booking for “%1”? Your seat goes to someone else.</translation>
    </message>
    <message>
        <source>Keep my booking</source>
        <translation>Keep my booking</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Event details</translation>
    </message>
    <message>
        <source>A seat came free and it is yours: you&apos;re booked!</source>
        <translation>A seat came free and it is yours: you&apos;re booked!</translation>
    </message>
    <message>
        <source>You are number %1 on the waiting list.</source>
        <translation>You are number %1 on the waiting list.</translation>
    </message>
    <message>
        <source>Leave the waiting list</source>
        <translation>Leave the waiting list</translation>
    </message>
    <message>
        <source>Join the waiting list</source>
        <translation>Join the waiting list</translation>
    </message>
    <message>
        <source>Leaving the waiting list…</source>
        <translation>Leaving the waiting list…</translation>
    </message>
    <message>
        <source>Joining the waiting list…</source>
        <translation>Joining the waiting list…</translation>
    </message>
    <message>
        <source>You left the waiting list.</source>
        <translation>You left the waiting list.</translation>
    </message>
    <message>
        <source>You are number %1 on the waiting list: if a seat comes free, it is yours.</source>
        <translation>You are number %1 on the waiting list: if a seat comes free, it is yours.</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::EventEditorDialog</name>
    <message>
        <source>Edit event</source>
        <translation>Edit event</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Total seats</source>
        <translation>Total seats</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>music, outdoor, family</source>
        <translation>music, outdoor, family</translation>
    </message>
    <message>
        <source>Image URL</source>
        <translation>Image URL</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>No image</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>Image preview</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>Create event</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <source>D&amp;ate and time</source>
        <translation>D&amp;ate and time</translation>
    </message>
    <message>
        <source>Total &amp;seats</source>
        <translation>Total &amp;seats</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>&amp;Image</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) already booked.</source>
        <translation>
            <numerusform>%n seat already booked.</numerusform>
            <numerusform>%n seats already booked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Choose an image</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) are already booked; the total cannot be lower.</source>
        <translation>
            <numerusform>%n seat is already booked; the total cannot be lower.</numerusform>
            <numerusform>%n seats are already booked; the total cannot be lower.</numerusform>
        </translation>
    </message>
    <message>
        <source>Image from a file</source>
        <translation>Image from a file</translation>
    </message>
    <message>
        <source>Not a usable image</source>
        <translation>Not a usable image</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Loading preview…</translation>
    </message>
    <message>
        <source>Please correct the fields marked above.</source>
        <translation>Please correct the fields marked above.</translation>
    </message>
    <message>
        <source>The server refused some fields.</source>
        <translation>The server refused some fields.</translation>
    </message>
    <message>
        <source>Waiting for you to finish typing…</source>
        <translation>Waiting for you to finish typing…</translation>
    </message>
    <message>
        <source>This date is in the past: nobody will be able to book the event.</source>
        <translation>This date is in the past: nobody will be able to book the event.</translation>
    </message>
    <message>
        <source>Cannot show this image: %1</source>
        <translation>Cannot show this image: %1</translation>
    </message>
    <message>
        <source>Date in the past</source>
        <translation>Date in the past</translation>
    </message>
    <message>
        <source>%1 is in the past. Nobody can book an event that has taken place. Save it anyway?</source>
        <translation>%1 is in the past. Nobody can book an event that has taken place. Save it anyway?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Change the date</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::ImageCache</name>
    <message>
        <source>The file is not an image this app can show.</source>
        <translation>The file is not an image this app can show.</translation>
    </message>
    <message>
        <source>Only http:// and https:// addresses can be shown.</source>
        <translation>Only http:// and https:// addresses can be shown.</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::MailSettingsBox</name>
    <message>
        <source>Mail and calendar</source>
        <translation>Mail and calendar</translation>
    </message>
    <message>
        <source>Language of mails</source>
        <translation>Language of mails</translation>
    </message>
    <message>
        <source>Remind me by mail the day before an event</source>
        <translation>Remind me by mail the day before an event</translation>
    </message>
    <message>
        <source>Send me news and announcements from the organisers</source>
        <translation>Send me news and announcements from the organisers</translation>
    </message>
    <message>
        <source>Booking confirmations, cancellations and security notices always come.</source>
        <translation>Booking confirmations, cancellations and security notices always come.</translation>
    </message>
    <message>
        <source>Save mail settings</source>
        <translation>Save mail settings</translation>
    </message>
    <message>
        <source>Calendar feed address</source>
        <translation>Calendar feed address</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>Reset…</translation>
    </message>
    <message>
        <source>Makes a new address; calendars subscribed to the old one stop updating</source>
        <translation>Makes a new address; calendars subscribed to the old one stop updating</translation>
    </message>
    <message>
        <source>Subscribe to this address in Thunderbird, Google, Apple or Outlook calendar to see every event you booked. Keep it to yourself: anyone with it sees your events.</source>
        <translation>Subscribe to this address in Thunderbird, Google, Apple or Outlook calendar to see every event you booked. Keep it to yourself: anyone with it sees your events.</translation>
    </message>
    <message>
        <source>Your calendar feed</source>
        <translation>Your calendar feed</translation>
    </message>
    <message>
        <source>Mail settings saved.</source>
        <translation>Mail settings saved.</translation>
    </message>
    <message>
        <source>Copied the calendar feed address.</source>
        <translation>Copied the calendar feed address.</translation>
    </message>
    <message>
        <source>Reset the calendar feed</source>
        <translation>Reset the calendar feed</translation>
    </message>
    <message>
        <source>Calendars subscribed to the current address stop updating. Make a new address?</source>
        <translation>Calendars subscribed to the current address stop updating. Make a new address?</translation>
    </message>
    <message>
        <source>A new address: subscribe to it again where you use it.</source>
        <translation>A new address: subscribe to it again where you use it.</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::MailStatus</name>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>The mail server said</source>
        <translation>The mail server said</translation>
    </message>
    <message>
        <source>Mails that failed</source>
        <translation>Mails that failed</translation>
    </message>
    <message>
        <source>Mail: %1</source>
        <translation>Mail: %1</translation>
    </message>
    <message>
        <source>Mail goes out</source>
        <translation>Mail goes out</translation>
    </message>
    <message>
        <source>Mail off (no SMTP_URL)</source>
        <translation>Mail off (no SMTP_URL)</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>%1 sent</translation>
    </message>
    <message>
        <source>%1 waiting (oldest %2 min)</source>
        <translation>%1 waiting (oldest %2 min)</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 failed</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>New notification: %1</source>
        <translation>New notification: %1</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Browse</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>My bookings</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnecting…</translation>
    </message>
    <message>
        <source>Offline — retrying</source>
        <translation>Offline — retrying</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Connection: %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Notifications (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Notifications, %n unread</source>
        <translation>
            <numerusform>Notifications, %n unread</numerusform>
            <numerusform>Notifications, %n unread</numerusform>
        </translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::NotificationComposeDialog</name>
    <message>
        <source>Send a notification</source>
        <translation>Send a notification</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>To %1</translation>
    </message>
    <message>
        <source>To the selected user</source>
        <translation>To the selected user</translation>
    </message>
    <message>
        <source>To everyone</source>
        <translation>To everyone</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Give the notification a title.</source>
        <translation>Give the notification a title.</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::NotificationsPage</name>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Mark as read</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Mark all as read</translation>
    </message>
    <message>
        <source>Sign in to see your notifications.</source>
        <translation>Sign in to see your notifications.</translation>
    </message>
    <message>
        <source>Nothing here yet. News about your events will appear as it happens.</source>
        <translation>Nothing here yet. News about your events will appear as it happens.</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a notification to read it.</source>
        <translation>Select a notification to read it.</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::Pager</name>
    <message>
        <source>← Previous</source>
        <translation>← Previous</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Next →</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::PasswordMeter</name>
    <message>
        <source>Password strength</source>
        <translation>Password strength</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Very weak</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Very strong</translation>
    </message>
    <message>
        <source>%1 — not accepted yet</source>
        <translation>%1 — not accepted yet</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::PrivacyBox</name>
    <message>
        <source>Your account and data</source>
        <translation>Your account and data</translation>
    </message>
    <message>
        <source>Download everything EventBook holds about you. Anonymising ends the account but keeps your past bookings in the organisers&apos; statistics without your name; deleting removes them. Both cancel your upcoming bookings and cannot be undone.</source>
        <translation>Download everything EventBook holds about you. Anonymising ends the account but keeps your past bookings in the organisers&apos; statistics without your name; deleting removes them. Both cancel your upcoming bookings and cannot be undone.</translation>
    </message>
    <message>
        <source>Download my data…</source>
        <translation>Download my data…</translation>
    </message>
    <message>
        <source>Anonymise my account…</source>
        <translation>Anonymise my account…</translation>
    </message>
    <message>
        <source>Delete my account…</source>
        <translation>Delete my account…</translation>
    </message>
    <message>
        <source>Your role: %1.</source>
        <translation>Your role: %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Enter your password to confirm:</source>
        <translation>Enter your password to confirm:</translation>
    </message>
    <message>
        <source>Anonymise account</source>
        <translation>Anonymise account</translation>
    </message>
    <message>
        <source>This ends your account: you can no longer sign in, your name and email are erased and your upcoming bookings are cancelled. It cannot be undone.</source>
        <translation>This ends your account: you can no longer sign in, your name and email are erased and your upcoming bookings are cancelled. It cannot be undone.</translation>
    </message>
    <message>
        <source>Your account has been anonymised.</source>
        <translation>Your account has been anonymised.</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Delete account</translation>
    </message>
    <message>
        <source>This deletes your account and cancels all your bookings. It cannot be undone.</source>
        <translation>This deletes your account and cancels all your bookings. It cannot be undone.</translation>
    </message>
    <message>
        <source>Your account has been deleted.</source>
        <translation>Your account has been deleted.</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>About you</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Bio</translation>
    </message>
    <message>
        <source>Avatar URL</source>
        <translation>Avatar URL</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Save profile</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Bio</source>
        <translation>&amp;Bio</translation>
    </message>
    <message>
        <source>&amp;Avatar URL</source>
        <translation>&amp;Avatar URL</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation>C&amp;urrent password</translation>
    </message>
    <message>
        <source>Ne&amp;w password</source>
        <translation>Ne&amp;w password</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>New email</source>
        <translation>New email</translation>
    </message>
    <message>
        <source>Change email</source>
        <translation>Change email</translation>
    </message>
    <message>
        <source>New &amp;email</source>
        <translation>New &amp;email</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Sign in to edit your profile.</source>
        <translation>Sign in to edit your profile.</translation>
    </message>
    <message>
        <source>The bio can have at most %1 characters.</source>
        <translation>The bio can have at most %1 characters.</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profile saved.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Enter your current password.</translation>
    </message>
    <message>
        <source>The new passwords do not match.</source>
        <translation>The new passwords do not match.</translation>
    </message>
    <message>
        <source>Password changed. Your other devices have been signed out.</source>
        <translation>Password changed. Your other devices have been signed out.</translation>
    </message>
    <message>
        <source>Enter your password to confirm.</source>
        <translation>Enter your password to confirm.</translation>
    </message>
    <message>
        <source>Your email is now %1.</source>
        <translation>Your email is now %1.</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <source>Use a picture from this computer as your avatar</source>
        <translation>Use a picture from this computer as your avatar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove avatar</source>
        <translation>Remove avatar</translation>
    </message>
    <message>
        <source>Image from a file</source>
        <translation>Image from a file</translation>
    </message>
    <message>
        <source>Choose an avatar</source>
        <translation>Choose an avatar</translation>
    </message>
    <message>
        <source>Save the profile to keep the new avatar.</source>
        <translation>Save the profile to keep the new avatar.</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::QueuePanel</name>
    <message>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Waiting list: %1</source>
        <translation>Waiting list: %1</translation>
    </message>
    <message numerus="yes">
        <source>Waiting list (%n)</source>
        <translation>
            <numerusform>Waiting list (%n)</numerusform>
            <numerusform>Waiting list (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eventbook::ui::SeatBar</name>
    <message>
        <source>Sold out</source>
        <translation>Sold out</translation>
    </message>
    <message>
        <source>%1 of %2 seats left</source>
        <translation>%1 of %2 seats left</translation>
    </message>
    <message numerus="yes">
        <source>Sold out · %n on the waiting list</source>
        <translation>
            <numerusform>Sold out · %n on the waiting list</numerusform>
            <numerusform>Sold out · %n on the waiting list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eventbook::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>Server &amp;address</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>The new language applies the next time EventBook starts.</source>
        <translation>The new language applies the next time EventBook starts.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address, such as http://127.0.0.1:5000.</source>
        <translation>Enter an http:// or https:// address, such as http://127.0.0.1:5000.</translation>
    </message>
    <message>
        <source>Already connected to this server.</source>
        <translation>Already connected to this server.</translation>
    </message>
    <message>
        <source>Now using %1. Sign in again for this server.</source>
        <translation>Now using %1. Sign in again for this server.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Not signed in.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <source>“Remember me” keeps your session in the system keychain.</source>
        <translation>“Remember me” keeps your session in the system keychain.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::SignInDialog</name>
    <message>
        <source>Sign in to EventBook</source>
        <translation>Sign in to EventBook</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Remember me on this computer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>At least 8 characters: upper, lower, digit and symbol</source>
        <translation>At least 8 characters: upper, lower, digit and symbol</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Re&amp;peat password</source>
        <translation>Re&amp;peat password</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::TeamDialog</name>
    <message>
        <source>Team of “%1”</source>
        <translation>Team of “%1”</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Email of the person to add</source>
        <translation>Email of the person to add</translation>
    </message>
    <message>
        <source>Add to team</source>
        <translation>Add to team</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Add an organiser or door staff by email. Give people their role in Users first.</source>
        <translation>Add an organiser or door staff by email. Give people their role in Users first.</translation>
    </message>
    <message>
        <source>Add door staff by email. An admin gives people the door staff role.</source>
        <translation>Add door staff by email. An admin gives people the door staff role.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>%1 is on the team as %2.</source>
        <translation>%1 is on the team as %2.</translation>
    </message>
    <message>
        <source>Remove from team</source>
        <translation>Remove from team</translation>
    </message>
    <message>
        <source>Remove %1 from the team of “%2”? They lose access to this event at once.</source>
        <translation>Remove %1 from the team of “%2”? They lose access to this event at once.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Removed %1 from the team.</source>
        <translation>Removed %1 from the team.</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::TicketDialog</name>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Ticket QR code</source>
        <translation>Ticket QR code</translation>
    </message>
    <message>
        <source>Loading the ticket…</source>
        <translation>Loading the ticket…</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Save as &amp;PNG…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Holder: %1</source>
        <translation>Holder: %1</translation>
    </message>
    <message>
        <source>Seat confirmed</source>
        <translation>Seat confirmed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Booking %1</source>
        <translation>Booking %1</translation>
    </message>
    <message>
        <source>Show this code at the door, on this screen, printed or on your phone.</source>
        <translation>Show this code at the door, on this screen, printed or on your phone.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Save ticket</source>
        <translation>Save ticket</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG pictures (*.png)</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::UsersPage</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Search by name or email…</source>
        <translation>Search by name or email…</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Search users</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Notify…</source>
        <translation>Notify…</translation>
    </message>
    <message>
        <source>Delete the account of %1 (%2)?</source>
        <translation>Delete the account of %1 (%2)?</translation>
    </message>
    <message numerus="yes">
        <source>Their %n booking(s) are cancelled and the seats go back on sale. This cannot be undone.</source>
        <translation>
            <numerusform>Their %n booking is cancelled and the seat goes back on sale. This cannot be undone.</numerusform>
            <numerusform>Their %n bookings are cancelled and the seats go back on sale. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Delete user</translation>
    </message>
    <message>
        <source>Deleted the account of %1.</source>
        <translation>Deleted the account of %1.</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n person(s).</source>
        <translation>
            <numerusform>Sent to %n person.</numerusform>
            <numerusform>Sent to %n people.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>Keep as it is</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Delete account</translation>
    </message>
    <message>
        <source>Keep account</source>
        <translation>Keep account</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymised</translation>
    </message>
    <message>
        <source>Makes the selected user an attendee, door staff, an organiser or an admin</source>
        <translation>Makes the selected user an attendee, door staff, an organiser or an admin</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Export data…</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Anonymise…</translation>
    </message>
    <message>
        <source>They can then change every event, user and booking.</source>
        <translation>They can then change every event, user and booking.</translation>
    </message>
    <message>
        <source>They can create events and run the events you assign to them (Events → Team).</source>
        <translation>They can create events and run the events you assign to them (Events → Team).</translation>
    </message>
    <message>
        <source>They can see the attendees of the events they are assigned to, nothing else.</source>
        <translation>They can see the attendees of the events they are assigned to, nothing else.</translation>
    </message>
    <message>
        <source>They keep their bookings and lose every event assignment.</source>
        <translation>They keep their bookings and lose every event assignment.</translation>
    </message>
    <message>
        <source>Their open sessions switch to the new role at once.</source>
        <translation>Their open sessions switch to the new role at once.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 is now: %2.</translation>
    </message>
    <message>
        <source>Anonymise the account of %1 (%2)?</source>
        <translation>Anonymise the account of %1 (%2)?</translation>
    </message>
    <message>
        <source>They can no longer sign in; their name and email are erased; bookings of upcoming events are cancelled and the seats go back on sale; bookings of past events stay in the statistics without a name. This cannot be undone.</source>
        <translation>They can no longer sign in; their name and email are erased; bookings of upcoming events are cancelled and the seats go back on sale; bookings of past events stay in the statistics without a name. This cannot be undone.</translation>
    </message>
    <message>
        <source>Anonymise user</source>
        <translation>Anonymise user</translation>
    </message>
    <message>
        <source>Anonymise account</source>
        <translation>Anonymise account</translation>
    </message>
    <message>
        <source>Anonymised the account of %1.</source>
        <translation>Anonymised the account of %1.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Exports, anonymises or deletes the selected user&apos;s account</source>
        <translation>Exports, anonymises or deletes the selected user&apos;s account</translation>
    </message>
    <message>
        <source>You cannot delete or anonymise your own account here; use Profile.</source>
        <translation>You cannot delete or anonymise your own account here; use Profile.</translation>
    </message>
    <message>
        <source>%1 is already: %2.</source>
        <translation>%1 is already: %2.</translation>
    </message>
    <message>
        <source>Make %1 (%2) an admin?</source>
        <translation>Make %1 (%2) an admin?</translation>
    </message>
    <message>
        <source>Remove admin rights from %1 (%2) and make them: %3?</source>
        <translation>Remove admin rights from %1 (%2) and make them: %3?</translation>
    </message>
    <message>
        <source>Make %1 (%2): %3?</source>
        <translation>Make %1 (%2): %3?</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::WaitlistTab</name>
    <message>
        <source>My waiting lists</source>
        <translation>My waiting lists</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>&amp;Leave the waiting list</source>
        <translation>&amp;Leave the waiting list</translation>
    </message>
    <message>
        <source>Gives up your place on the selected event&apos;s waiting list</source>
        <translation>Gives up your place on the selected event&apos;s waiting list</translation>
    </message>
    <message>
        <source>A seat came free at “%1” and it is yours: see Upcoming.</source>
        <translation>A seat came free at “%1” and it is yours: see Upcoming.</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>You are not waiting for any event. A full event offers its waiting list.</source>
        <translation>You are not waiting for any event. A full event offers its waiting list.</translation>
    </message>
    <message>
        <source>You left the waiting list for “%1”.</source>
        <translation>You left the waiting list for “%1”.</translation>
    </message>
</context>
</TS>
