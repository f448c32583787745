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
        <source>Password is too common; choose a less guessable one</source>
        <translation>Password is too common; choose a less guessable one</translation>
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
</context>
<context>
    <name>eventbook::client::CredentialStore</name>
    <message>
        <source>The system keychain is not available (%1). You stay signed in until EventBook closes.</source>
        <translation>The system keychain is not available (%1). You stay signed in until EventBook closes.</translation>
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
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Booked on</source>
        <translation>Booked on</translation>
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
        <source>← Previous</source>
        <translation>← Previous</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Next →</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Could not load events: %1</source>
        <translation>Could not load events: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
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
        <source>Sold out</source>
        <translation>Sold out</translation>
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
        <source>Delete account</source>
        <translation>Delete account</translation>
    </message>
    <message>
        <source>Deleting your account cancels all your bookings and cannot be undone.</source>
        <translation>Deleting your account cancels all your bookings and cannot be undone.</translation>
    </message>
    <message>
        <source>Delete my account…</source>
        <translation>Delete my account…</translation>
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
        <source>This deletes your account and cancels all your bookings. It cannot be undone.

Enter your password to confirm:</source>
        <translation>This deletes your account and cancels all your bookings. It cannot be undone.

Enter your password to confirm:</translation>
    </message>
    <message>
        <source>Your account has been deleted.</source>
        <translation>Your account has been deleted.</translation>
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
    <name>eventbook::ui::SeatBar</name>
    <message>
        <source>Sold out</source>
        <translation>Sold out</translation>
    </message>
    <message>
        <source>%1 of %2 seats left</source>
        <translation>%1 of %2 seats left</translation>
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
</context>
</TS>
