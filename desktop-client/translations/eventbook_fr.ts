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
        <source>Password is too common; choose a less guessable one</source>
        <translation>Ce mot de passe est trop courant ; choisissez-en un moins prévisible</translation>
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
</context>
<context>
    <name>eventbook::client::CredentialStore</name>
    <message>
        <source>The system keychain is not available (%1). You stay signed in until EventBook closes.</source>
        <translation>Le trousseau du système n’est pas disponible (%1). Vous restez connecté jusqu’à la fermeture d’EventBook.</translation>
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
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Booked on</source>
        <translation>Réservé le</translation>
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
        <source>← Previous</source>
        <translation>← Précédent</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Suivant →</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Could not load events: %1</source>
        <translation>Impossible de charger les événements : %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
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
        <source>Sold out</source>
        <translation>Complet</translation>
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
        <source>Delete account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Deleting your account cancels all your bookings and cannot be undone.</source>
        <translation>Supprimer votre compte annule toutes vos réservations et ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>Delete my account…</source>
        <translation>Supprimer mon compte…</translation>
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
        <source>This deletes your account and cancels all your bookings. It cannot be undone.

Enter your password to confirm:</source>
        <translation>Cela supprime votre compte et annule toutes vos réservations. C’est irréversible.

Saisissez votre mot de passe pour confirmer :</translation>
    </message>
    <message>
        <source>Your account has been deleted.</source>
        <translation>Votre compte a été supprimé.</translation>
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
    <name>eventbook::ui::SeatBar</name>
    <message>
        <source>Sold out</source>
        <translation>Complet</translation>
    </message>
    <message>
        <source>%1 of %2 seats left</source>
        <translation>%1 places libres sur %2</translation>
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
</context>
</TS>
