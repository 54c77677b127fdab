#include "app/application.h"

#include "app/analytics_host.h"
#include "app/desk.h"
#include "app/main_window.h"
#include "app/screen_source.h"
#include "app/services.h"
#include "app/session.h"
#include "core/access/access_policy.h"
#include "core/access/auth_service.h"
#include "core/access/viewing_session.h"
#include "core/analytics/alarm_log.h"
#include "core/analytics/analytics_retention.h"
#include "core/analytics/count_log.h"
#include "core/cameras/camera_credentials.h"
#include "core/cameras/camera_directory.h"
#include "core/cameras/camera_health.h"
#include "core/cameras/camera_status_board.h"
#include "core/cameras/directory_watch.h"
#include "core/common/logging.h"
#include "core/common/paths.h"
#include "core/common/workstation.h"
#include "core/journal/journal.h"
#include "core/journal/retention.h"
#include "core/records/bailleur_register.h"
#include "core/records/convention_book.h"
#include "core/records/incident_service.h"
#include "core/records/retention_purges.h"
#include "core/records/shift_service.h"
#include "core/records/snapshot_store.h"
#include "core/store/database.h"
#include "core/sync/central_link.h"
#include "core/sync/sync_worker.h"
#include "core/verbalisation/natinf_catalogue.h"
#include "core/verbalisation/ticket_service.h"
#include "core/verbalisation/verbalisation_settings.h"
#include "core/video/stream_registry.h"
#include "translations/translator.h"
#include "vigie/version.h"
#include "widgets/live_video.h"
#include "widgets/login_dialog.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace vigie::app {
namespace {

bool hasFlag(int argc, char **argv, const char *flag)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], flag) == 0)
            return true;
    }
    return false;
}

int g_signalPipe[2] = { -1, -1 };

void onTerminationSignal(int)
{
    const char byte = 1;
    if (::write(g_signalPipe[1], &byte, 1) < 0) { }
}

// SIGTERM and SIGINT end the session the way the Quit command does: arrangement saved.
void quitOnTerminationSignals(QApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char byte = 0;
        if (::read(g_signalPipe[0], &byte, 1) < 0) { }
        qCInfo(lcApp) << "termination signal: quitting";
        app.exit(0);
    });
    struct sigaction action;
    std::memset(&action, 0, sizeof action);
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
}

void fatal(const QString &message)
{
    qCCritical(lcApp).noquote() << message;
    QMessageBox::critical(nullptr, QApplication::translate("vigie::app", "Vigie"), message);
}

} // namespace

bool keepMemoryPrivate()
{
    return prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
}

int runVigie(int argc, char **argv)
{
    if (hasFlag(argc, argv, "--version") || hasFlag(argc, argv, "-v")) {
        std::printf("vigie %s\n", kVersion);
        return 0;
    }
    const bool memoryPrivate = keepMemoryPrivate();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vigie"));
    QApplication::setApplicationVersion(QLatin1String(kVersion));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/vigie.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Vigie — poste opérateur de CSU"));
    parser.addHelpOption();
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QStringLiteral("Dossier des données (base, réglages, journaux)."), QStringLiteral("DIR"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QStringLiteral("Langue : fr ou en."), QStringLiteral("LANG"));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        QStringLiteral("Identifiant ; avec VIGIE_PASSWORD, connexion directe."),
        QStringLiteral("LOGIN"));
    parser.addOptions({ dataDirOption, langOption, userOption });
    parser.process(app);
    quitOnTerminationSignals(app);

    const AppPaths paths = AppPaths::resolve(parser.value(dataDirOption));
    const Status dirs = paths.ensureExists();
    logging::Options logOptions;
    logOptions.logDir = dirs.ok() ? paths.logDir() : QString();
    logging::install(logOptions);
    qCInfo(lcApp) << "vigie" << kVersion << "data" << paths.dataDir();
    if (!memoryPrivate)
        qCWarning(lcApp) << "the kernel refused to make the process non-dumpable";

    QSettings settings(paths.settingsFile(), QSettings::IniFormat);
    QString language = parser.value(langOption);
    if (language.isEmpty())
        language = settings.value(QStringLiteral("ui/language"), QStringLiteral("fr")).toString();
    i18n::install(app, language);
    widgets::applyTheme(app);
    if (!dirs.ok()) {
        fatal(dirs.error());
        return 1;
    }

    auto opened = store::Database::open(paths.databaseFile());
    if (!opened.ok()) {
        fatal(opened.error());
        return 1;
    }
    std::unique_ptr<store::Database> db = opened.take();
    const QString workstation = workstationId(settings);
    journal::Journal journal(*db, workstation);
    access::AuthService auth(*db, journal);
    cameras::CameraDirectory directory(*db, journal);
    access::AccessPolicy policy(*db, journal);
    records::ShiftService shifts(*db, journal, policy);
    records::IncidentService incidents(*db, journal, policy, shifts);
    records::SnapshotStore snapshots(paths.dataDir(), *db, journal);
    // The central link syncs in its own thread; the desk works the same without it.
    std::unique_ptr<sync::SyncService> syncService;
    if (const QString text = sync::configuredUri(settings); !text.isEmpty()) {
        if (auto uri = sync::CentralUri::parse(text); uri.ok())
            syncService = std::make_unique<sync::SyncService>(
                sync::SyncSettings { paths.databaseFile(), workstation, uri.value() });
        else
            qCWarning(lcApp).noquote() << uri.error();
    }
    cameras::CameraHealthLog health(*db);
    verbalisation::NatinfCatalogue natinf(*db, journal);
    verbalisation::TicketService tickets(*db, journal, policy, directory, natinf, paths.dataDir(),
                                         verbalisation::readVerbalisationSettings(settings));
    // The bailleur register closes sessions at their limit by its own timer, desk open or not.
    records::ConventionBook conventions(*db, journal);
    records::BailleurRegister bailleur(*db, journal, policy);
    Services services { *db,       journal,   auth,           policy,   shifts,
                        incidents, snapshots, directory,      settings, syncService.get(),
                        &tickets,  &natinf,   paths.dataDir() };
    services.bailleur = &bailleur;
    services.conventions = &conventions;
    services.health = &health;

    // Views a crash left open are closed now, not only at the next login.
    if (const auto closed
        = access::ViewingSession::closeUnfinished(*db, journal, QDateTime::currentDateTime());
        !closed.ok())
        qCWarning(lcApp).noquote() << closed.error();

    // The retention purge runs a minute after start, then every day, as the workstation itself.
    QTimer retentionTimer;
    QObject::connect(&retentionTimer, &QTimer::timeout, &app, [&] {
        retentionTimer.setInterval(24 * 3600 * 1000);
        QStringList warnings;
        const auto rules = journal::RetentionPolicy::fromSettings(settings, &warnings);
        for (const QString &warning : std::as_const(warnings))
            qCWarning(lcApp).noquote() << warning;
        QList<journal::RecordPurge> purges
            = records::retentionPurges(incidents, snapshots, directory);
        purges.append([&health, &journal](const journal::RetentionPolicy &retention,
                                          const QDateTime &now,
                                          const QString &user) -> Result<QString> {
            const auto removed = health.purgeBefore(
                journal, now.addDays(-retention.daysFor(QStringLiteral("camera_health"))), user);
            if (!removed.ok())
                return Result<QString>(removed.status());
            return Result<QString>(cameras::CameraHealthLog::tr(
                "%n camera outage(s) past their retention removed.", nullptr, removed.value()));
        });
        analytics::AlarmLog alarms(*db, journal);
        purges.append(analytics::retentionPurges(alarms, directory));
        analytics::CountLog counts(*db, journal);
        purges.append(analytics::countsRetentionPurges(counts));
        const auto report = journal::runRetention(journal, rules, QDateTime::currentDateTime(),
                                                  QStringLiteral("system"), purges);
        if (report.ok())
            qCInfo(lcApp).noquote() << report.value().summary();
        else
            qCWarning(lcApp).noquote() << report.error();
    });
    retentionTimer.start(60 * 1000);
    cameras::CameraStatusBoard board;
    {
        // Credentials still in a camera's address (an older register) go to the keyring; the
        // streams get theirs back from it, in memory only. Retired cameras are not offered.
        QStringList problems;
        const auto moved = cameras::CameraCredentials::moveFromUrls(*db, journal, &problems);
        if (!moved.ok())
            problems.append(moved.error());
        QString keyringProblem;
        board.setCameras(
            cameras::CameraCredentials::withCredentials(directory.inService(), &keyringProblem));
        if (!keyringProblem.isEmpty())
            problems.append(keyringProblem);
        for (const QString &problem : std::as_const(problems))
            qCWarning(lcApp).noquote() << problem;
    }
    board.start();
    // The directory's changes reach the running desk: its own at once, another desk's after
    // the sync that brought them, vigiectl's on this register within a second (one indexed
    // read when nothing changed).
    cameras::DirectoryWatch directoryWatch(*db, directory, board);
    directoryWatch.start();
    services.directoryWatch = &directoryWatch;
    if (syncService)
        QObject::connect(syncService.get(), &sync::SyncService::synced, &directoryWatch,
                         [&directoryWatch](const sync::SyncReport &report) {
                             if (report.pulled > 0)
                                 directoryWatch.check();
                         });
    // Every camera's outages, as the board hears them, for the maintenance view; an alarm when
    // one has been down longer than the threshold.
    cameras::CameraHealthMonitor healthMonitor(
        health, board, settings.value(QStringLiteral("health/alarm_after_min"), 30).toInt());
    QObject::connect(&healthMonitor, &cameras::CameraHealthMonitor::problem, &app,
                     [](const QString &message) { qCWarning(lcApp).noquote() << message; });
    healthMonitor.start();
    services.healthMonitor = &healthMonitor;
    // One engine per camera stream for the whole desk; a camera taken off a tile stays
    // connected a few seconds, so that a swap, a layout change or a tour finds it still there.
    video::StreamRegistry streams;
    video::StreamOptions streamOptions;
    streamOptions.hardwareDecoding
        = settings.value(QStringLiteral("video/hardware_decoding"), false).toBool();
    streams.setDefaultOptions(streamOptions);
    streams.setLinger(settings.value(QStringLiteral("video/linger_ms"), 3000).toInt());
    widgets::LiveVideo liveVideo(&streams, &board);
    // The video analytics, on the one desk of the centre that runs them (see AnalyticsHost).
    std::unique_ptr<AnalyticsHost> analyticsHost;
    if (AnalyticsHost::runsHere(settings, syncService != nullptr)) {
        analyticsHost = std::make_unique<AnalyticsHost>(
            *db, journal, streams, board,
            settings.value(QStringLiteral("analytics/workers"), 0).toInt());
        AnalyticsHost *host = analyticsHost.get();
        liveVideo.setAnalytics(true, [host](double rate) { host->setRate(rate); });
        if (syncService)
            QObject::connect(syncService.get(), &sync::SyncService::synced, host,
                             [host](const sync::SyncReport &report) {
                                 if (report.pulled > 0)
                                     host->reconcile();
                             });
        host->start();
        services.analytics = host;
    }
    if (syncService)
        syncService->start(); // once for the run: logins come and go, the link stays
    const access::ShiftSchedule schedule = access::ShiftSchedule::fromSpec(
        settings.value(QStringLiteral("shifts/schedule")).toString());
    QtScreenSource screens;

    QString autoLogin = parser.value(userOption);
    QByteArray autoPassword = qgetenv("VIGIE_PASSWORD");
    qunsetenv("VIGIE_PASSWORD"); // never handed down to child processes

    for (;;) {
        std::optional<access::User> user;
        QString firstError;
        if (!autoLogin.isEmpty() && !autoPassword.isEmpty()) {
            const access::LoginOutcome outcome
                = auth.authenticate(autoLogin, QString::fromUtf8(autoPassword));
            if (outcome.kind == access::LoginOutcome::Kind::Success)
                user = outcome.user;
            else
                firstError = outcome.message;
        }
        autoPassword.fill('\0');
        autoPassword.clear();
        if (!user) {
            widgets::LoginDialog dialog(
                [&auth](const QString &login, const QString &password) {
                    return auth.authenticate(login, password);
                },
                workstation);
            if (!autoLogin.isEmpty())
                dialog.setLogin(autoLogin);
            if (dialog.exec() != QDialog::Accepted)
                return 0;
            user = dialog.user();
        }
        Session session { *user, workstation, schedule };
        Desk desk(session, &screens, &settings, &board, directory.groups(), &services);
        desk.setLiveVideo(&liveVideo);
        bool logout = false;
        QObject::connect(&desk, &Desk::logoutRequested, &app, [&] {
            logout = true;
            app.quit();
        });
        QObject::connect(&desk, &Desk::quitRequested, &app, &QApplication::quit);
        desk.show();
        for (;;) {
            app.exec();
            // A logout the journal cannot record is refused: the desk stays open and says why.
            // A confirmed Quit was journaled already (endSession journals once).
            const Status out
                = desk.endSession(logout ? QStringLiteral("logout") : QStringLiteral("quit"));
            if (out.ok())
                break;
            logout = false;
            QMessageBox::critical(nullptr, QApplication::translate("vigie::app", "Vigie"),
                                  out.error());
        }
        desk.close();
        if (!logout)
            break;
        autoLogin.clear();
    }
    return 0;
}

} // namespace vigie::app
