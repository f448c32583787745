<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiErrors</name>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Cannot reach the EventBook server at %1. Is it running, and is the address right?</source>
        <translation>Der EventBook-Server unter %1 ist nicht erreichbar. Läuft er, und stimmt die Adresse?</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation>Der Server unter %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection. Try again in a moment.</source>
        <translation>Der Server unter %1 hat die Verbindung geschlossen. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be made: %2</source>
        <translation>Es konnte keine sichere Verbindung zu %1 hergestellt werden: %2</translation>
    </message>
    <message>
        <source>The server had a problem (%1). Try again later.</source>
        <translation>Der Server hatte ein Problem (%1). Versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>%1 answered %2, which is not what an EventBook server says.</source>
        <translation>%1 antwortete mit %2 – so antwortet kein EventBook-Server.</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>Netzwerkfehler bei der Verbindung mit %1: %2</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Account registered</source>
        <translation>Konto registriert</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Konto angelegt</translation>
    </message>
    <message>
        <source>Admin rights granted</source>
        <translation>Adminrechte erteilt</translation>
    </message>
    <message>
        <source>Admin rights removed</source>
        <translation>Adminrechte entzogen</translation>
    </message>
    <message>
        <source>Account deleted</source>
        <translation>Konto gelöscht</translation>
    </message>
    <message>
        <source>Event created</source>
        <translation>Veranstaltung angelegt</translation>
    </message>
    <message>
        <source>Event changed</source>
        <translation>Veranstaltung geändert</translation>
    </message>
    <message>
        <source>Event deleted</source>
        <translation>Veranstaltung gelöscht</translation>
    </message>
    <message>
        <source>Seat booked</source>
        <translation>Platz gebucht</translation>
    </message>
    <message>
        <source>Booking cancelled</source>
        <translation>Buchung storniert</translation>
    </message>
    <message>
        <source>Notification sent</source>
        <translation>Benachrichtigung gesendet</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>Profile changed</source>
        <translation>Profil geändert</translation>
    </message>
    <message>
        <source>Email changed</source>
        <translation>E-Mail-Adresse geändert</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Seats left</source>
        <translation>Freie Plätze</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Replaced as a whole</source>
        <translation>Vollständig ersetzt</translation>
    </message>
    <message>
        <source>Bookings cancelled</source>
        <translation>Stornierte Buchungen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
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
        <translation>Konto %1 (gelöscht)</translation>
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
        <translation>Von Adresse: %1</translation>
    </message>
    <message>
        <source>Account anonymised</source>
        <translation>Konto anonymisiert</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rolle geändert</translation>
    </message>
    <message>
        <source>Added to the event&apos;s team</source>
        <translation>Zum Team der Veranstaltung hinzugefügt</translation>
    </message>
    <message>
        <source>Removed from the event&apos;s team</source>
        <translation>Aus dem Team der Veranstaltung entfernt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Past bookings kept</source>
        <translation>Vergangene Buchungen behalten</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Vorbei</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Ausgebucht</translation>
    </message>
    <message>
        <source>this event is over</source>
        <translation>die Veranstaltung ist vorbei</translation>
    </message>
    <message>
        <source>you are booked</source>
        <translation>Sie haben gebucht</translation>
    </message>
</context>
<context>
    <name>ImageFile</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.avif)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp *.avif)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>%1 is %2; images can be at most %3.</source>
        <translation>%1 ist %2 groß; Bilder dürfen höchstens %3 groß sein.</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG, GIF, WebP or AVIF image.</source>
        <translation>%1 ist kein PNG-, JPEG-, GIF-, WebP- oder AVIF-Bild.</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>Save data export</source>
        <translation>Datenexport speichern</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
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
        <translation>Veranstalter</translation>
    </message>
    <message>
        <source>Door staff</source>
        <translation>Einlasspersonal</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>Teilnehmer</translation>
    </message>
    <message numerus="yes">
        <source>Organiser of %n event(s)</source>
        <translation>
            <numerusform>Veranstalter von %n Veranstaltung</numerusform>
            <numerusform>Veranstalter von %n Veranstaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Door staff at %n event(s)</source>
        <translation>
            <numerusform>Einlass bei %n Veranstaltung</numerusform>
            <numerusform>Einlass bei %n Veranstaltungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Email is required</source>
        <translation>E-Mail-Adresse fehlt</translation>
    </message>
    <message>
        <source>Email must be at most %1 characters</source>
        <translation>Die E-Mail-Adresse darf höchstens %1 Zeichen haben</translation>
    </message>
    <message>
        <source>Email address is not valid</source>
        <translation>Die E-Mail-Adresse ist ungültig</translation>
    </message>
    <message>
        <source>Password must be at least %1 characters</source>
        <translation>Das Passwort muss mindestens %1 Zeichen haben</translation>
    </message>
    <message>
        <source>Password must be at most %1 characters</source>
        <translation>Das Passwort darf höchstens %1 Zeichen haben</translation>
    </message>
    <message>
        <source>Password must contain an upper-case letter, a lower-case letter, a digit and a symbol</source>
        <translation>Das Passwort braucht einen Groß- und einen Kleinbuchstaben, eine Ziffer und ein Sonderzeichen</translation>
    </message>
    <message>
        <source>Name is required</source>
        <translation>Name fehlt</translation>
    </message>
    <message>
        <source>Name must be at most %1 characters</source>
        <translation>Der Name darf höchstens %1 Zeichen haben</translation>
    </message>
    <message>
        <source>Name must not contain control characters</source>
        <translation>Der Name darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>Image data URI must be at most %1 characters</source>
        <translation>Die Bild-Data-URI darf höchstens %1 Zeichen haben</translation>
    </message>
    <message>
        <source>Image must be a base64 data URI of type png, jpeg, gif, webp or avif</source>
        <translation>Das Bild muss eine Base64-Data-URI vom Typ png, jpeg, gif, webp oder avif sein</translation>
    </message>
    <message>
        <source>Image data is not valid base64</source>
        <translation>Die Bilddaten sind kein gültiges Base64</translation>
    </message>
    <message>
        <source>Image content does not match its declared type</source>
        <translation>Der Bildinhalt passt nicht zum angegebenen Typ</translation>
    </message>
    <message>
        <source>Image URL must be at most %1 characters</source>
        <translation>Die Bild-URL darf höchstens %1 Zeichen haben</translation>
    </message>
    <message>
        <source>Image must be an http(s) URL or a base64 image data URI</source>
        <translation>Das Bild muss eine http(s)-URL oder eine Base64-Data-URI sein</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss ein Text sein</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>is too short</source>
        <translation>ist zu kurz</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>darf höchstens %1 Zeichen haben</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time with a zone, e.g. 2026-12-01T18:00:00Z</source>
        <translation>muss Datum und Uhrzeit nach ISO 8601 mit Zone sein, z. B. 2026-12-01T18:00:00Z</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be between 1 and %1</source>
        <translation>muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>muss eine Liste von Texten sein</translation>
    </message>
    <message>
        <source>at most %1 tags</source>
        <translation>höchstens %1 Schlagwörter</translation>
    </message>
    <message>
        <source>each tag must be a non-empty string</source>
        <translation>Schlagwörter dürfen nicht leer sein</translation>
    </message>
    <message>
        <source>each tag must be at most %1 characters</source>
        <translation>jedes Schlagwort darf höchstens %1 Zeichen haben</translation>
    </message>
    <message>
        <source>tags must not contain control characters</source>
        <translation>Schlagwörter dürfen keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>must be a string or null</source>
        <translation>muss ein Text oder leer sein</translation>
    </message>
    <message>
        <source>must not be null</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>Email address contains an invisible or formatting character</source>
        <translation>Die E-Mail-Adresse enthält ein unsichtbares oder Formatierungszeichen</translation>
    </message>
    <message>
        <source>Email address mixes alphabets (for example Latin and Cyrillic letters)</source>
        <translation>Die E-Mail-Adresse mischt Schriften (etwa lateinische und kyrillische Buchstaben)</translation>
    </message>
    <message>
        <source>This is a commonly used password</source>
        <translation>Das ist ein häufig verwendetes Passwort</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess</source>
        <translation>Ein einzelnes Wort ist leicht zu erraten</translation>
    </message>
    <message>
        <source>Add another word or two; uncommon words are better</source>
        <translation>Fügen Sie ein oder zwei Wörter hinzu; ungewöhnliche Wörter sind besser</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password</source>
        <translation>Das ähnelt einem häufig verwendeten Passwort</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much</source>
        <translation>Vorhersehbare Ersetzungen wie „@“ statt „a“ helfen wenig</translation>
    </message>
    <message>
        <source>Your name or email address is easy to guess</source>
        <translation>Ihr Name oder Ihre E-Mail-Adresse ist leicht zu erraten</translation>
    </message>
    <message>
        <source>Avoid your name, email address and other words about you</source>
        <translation>Vermeiden Sie Ihren Namen, Ihre E-Mail-Adresse und andere Wörter über Sie</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; or &quot;abcabc&quot; are easy to guess</source>
        <translation>Wiederholungen wie „aaa“ oder „abcabc“ sind leicht zu erraten</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters</source>
        <translation>Vermeiden Sie wiederholte Wörter und Zeichen</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess</source>
        <translation>Folgen wie „abc“ oder „6543“ sind leicht zu erraten</translation>
    </message>
    <message>
        <source>Avoid sequences</source>
        <translation>Vermeiden Sie Folgen</translation>
    </message>
    <message>
        <source>Straight rows and short patterns of keys are easy to guess</source>
        <translation>Gerade Tastenreihen und kurze Tastenmuster sind leicht zu erraten</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns</source>
        <translation>Nutzen Sie ein längeres Tastenmuster mit mehr Richtungswechseln</translation>
    </message>
    <message>
        <source>Dates are often easy to guess</source>
        <translation>Daten sind oft leicht zu erraten</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you</source>
        <translation>Vermeiden Sie Daten und Jahreszahlen, die mit Ihnen zu tun haben</translation>
    </message>
    <message>
        <source>Recent years are easy to guess</source>
        <translation>Jüngere Jahreszahlen sind leicht zu erraten</translation>
    </message>
    <message>
        <source>Avoid recent years</source>
        <translation>Vermeiden Sie jüngere Jahreszahlen</translation>
    </message>
    <message>
        <source>A few unrelated words, or a longer password, are harder to guess</source>
        <translation>Einige unzusammenhängende Wörter oder ein längeres Passwort sind schwerer zu erraten</translation>
    </message>
    <message>
        <source>Password is too easy to guess. %1</source>
        <translation>Das Passwort ist zu leicht zu erraten. %1</translation>
    </message>
    <message>
        <source>Image path must be /api/images/ and a SHA-256 in hex</source>
        <translation>Der Bildpfad muss /api/images/ und ein SHA-256 in Hexadezimal sein</translation>
    </message>
</context>
<context>
    <name>eventbook::client::ApiClient</name>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Could not write the file; the download stopped.</source>
        <translation>Die Datei konnte nicht geschrieben werden; der Download wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>eventbook::client::CheckInDesk</name>
    <message>
        <source>The server is not answering and this desk has no copy of the door yet: connect once before the doors open.</source>
        <translation>Der Server antwortet nicht, und dieser Einlass hat noch keine eigene Kopie: Verbinden Sie sich einmal, bevor der Einlass beginnt.</translation>
    </message>
</context>
<context>
    <name>eventbook::client::CredentialStore</name>
    <message>
        <source>This computer has no keychain EventBook can use, so it cannot remember you: you stay signed in only until EventBook closes.</source>
        <translation>Auf diesem Computer gibt es keinen Schlüsselbund, den EventBook nutzen kann, daher kann es sich Ihre Anmeldung nicht merken: Sie bleiben nur angemeldet, bis EventBook geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>eventbook::client::ServerCheck</name>
    <message>
        <source>No server answers at %1 (%2).</source>
        <translation>Unter %1 antwortet kein Server (%2).</translation>
    </message>
    <message>
        <source>%1 answers, but it is not an EventBook server (it has no event list at /api/events).</source>
        <translation>%1 antwortet, ist aber kein EventBook-Server (unter /api/events gibt es keine Veranstaltungsliste).</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::AdminEventsPage</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Seats left</source>
        <translation>Freie Plätze</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Veranstaltungen</translation>
    </message>
    <message>
        <source>Filter by title, place, tag…</source>
        <translation>Nach Titel, Ort, Schlagwort filtern …</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Veranstaltungen filtern</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Neue Veranstaltung …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Could not load events: %1</source>
        <translation>Veranstaltungen konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Veranstaltung</numerusform>
            <numerusform>%n Veranstaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>„%1“ angelegt.</translation>
    </message>
    <message numerus="yes">
        <source>This cancels %n confirmed booking(s) and tells the people who made them.</source>
        <translation>
            <numerusform>Damit wird %n bestätigte Buchung storniert und die Person benachrichtigt.</numerusform>
            <numerusform>Damit werden %n bestätigte Buchungen storniert und die Personen benachrichtigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has booked it yet.</source>
        <translation>Noch hat niemand gebucht.</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Veranstaltung löschen</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Keep event</source>
        <translation>Veranstaltung behalten</translation>
    </message>
    <message>
        <source>Team…</source>
        <translation>Team…</translation>
    </message>
    <message>
        <source>The organisers and door staff of the selected event</source>
        <translation>Die Veranstalter und das Einlasspersonal der gewählten Veranstaltung</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::AnswerPanel</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Ausgecheckt</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Bereits eingecheckt</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Nicht eingecheckt</translation>
    </message>
    <message>
        <source>Flagged: admitted twice</source>
        <translation>Markiert: zweimal eingelassen</translation>
    </message>
    <message>
        <source>Turned away</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>Cancelled ticket</source>
        <translation>Stornierte Karte</translation>
    </message>
    <message>
        <source>Wrong event</source>
        <translation>Falsche Veranstaltung</translation>
    </message>
    <message>
        <source>Forged ticket</source>
        <translation>Gefälschte Karte</translation>
    </message>
    <message>
        <source>Not a ticket</source>
        <translation>Keine Eintrittskarte</translation>
    </message>
    <message>
        <source>Came in at %1 through desk %2</source>
        <translation>Eingelassen um %1 an Einlass %2</translation>
    </message>
    <message>
        <source>There is no entry to check out from.</source>
        <translation>Es gibt keinen Einlass, von dem ausgecheckt werden könnte.</translation>
    </message>
    <message>
        <source>This booking was cancelled; the ticket is no longer valid.</source>
        <translation>Diese Buchung wurde storniert; die Karte ist nicht mehr gültig.</translation>
    </message>
    <message>
        <source>This ticket is for another event.</source>
        <translation>Diese Karte gilt für eine andere Veranstaltung.</translation>
    </message>
    <message>
        <source>Its signature does not match: it was not issued by EventBook or was altered.</source>
        <translation>Ihre Signatur stimmt nicht: Sie stammt nicht von EventBook oder wurde verändert.</translation>
    </message>
    <message>
        <source>This code is not an EventBook ticket.</source>
        <translation>Dieser Code ist keine EventBook-Eintrittskarte.</translation>
    </message>
    <message>
        <source>Decided offline; sent when the server is back.</source>
        <translation>Offline entschieden; wird gesendet, sobald der Server wieder da ist.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Scan a ticket</source>
        <translation>Karte scannen</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>Bereit zum Scannen</translation>
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
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Booked at</source>
        <translation>Gebucht am</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Saves this event&apos;s bookings as a CSV file</source>
        <translation>Speichert die Buchungen dieser Veranstaltung als CSV-Datei</translation>
    </message>
    <message>
        <source>Export all bookings…</source>
        <translation>Alle Buchungen exportieren …</translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed booking(s)</source>
        <translation>
            <numerusform>%n bestätigte Buchung</numerusform>
            <numerusform>%n bestätigte Buchungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export bookings</source>
        <translation>Buchungen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportiere …</translation>
    </message>
    <message>
        <source>Exporting… %1</source>
        <translation>Exportiere … %1</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>%1 gespeichert (%2).</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Veranstaltung:</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::AuditPage</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Jede Aktion</translation>
    </message>
    <message>
        <source>Actor id</source>
        <translation>Akteur-ID</translation>
    </message>
    <message>
        <source>Target type</source>
        <translation>Zieltyp</translation>
    </message>
    <message>
        <source>Any target</source>
        <translation>Jedes Ziel</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Details des Eintrags</translation>
    </message>
    <message>
        <source>Select an entry to see what was recorded.</source>
        <translation>Wählen Sie einen Eintrag, um zu sehen, was aufgezeichnet wurde.</translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y/ies)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Betrifft</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::BookingTableModel</name>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Booked on</source>
        <translation>Gebucht am</translation>
    </message>
    <message>
        <source>Your seats</source>
        <translation>Ihre Plätze</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::BookingsPage</name>
    <message>
        <source>Upcoming</source>
        <translation>Bevorstehend</translation>
    </message>
    <message>
        <source>Past and cancelled</source>
        <translation>Vergangen und storniert</translation>
    </message>
    <message>
        <source>Upcoming bookings</source>
        <translation>Bevorstehende Buchungen</translation>
    </message>
    <message>
        <source>Past and cancelled bookings</source>
        <translation>Vergangene und stornierte Buchungen</translation>
    </message>
    <message>
        <source>Cancel booking…</source>
        <translation>Buchung stornieren …</translation>
    </message>
    <message>
        <source>Cancels the selected upcoming booking and gives the seat back</source>
        <translation>Storniert die gewählte Buchung und gibt den Platz frei</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>Meine Buchungen</translation>
    </message>
    <message>
        <source>Sign in to see your bookings.</source>
        <translation>Melden Sie sich an, um Ihre Buchungen zu sehen.</translation>
    </message>
    <message>
        <source>No upcoming bookings. Find something in Browse.</source>
        <translation>Keine bevorstehenden Buchungen. Stöbern Sie unter „Entdecken“.</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Buchung stornieren</translation>
    </message>
    <message>
        <source>Cancel your booking for “%1”? Your seat goes to someone else.</source>
        <translation>Ihre Buchung für „%1“ stornieren? Ihr Platz geht an jemand anderen.</translation>
    </message>
    <message>
        <source>Cancelled your booking for “%1”.</source>
        <translation>Ihre Buchung für „%1“ ist storniert.</translation>
    </message>
    <message>
        <source>Keep my booking</source>
        <translation>Buchung behalten</translation>
    </message>
    <message>
        <source>&amp;Ticket…</source>
        <translation>&amp;Eintrittskarte …</translation>
    </message>
    <message>
        <source>Shows the selected booking&apos;s ticket to show at the door</source>
        <translation>Zeigt die Eintrittskarte der gewählten Buchung für den Einlass</translation>
    </message>
    <message>
        <source>Waiting lists</source>
        <translation>Wartelisten</translation>
    </message>
    <message>
        <source>Waiting lists (%1)</source>
        <translation>Wartelisten (%1)</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::BrowsePage</name>
    <message>
        <source>Search events, places, tags…</source>
        <translation>Veranstaltungen, Orte, Schlagwörter suchen …</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Veranstaltungen suchen</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Use the arrow keys to move between events; details appear on the right.</source>
        <translation>Mit den Pfeiltasten zwischen Veranstaltungen wechseln; Details erscheinen rechts.</translation>
    </message>
    <message>
        <source>Could not load events: %1</source>
        <translation>Veranstaltungen konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Veranstaltung</numerusform>
            <numerusform>%n Veranstaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No events match “%1”.</source>
        <translation>Keine Veranstaltung passt zu „%1“.</translation>
    </message>
    <message>
        <source>Show &amp;past events</source>
        <translation>&amp;Vergangene anzeigen</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::CalendarButton</name>
    <message>
        <source>Add to &amp;calendar</source>
        <translation>In den &amp;Kalender</translation>
    </message>
    <message>
        <source>Opens the event in your calendar application or saves it as an .ics file</source>
        <translation>Öffnet die Veranstaltung in Ihrer Kalender-App oder speichert sie als .ics-Datei</translation>
    </message>
    <message>
        <source>Open in my calendar</source>
        <translation>In meinem Kalender öffnen</translation>
    </message>
    <message>
        <source>Save as .ics file…</source>
        <translation>Als .ics-Datei speichern…</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Saved %1. Open it with your calendar to add the event.</source>
        <translation>%1 gespeichert. Öffnen Sie die Datei mit Ihrem Kalender, um die Veranstaltung einzutragen.</translation>
    </message>
    <message>
        <source>No calendar application opened it; the file is %1.</source>
        <translation>Keine Kalender-App hat sie geöffnet; die Datei ist %1.</translation>
    </message>
    <message>
        <source>Handed to your calendar application.</source>
        <translation>An Ihre Kalender-App übergeben.</translation>
    </message>
    <message>
        <source>Save calendar file</source>
        <translation>Kalenderdatei speichern</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::CheckinPage</name>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>E&amp;ntry</source>
        <translation>E&amp;inlass</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>A&amp;uslass</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Veranstaltung:</translation>
    </message>
    <message>
        <source>Scan a ticket, or paste its text, and press Enter</source>
        <translation>Karte scannen oder ihren Text einfügen und Eingabe drücken</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Eintrittskarte</translation>
    </message>
    <message>
        <source>Open &amp;picture…</source>
        <translation>&amp;Bild öffnen …</translation>
    </message>
    <message>
        <source>Reads the QR code in a photo or a saved ticket</source>
        <translation>Liest den QR-Code aus einem Foto oder einer gespeicherten Karte</translation>
    </message>
    <message>
        <source>Ticket left at home</source>
        <translation>Karte zu Hause vergessen</translation>
    </message>
    <message>
        <source>Holder&apos;s name</source>
        <translation>Name der Person</translation>
    </message>
    <message>
        <source>Tickets found</source>
        <translation>Gefundene Karten</translation>
    </message>
    <message>
        <source>&amp;Admit</source>
        <translation>&amp;Einlassen</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Einlass</translation>
    </message>
    <message>
        <source>Open a picture of a ticket</source>
        <translation>Bild einer Eintrittskarte öffnen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>No QR code found in %1.</source>
        <translation>In %1 wurde kein QR-Code gefunden.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>drinnen</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>ausgecheckt</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline: deciding with this desk&apos;s copy</source>
        <translation>Offline: Entscheidung mit der Kopie dieses Einlasses</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) on this desk</source>
        <translation>
            <numerusform>%n Karte an diesem Einlass</numerusform>
            <numerusform>%n Karten an diesem Einlass</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) waiting to be sent</source>
        <translation>
            <numerusform>%n Scan wartet auf das Senden</numerusform>
            <numerusform>%n Scans warten auf das Senden</numerusform>
        </translation>
    </message>
    <message>
        <source>synchronised at %1</source>
        <translation>abgeglichen um %1</translation>
    </message>
    <message>
        <source>desk %1</source>
        <translation>Einlass %1</translation>
    </message>
    <message>
        <source>Checked in: %1 of %2</source>
        <translation>Eingecheckt: %1 von %2</translation>
    </message>
    <message>
        <source>Present: %1</source>
        <translation>Anwesend: %1</translation>
    </message>
    <message>
        <source>Flagged: %1</source>
        <translation>Markiert: %1</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::DashboardPage</name>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Bevorstehend</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Diesen Monat</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message numerus="yes">
        <source>Bookings per day, last %n day(s)</source>
        <translation>
            <numerusform>Buchungen pro Tag, letzter %n Tag</numerusform>
            <numerusform>Buchungen pro Tag, letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Occupancy of the next events</source>
        <translation>Auslastung der nächsten Veranstaltungen</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Booked %</source>
        <translation>Gebucht %</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::DoorBoard</name>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>At the door</source>
        <translation>Am Einlass</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Veranstaltung %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::EventDetailPanel</name>
    <message>
        <source>Select an event to see its details.</source>
        <translation>Wählen Sie eine Veranstaltung, um die Details zu sehen.</translation>
    </message>
    <message>
        <source>Event image</source>
        <translation>Bild der Veranstaltung</translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>Bild wird geladen …</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Sign in to book</source>
        <translation>Zum Buchen anmelden</translation>
    </message>
    <message>
        <source>You attended this event</source>
        <translation>Sie waren dabei</translation>
    </message>
    <message>
        <source>This event has ended</source>
        <translation>Diese Veranstaltung ist vorbei</translation>
    </message>
    <message>
        <source>Cancel my booking</source>
        <translation>Meine Buchung stornieren</translation>
    </message>
    <message>
        <source>Book a seat</source>
        <translation>Platz buchen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird storniert …</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>Wird gebucht …</translation>
    </message>
    <message>
        <source>Your booking is cancelled.</source>
        <translation>Ihre Buchung ist storniert.</translation>
    </message>
    <message>
        <source>You&apos;re booked. See you there!</source>
        <translation>Sie sind gebucht. Bis bald!</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Buchung stornieren</translation>
    </message>
    <message>
        <source>Cancel your booking for “%1”? Your seat goes to someone else.</source>
        <translation>Ihre Buchung für „%1“ stornieren? Ihr Platz geht an jemand anderen.</translation>
    </message>
    <message>
        <source>Keep my booking</source>
        <translation>Buchung behalten</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Details der Veranstaltung</translation>
    </message>
    <message>
        <source>A seat came free and it is yours: you&apos;re booked!</source>
        <translation>Ein Platz wurde frei und gehört Ihnen: Sie sind gebucht!</translation>
    </message>
    <message>
        <source>You are number %1 on the waiting list.</source>
        <translation>Sie sind Nummer %1 auf der Warteliste.</translation>
    </message>
    <message>
        <source>Leave the waiting list</source>
        <translation>Warteliste verlassen</translation>
    </message>
    <message>
        <source>Join the waiting list</source>
        <translation>Auf die Warteliste</translation>
    </message>
    <message>
        <source>Leaving the waiting list…</source>
        <translation>Warteliste wird verlassen…</translation>
    </message>
    <message>
        <source>Joining the waiting list…</source>
        <translation>Eintrag in die Warteliste…</translation>
    </message>
    <message>
        <source>You left the waiting list.</source>
        <translation>Sie haben die Warteliste verlassen.</translation>
    </message>
    <message>
        <source>You are number %1 on the waiting list: if a seat comes free, it is yours.</source>
        <translation>Sie sind Nummer %1 auf der Warteliste: Wird ein Platz frei, gehört er Ihnen.</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::EventEditorDialog</name>
    <message>
        <source>Edit event</source>
        <translation>Veranstaltung bearbeiten</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Total seats</source>
        <translation>Plätze insgesamt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>music, outdoor, family</source>
        <translation>Musik, draußen, Familie</translation>
    </message>
    <message>
        <source>Image URL</source>
        <translation>Bild-URL</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen …</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>Bildvorschau</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>Veranstaltung anlegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>D&amp;ate and time</source>
        <translation>D&amp;atum und Uhrzeit</translation>
    </message>
    <message>
        <source>Total &amp;seats</source>
        <translation>&amp;Plätze insgesamt</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Schlag&amp;wörter</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>B&amp;ild</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) already booked.</source>
        <translation>
            <numerusform>%n Platz bereits gebucht.</numerusform>
            <numerusform>%n Plätze bereits gebucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Bild wählen</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) are already booked; the total cannot be lower.</source>
        <translation>
            <numerusform>%n Platz ist bereits gebucht; weniger geht nicht.</numerusform>
            <numerusform>%n Plätze sind bereits gebucht; weniger geht nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Image from a file</source>
        <translation>Bild aus einer Datei</translation>
    </message>
    <message>
        <source>Not a usable image</source>
        <translation>Kein verwendbares Bild</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Vorschau wird geladen …</translation>
    </message>
    <message>
        <source>Please correct the fields marked above.</source>
        <translation>Bitte korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>The server refused some fields.</source>
        <translation>Der Server hat einige Felder abgelehnt.</translation>
    </message>
    <message>
        <source>Waiting for you to finish typing…</source>
        <translation>Warte, bis Sie fertig getippt haben…</translation>
    </message>
    <message>
        <source>This date is in the past: nobody will be able to book the event.</source>
        <translation>Dieses Datum liegt in der Vergangenheit: Niemand wird die Veranstaltung buchen können.</translation>
    </message>
    <message>
        <source>Cannot show this image: %1</source>
        <translation>Dieses Bild kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Date in the past</source>
        <translation>Datum in der Vergangenheit</translation>
    </message>
    <message>
        <source>%1 is in the past. Nobody can book an event that has taken place. Save it anyway?</source>
        <translation>%1 liegt in der Vergangenheit. Eine vergangene Veranstaltung kann niemand buchen. Trotzdem speichern?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Datum ändern</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::ImageCache</name>
    <message>
        <source>The file is not an image this app can show.</source>
        <translation>Die Datei ist kein Bild, das diese App anzeigen kann.</translation>
    </message>
    <message>
        <source>Only http:// and https:// addresses can be shown.</source>
        <translation>Nur http://- und https://-Adressen können angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::MailSettingsBox</name>
    <message>
        <source>Mail and calendar</source>
        <translation>E-Mail und Kalender</translation>
    </message>
    <message>
        <source>Language of mails</source>
        <translation>Sprache der E-Mails</translation>
    </message>
    <message>
        <source>Remind me by mail the day before an event</source>
        <translation>Am Tag vor einer Veranstaltung per E-Mail erinnern</translation>
    </message>
    <message>
        <source>Send me news and announcements from the organisers</source>
        <translation>Neuigkeiten und Ankündigungen der Veranstalter senden</translation>
    </message>
    <message>
        <source>Booking confirmations, cancellations and security notices always come.</source>
        <translation>Buchungsbestätigungen, Stornierungen und Sicherheitshinweise kommen immer.</translation>
    </message>
    <message>
        <source>Save mail settings</source>
        <translation>E-Mail-Einstellungen speichern</translation>
    </message>
    <message>
        <source>Calendar feed address</source>
        <translation>Adresse des Kalender-Abos</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>Neu erzeugen…</translation>
    </message>
    <message>
        <source>Makes a new address; calendars subscribed to the old one stop updating</source>
        <translation>Erzeugt eine neue Adresse; Kalender mit der alten werden nicht mehr aktualisiert</translation>
    </message>
    <message>
        <source>Subscribe to this address in Thunderbird, Google, Apple or Outlook calendar to see every event you booked. Keep it to yourself: anyone with it sees your events.</source>
        <translation>Abonnieren Sie diese Adresse in Thunderbird, Google, Apple oder Outlook, um alle gebuchten Veranstaltungen zu sehen. Behalten Sie sie für sich: Wer sie hat, sieht Ihre Veranstaltungen.</translation>
    </message>
    <message>
        <source>Your calendar feed</source>
        <translation>Ihr Kalender-Abo</translation>
    </message>
    <message>
        <source>Mail settings saved.</source>
        <translation>E-Mail-Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Copied the calendar feed address.</source>
        <translation>Adresse des Kalender-Abos kopiert.</translation>
    </message>
    <message>
        <source>Reset the calendar feed</source>
        <translation>Kalender-Abo neu erzeugen</translation>
    </message>
    <message>
        <source>Calendars subscribed to the current address stop updating. Make a new address?</source>
        <translation>Kalender mit der jetzigen Adresse werden nicht mehr aktualisiert. Neue Adresse erzeugen?</translation>
    </message>
    <message>
        <source>A new address: subscribe to it again where you use it.</source>
        <translation>Eine neue Adresse: Abonnieren Sie sie dort neu, wo Sie sie nutzen.</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::MailStatus</name>
    <message>
        <source>Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>The mail server said</source>
        <translation>Antwort des Mailservers</translation>
    </message>
    <message>
        <source>Mails that failed</source>
        <translation>Fehlgeschlagene E-Mails</translation>
    </message>
    <message>
        <source>Mail: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>Mail goes out</source>
        <translation>E-Mails werden versandt</translation>
    </message>
    <message>
        <source>Mail off (no SMTP_URL)</source>
        <translation>E-Mail aus (kein SMTP_URL)</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>%1 versandt</translation>
    </message>
    <message>
        <source>%1 waiting (oldest %2 min)</source>
        <translation>%1 wartend (älteste %2 min)</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>New notification: %1</source>
        <translation>Neue Benachrichtigung: %1</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Entdecken</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>Meine Buchungen</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>Offline — retrying</source>
        <translation>Offline – neuer Versuch läuft</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Verbindung: %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden …</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Benachrichtigungen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Notifications, %n unread</source>
        <translation>
            <numerusform>Benachrichtigungen, %n ungelesen</numerusform>
            <numerusform>Benachrichtigungen, %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Einlass</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::NotificationComposeDialog</name>
    <message>
        <source>Send a notification</source>
        <translation>Benachrichtigung senden</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>An %1</translation>
    </message>
    <message>
        <source>To the selected user</source>
        <translation>An den gewählten Benutzer</translation>
    </message>
    <message>
        <source>To everyone</source>
        <translation>An alle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Give the notification a title.</source>
        <translation>Geben Sie der Benachrichtigung einen Titel.</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::NotificationsPage</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>Sign in to see your notifications.</source>
        <translation>Melden Sie sich an, um Ihre Benachrichtigungen zu sehen.</translation>
    </message>
    <message>
        <source>Nothing here yet. News about your events will appear as it happens.</source>
        <translation>Noch nichts da. Neuigkeiten zu Ihren Veranstaltungen erscheinen sofort hier.</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a notification to read it.</source>
        <translation>Wählen Sie eine Benachrichtigung, um sie zu lesen.</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::Pager</name>
    <message>
        <source>← Previous</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Weiter →</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::PasswordMeter</name>
    <message>
        <source>Password strength</source>
        <translation>Passwortstärke</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Sehr schwach</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Sehr stark</translation>
    </message>
    <message>
        <source>%1 — not accepted yet</source>
        <translation>%1 – noch nicht ausreichend</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::PrivacyBox</name>
    <message>
        <source>Your account and data</source>
        <translation>Ihr Konto und Ihre Daten</translation>
    </message>
    <message>
        <source>Download everything EventBook holds about you. Anonymising ends the account but keeps your past bookings in the organisers&apos; statistics without your name; deleting removes them. Both cancel your upcoming bookings and cannot be undone.</source>
        <translation>Laden Sie alles herunter, was EventBook über Sie speichert. Anonymisieren beendet das Konto, behält aber Ihre vergangenen Buchungen ohne Ihren Namen in den Statistiken der Veranstalter; Löschen entfernt sie. Beides storniert Ihre kommenden Buchungen und lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Download my data…</source>
        <translation>Meine Daten herunterladen…</translation>
    </message>
    <message>
        <source>Anonymise my account…</source>
        <translation>Mein Konto anonymisieren…</translation>
    </message>
    <message>
        <source>Delete my account…</source>
        <translation>Mein Konto löschen…</translation>
    </message>
    <message>
        <source>Your role: %1.</source>
        <translation>Ihre Rolle: %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Enter your password to confirm:</source>
        <translation>Geben Sie zur Bestätigung Ihr Passwort ein:</translation>
    </message>
    <message>
        <source>Anonymise account</source>
        <translation>Konto anonymisieren</translation>
    </message>
    <message>
        <source>This ends your account: you can no longer sign in, your name and email are erased and your upcoming bookings are cancelled. It cannot be undone.</source>
        <translation>Damit endet Ihr Konto: Sie können sich nicht mehr anmelden, Name und E-Mail werden gelöscht und Ihre kommenden Buchungen storniert. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Your account has been anonymised.</source>
        <translation>Ihr Konto wurde anonymisiert.</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Konto löschen</translation>
    </message>
    <message>
        <source>This deletes your account and cancels all your bookings. It cannot be undone.</source>
        <translation>Damit wird Ihr Konto gelöscht und alle Ihre Buchungen werden storniert. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Your account has been deleted.</source>
        <translation>Ihr Konto wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Über Sie</translation>
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
        <translation>Über mich</translation>
    </message>
    <message>
        <source>Avatar URL</source>
        <translation>Avatar-URL</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Bio</source>
        <translation>Ü&amp;ber mich</translation>
    </message>
    <message>
        <source>&amp;Avatar URL</source>
        <translation>&amp;Avatar-URL</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation>A&amp;ktuelles Passwort</translation>
    </message>
    <message>
        <source>Ne&amp;w password</source>
        <translation>Ne&amp;ues Passwort</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>New email</source>
        <translation>Neue E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Change email</source>
        <translation>E-Mail-Adresse ändern</translation>
    </message>
    <message>
        <source>New &amp;email</source>
        <translation>Neue &amp;E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Sign in to edit your profile.</source>
        <translation>Melden Sie sich an, um Ihr Profil zu bearbeiten.</translation>
    </message>
    <message>
        <source>The bio can have at most %1 characters.</source>
        <translation>„Über mich“ darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profil gespeichert.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
    <message>
        <source>The new passwords do not match.</source>
        <translation>Die neuen Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Password changed. Your other devices have been signed out.</source>
        <translation>Passwort geändert. Ihre anderen Geräte wurden abgemeldet.</translation>
    </message>
    <message>
        <source>Enter your password to confirm.</source>
        <translation>Geben Sie zur Bestätigung Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Your email is now %1.</source>
        <translation>Ihre E-Mail-Adresse lautet jetzt %1.</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Bild wählen …</translation>
    </message>
    <message>
        <source>Use a picture from this computer as your avatar</source>
        <translation>Ein Bild von diesem Computer als Avatar verwenden</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove avatar</source>
        <translation>Avatar entfernen</translation>
    </message>
    <message>
        <source>Image from a file</source>
        <translation>Bild aus einer Datei</translation>
    </message>
    <message>
        <source>Choose an avatar</source>
        <translation>Avatar wählen</translation>
    </message>
    <message>
        <source>Save the profile to keep the new avatar.</source>
        <translation>Speichern Sie das Profil, um den neuen Avatar zu behalten.</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::QueuePanel</name>
    <message>
        <source>Waiting list</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Eingetragen</translation>
    </message>
    <message>
        <source>Waiting list: %1</source>
        <translation>Warteliste: %1</translation>
    </message>
    <message numerus="yes">
        <source>Waiting list (%n)</source>
        <translation>
            <numerusform>Warteliste (%n)</numerusform>
            <numerusform>Warteliste (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eventbook::ui::SeatBar</name>
    <message>
        <source>Sold out</source>
        <translation>Ausgebucht</translation>
    </message>
    <message>
        <source>%1 of %2 seats left</source>
        <translation>%1 von %2 Plätzen frei</translation>
    </message>
    <message numerus="yes">
        <source>Sold out · %n on the waiting list</source>
        <translation>
            <numerusform>Ausgebucht · %n auf der Warteliste</numerusform>
            <numerusform>Ausgebucht · %n auf der Warteliste</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eventbook::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>Server&amp;adresse</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>The new language applies the next time EventBook starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von EventBook.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address, such as http://127.0.0.1:5000.</source>
        <translation>Geben Sie eine http://- oder https://-Adresse ein, etwa http://127.0.0.1:5000.</translation>
    </message>
    <message>
        <source>Already connected to this server.</source>
        <translation>Bereits mit diesem Server verbunden.</translation>
    </message>
    <message>
        <source>Now using %1. Sign in again for this server.</source>
        <translation>Jetzt mit %1 verbunden. Melden Sie sich für diesen Server erneut an.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden …</translation>
    </message>
    <message>
        <source>“Remember me” keeps your session in the system keychain.</source>
        <translation>„Angemeldet bleiben“ speichert Ihre Sitzung im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Prüfe %1…</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::SignInDialog</name>
    <message>
        <source>Sign in to EventBook</source>
        <translation>Bei EventBook anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>sie@beispiel.de</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Auf diesem Computer angemeldet &amp;bleiben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>At least 8 characters: upper, lower, digit and symbol</source>
        <translation>Mindestens 8 Zeichen: Groß-, Kleinbuchstabe, Ziffer und Sonderzeichen</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Re&amp;peat password</source>
        <translation>Passwort &amp;wiederholen</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Die beiden Passwörter sind nicht gleich.</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::TeamDialog</name>
    <message>
        <source>Team of “%1”</source>
        <translation>Team von „%1“</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
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
        <translation>E-Mail der Person, die hinzugefügt wird</translation>
    </message>
    <message>
        <source>Add to team</source>
        <translation>Zum Team hinzufügen</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Add an organiser or door staff by email. Give people their role in Users first.</source>
        <translation>Fügen Sie Veranstalter oder Einlasspersonal per E-Mail hinzu. Geben Sie ihnen zuerst unter Benutzer ihre Rolle.</translation>
    </message>
    <message>
        <source>Add door staff by email. An admin gives people the door staff role.</source>
        <translation>Fügen Sie Einlasspersonal per E-Mail hinzu. Die Rolle Einlasspersonal vergibt ein Admin.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>%1 is on the team as %2.</source>
        <translation>%1 ist im Team als %2.</translation>
    </message>
    <message>
        <source>Remove from team</source>
        <translation>Aus dem Team entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the team of “%2”? They lose access to this event at once.</source>
        <translation>%1 aus dem Team von „%2“ entfernen? Der Zugriff auf diese Veranstaltung endet sofort.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Removed %1 from the team.</source>
        <translation>%1 wurde aus dem Team entfernt.</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::TicketDialog</name>
    <message>
        <source>Ticket</source>
        <translation>Eintrittskarte</translation>
    </message>
    <message>
        <source>Ticket QR code</source>
        <translation>QR-Code der Eintrittskarte</translation>
    </message>
    <message>
        <source>Loading the ticket…</source>
        <translation>Eintrittskarte wird geladen …</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Als &amp;PNG speichern …</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern …</translation>
    </message>
    <message>
        <source>Holder: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <source>Seat confirmed</source>
        <translation>Platz bestätigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Booking %1</source>
        <translation>Buchung %1</translation>
    </message>
    <message>
        <source>Show this code at the door, on this screen, printed or on your phone.</source>
        <translation>Zeigen Sie diesen Code am Einlass – auf diesem Bildschirm, ausgedruckt oder auf dem Telefon.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Save ticket</source>
        <translation>Eintrittskarte speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::UsersPage</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Dabei seit</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Search by name or email…</source>
        <translation>Nach Name oder E-Mail suchen …</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Notify…</source>
        <translation>Benachrichtigen …</translation>
    </message>
    <message>
        <source>Delete the account of %1 (%2)?</source>
        <translation>Das Konto von %1 (%2) löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Their %n booking(s) are cancelled and the seats go back on sale. This cannot be undone.</source>
        <translation>
            <numerusform>Die %n Buchung wird storniert und der Platz wieder frei. Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Die %n Buchungen werden storniert und die Plätze wieder frei. Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Deleted the account of %1.</source>
        <translation>Das Konto von %1 wurde gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n person(s).</source>
        <translation>
            <numerusform>An %n Person gesendet.</numerusform>
            <numerusform>An %n Personen gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>So lassen</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Konto löschen</translation>
    </message>
    <message>
        <source>Keep account</source>
        <translation>Konto behalten</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymisiert</translation>
    </message>
    <message>
        <source>Makes the selected user an attendee, door staff, an organiser or an admin</source>
        <translation>Macht den gewählten Benutzer zu Teilnehmer, Einlasspersonal, Veranstalter oder Admin</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Daten exportieren…</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Anonymisieren…</translation>
    </message>
    <message>
        <source>They can then change every event, user and booking.</source>
        <translation>Er oder sie kann dann jede Veranstaltung, jeden Benutzer und jede Buchung ändern.</translation>
    </message>
    <message>
        <source>They can create events and run the events you assign to them (Events → Team).</source>
        <translation>Er oder sie kann Veranstaltungen anlegen und die zugewiesenen Veranstaltungen leiten (Veranstaltungen → Team).</translation>
    </message>
    <message>
        <source>They can see the attendees of the events they are assigned to, nothing else.</source>
        <translation>Er oder sie sieht die Teilnehmenden der zugewiesenen Veranstaltungen, sonst nichts.</translation>
    </message>
    <message>
        <source>They keep their bookings and lose every event assignment.</source>
        <translation>Die Buchungen bleiben, alle Zuweisungen zu Veranstaltungen entfallen.</translation>
    </message>
    <message>
        <source>Their open sessions switch to the new role at once.</source>
        <translation>Offene Sitzungen wechseln sofort zur neuen Rolle.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 ist jetzt: %2.</translation>
    </message>
    <message>
        <source>Anonymise the account of %1 (%2)?</source>
        <translation>Das Konto von %1 (%2) anonymisieren?</translation>
    </message>
    <message>
        <source>They can no longer sign in; their name and email are erased; bookings of upcoming events are cancelled and the seats go back on sale; bookings of past events stay in the statistics without a name. This cannot be undone.</source>
        <translation>Eine Anmeldung ist nicht mehr möglich; Name und E-Mail werden gelöscht; Buchungen kommender Veranstaltungen werden storniert und die Plätze wieder freigegeben; Buchungen vergangener Veranstaltungen bleiben ohne Namen in den Statistiken. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Anonymise user</source>
        <translation>Benutzer anonymisieren</translation>
    </message>
    <message>
        <source>Anonymise account</source>
        <translation>Konto anonymisieren</translation>
    </message>
    <message>
        <source>Anonymised the account of %1.</source>
        <translation>Das Konto von %1 wurde anonymisiert.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Exports, anonymises or deletes the selected user&apos;s account</source>
        <translation>Exportiert, anonymisiert oder löscht das Konto des gewählten Benutzers</translation>
    </message>
    <message>
        <source>You cannot delete or anonymise your own account here; use Profile.</source>
        <translation>Ihr eigenes Konto können Sie hier weder löschen noch anonymisieren; nutzen Sie das Profil.</translation>
    </message>
    <message>
        <source>%1 is already: %2.</source>
        <translation>%1 ist bereits: %2.</translation>
    </message>
    <message>
        <source>Make %1 (%2) an admin?</source>
        <translation>%1 (%2) zum Admin machen?</translation>
    </message>
    <message>
        <source>Remove admin rights from %1 (%2) and make them: %3?</source>
        <translation>%1 (%2) die Admin-Rechte entziehen und zu %3 machen?</translation>
    </message>
    <message>
        <source>Make %1 (%2): %3?</source>
        <translation>%1 (%2) zu %3 machen?</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::WaitlistTab</name>
    <message>
        <source>My waiting lists</source>
        <translation>Meine Wartelisten</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>&amp;Leave the waiting list</source>
        <translation>Warteliste &amp;verlassen</translation>
    </message>
    <message>
        <source>Gives up your place on the selected event&apos;s waiting list</source>
        <translation>Gibt Ihren Platz auf der Warteliste der gewählten Veranstaltung auf</translation>
    </message>
    <message>
        <source>A seat came free at “%1” and it is yours: see Upcoming.</source>
        <translation>Bei „%1“ wurde ein Platz frei und gehört Ihnen: siehe Anstehend.</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>You are not waiting for any event. A full event offers its waiting list.</source>
        <translation>Sie warten auf keine Veranstaltung. Eine ausgebuchte Veranstaltung bietet ihre Warteliste an.</translation>
    </message>
    <message>
        <source>You left the waiting list for “%1”.</source>
        <translation>Sie haben die Warteliste für „%1“ verlassen.</translation>
    </message>
</context>
</TS>
