<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiErrors</name>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>Le serveur a refusé la requête (%1).</translation>
    </message>
    <message>
        <source>Cannot reach the EventBook server at %1. Is it running, and is the address right?</source>
        <translation>Impossible de joindre le serveur EventBook à %1. Est-il démarré et l’adresse est-elle correcte ?</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation>Le serveur à %1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection. Try again in a moment.</source>
        <translation>Le serveur à %1 a fermé la connexion. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be made: %2</source>
        <translation>Impossible d’établir une connexion sécurisée avec %1 : %2</translation>
    </message>
    <message>
        <source>The server had a problem (%1). Try again later.</source>
        <translation>Le serveur a rencontré un problème (%1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 answered %2, which is not what an EventBook server says.</source>
        <translation>%1 a répondu %2, ce qui n’est pas une réponse de serveur EventBook.</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>Erreur réseau en communiquant avec %1 : %2</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Account registered</source>
        <translation>Compte enregistré</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Compte créé</translation>
    </message>
    <message>
        <source>Admin rights granted</source>
        <translation>Droits d’administration accordés</translation>
    </message>
    <message>
        <source>Admin rights removed</source>
        <translation>Droits d’administration retirés</translation>
    </message>
    <message>
        <source>Account deleted</source>
        <translation>Compte supprimé</translation>
    </message>
    <message>
        <source>Event created</source>
        <translation>Événement créé</translation>
    </message>
    <message>
        <source>Event changed</source>
        <translation>Événement modifié</translation>
    </message>
    <message>
        <source>Event deleted</source>
        <translation>Événement supprimé</translation>
    </message>
    <message>
        <source>Seat booked</source>
        <translation>Place réservée</translation>
    </message>
    <message>
        <source>Booking cancelled</source>
        <translation>Réservation annulée</translation>
    </message>
    <message>
        <source>Notification sent</source>
        <translation>Notification envoyée</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe modifié</translation>
    </message>
    <message>
        <source>Profile changed</source>
        <translation>Profil modifié</translation>
    </message>
    <message>
        <source>Email changed</source>
        <translation>Adresse e-mail modifiée</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Seats left</source>
        <translation>Places restantes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Replaced as a whole</source>
        <translation>Remplacé entièrement</translation>
    </message>
    <message>
        <source>Bookings cancelled</source>
        <translation>Réservations annulées</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An audit target: &quot;Booking 716&quot;, &quot;Account 26&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Account %1 (deleted)</source>
        <translation>Compte %1 (supprimé)</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>An audit entry: &quot;&lt;who&gt;: &lt;action&gt;.&quot;</extracomment>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>%1: %2 (%3).</source>
        <extracomment>An audit entry: &quot;&lt;who&gt;: &lt;action&gt; (&lt;target&gt;).&quot;</extracomment>
        <translation>%1 : %2 (%3).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>From address: %1</source>
        <translation>Depuis l’adresse : %1</translation>
    </message>
    <message>
        <source>Account anonymised</source>
        <translation>Compte anonymisé</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rôle modifié</translation>
    </message>
    <message>
        <source>Added to the event&apos;s team</source>
        <translation>Ajouté à l’équipe de l’événement</translation>
    </message>
    <message>
        <source>Removed from the event&apos;s team</source>
        <translation>Retiré de l’équipe de l’événement</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Past bookings kept</source>
        <translation>Réservations passées conservées</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passé</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Complet</translation>
    </message>
    <message>
        <source>this event is over</source>
        <translation>l’événement est passé</translation>
    </message>
    <message>
        <source>you are booked</source>
        <translation>vous avez réservé</translation>
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
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is %2; images can be at most %3.</source>
        <translation>%1 fait %2 ; les images peuvent faire au plus %3.</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG, GIF, WebP or AVIF image.</source>
        <translation>%1 n’est pas une image PNG, JPEG, GIF, WebP ou AVIF.</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>Save data export</source>
        <translation>Enregistrer l’export des données</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
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
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Door staff</source>
        <translation>Personnel d’accueil</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>Participant</translation>
    </message>
    <message numerus="yes">
        <source>Organiser of %n event(s)</source>
        <translation>
            <numerusform>Organisateur de %n événement</numerusform>
            <numerusform>Organisateur de %n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Door staff at %n event(s)</source>
        <translation>
            <numerusform>Accueil à %n événement</numerusform>
            <numerusform>Accueil à %n événements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Email is required</source>
        <translation>L’e-mail est obligatoire</translation>
    </message>
    <message>
        <source>Email must be at most %1 characters</source>
        <translation>L’e-mail doit contenir au plus %1 caractères</translation>
    </message>
    <message>
        <source>Email address is not valid</source>
        <translation>L’adresse e-mail n’est pas valide</translation>
    </message>
    <message>
        <source>Password must be at least %1 characters</source>
        <translation>Le mot de passe doit contenir au moins %1 caractères</translation>
    </message>
    <message>
        <source>Password must be at most %1 characters</source>
        <translation>Le mot de passe doit contenir au plus %1 caractères</translation>
    </message>
    <message>
        <source>Password must contain an upper-case letter, a lower-case letter, a digit and a symbol</source>
        <translation>Le mot de passe doit contenir une majuscule, une minuscule, un chiffre et un symbole</translation>
    </message>
    <message>
        <source>Name is required</source>
        <translation>Le nom est obligatoire</translation>
    </message>
    <message>
        <source>Name must be at most %1 characters</source>
        <translation>Le nom doit contenir au plus %1 caractères</translation>
    </message>
    <message>
        <source>Name must not contain control characters</source>
        <translation>Le nom ne doit pas contenir de caractères de contrôle</translation>
    </message>
    <message>
        <source>Image data URI must be at most %1 characters</source>
        <translation>L’URI de données de l’image doit contenir au plus %1 caractères</translation>
    </message>
    <message>
        <source>Image must be a base64 data URI of type png, jpeg, gif, webp or avif</source>
        <translation>L’image doit être une URI de données base64 de type png, jpeg, gif, webp ou avif</translation>
    </message>
    <message>
        <source>Image data is not valid base64</source>
        <translation>Les données de l’image ne sont pas en base64 valide</translation>
    </message>
    <message>
        <source>Image content does not match its declared type</source>
        <translation>Le contenu de l’image ne correspond pas au type déclaré</translation>
    </message>
    <message>
        <source>Image URL must be at most %1 characters</source>
        <translation>L’URL de l’image doit contenir au plus %1 caractères</translation>
    </message>
    <message>
        <source>Image must be an http(s) URL or a base64 image data URI</source>
        <translation>L’image doit être une URL http(s) ou une URI de données base64</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être un texte</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>is too short</source>
        <translation>est trop court</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>doit contenir au plus %1 caractères</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>ne doit pas contenir de caractères de contrôle</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time with a zone, e.g. 2026-12-01T18:00:00Z</source>
        <translation>doit être une date et heure ISO 8601 avec fuseau, p. ex. 2026-12-01T18:00:00Z</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be between 1 and %1</source>
        <translation>doit être compris entre 1 et %1</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>doit être une liste de textes</translation>
    </message>
    <message>
        <source>at most %1 tags</source>
        <translation>%1 mots-clés au plus</translation>
    </message>
    <message>
        <source>each tag must be a non-empty string</source>
        <translation>chaque mot-clé doit être non vide</translation>
    </message>
    <message>
        <source>each tag must be at most %1 characters</source>
        <translation>chaque mot-clé doit contenir au plus %1 caractères</translation>
    </message>
    <message>
        <source>tags must not contain control characters</source>
        <translation>les mots-clés ne doivent pas contenir de caractères de contrôle</translation>
    </message>
    <message>
        <source>must be a string or null</source>
        <translation>doit être un texte ou vide</translation>
    </message>
    <message>
        <source>must not be null</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>Email address contains an invisible or formatting character</source>
        <translation>L’adresse e-mail contient un caractère invisible ou de mise en forme</translation>
    </message>
    <message>
        <source>Email address mixes alphabets (for example Latin and Cyrillic letters)</source>
        <translation>L’adresse e-mail mélange des alphabets (par exemple des lettres latines et cyrilliques)</translation>
    </message>
    <message>
        <source>This is a commonly used password</source>
        <translation>C’est un mot de passe très répandu</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess</source>
        <translation>Un mot seul est facile à deviner</translation>
    </message>
    <message>
        <source>Add another word or two; uncommon words are better</source>
        <translation>Ajoutez un ou deux mots ; les mots peu courants sont meilleurs</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password</source>
        <translation>Cela ressemble à un mot de passe très répandu</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much</source>
        <translation>Les substitutions prévisibles comme « @ » au lieu de « a » n’aident guère</translation>
    </message>
    <message>
        <source>Your name or email address is easy to guess</source>
        <translation>Votre nom ou votre adresse e-mail est facile à deviner</translation>
    </message>
    <message>
        <source>Avoid your name, email address and other words about you</source>
        <translation>Évitez votre nom, votre adresse e-mail et les autres mots qui vous concernent</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; or &quot;abcabc&quot; are easy to guess</source>
        <translation>Les répétitions comme « aaa » ou « abcabc » sont faciles à deviner</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters</source>
        <translation>Évitez les mots et caractères répétés</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess</source>
        <translation>Les suites comme « abc » ou « 6543 » sont faciles à deviner</translation>
    </message>
    <message>
        <source>Avoid sequences</source>
        <translation>Évitez les suites</translation>
    </message>
    <message>
        <source>Straight rows and short patterns of keys are easy to guess</source>
        <translation>Les rangées de touches et les motifs courts sont faciles à deviner</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns</source>
        <translation>Utilisez un motif de clavier plus long avec plus de changements de direction</translation>
    </message>
    <message>
        <source>Dates are often easy to guess</source>
        <translation>Les dates sont souvent faciles à deviner</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you</source>
        <translation>Évitez les dates et les années liées à vous</translation>
    </message>
    <message>
        <source>Recent years are easy to guess</source>
        <translation>Les années récentes sont faciles à deviner</translation>
    </message>
    <message>
        <source>Avoid recent years</source>
        <translation>Évitez les années récentes</translation>
    </message>
    <message>
        <source>A few unrelated words, or a longer password, are harder to guess</source>
        <translation>Quelques mots sans rapport, ou un mot de passe plus long, sont plus difficiles à deviner</translation>
    </message>
    <message>
        <source>Password is too easy to guess. %1</source>
        <translation>Le mot de passe est trop facile à deviner. %1</translation>
    </message>
    <message>
        <source>Image path must be /api/images/ and a SHA-256 in hex</source>
        <translation>Le chemin de l’image doit être /api/images/ suivi d’un SHA-256 en hexadécimal</translation>
    </message>
</context>
<context>
    <name>eventbook::client::ApiClient</name>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Votre session a expiré. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Could not write the file; the download stopped.</source>
        <translation>Impossible d’écrire le fichier ; le téléchargement a été arrêté.</translation>
    </message>
</context>
<context>
    <name>eventbook::client::CheckInDesk</name>
    <message>
        <source>The server is not answering and this desk has no copy of the door yet: connect once before the doors open.</source>
        <translation>Le serveur ne répond pas et ce poste n’a pas encore de copie de l’entrée : connectez-vous une fois avant l’ouverture des portes.</translation>
    </message>
</context>
<context>
    <name>eventbook::client::CredentialStore</name>
    <message>
        <source>This computer has no keychain EventBook can use, so it cannot remember you: you stay signed in only until EventBook closes.</source>
        <translation>Cet ordinateur n’a pas de trousseau utilisable par EventBook, qui ne peut donc pas se souvenir de vous : vous restez connecté seulement jusqu’à la fermeture d’EventBook.</translation>
    </message>
</context>
<context>
    <name>eventbook::client::ServerCheck</name>
    <message>
        <source>No server answers at %1 (%2).</source>
        <translation>Aucun serveur ne répond à %1 (%2).</translation>
    </message>
    <message>
        <source>%1 answers, but it is not an EventBook server (it has no event list at /api/events).</source>
        <translation>%1 répond, mais ce n’est pas un serveur EventBook (pas de liste d’événements sous /api/events).</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::AdminEventsPage</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Seats left</source>
        <translation>Places libres</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>Filter by title, place, tag…</source>
        <translation>Filtrer par titre, lieu, mot-clé…</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Filtrer les événements</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Nouvel événement…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Could not load events: %1</source>
        <translation>Impossible de charger les événements : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>« %1 » enregistré.</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>« %1 » créé.</translation>
    </message>
    <message numerus="yes">
        <source>This cancels %n confirmed booking(s) and tells the people who made them.</source>
        <translation>
            <numerusform>Cela annule %n réservation confirmée et prévient la personne concernée.</numerusform>
            <numerusform>Cela annule %n réservations confirmées et prévient les personnes concernées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has booked it yet.</source>
        <translation>Personne n’a encore réservé.</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Supprimer l’événement</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Supprimer « %1 » ?</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>« %1 » supprimé.</translation>
    </message>
    <message>
        <source>Keep event</source>
        <translation>Garder l’événement</translation>
    </message>
    <message>
        <source>Team…</source>
        <translation>Équipe…</translation>
    </message>
    <message>
        <source>The organisers and door staff of the selected event</source>
        <translation>Les organisateurs et le personnel d’accueil de l’événement choisi</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::AnswerPanel</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Sortie enregistrée</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Déjà entré</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Pas entré</translation>
    </message>
    <message>
        <source>Flagged: admitted twice</source>
        <translation>Signalé : admis deux fois</translation>
    </message>
    <message>
        <source>Turned away</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Cancelled ticket</source>
        <translation>Billet annulé</translation>
    </message>
    <message>
        <source>Wrong event</source>
        <translation>Mauvais événement</translation>
    </message>
    <message>
        <source>Forged ticket</source>
        <translation>Billet falsifié</translation>
    </message>
    <message>
        <source>Not a ticket</source>
        <translation>Pas un billet</translation>
    </message>
    <message>
        <source>Came in at %1 through desk %2</source>
        <translation>Entré à %1 par le poste %2</translation>
    </message>
    <message>
        <source>There is no entry to check out from.</source>
        <translation>Aucune entrée à clôturer.</translation>
    </message>
    <message>
        <source>This booking was cancelled; the ticket is no longer valid.</source>
        <translation>Cette réservation a été annulée ; le billet n’est plus valable.</translation>
    </message>
    <message>
        <source>This ticket is for another event.</source>
        <translation>Ce billet est pour un autre événement.</translation>
    </message>
    <message>
        <source>Its signature does not match: it was not issued by EventBook or was altered.</source>
        <translation>Sa signature ne correspond pas : il n’a pas été émis par EventBook ou a été modifié.</translation>
    </message>
    <message>
        <source>This code is not an EventBook ticket.</source>
        <translation>Ce code n’est pas un billet EventBook.</translation>
    </message>
    <message>
        <source>Decided offline; sent when the server is back.</source>
        <translation>Décidé hors ligne ; envoyé dès le retour du serveur.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Scan a ticket</source>
        <translation>Scannez un billet</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>Prêt à scanner</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::AttendeesPage</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Booked at</source>
        <translation>Réservé le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Saves this event&apos;s bookings as a CSV file</source>
        <translation>Enregistre les réservations de cet événement dans un fichier CSV</translation>
    </message>
    <message>
        <source>Export all bookings…</source>
        <translation>Exporter toutes les réservations…</translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed booking(s)</source>
        <translation>
            <numerusform>%n réservation confirmée</numerusform>
            <numerusform>%n réservations confirmées</numerusform>
        </translation>
    </message>
    <message>
        <source>Export bookings</source>
        <translation>Exporter les réservations</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Exporting… %1</source>
        <translation>Export en cours… %1</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>%1 enregistré (%2).</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l’export : %1</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>Év&amp;énement :</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::AuditPage</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Toute action</translation>
    </message>
    <message>
        <source>Actor id</source>
        <translation>ID de l’acteur</translation>
    </message>
    <message>
        <source>Target type</source>
        <translation>Type de cible</translation>
    </message>
    <message>
        <source>Any target</source>
        <translation>Toute cible</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Détails de l’entrée</translation>
    </message>
    <message>
        <source>Select an entry to see what was recorded.</source>
        <translation>Choisissez une entrée pour voir ce qui a été enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y/ies)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Objet</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::BookingTableModel</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Booked on</source>
        <translation>Réservé le</translation>
    </message>
    <message>
        <source>Your seats</source>
        <translation>Vos places</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::BookingsPage</name>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Past and cancelled</source>
        <translation>Passées et annulées</translation>
    </message>
    <message>
        <source>Upcoming bookings</source>
        <translation>Réservations à venir</translation>
    </message>
    <message>
        <source>Past and cancelled bookings</source>
        <translation>Réservations passées et annulées</translation>
    </message>
    <message>
        <source>Cancel booking…</source>
        <translation>Annuler la réservation…</translation>
    </message>
    <message>
        <source>Cancels the selected upcoming booking and gives the seat back</source>
        <translation>Annule la réservation choisie et libère la place</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>Mes réservations</translation>
    </message>
    <message>
        <source>Sign in to see your bookings.</source>
        <translation>Connectez-vous pour voir vos réservations.</translation>
    </message>
    <message>
        <source>No upcoming bookings. Find something in Browse.</source>
        <translation>Aucune réservation à venir. Trouvez quelque chose dans « Parcourir ».</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Annuler la réservation</translation>
    </message>
    <message>
        <source>Cancel your booking for “%1”? Your seat goes to someone else.</source>
        <translation>Annuler votre réservation pour « %1 » ? Votre place ira à quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>Cancelled your booking for “%1”.</source>
        <translation>Votre réservation pour « %1 » est annulée.</translation>
    </message>
    <message>
        <source>Keep my booking</source>
        <translation>Garder ma réservation</translation>
    </message>
    <message>
        <source>&amp;Ticket…</source>
        <translation>&amp;Billet…</translation>
    </message>
    <message>
        <source>Shows the selected booking&apos;s ticket to show at the door</source>
        <translation>Affiche le billet de la réservation choisie, à présenter à l’entrée</translation>
    </message>
    <message>
        <source>Waiting lists</source>
        <translation>Listes d&apos;attente</translation>
    </message>
    <message>
        <source>Waiting lists (%1)</source>
        <translation>Listes d&apos;attente (%1)</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::BrowsePage</name>
    <message>
        <source>Search events, places, tags…</source>
        <translation>Rechercher des événements, lieux, mots-clés…</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Rechercher des événements</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrer par mot-clé</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Tous les mots-clés</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Use the arrow keys to move between events; details appear on the right.</source>
        <translation>Utilisez les flèches pour passer d’un événement à l’autre ; les détails s’affichent à droite.</translation>
    </message>
    <message>
        <source>Could not load events: %1</source>
        <translation>Impossible de charger les événements : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>No events match “%1”.</source>
        <translation>Aucun événement ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Show &amp;past events</source>
        <translation>Afficher les événements &amp;passés</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::CalendarButton</name>
    <message>
        <source>Add to &amp;calendar</source>
        <translation>Ajouter à l’&amp;agenda</translation>
    </message>
    <message>
        <source>Opens the event in your calendar application or saves it as an .ics file</source>
        <translation>Ouvre l’événement dans votre agenda ou l’enregistre comme fichier .ics</translation>
    </message>
    <message>
        <source>Open in my calendar</source>
        <translation>Ouvrir dans mon agenda</translation>
    </message>
    <message>
        <source>Save as .ics file…</source>
        <translation>Enregistrer en fichier .ics…</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Saved %1. Open it with your calendar to add the event.</source>
        <translation>%1 enregistré. Ouvrez-le avec votre agenda pour ajouter l’événement.</translation>
    </message>
    <message>
        <source>No calendar application opened it; the file is %1.</source>
        <translation>Aucun agenda ne l’a ouvert ; le fichier est %1.</translation>
    </message>
    <message>
        <source>Handed to your calendar application.</source>
        <translation>Transmis à votre agenda.</translation>
    </message>
    <message>
        <source>Save calendar file</source>
        <translation>Enregistrer le fichier d’agenda</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d’agenda (*.ics)</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::CheckinPage</name>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>E&amp;ntry</source>
        <translation>E&amp;ntrée</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>S&amp;ortie</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Événement :</translation>
    </message>
    <message>
        <source>Scan a ticket, or paste its text, and press Enter</source>
        <translation>Scannez un billet ou collez son texte, puis appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Billet</translation>
    </message>
    <message>
        <source>Open &amp;picture…</source>
        <translation>Ouvrir une &amp;image…</translation>
    </message>
    <message>
        <source>Reads the QR code in a photo or a saved ticket</source>
        <translation>Lit le code QR d’une photo ou d’un billet enregistré</translation>
    </message>
    <message>
        <source>Ticket left at home</source>
        <translation>Billet oublié</translation>
    </message>
    <message>
        <source>Holder&apos;s name</source>
        <translation>Nom du titulaire</translation>
    </message>
    <message>
        <source>Tickets found</source>
        <translation>Billets trouvés</translation>
    </message>
    <message>
        <source>&amp;Admit</source>
        <translation>&amp;Admettre</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Open a picture of a ticket</source>
        <translation>Ouvrir l’image d’un billet</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>No QR code found in %1.</source>
        <translation>Aucun code QR trouvé dans %1.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>à l’intérieur</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>sorti</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline: deciding with this desk&apos;s copy</source>
        <translation>Hors ligne : décision avec la copie de ce poste</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) on this desk</source>
        <translation>
            <numerusform>%n billet sur ce poste</numerusform>
            <numerusform>%n billets sur ce poste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) waiting to be sent</source>
        <translation>
            <numerusform>%n scan en attente d’envoi</numerusform>
            <numerusform>%n scans en attente d’envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>synchronised at %1</source>
        <translation>synchronisé à %1</translation>
    </message>
    <message>
        <source>desk %1</source>
        <translation>poste %1</translation>
    </message>
    <message>
        <source>Checked in: %1 of %2</source>
        <translation>Entrés : %1 sur %2</translation>
    </message>
    <message>
        <source>Present: %1</source>
        <translation>Présents : %1</translation>
    </message>
    <message>
        <source>Flagged: %1</source>
        <translation>Signalés : %1</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::DashboardPage</name>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Taux de remplissage</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message numerus="yes">
        <source>Bookings per day, last %n day(s)</source>
        <translation>
            <numerusform>Réservations par jour, dernier %n jour</numerusform>
            <numerusform>Réservations par jour, %n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Occupancy of the next events</source>
        <translation>Remplissage des prochains événements</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Booked %</source>
        <translation>Réservé %</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::DoorBoard</name>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Entrés</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Signalés</translation>
    </message>
    <message>
        <source>At the door</source>
        <translation>À l’entrée</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Événement %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::EventDetailPanel</name>
    <message>
        <source>Select an event to see its details.</source>
        <translation>Choisissez un événement pour en voir les détails.</translation>
    </message>
    <message>
        <source>Event image</source>
        <translation>Image de l’événement</translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>Chargement de l’image…</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Mots-clés : %1</translation>
    </message>
    <message>
        <source>Sign in to book</source>
        <translation>Connectez-vous pour réserver</translation>
    </message>
    <message>
        <source>You attended this event</source>
        <translation>Vous avez participé à cet événement</translation>
    </message>
    <message>
        <source>This event has ended</source>
        <translation>Cet événement est terminé</translation>
    </message>
    <message>
        <source>Cancel my booking</source>
        <translation>Annuler ma réservation</translation>
    </message>
    <message>
        <source>Book a seat</source>
        <translation>Réserver une place</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>Réservation…</translation>
    </message>
    <message>
        <source>Your booking is cancelled.</source>
        <translation>Votre réservation est annulée.</translation>
    </message>
    <message>
        <source>You&apos;re booked. See you there!</source>
        <translation>C’est réservé. À bientôt !</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Annuler la réservation</translation>
    </message>
    <message>
        <source>Cancel your booking for “%1”? Your seat goes to someone else.</source>
        <translation>Annuler votre réservation pour « %1 » ? Votre place ira à quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>Keep my booking</source>
        <translation>Garder ma réservation</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Détails de l’événement</translation>
    </message>
    <message>
        <source>A seat came free and it is yours: you&apos;re booked!</source>
        <translation>Une place s’est libérée et elle est à vous : vous êtes inscrit !</translation>
    </message>
    <message>
        <source>You are number %1 on the waiting list.</source>
        <translation>Vous êtes numéro %1 sur la liste d’attente.</translation>
    </message>
    <message>
        <source>Leave the waiting list</source>
        <translation>Quitter la liste d’attente</translation>
    </message>
    <message>
        <source>Join the waiting list</source>
        <translation>Rejoindre la liste d’attente</translation>
    </message>
    <message>
        <source>Leaving the waiting list…</source>
        <translation>Départ de la liste d’attente…</translation>
    </message>
    <message>
        <source>Joining the waiting list…</source>
        <translation>Inscription sur la liste d’attente…</translation>
    </message>
    <message>
        <source>You left the waiting list.</source>
        <translation>Vous avez quitté la liste d’attente.</translation>
    </message>
    <message>
        <source>You are number %1 on the waiting list: if a seat comes free, it is yours.</source>
        <translation>Vous êtes numéro %1 sur la liste d’attente : si une place se libère, elle est à vous.</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::EventEditorDialog</name>
    <message>
        <source>Edit event</source>
        <translation>Modifier l’événement</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Total seats</source>
        <translation>Places au total</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>music, outdoor, family</source>
        <translation>musique, plein air, famille</translation>
    </message>
    <message>
        <source>Image URL</source>
        <translation>URL de l’image</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Pas d’image</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>Aperçu de l’image</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>Créer l’événement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>D&amp;ate and time</source>
        <translation>D&amp;ate et heure</translation>
    </message>
    <message>
        <source>Total &amp;seats</source>
        <translation>&amp;Places au total</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>&amp;Mots-clés</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>&amp;Image</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) already booked.</source>
        <translation>
            <numerusform>%n place déjà réservée.</numerusform>
            <numerusform>%n places déjà réservées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Choisir une image</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) are already booked; the total cannot be lower.</source>
        <translation>
            <numerusform>%n place est déjà réservée ; le total ne peut pas être inférieur.</numerusform>
            <numerusform>%n places sont déjà réservées ; le total ne peut pas être inférieur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Image from a file</source>
        <translation>Image depuis un fichier</translation>
    </message>
    <message>
        <source>Not a usable image</source>
        <translation>Image inutilisable</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Chargement de l’aperçu…</translation>
    </message>
    <message>
        <source>Please correct the fields marked above.</source>
        <translation>Veuillez corriger les champs signalés.</translation>
    </message>
    <message>
        <source>The server refused some fields.</source>
        <translation>Le serveur a refusé certains champs.</translation>
    </message>
    <message>
        <source>Waiting for you to finish typing…</source>
        <translation>En attente de la fin de la saisie…</translation>
    </message>
    <message>
        <source>This date is in the past: nobody will be able to book the event.</source>
        <translation>Cette date est passée : personne ne pourra réserver l’événement.</translation>
    </message>
    <message>
        <source>Cannot show this image: %1</source>
        <translation>Impossible d’afficher cette image : %1</translation>
    </message>
    <message>
        <source>Date in the past</source>
        <translation>Date passée</translation>
    </message>
    <message>
        <source>%1 is in the past. Nobody can book an event that has taken place. Save it anyway?</source>
        <translation>%1 est passé. Personne ne peut réserver un événement qui a déjà eu lieu. Enregistrer quand même ?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Changer la date</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::ImageCache</name>
    <message>
        <source>The file is not an image this app can show.</source>
        <translation>Ce fichier n’est pas une image que cette application peut afficher.</translation>
    </message>
    <message>
        <source>Only http:// and https:// addresses can be shown.</source>
        <translation>Seules les adresses http:// et https:// peuvent être affichées.</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::MailSettingsBox</name>
    <message>
        <source>Mail and calendar</source>
        <translation>E-mail et agenda</translation>
    </message>
    <message>
        <source>Language of mails</source>
        <translation>Langue des e-mails</translation>
    </message>
    <message>
        <source>Remind me by mail the day before an event</source>
        <translation>Me rappeler par e-mail la veille d’un événement</translation>
    </message>
    <message>
        <source>Send me news and announcements from the organisers</source>
        <translation>M’envoyer les nouvelles et annonces des organisateurs</translation>
    </message>
    <message>
        <source>Booking confirmations, cancellations and security notices always come.</source>
        <translation>Les confirmations, annulations et avis de sécurité arrivent toujours.</translation>
    </message>
    <message>
        <source>Save mail settings</source>
        <translation>Enregistrer les réglages d’e-mail</translation>
    </message>
    <message>
        <source>Calendar feed address</source>
        <translation>Adresse de l’abonnement d’agenda</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>Réinitialiser…</translation>
    </message>
    <message>
        <source>Makes a new address; calendars subscribed to the old one stop updating</source>
        <translation>Crée une nouvelle adresse ; les agendas abonnés à l’ancienne ne se mettent plus à jour</translation>
    </message>
    <message>
        <source>Subscribe to this address in Thunderbird, Google, Apple or Outlook calendar to see every event you booked. Keep it to yourself: anyone with it sees your events.</source>
        <translation>Abonnez-vous à cette adresse dans Thunderbird, Google, Apple ou Outlook pour voir tous vos événements réservés. Gardez-la pour vous : qui l’a voit vos événements.</translation>
    </message>
    <message>
        <source>Your calendar feed</source>
        <translation>Votre abonnement d’agenda</translation>
    </message>
    <message>
        <source>Mail settings saved.</source>
        <translation>Réglages d’e-mail enregistrés.</translation>
    </message>
    <message>
        <source>Copied the calendar feed address.</source>
        <translation>Adresse de l’abonnement copiée.</translation>
    </message>
    <message>
        <source>Reset the calendar feed</source>
        <translation>Réinitialiser l’abonnement d’agenda</translation>
    </message>
    <message>
        <source>Calendars subscribed to the current address stop updating. Make a new address?</source>
        <translation>Les agendas abonnés à l’adresse actuelle ne se mettront plus à jour. Créer une nouvelle adresse ?</translation>
    </message>
    <message>
        <source>A new address: subscribe to it again where you use it.</source>
        <translation>Une nouvelle adresse : abonnez-vous à nouveau là où vous l’utilisez.</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::MailStatus</name>
    <message>
        <source>Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>The mail server said</source>
        <translation>Réponse du serveur de messagerie</translation>
    </message>
    <message>
        <source>Mails that failed</source>
        <translation>E-mails en échec</translation>
    </message>
    <message>
        <source>Mail: %1</source>
        <translation>E-mail : %1</translation>
    </message>
    <message>
        <source>Mail goes out</source>
        <translation>Les e-mails partent</translation>
    </message>
    <message>
        <source>Mail off (no SMTP_URL)</source>
        <translation>E-mail désactivé (pas de SMTP_URL)</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>%1 envoyés</translation>
    </message>
    <message>
        <source>%1 waiting (oldest %2 min)</source>
        <translation>%1 en attente (la plus ancienne : %2 min)</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 en échec</translation>
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
        <translation>Nouvelle notification : %1</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Parcourir</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>Mes réservations</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <source>Offline — retrying</source>
        <translation>Hors ligne — nouvelle tentative</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Connexion : %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Notifications (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Notifications, %n unread</source>
        <translation>
            <numerusform>Notifications, %n non lue</numerusform>
            <numerusform>Notifications, %n non lues</numerusform>
        </translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Entrée</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::NotificationComposeDialog</name>
    <message>
        <source>Send a notification</source>
        <translation>Envoyer une notification</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>À %1</translation>
    </message>
    <message>
        <source>To the selected user</source>
        <translation>À l’utilisateur choisi</translation>
    </message>
    <message>
        <source>To everyone</source>
        <translation>À tout le monde</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Give the notification a title.</source>
        <translation>Donnez un titre à la notification.</translation>
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
        <translation>Marquer comme lu</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message>
        <source>Sign in to see your notifications.</source>
        <translation>Connectez-vous pour voir vos notifications.</translation>
    </message>
    <message>
        <source>Nothing here yet. News about your events will appear as it happens.</source>
        <translation>Rien pour l’instant. Les nouvelles de vos événements apparaîtront ici en direct.</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lue</numerusform>
            <numerusform>%n non lues</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a notification to read it.</source>
        <translation>Choisissez une notification pour la lire.</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::Pager</name>
    <message>
        <source>← Previous</source>
        <translation>← Précédent</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Suivant →</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::PasswordMeter</name>
    <message>
        <source>Password strength</source>
        <translation>Robustesse du mot de passe</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Robuste</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Très robuste</translation>
    </message>
    <message>
        <source>%1 — not accepted yet</source>
        <translation>%1 — pas encore accepté</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::PrivacyBox</name>
    <message>
        <source>Your account and data</source>
        <translation>Votre compte et vos données</translation>
    </message>
    <message>
        <source>Download everything EventBook holds about you. Anonymising ends the account but keeps your past bookings in the organisers&apos; statistics without your name; deleting removes them. Both cancel your upcoming bookings and cannot be undone.</source>
        <translation>Téléchargez tout ce qu’EventBook conserve à votre sujet. L’anonymisation met fin au compte mais garde vos réservations passées, sans votre nom, dans les statistiques des organisateurs ; la suppression les efface. Les deux annulent vos réservations à venir et sont définitives.</translation>
    </message>
    <message>
        <source>Download my data…</source>
        <translation>Télécharger mes données…</translation>
    </message>
    <message>
        <source>Anonymise my account…</source>
        <translation>Anonymiser mon compte…</translation>
    </message>
    <message>
        <source>Delete my account…</source>
        <translation>Supprimer mon compte…</translation>
    </message>
    <message>
        <source>Your role: %1.</source>
        <translation>Votre rôle : %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Enter your password to confirm:</source>
        <translation>Saisissez votre mot de passe pour confirmer :</translation>
    </message>
    <message>
        <source>Anonymise account</source>
        <translation>Anonymiser le compte</translation>
    </message>
    <message>
        <source>This ends your account: you can no longer sign in, your name and email are erased and your upcoming bookings are cancelled. It cannot be undone.</source>
        <translation>Votre compte prend fin : vous ne pourrez plus vous connecter, votre nom et votre e-mail sont effacés et vos réservations à venir annulées. C’est définitif.</translation>
    </message>
    <message>
        <source>Your account has been anonymised.</source>
        <translation>Votre compte a été anonymisé.</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>This deletes your account and cancels all your bookings. It cannot be undone.</source>
        <translation>Votre compte est supprimé et toutes vos réservations sont annulées. C’est définitif.</translation>
    </message>
    <message>
        <source>Your account has been deleted.</source>
        <translation>Votre compte a été supprimé.</translation>
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
        <translation>À propos de vous</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Bio</translation>
    </message>
    <message>
        <source>Avatar URL</source>
        <translation>URL de l’avatar</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Bio</source>
        <translation>&amp;Bio</translation>
    </message>
    <message>
        <source>&amp;Avatar URL</source>
        <translation>URL de l’&amp;avatar</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Répéter le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation>Mot de passe act&amp;uel</translation>
    </message>
    <message>
        <source>Ne&amp;w password</source>
        <translation>No&amp;uveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Répéter</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>New email</source>
        <translation>Nouvel e-mail</translation>
    </message>
    <message>
        <source>Change email</source>
        <translation>Changer l’e-mail</translation>
    </message>
    <message>
        <source>New &amp;email</source>
        <translation>Nouvel &amp;e-mail</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>Sign in to edit your profile.</source>
        <translation>Connectez-vous pour modifier votre profil.</translation>
    </message>
    <message>
        <source>The bio can have at most %1 characters.</source>
        <translation>La bio peut contenir au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profil enregistré.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>The new passwords do not match.</source>
        <translation>Les nouveaux mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>Password changed. Your other devices have been signed out.</source>
        <translation>Mot de passe changé. Vos autres appareils ont été déconnectés.</translation>
    </message>
    <message>
        <source>Enter your password to confirm.</source>
        <translation>Saisissez votre mot de passe pour confirmer.</translation>
    </message>
    <message>
        <source>Your email is now %1.</source>
        <translation>Votre e-mail est désormais %1.</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Choisir une image…</translation>
    </message>
    <message>
        <source>Use a picture from this computer as your avatar</source>
        <translation>Utiliser une image de cet ordinateur comme avatar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove avatar</source>
        <translation>Retirer l’avatar</translation>
    </message>
    <message>
        <source>Image from a file</source>
        <translation>Image depuis un fichier</translation>
    </message>
    <message>
        <source>Choose an avatar</source>
        <translation>Choisir un avatar</translation>
    </message>
    <message>
        <source>Save the profile to keep the new avatar.</source>
        <translation>Enregistrez le profil pour garder le nouvel avatar.</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::QueuePanel</name>
    <message>
        <source>Waiting list</source>
        <translation>Liste d’attente</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>Waiting list: %1</source>
        <translation>Liste d’attente : %1</translation>
    </message>
    <message numerus="yes">
        <source>Waiting list (%n)</source>
        <translation>
            <numerusform>Liste d’attente (%n)</numerusform>
            <numerusform>Liste d’attente (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eventbook::ui::SeatBar</name>
    <message>
        <source>Sold out</source>
        <translation>Complet</translation>
    </message>
    <message>
        <source>%1 of %2 seats left</source>
        <translation>%1 places libres sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Sold out · %n on the waiting list</source>
        <translation>
            <numerusform>Complet · %n en liste d’attente</numerusform>
            <numerusform>Complet · %n en liste d’attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eventbook::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Adresse du serveur</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>The new language applies the next time EventBook starts.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage d’EventBook.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address, such as http://127.0.0.1:5000.</source>
        <translation>Saisissez une adresse http:// ou https://, par exemple http://127.0.0.1:5000.</translation>
    </message>
    <message>
        <source>Already connected to this server.</source>
        <translation>Déjà connecté à ce serveur.</translation>
    </message>
    <message>
        <source>Now using %1. Sign in again for this server.</source>
        <translation>Vous utilisez maintenant %1. Reconnectez-vous pour ce serveur.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>“Remember me” keeps your session in the system keychain.</source>
        <translation>« Se souvenir de moi » garde votre session dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::SignInDialog</name>
    <message>
        <source>Sign in to EventBook</source>
        <translation>Se connecter à EventBook</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>vous@exemple.fr</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Se souvenir de moi sur cet o&amp;rdinateur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>At least 8 characters: upper, lower, digit and symbol</source>
        <translation>Au moins 8 caractères : majuscule, minuscule, chiffre et symbole</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Répéter le mot de passe</translation>
    </message>
    <message>
        <source>Re&amp;peat password</source>
        <translation>Ré&amp;péter le mot de passe</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::TeamDialog</name>
    <message>
        <source>Team of “%1”</source>
        <translation>Équipe de « %1 »</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>Email of the person to add</source>
        <translation>E-mail de la personne à ajouter</translation>
    </message>
    <message>
        <source>Add to team</source>
        <translation>Ajouter à l’équipe</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Add an organiser or door staff by email. Give people their role in Users first.</source>
        <translation>Ajoutez un organisateur ou du personnel d’accueil par e-mail. Donnez-leur d’abord leur rôle dans Utilisateurs.</translation>
    </message>
    <message>
        <source>Add door staff by email. An admin gives people the door staff role.</source>
        <translation>Ajoutez du personnel d’accueil par e-mail. Un admin attribue le rôle de personnel d’accueil.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>%1 is on the team as %2.</source>
        <translation>%1 fait partie de l’équipe : %2.</translation>
    </message>
    <message>
        <source>Remove from team</source>
        <translation>Retirer de l’équipe</translation>
    </message>
    <message>
        <source>Remove %1 from the team of “%2”? They lose access to this event at once.</source>
        <translation>Retirer %1 de l’équipe de « %2 » ? L’accès à cet événement prend fin immédiatement.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Removed %1 from the team.</source>
        <translation>%1 a été retiré de l’équipe.</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::TicketDialog</name>
    <message>
        <source>Ticket</source>
        <translation>Billet</translation>
    </message>
    <message>
        <source>Ticket QR code</source>
        <translation>Code QR du billet</translation>
    </message>
    <message>
        <source>Loading the ticket…</source>
        <translation>Chargement du billet…</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Enregistrer en &amp;PNG…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Holder: %1</source>
        <translation>Titulaire : %1</translation>
    </message>
    <message>
        <source>Seat confirmed</source>
        <translation>Place confirmée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Booking %1</source>
        <translation>Réservation %1</translation>
    </message>
    <message>
        <source>Show this code at the door, on this screen, printed or on your phone.</source>
        <translation>Présentez ce code à l’entrée, sur cet écran, imprimé ou sur votre téléphone.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Save ticket</source>
        <translation>Enregistrer le billet</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::UsersPage</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Search by name or email…</source>
        <translation>Rechercher par nom ou e-mail…</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Rechercher des utilisateurs</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Notify…</source>
        <translation>Notifier…</translation>
    </message>
    <message>
        <source>Delete the account of %1 (%2)?</source>
        <translation>Supprimer le compte de %1 (%2) ?</translation>
    </message>
    <message numerus="yes">
        <source>Their %n booking(s) are cancelled and the seats go back on sale. This cannot be undone.</source>
        <translation>
            <numerusform>Sa %n réservation est annulée et la place remise en vente. C’est irréversible.</numerusform>
            <numerusform>Ses %n réservations sont annulées et les places remises en vente. C’est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Supprimer l’utilisateur</translation>
    </message>
    <message>
        <source>Deleted the account of %1.</source>
        <translation>Le compte de %1 a été supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n person(s).</source>
        <translation>
            <numerusform>Envoyé à %n personne.</numerusform>
            <numerusform>Envoyé à %n personnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>Laisser tel quel</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Keep account</source>
        <translation>Garder le compte</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymisé</translation>
    </message>
    <message>
        <source>Makes the selected user an attendee, door staff, an organiser or an admin</source>
        <translation>Fait de l’utilisateur choisi un participant, du personnel d’accueil, un organisateur ou un admin</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Exporter les données…</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Anonymiser…</translation>
    </message>
    <message>
        <source>They can then change every event, user and booking.</source>
        <translation>Cette personne pourra alors modifier chaque événement, utilisateur et réservation.</translation>
    </message>
    <message>
        <source>They can create events and run the events you assign to them (Events → Team).</source>
        <translation>Cette personne pourra créer des événements et gérer ceux que vous lui confiez (Événements → Équipe).</translation>
    </message>
    <message>
        <source>They can see the attendees of the events they are assigned to, nothing else.</source>
        <translation>Cette personne verra les participants des événements qui lui sont confiés, rien d’autre.</translation>
    </message>
    <message>
        <source>They keep their bookings and lose every event assignment.</source>
        <translation>Ses réservations restent ; toutes ses affectations à des événements sont retirées.</translation>
    </message>
    <message>
        <source>Their open sessions switch to the new role at once.</source>
        <translation>Ses sessions ouvertes passent immédiatement au nouveau rôle.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 est maintenant : %2.</translation>
    </message>
    <message>
        <source>Anonymise the account of %1 (%2)?</source>
        <translation>Anonymiser le compte de %1 (%2) ?</translation>
    </message>
    <message>
        <source>They can no longer sign in; their name and email are erased; bookings of upcoming events are cancelled and the seats go back on sale; bookings of past events stay in the statistics without a name. This cannot be undone.</source>
        <translation>Cette personne ne pourra plus se connecter ; son nom et son e-mail sont effacés ; les réservations d’événements à venir sont annulées et les places remises en vente ; celles d’événements passés restent dans les statistiques, sans nom. C’est définitif.</translation>
    </message>
    <message>
        <source>Anonymise user</source>
        <translation>Anonymiser l’utilisateur</translation>
    </message>
    <message>
        <source>Anonymise account</source>
        <translation>Anonymiser le compte</translation>
    </message>
    <message>
        <source>Anonymised the account of %1.</source>
        <translation>Le compte de %1 a été anonymisé.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Exports, anonymises or deletes the selected user&apos;s account</source>
        <translation>Exporte, anonymise ou supprime le compte de l’utilisateur choisi</translation>
    </message>
    <message>
        <source>You cannot delete or anonymise your own account here; use Profile.</source>
        <translation>Vous ne pouvez ni supprimer ni anonymiser votre propre compte ici ; passez par le profil.</translation>
    </message>
    <message>
        <source>%1 is already: %2.</source>
        <translation>%1 est déjà : %2.</translation>
    </message>
    <message>
        <source>Make %1 (%2) an admin?</source>
        <translation>Faire de %1 (%2) un admin ?</translation>
    </message>
    <message>
        <source>Remove admin rights from %1 (%2) and make them: %3?</source>
        <translation>Retirer les droits d’admin à %1 (%2) et lui donner le rôle : %3 ?</translation>
    </message>
    <message>
        <source>Make %1 (%2): %3?</source>
        <translation>Donner à %1 (%2) le rôle : %3 ?</translation>
    </message>
</context>
<context>
    <name>eventbook::ui::WaitlistTab</name>
    <message>
        <source>My waiting lists</source>
        <translation>Mes listes d’attente</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>&amp;Leave the waiting list</source>
        <translation>&amp;Quitter la liste d’attente</translation>
    </message>
    <message>
        <source>Gives up your place on the selected event&apos;s waiting list</source>
        <translation>Abandonne votre place sur la liste d’attente de l’événement choisi</translation>
    </message>
    <message>
        <source>A seat came free at “%1” and it is yours: see Upcoming.</source>
        <translation>Une place s’est libérée pour « %1 » et elle est à vous : voir À venir.</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>N° %1</translation>
    </message>
    <message>
        <source>You are not waiting for any event. A full event offers its waiting list.</source>
        <translation>Vous n’attendez aucun événement. Un événement complet propose sa liste d’attente.</translation>
    </message>
    <message>
        <source>You left the waiting list for “%1”.</source>
        <translation>Vous avez quitté la liste d’attente de « %1 ».</translation>
    </message>
</context>
</TS>
