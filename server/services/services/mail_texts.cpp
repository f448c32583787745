#include "mail_texts.h"

#include <QHash>

namespace eventbook::services::outbox {

namespace {
using Table = QHash<QString, MailText>;

Table english() {
    return {
        {QStringLiteral("booking_confirmed"),
         {QStringLiteral("Your booking: {title}"),
          QStringLiteral("your seat for {title} is booked. Show the attached ticket at the door.")}},
        {QStringLiteral("booking_cancelled"),
         {QStringLiteral("Booking cancelled: {title}"),
          QStringLiteral("your booking for {title} is cancelled and its ticket is no longer valid.")}},
        {QStringLiteral("booking_removed"),
         {QStringLiteral("Your booking was cancelled: {title}"),
          QStringLiteral("the organiser cancelled your booking for {title}; its ticket is no longer valid.")}},
        {QStringLiteral("waitlist_promoted"),
         {QStringLiteral("A seat for you: {title}"),
          QStringLiteral("a seat became free for {title} and it is yours: you were first on the waiting list. "
                         "Your ticket is attached.")}},
        {QStringLiteral("event_changed"),
         {QStringLiteral("Changed: {title}"),
          QStringLiteral("the organiser changed {title}. Here is what holds now; your booking stays.")}},
        {QStringLiteral("event_cancelled"),
         {QStringLiteral("Cancelled: {title}"),
          QStringLiteral("{title} has been cancelled by its organiser, and your booking with it.")}},
        {QStringLiteral("reminder"),
         {QStringLiteral("Reminder: {title}"), QStringLiteral("{title} is coming up soon. Your ticket is attached.")}},
        {QStringLiteral("announcement"), {QStringLiteral("{title}"), QStringLiteral("{body}")}},
        {QStringLiteral("password_changed"),
         {QStringLiteral("Your EventBook password was changed"),
          QStringLiteral("the password of your EventBook account was just changed and your other sessions were "
                         "signed out. If this was not you, reset your password and contact the organisers.")}},
        {QStringLiteral("email_changed"),
         {QStringLiteral("Your EventBook email address was changed"),
          QStringLiteral("the email address of your EventBook account was changed to {body}. If this was not "
                         "you, contact the organisers at once.")}},
    };
}

Table german() {
    return {
        {QStringLiteral("booking_confirmed"),
         {QStringLiteral("Ihre Buchung: {title}"),
          QStringLiteral("Ihr Platz für {title} ist gebucht. Zeigen Sie das angehängte Ticket am Eingang vor.")}},
        {QStringLiteral("booking_cancelled"),
         {QStringLiteral("Buchung storniert: {title}"),
          QStringLiteral("Ihre Buchung für {title} ist storniert, das Ticket ist nicht mehr gültig.")}},
        {QStringLiteral("booking_removed"),
         {QStringLiteral("Ihre Buchung wurde storniert: {title}"),
          QStringLiteral("Der Veranstalter hat Ihre Buchung für {title} storniert; das Ticket ist nicht mehr "
                         "gültig.")}},
        {QStringLiteral("waitlist_promoted"),
         {QStringLiteral("Ein Platz für Sie: {title}"),
          QStringLiteral("Für {title} ist ein Platz frei geworden, und er gehört Ihnen: Sie standen als Erste(r) "
                         "auf der Warteliste. Ihr Ticket ist angehängt.")}},
        {QStringLiteral("event_changed"),
         {QStringLiteral("Geändert: {title}"),
          QStringLiteral("Der Veranstalter hat {title} geändert. Das gilt jetzt; Ihre Buchung bleibt.")}},
        {QStringLiteral("event_cancelled"),
         {QStringLiteral("Abgesagt: {title}"),
          QStringLiteral("{title} wurde vom Veranstalter abgesagt, und Ihre Buchung damit auch.")}},
        {QStringLiteral("reminder"),
         {QStringLiteral("Erinnerung: {title}"), QStringLiteral("{title} steht bald an. Ihr Ticket ist angehängt.")}},
        {QStringLiteral("announcement"), {QStringLiteral("{title}"), QStringLiteral("{body}")}},
        {QStringLiteral("password_changed"),
         {QStringLiteral("Ihr EventBook-Passwort wurde geändert"),
          QStringLiteral("Das Passwort Ihres EventBook-Kontos wurde soeben geändert, Ihre anderen Sitzungen "
                         "wurden abgemeldet. Waren Sie das nicht, setzen Sie Ihr Passwort zurück und wenden Sie "
                         "sich an die Veranstalter.")}},
        {QStringLiteral("email_changed"),
         {QStringLiteral("Ihre EventBook-E-Mail-Adresse wurde geändert"),
          QStringLiteral("Die E-Mail-Adresse Ihres EventBook-Kontos wurde in {body} geändert. Waren Sie das "
                         "nicht, wenden Sie sich sofort an die Veranstalter.")}},
    };
}

Table french() {
    return {
        {QStringLiteral("booking_confirmed"),
         {QStringLiteral("Votre réservation : {title}"),
          QStringLiteral("votre place pour {title} est réservée. Présentez le billet joint à l’entrée.")}},
        {QStringLiteral("booking_cancelled"),
         {QStringLiteral("Réservation annulée : {title}"),
          QStringLiteral("votre réservation pour {title} est annulée et son billet n’est plus valable.")}},
        {QStringLiteral("booking_removed"),
         {QStringLiteral("Votre réservation a été annulée : {title}"),
          QStringLiteral("l’organisateur a annulé votre réservation pour {title} ; son billet n’est plus "
                         "valable.")}},
        {QStringLiteral("waitlist_promoted"),
         {QStringLiteral("Une place pour vous : {title}"),
          QStringLiteral("une place s’est libérée pour {title} et elle est à vous : vous étiez en tête de la "
                         "liste d’attente. Votre billet est joint.")}},
        {QStringLiteral("event_changed"),
         {QStringLiteral("Modifié : {title}"),
          QStringLiteral("l’organisateur a modifié {title}. Voici ce qui vaut désormais ; votre réservation "
                         "est maintenue.")}},
        {QStringLiteral("event_cancelled"),
         {QStringLiteral("Annulé : {title}"),
          QStringLiteral("{title} a été annulé par son organisateur, et votre réservation avec.")}},
        {QStringLiteral("reminder"),
         {QStringLiteral("Rappel : {title}"), QStringLiteral("{title} a lieu bientôt. Votre billet est joint.")}},
        {QStringLiteral("announcement"), {QStringLiteral("{title}"), QStringLiteral("{body}")}},
        {QStringLiteral("password_changed"),
         {QStringLiteral("Votre mot de passe EventBook a été modifié"),
          QStringLiteral("le mot de passe de votre compte EventBook vient d’être modifié et vos autres sessions "
                         "ont été fermées. Si ce n’était pas vous, réinitialisez votre mot de passe et contactez "
                         "les organisateurs.")}},
        {QStringLiteral("email_changed"),
         {QStringLiteral("Votre adresse e-mail EventBook a été modifiée"),
          QStringLiteral("l’adresse e-mail de votre compte EventBook a été remplacée par {body}. Si ce n’était "
                         "pas vous, contactez immédiatement les organisateurs.")}},
    };
}

const Table &table(const QString &language) {
    static const Table en = english();
    static const Table de = german();
    static const Table fr = french();
    if (language == QLatin1String("de"))
        return de;
    if (language == QLatin1String("fr"))
        return fr;
    return en;
}
} // namespace

QString mailLanguage(const QString &requested) {
    const QString l = requested.left(2).toLower();
    return l == QLatin1String("de") || l == QLatin1String("fr") ? l : QStringLiteral("en");
}

MailText mailText(const QString &kind, const QString &language) {
    return table(mailLanguage(language)).value(kind, table(QStringLiteral("en")).value(kind));
}

MailFrame mailFrame(const QString &language) {
    const QString l = mailLanguage(language);
    if (l == QLatin1String("de"))
        return {QStringLiteral("Hallo {name},"),
                QStringLiteral("Wann"),
                QStringLiteral("Wo"),
                QStringLiteral("Das Ticket (QR-Code) ist angehängt: ticket.png."),
                QStringLiteral("Die angehängte Datei event.ics trägt den Termin in Ihren Kalender ein."),
                QStringLiteral("Diese Mails abbestellen: {link}"),
                QStringLiteral("Ihre Mail-Einstellungen finden Sie in der EventBook-App unter Profil."),
                QStringLiteral("Ihr EventBook")};
    if (l == QLatin1String("fr"))
        return {QStringLiteral("Bonjour {name},"),
                QStringLiteral("Quand"),
                QStringLiteral("Où"),
                QStringLiteral("Le billet (code QR) est joint : ticket.png."),
                QStringLiteral("Le fichier joint event.ics ajoute l’événement à votre agenda."),
                QStringLiteral("Ne plus recevoir ces e-mails : {link}"),
                QStringLiteral("Vos réglages d’e-mail sont dans l’application EventBook, sous Profil."),
                QStringLiteral("EventBook")};
    return {QStringLiteral("Hello {name},"),
            QStringLiteral("When"),
            QStringLiteral("Where"),
            QStringLiteral("Your ticket (QR code) is attached: ticket.png."),
            QStringLiteral("The attached event.ics puts the event in your calendar."),
            QStringLiteral("Stop these mails: {link}"),
            QStringLiteral("Your mail settings are in the EventBook app, under Profile."),
            QStringLiteral("EventBook")};
}

} // namespace eventbook::services::outbox
