// eventbook: the desktop app. `--server URL` picks the server, `--screenshot DIR` renders each
// page to PNG and exits, `--version` prints the version.
#include "api/credential_store.h"
#include "eventbook/version.h"
#include "screenshot_runner.h"
#include "state/client_session.h"
#include "ui/app_icon.h"
#include "ui/app_settings.h"
#include "ui/main_window.h"
#include "ui/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSize>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>
#include <cstdio>
#include <memory>

using namespace eventbook;

Q_LOGGING_CATEGORY(lcStartup, "eventbook.app.startup", QtWarningMsg)

namespace {
// English is the source language; other languages come from the compiled-in catalogues.
void installTranslations(QApplication &app, const QString &choice) {
    QLocale locale = choice.isEmpty() ? QLocale::system() : QLocale(choice);
    if (locale.language() == QLocale::C) // no locale set (LANG=C, containers): plain English
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    auto *ours = new QTranslator(&app);
    // A language without a catalogue falls back to English (plurals included).
    if (ours->load(locale, QStringLiteral("eventbook"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        ours->load(QStringLiteral(":/i18n/eventbook_en.qm")))
        QApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}
} // namespace

int main(int argc, char *argv[]) {
    QElapsedTimer started;
    started.start();
    QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("EventBook"));
    QApplication::setOrganizationName(QStringLiteral("EventBook"));
    QApplication::setApplicationVersion(QStringLiteral(EVENTBOOK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("eventbook"));
    QApplication::setWindowIcon(ui::appIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("EventBook: browse and book events."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(
        QStringLiteral("server"),
        QStringLiteral("Server URL (default: the last used, or http://127.0.0.1:5000)."),
        QStringLiteral("URL"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render every page to PNG files in DIR and exit."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QStringLiteral("Language code (en, de, fr); default: the setting or the system's."),
        QStringLiteral("CODE"));
    const QCommandLineOption theme(QStringLiteral("theme"), QStringLiteral("system, light or dark."),
                                   QStringLiteral("THEME"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("Window size for --screenshot (default 1280x800)."),
                                  QStringLiteral("WxH"));
    parser.addOptions({server, screenshot, language, theme, size});
    parser.process(app);

    ui::AppSettings settings;
    QUrl serverUrl = settings.serverUrl();
    if (parser.isSet(server)) {
        serverUrl = QUrl::fromUserInput(parser.value(server));
        if (!serverUrl.isValid() || serverUrl.host().isEmpty() ||
            (serverUrl.scheme() != QLatin1StringView("http") &&
             serverUrl.scheme() != QLatin1StringView("https"))) {
            std::fprintf(stderr, "eventbook: --server needs an http:// or https:// URL, got \"%s\"\n",
                         qPrintable(parser.value(server)));
            return 2;
        }
    }
    const QString themeChoice = parser.isSet(theme) ? parser.value(theme) : settings.theme();
    if (themeChoice != QLatin1StringView("system") && themeChoice != QLatin1StringView("light") &&
        themeChoice != QLatin1StringView("dark")) {
        std::fprintf(stderr, "eventbook: --theme must be system, light or dark\n");
        return 2;
    }
    installTranslations(app, parser.isSet(language) ? parser.value(language) : settings.language());
    ui::applyTheme(app, themeChoice);

    const bool screenshots = parser.isSet(screenshot);
    QSize windowSize(1280, 800);
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(QLatin1Char('x'));
        bool okW = false;
        bool okH = false;
        const int w = parts.size() == 2 ? parts[0].toInt(&okW) : 0;
        const int h = parts.size() == 2 ? parts[1].toInt(&okH) : 0;
        if (!okW || !okH || w < 320 || h < 240 || w > 7680 || h > 4320) {
            std::fprintf(stderr, "eventbook: --size needs WIDTHxHEIGHT between 320x240 and 7680x4320, got \"%s\"\n",
                         qPrintable(parser.value(size)));
            return 2;
        }
        windowSize = QSize(w, h);
    }
    // Screenshots never touch the user's keychain.
    client::CredentialStore credentials;
    client::ClientSession session(serverUrl, screenshots ? nullptr : &credentials);
    // Banners and avatars the server stores stay on disk: a restart shows them without downloading.
    if (!screenshots)
        session.api().setImageCache(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                                    QStringLiteral("/images"));
    ui::MainWindow window(session, settings);
    if (screenshots) {
        window.resize(windowSize);
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.show();
        auto *runner = new ui::ScreenshotRunner(session, window, parser.value(screenshot), &app);
        runner->start();
        session.start();
        return app.exec();
    }
    window.show();
    // Start-up time as a user sees it: from main() to the first event list on screen (the turn after
    // the list arrived, when it has been painted). Off unless asked for with
    // QT_LOGGING_RULES="eventbook.app.startup.info=true"; bench/run.sh `app` reads it.
    if (lcStartup().isInfoEnabled()) {
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = QObject::connect(&session, &client::ClientSession::eventsLoaded, &window, [once, &started] {
            QObject::disconnect(*once);
            QTimer::singleShot(0, [&started] {
                qCInfo(lcStartup, "first event list shown %lld ms after start", started.elapsed());
            });
        });
    }
    session.start();
    return app.exec();
}
