#include "app/ctl/ctl.h"

#include "core/access/auth_service.h"
#include "core/cameras/camera_directory.h"
#include "core/common/logging.h"
#include "core/common/paths.h"
#include "core/common/workstation.h"
#include "core/demo/demo_seed.h"
#include "core/journal/journal.h"
#include "core/store/database.h"
#include "translations/translator.h"
#include "vigie/version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>
#include <QTextStream>

#include <memory>

namespace vigie::ctl {
namespace {

class Ctl
{
    Q_DECLARE_TR_FUNCTIONS(vigie::ctl::Ctl)

public:
    Ctl(Io io) : m_io(io) { }
    int run(const QStringList &args);

private:
    int usage(const QString &problem);
    std::unique_ptr<store::Database> openDatabase();
    QString readPassword();
    int userCommand(const QStringList &words);
    int cameraCommand(const QStringList &words);
    int demoCommand(const QStringList &words);
    int journalCommand(const QStringList &words);
    QString workstation();
    static QString localActor();

    Io m_io;
    QCommandLineParser m_parser;
    AppPaths m_paths;
};

const QCommandLineOption kDataDir(QStringLiteral("data-dir"), QString(), QStringLiteral("DIR"));
const QCommandLineOption kLang(QStringLiteral("lang"), QString(), QStringLiteral("LANG"));
const QCommandLineOption kVersionOption(QStringList { QStringLiteral("version"),
                                                      QStringLiteral("v") });
const QCommandLineOption kHelp(QStringList { QStringLiteral("help"), QStringLiteral("h") });
const QCommandLineOption kName(QStringLiteral("name"), QString(), QStringLiteral("NAME"));
const QCommandLineOption kMatricule(QStringLiteral("matricule"), QString(), QStringLiteral("ID"));
const QCommandLineOption kRole(QStringLiteral("role"), QString(), QStringLiteral("ROLE"));
const QCommandLineOption kRtspHost(QStringLiteral("rtsp-host"), QString(), QStringLiteral("HOST"),
                                   QStringLiteral("127.0.0.1"));
const QCommandLineOption kRtspPort(QStringLiteral("rtsp-port"), QString(), QStringLiteral("PORT"),
                                   QStringLiteral("8554"));
const QCommandLineOption kCameras(QStringLiteral("cameras"), QString(), QStringLiteral("N"),
                                  QStringLiteral("6"));

QString helpText()
{
    return Ctl::tr("Usage: vigiectl [--data-dir DIR] [--lang fr|en] COMMAND\n"
                   "\n"
                   "Commands:\n"
                   "  version                      print the version\n"
                   "  user add LOGIN --name NAME [--matricule ID] [--role ROLE]...\n"
                   "                               create a user (roles: operator, police_agent,\n"
                   "                               asvp, supervisor, admin); password from\n"
                   "                               VIGIE_PASSWORD or the first line of stdin\n"
                   "  user passwd LOGIN            set a user's password (same sources)\n"
                   "  user unlock LOGIN            unlock an account locked by failed logins\n"
                   "  user list                    list the users and their roles\n"
                   "  camera list                  list the cameras of the directory\n"
                   "  journal verify               check every chain of the journal; exit code 3\n"
                   "                               names the first entry altered, removed,\n"
                   "                               inserted or reordered\n"
                   "  demo seed [--rtsp-host H] [--rtsp-port P] [--cameras N]\n"
                   "                               seed the demo users and cameras\n");
}

int Ctl::usage(const QString &problem)
{
    if (!problem.isEmpty())
        m_io.err << problem << '\n';
    m_io.err << helpText();
    return 2;
}

std::unique_ptr<store::Database> Ctl::openDatabase()
{
    const Status dirs = m_paths.ensureExists();
    if (!dirs.ok()) {
        m_io.err << dirs.error() << '\n';
        return nullptr;
    }
    auto opened = store::Database::open(m_paths.databaseFile());
    if (!opened.ok()) {
        m_io.err << opened.error() << '\n';
        return nullptr;
    }
    return opened.take();
}

QString Ctl::readPassword()
{
    const QByteArray fromEnv = qgetenv("VIGIE_PASSWORD");
    if (!fromEnv.isEmpty())
        return QString::fromUtf8(fromEnv);
    return m_io.in.readLine();
}

int Ctl::userCommand(const QStringList &words)
{
    const QString action = words.value(1);
    auto db = openDatabase();
    if (!db)
        return 1;
    journal::Journal journal(*db, workstation());
    access::AuthService auth(*db, systemClock(), {}, &journal);
    if (action == QLatin1String("list")) {
        for (const access::User &user : auth.users()) {
            QStringList roles;
            for (access::Role role : user.roles)
                roles.append(access::roleCode(role));
            m_io.out << user.login << '\t' << user.displayName << '\t' << user.matricule << '\t'
                     << roles.join(QLatin1Char(',')) << '\n';
        }
        return 0;
    }
    const QString login = words.value(2);
    if (login.isEmpty() || words.size() > 3)
        return usage(tr("Give exactly one login."));
    if (action == QLatin1String("add")) {
        access::NewUser user;
        user.login = login;
        user.displayName = m_parser.value(kName);
        user.matricule = m_parser.value(kMatricule);
        if (m_parser.isSet(kRole)) {
            user.roles.clear();
            for (const QString &code : m_parser.values(kRole)) {
                for (const QString &part : code.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    const auto role = access::roleFromCode(part.trimmed());
                    if (!role)
                        return usage(tr("Unknown role \"%1\".").arg(part));
                    if (!user.roles.contains(*role))
                        user.roles.append(*role);
                }
            }
        }
        auto created = auth.createUser(user, readPassword(), localActor());
        if (!created.ok()) {
            m_io.err << created.error() << '\n';
            return 1;
        }
        m_io.out << tr("User %1 created.").arg(login) << '\n';
        return 0;
    }
    if (action == QLatin1String("passwd")) {
        const Status changed = auth.setPassword(login, readPassword(), localActor());
        if (!changed.ok()) {
            m_io.err << changed.error() << '\n';
            return 1;
        }
        m_io.out << tr("Password of %1 changed.").arg(login) << '\n';
        return 0;
    }
    if (action == QLatin1String("unlock")) {
        const Status unlocked = auth.unlock(login, localActor());
        if (!unlocked.ok()) {
            m_io.err << unlocked.error() << '\n';
            return 1;
        }
        m_io.out << tr("Account %1 unlocked.").arg(login) << '\n';
        return 0;
    }
    return usage(tr("Unknown user command \"%1\".").arg(action));
}

int Ctl::cameraCommand(const QStringList &words)
{
    if (words.value(1) != QLatin1String("list"))
        return usage(tr("Unknown camera command \"%1\".").arg(words.value(1)));
    auto db = openDatabase();
    if (!db)
        return 1;
    cameras::CameraDirectory directory(*db);
    QHash<qint64, QString> groups;
    for (const cameras::CameraGroup &group : directory.groups())
        groups.insert(group.id, group.name);
    for (const cameras::Camera &camera : directory.cameras()) {
        m_io.out << QStringLiteral("%1").arg(camera.number, 3, 10, QLatin1Char('0')) << '\t'
                 << camera.name << '\t' << groups.value(camera.groupId) << '\t' << camera.place
                 << '\t' << camera.mainUrl.toDisplayString(QUrl::RemoveUserInfo) << '\t'
                 << camera.subUrl.toDisplayString(QUrl::RemoveUserInfo) << '\n';
    }
    return 0;
}

int Ctl::demoCommand(const QStringList &words)
{
    if (words.value(1) != QLatin1String("seed"))
        return usage(tr("Unknown demo command \"%1\".").arg(words.value(1)));
    bool portOk = false;
    bool countOk = false;
    const int port = m_parser.value(kRtspPort).toInt(&portOk);
    const int count = m_parser.value(kCameras).toInt(&countOk);
    if (!portOk || port < 1 || port > 65535)
        return usage(tr("The RTSP port must be a number between 1 and 65535."));
    if (!countOk || count < 1 || count > 999)
        return usage(tr("The number of cameras must be between 1 and 999."));
    auto db = openDatabase();
    if (!db)
        return 1;
    journal::Journal journal(*db, workstation());
    auto seeded = demo::seedDemo(*db, m_parser.value(kRtspHost), port, count, &journal);
    if (!seeded.ok()) {
        m_io.err << seeded.error() << '\n';
        return 1;
    }
    m_io.out << tr("Demo ready: %1 user(s) created, %2 camera(s) created, %3 updated.")
                    .arg(seeded.value().usersCreated)
                    .arg(seeded.value().camerasCreated)
                    .arg(seeded.value().camerasUpdated)
             << '\n';
    return 0;
}

QString Ctl::workstation()
{
    QSettings settings(m_paths.settingsFile(), QSettings::IniFormat);
    return workstationId(settings);
}

QString Ctl::localActor()
{
    // vigiectl acts with the rights of whoever can open the data folder on this machine.
    QString who = qEnvironmentVariable("SUDO_USER");
    if (who.isEmpty())
        who = qEnvironmentVariable("USER", QStringLiteral("unknown"));
    return QStringLiteral("local:") + who;
}

int Ctl::journalCommand(const QStringList &words)
{
    if (words.value(1) != QLatin1String("verify"))
        return usage(tr("Unknown journal command \"%1\".").arg(words.value(1)));
    auto db = openDatabase();
    if (!db)
        return 1;
    journal::Journal journal(*db, workstation());
    const journal::VerifyReport report = journal.verify();
    if (report.ok()) {
        m_io.out << report.summary() << '\n';
        return 0;
    }
    m_io.err << tr("JOURNAL ALTERED:") << '\n' << report.summary() << '\n';
    return 3;
}

int Ctl::run(const QStringList &args)
{
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    m_parser.addOptions({ kDataDir, kLang, kVersionOption, kHelp, kName, kMatricule, kRole,
                          kRtspHost, kRtspPort, kCameras });
    if (!m_parser.parse(QStringList { QStringLiteral("vigiectl") } + args))
        return usage(m_parser.errorText());
    if (QCoreApplication::instance())
        i18n::install(*QCoreApplication::instance(), m_parser.value(kLang));
    if (m_parser.isSet(kVersionOption)) {
        m_io.out << "vigiectl " << vigie::kVersion << '\n';
        return 0;
    }
    if (m_parser.isSet(kHelp)) {
        m_io.out << helpText();
        return 0;
    }
    const QStringList words = m_parser.positionalArguments();
    if (words.isEmpty())
        return usage(tr("No command given."));
    m_paths = AppPaths::resolve(m_parser.value(kDataDir));
    logging::Options logOptions;
    logOptions.logDir = m_paths.logDir();
    logOptions.baseName = QStringLiteral("vigiectl");
    logOptions.toStderr = false; // the command's own messages are its output
    logging::install(logOptions);
    const QString command = words.first();
    if (command == QLatin1String("version")) {
        m_io.out << "vigiectl " << vigie::kVersion << '\n';
        return 0;
    }
    if (command == QLatin1String("user"))
        return userCommand(words);
    if (command == QLatin1String("camera"))
        return cameraCommand(words);
    if (command == QLatin1String("journal"))
        return journalCommand(words);
    if (command == QLatin1String("demo"))
        return demoCommand(words);
    return usage(tr("Unknown command \"%1\".").arg(command));
}

} // namespace

int run(const QStringList &args, Io io)
{
    Ctl ctl(io);
    return ctl.run(args);
}

} // namespace vigie::ctl
