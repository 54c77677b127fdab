#include "app/ctl/ctl.h"
#include "app/ctl/ctl_verbalisation.h"

#include "app/ctl/ctl_bailleur.h"

#include "app/ctl/analytics_ctl.h"

#include "core/access/access_policy.h"
#include "core/access/auth_service.h"
#include "core/access/journal_purge.h"
#include "core/access/reference_gate.h"
#include "core/analytics/alarm_log.h"
#include "core/analytics/analytics_retention.h"
#include "core/analytics/count_log.h"
#include "core/cameras/camera_credentials.h"
#include "core/cameras/camera_directory.h"
#include "core/cameras/camera_file.h"
#include "core/cameras/camera_health.h"
#include "core/cameras/onvif_client.h"
#include "core/cameras/onvif_discovery.h"
#include "core/common/logging.h"
#include "core/common/paths.h"
#include "core/common/workstation.h"
#include "core/demo/demo_seed.h"
#include "core/journal/journal.h"
#include "core/journal/journal_reader.h"
#include "core/journal/retention.h"
#include "core/records/incident_service.h"
#include "core/records/incident_typology.h"
#include "core/records/record_time.h"
#include "core/records/retention_purges.h"
#include "core/records/shift_log.h"
#include "core/records/shift_service.h"
#include "core/records/snapshot_store.h"
#include "core/store/database.h"
#include "core/sync/central_enrolment.h"
#include "core/sync/central_link.h"
#include "core/sync/central_schema.h"
#include "core/sync/central_verify.h"
#include "core/sync/enrolled_keys.h"
#include "core/sync/sync_engine.h"
#include "core/sync/sync_worker.h"
#include "translations/translator.h"
#include "vigie/version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
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
    // camera import FILE [--valid-only]: exit code 3 when lines were left out.
    int cameraImport(cameras::CameraDirectory &directory, store::Database &db,
                     journal::Journal &journal, const QStringList &words);
    // camera add|set: the directory's fields from the options, over `camera`.
    bool cameraFields(cameras::CameraDirectory &directory, const access::User &actor,
                      cameras::Camera *camera);
    // camera discover: the ONVIF devices that answer a probe and are not in the directory.
    int cameraDiscover(const cameras::CameraDirectory &directory);
    // camera onvif ADDRESS: what the device says of itself and the streams it would give.
    int cameraOnvif(const QStringList &words);
    // camera health [--days N] [--format text|csv|pdf --output FILE]: exit code 3 when a
    // camera is down now, for a monitoring script.
    int cameraHealth(store::Database &db, const cameras::CameraDirectory &directory);
    // --timeout S in milliseconds; 0 when it is not a number of seconds up to 60.
    int timeoutMs() const;
    int typologyCommand(const QStringList &words);
    int demoCommand(const QStringList &words);
    // demo seed --directory FILE: the demo's several hundred cameras, the refused lines printed.
    int demoDirectory(store::Database &db, journal::Journal &journal, int port, int seeded);
    int journalCommand(const QStringList &words);
    int incidentCommand(const QStringList &words);
    int shiftCommand(const QStringList &words);
    int analyticsCommand();
    int shiftList();
    int habilitate(store::Database &db, journal::Journal &journal, const access::User &actor,
                   const QString &login);
    int centralCommand(const QStringList &words);
    int syncCommand(const QStringList &words);
    // bailleur ...: app/ctl/ctl_bailleur.cpp, with what it borrows from here.
    int bailleurCommand(const QStringList &words);
    BailleurContext bailleurContext(); // what app/ctl/ctl_bailleur.cpp borrows from here
    int initCommand(const QStringList &words);
    // plate, natinf, ticket (app/ctl/ctl_verbalisation.cpp), with what they share with the
    // other commands.
    int verbalisationCommand(const QStringList &words);
    // The link from --central or the settings (central/uri); prints why when there is none.
    std::optional<sync::CentralUri> centralUri();
    std::unique_ptr<sync::CentralLink> openCentral(const sync::CentralUri &uri);
    // Authenticates the --user with the password from VIGIE_PASSWORD or stdin, through the
    // same rules (lock-out, journal) as the GUI's login, journaled as this command's
    // authentication rather than a login to the desk. vigiectl acts as that user, never as
    // whoever runs it: core checks that user's rights.
    // `password`: where to keep the password given, for a command that needs it again.
    std::optional<access::User> authenticate(store::Database &db, journal::Journal &journal,
                                             QString *password = nullptr);
    bool parseTime(const QCommandLineOption &option, QDateTime *time);
    QString workstation();
    // --role values as roles; prints the usage and returns nullopt on an unknown one.
    std::optional<QList<access::Role>> roles();

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
const QCommandLineOption kDirectoryFile(QStringLiteral("directory"), QString(),
                                        QStringLiteral("FILE"));
const QCommandLineOption kUser(QStringLiteral("user"), QString(), QStringLiteral("LOGIN"));
const QCommandLineOption kAdmin(QStringLiteral("admin"), QString(), QStringLiteral("LOGIN"));
const QCommandLineOption kCategory(QStringLiteral("category"), QString(), QStringLiteral("CODE"));
const QCommandLineOption kSubcategory(QStringLiteral("subcategory"), QString(),
                                      QStringLiteral("CODE"));
const QCommandLineOption kDescription(QStringLiteral("description"), QString(),
                                      QStringLiteral("TEXT"));
const QCommandLineOption kCamera(QStringLiteral("camera"), QString(), QStringLiteral("N"));
const QCommandLineOption kStream(QStringLiteral("stream"), QString(), QStringLiteral("STREAM"),
                                 QStringLiteral("main"));
const QCommandLineOption kCameraUser(QStringLiteral("camera-user"), QString(),
                                     QStringLiteral("NAME"));
const QCommandLineOption kOnvifUser(QStringLiteral("onvif-user"), QString(),
                                    QStringLiteral("NAME"));
const QCommandLineOption kTimeout(QStringLiteral("timeout"), QString(), QStringLiteral("S"),
                                  QStringLiteral("3"));
const QCommandLineOption kProbe(QStringLiteral("probe"), QString(), QStringLiteral("HOST:PORT"));
const QCommandLineOption kPlace(QStringLiteral("place"), QString(), QStringLiteral("TEXT"));
const QCommandLineOption kAt(QStringLiteral("at"), QString(), QStringLiteral("TIME"));
const QCommandLineOption kOutcome(QStringLiteral("outcome"), QString(), QStringLiteral("TEXT"));
const QCommandLineOption kClosed(QStringLiteral("closed"));
const QCommandLineOption kPartner(QStringLiteral("partner"), QString(), QStringLiteral("CODE"));
const QCommandLineOption kText(QStringLiteral("text"), QString(), QStringLiteral("WORDS"));
const QCommandLineOption kFrom(QStringLiteral("from"), QString(), QStringLiteral("TIME"));
const QCommandLineOption kTo(QStringLiteral("to"), QString(), QStringLiteral("TIME"));
const QCommandLineOption kStatus(QStringLiteral("status"), QString(), QStringLiteral("STATUS"));
const QCommandLineOption kLimit(QStringLiteral("limit"), QString(), QStringLiteral("N"),
                                QStringLiteral("100"));
const QCommandLineOption kShift(QStringLiteral("shift"), QString(), QStringLiteral("ID"));
const QCommandLineOption kFormat(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"));
const QCommandLineOption kOutput(QStringLiteral("output"), QString(), QStringLiteral("FILE"));
const QCommandLineOption kOperator(QStringLiteral("operator"), QString(), QStringLiteral("LOGIN"));
const QCommandLineOption kDesignatedBy(QStringLiteral("designated-by"), QString(),
                                       QStringLiteral("WHO"));
const QCommandLineOption kTerritory(QStringLiteral("territory"), QString(),
                                    QStringLiteral("INSEE"));
const QCommandLineOption kTraining(QStringLiteral("training"), QString(), QStringLiteral("DATE"));
const QCommandLineOption kExpires(QStringLiteral("expires"), QString(), QStringLiteral("DATE"));
const QCommandLineOption kRef(QStringLiteral("ref"), QString(), QStringLiteral("REF"));
const QCommandLineOption kCentral(QStringLiteral("central"), QString(), QStringLiteral("URI"));
const QCommandLineOption kMain(QStringLiteral("main"), QString(), QStringLiteral("URL"));
const QCommandLineOption kSub(QStringLiteral("sub"), QString(), QStringLiteral("URL"));
const QCommandLineOption kInsee(QStringLiteral("insee"), QString(), QStringLiteral("CODE"));
const QCommandLineOption kGroup(QStringLiteral("group"), QString(), QStringLiteral("NAME"));
const QCommandLineOption kRetention(QStringLiteral("retention"), QString(), QStringLiteral("DAYS"));
const QCommandLineOption kLabel(QStringLiteral("label"), QString(), QStringLiteral("TEXT"));
const QCommandLineOption kRetire(QStringLiteral("retire"));
const QCommandLineOption kValidOnly(QStringLiteral("valid-only"));
const QCommandLineOption kFull(QStringLiteral("full"));
const QCommandLineOption kPublicKey(QStringLiteral("public-key"), QString(), QStringLiteral("KEY"));
const QCommandLineOption kHead(QStringLiteral("head"), QString(),
                               QStringLiteral("WORKSTATION:SEQ:HASH"));
const QCommandLineOption kWatch(QStringLiteral("watch"));
// camera add|set: the directory's other fields, read as a camera file's cells.
const QList<QPair<QCommandLineOption, const char *>> kCameraFieldOptions {
    { QCommandLineOption(QStringLiteral("zone"), QString(), QStringLiteral("TEXT")), "zone" },
    { QCommandLineOption(QStringLiteral("address"), QString(), QStringLiteral("TEXT")), "address" },
    { QCommandLineOption(QStringLiteral("latitude"), QString(), QStringLiteral("DEG")),
      "latitude" },
    { QCommandLineOption(QStringLiteral("longitude"), QString(), QStringLiteral("DEG")),
      "longitude" },
    { QCommandLineOption(QStringLiteral("bearing"), QString(), QStringLiteral("DEG")),
      "bearing_deg" },
    { QCommandLineOption(QStringLiteral("owner"), QString(), QStringLiteral("OWNER")), "owner" },
    { QCommandLineOption(QStringLiteral("convention"), QString(), QStringLiteral("REF")),
      "convention" },
    { QCommandLineOption(QStringLiteral("verbalisation"), QString(), QStringLiteral("oui|non")),
      "verbalisation" },
    { QCommandLineOption(QStringLiteral("ptz"), QString(), QStringLiteral("oui|non")), "ptz" },
    { QCommandLineOption(QStringLiteral("onvif"), QString(), QStringLiteral("URL")), "onvif_url" },
    { QCommandLineOption(QStringLiteral("transport"), QString(), QStringLiteral("tcp|udp")),
      "transport" },
};
const QCommandLineOption kDays(QStringLiteral("days"), QString(), QStringLiteral("N"),
                               QStringLiteral("7"));
const QCommandLineOption kInterval(QStringLiteral("interval"), QString(), QStringLiteral("S"),
                                   QStringLiteral("2"));
const QCommandLineOption kCount(QStringLiteral("count"), QString(), QStringLiteral("N"),
                                QStringLiteral("0"));

QString helpText()
{
    return Ctl::tr("Usage: vigiectl [--data-dir DIR] [--lang fr|en] COMMAND\n"
                   "\n"
                   "Commands marked * act as --user LOGIN: that user's password comes from\n"
                   "VIGIE_PASSWORD or the first line of stdin; a new password comes next\n"
                   "(the first line of stdin when VIGIE_PASSWORD gave the user's, else the\n"
                   "second). Passwords are never read from the command line.\n"
                   "\n"
                   "Commands:\n"
                   "  version                      print the version\n"
                   "  init --admin LOGIN --name NAME [--matricule ID]\n"
                   "                               create the first administrator of an empty\n"
                   "                               register (refused once any user exists)\n"
                   "* user add LOGIN --name NAME [--matricule ID] [--role ROLE]...\n"
                   "                               create a user (roles: operator, police_agent,\n"
                   "                               asvp, supervisor, admin): administrators\n"
                   "* user passwd LOGIN            set a user's password: administrators, or\n"
                   "                               the user themselves\n"
                   "* user unlock LOGIN            unlock an account locked by failed logins\n"
                   "  user list                    list the users and their roles\n"
                   "* user habilitate LOGIN --designated-by WHO --territory INSEE[,INSEE]\n"
                   "        --training DATE --expires DATE [--ref REF]\n"
                   "                               record who designated the agent to view\n"
                   "                               images, where, and the training date\n"
                   "* incident add --user LOGIN --category CODE [--subcategory CODE]\n"
                   "        --description TEXT [--camera N] [--place TEXT] [--at TIME]\n"
                   "        [--partner CODE]... [--outcome TEXT --closed]\n"
                   "                               record an incident as that user\n"
                   "* incident list --user LOGIN [--text WORDS] [--category CODE] [--camera N]\n"
                   "        [--from TIME] [--to TIME] [--status open|closed] [--format json]\n"
                   "                               search the main courante\n"
                   "* shift export --user LOGIN (--shift ID | --from TIME --to TIME)\n"
                   "        [--camera N] [--category CODE] [--operator LOGIN]\n"
                   "        --format pdf|csv --output FILE\n"
                   "                               export a shift log (supervisors)\n"
                   "  camera list                  list the cameras of the directory\n"
                   "  journal verify               check every chain of the journal; exit code 3\n"
                   "                               names the first entry altered, removed,\n"
                   "                               inserted or reordered\n"
                   "* journal purge                remove what is past its retention (settings\n"
                   "                               retention/<kind>_days); the chain stays whole\n"
                   "  demo seed [--rtsp-host H] [--rtsp-port P] [--cameras N]\n"
                   "                               seed the demo users and cameras (refused in\n"
                   "                               a register that holds other data)\n")
        // One line per string: the translation tables hold no line breaks.
        + Ctl::tr("  shift list --user LOGIN [--from TIME] [--to TIME] [--format json]")
        + QLatin1Char('\n') + QString(31, QLatin1Char(' '))
        + Ctl::tr("list the shifts (by default the last 7 days):") + QLatin1Char('\n')
        + QString(31, QLatin1Char(' ')) + Ctl::tr("id, shift, start, end, chef de salle, state")
        + QLatin1Char('\n') + Ctl::tr("  journal verify --head WORKSTATION:SEQ:HASH")
        + QLatin1Char('\n') + QString(31, QLatin1Char(' '))
        + Ctl::tr("also check that a head printed on a shift log is in the chain")
        + QLatin1Char('\n') + Ctl::tr("  journal key") + QString(18, QLatin1Char(' '))
        + Ctl::tr("print this workstation's id and public key") + QLatin1Char('\n')
        + Ctl::tr("* central enroll-key WORKSTATION PUBLIC_KEY") + QLatin1Char('\n')
        + QString(31, QLatin1Char(' ')) + Ctl::tr("enrol a workstation's public key at central")
        + QLatin1Char('\n')
        + Ctl::tr("* camera credentials NUMBER --camera-user NAME [--stream main|sub|onvif]")
        + QLatin1Char('\n') + QString(31, QLatin1Char(' '))
        + Ctl::tr("keep a camera's user and password in the keyring") + QLatin1Char('\n')
        + QString(31, QLatin1Char(' '))
        + Ctl::tr("(the password from standard input, after LOGIN's)") + QLatin1Char('\n')
        + Ctl::tr("* central enroll WORKSTATION   give a workstation its own role at central")
        + QLatin1Char('\n') + QString(31, QLatin1Char(' '))
        + Ctl::tr("(prints its central link and its password, once)") + QLatin1Char('\n')
        + QString(31, QLatin1Char(' '))
        + Ctl::tr("--public-key KEY: its key too, as \"journal key\" prints it there")
        + QLatin1Char('\n')
        + Ctl::tr("* central revoke WORKSTATION   take that role away (a stolen desk)")
        + QLatin1Char('\n')
        + Ctl::tr("* camera add N --name NAME --main URL [--sub URL] [--place TEXT]")
        + QLatin1Char('\n') + Ctl::tr("        [--insee CODE] [--group NAME] [--retention DAYS]")
        + QLatin1Char('\n')
        + Ctl::tr("        [--zone TEXT] [--address TEXT] [--latitude DEG --longitude DEG]")
        + QLatin1Char('\n')
        + Ctl::tr("        [--bearing DEG] [--owner commune|bailleur|autre] [--convention REF]")
        + QLatin1Char('\n')
        + Ctl::tr("        [--verbalisation oui|non] [--ptz oui|non] [--transport tcp|udp]")
        + QLatin1Char('\n') + Ctl::tr("        [--onvif http://HOST/onvif/device_service]")
        + QLatin1Char('\n') + Ctl::tr("* camera set N [the same options]") + QLatin1Char('\n')
        + Ctl::tr("* camera retire N               take a camera out of service (never deleted)")
        + QLatin1Char('\n') + Ctl::tr("* camera snapshot N --output FILE") + QLatin1Char('\n')
        + QString(31, QLatin1Char(' '))
        + Ctl::tr("a live picture of a camera you may view, kept and journaled") + QLatin1Char('\n')
        + Ctl::tr("* camera import FILE [--valid-only]") + QLatin1Char('\n')
        + QString(31, QLatin1Char(' '))
        + Ctl::tr("add or update cameras from a CSV or JSON file: all or nothing,")
        + QLatin1Char('\n') + QString(31, QLatin1Char(' '))
        + Ctl::tr("or the valid lines only (exit code 3 if any left out)") + QLatin1Char('\n')
        + Ctl::tr("  camera export [--format csv|json]") + QLatin1Char('\n')
        + Ctl::tr("  demo seed ... --directory FILE  also import the demo's camera directory, "
                  "printing each refused line")
        + QLatin1Char('\n') + QString(31, QLatin1Char(' '))
        + Ctl::tr("the whole directory, retired cameras included") + QLatin1Char('\n')
        + QString(31, QLatin1Char(' '))
        + Ctl::tr("add or change a camera (administrators); addresses without credentials")
        + QLatin1Char('\n') + Ctl::tr("  camera discover [--timeout S] [--probe HOST:PORT]")
        + QLatin1Char('\n') + QString(31, QLatin1Char(' '))
        + Ctl::tr("list the ONVIF devices that answer and are not in the directory")
        + QLatin1Char('\n') + QString(31, QLatin1Char(' '))
        + Ctl::tr("(WS-Discovery on the local network, or one address)") + QLatin1Char('\n')
        + Ctl::tr("  camera onvif ADDRESS --onvif-user NAME [--timeout S]") + QLatin1Char('\n')
        + QString(31, QLatin1Char(' '))
        + Ctl::tr("a device's information and the stream addresses it gives") + QLatin1Char('\n')
        + QString(31, QLatin1Char(' ')) + Ctl::tr("(its password from standard input)")
        + QLatin1Char('\n')
        + Ctl::tr("  camera health [--days N] [--format text|csv|pdf --output FILE]")
        + QLatin1Char('\n') + QString(31, QLatin1Char(' '))
        + Ctl::tr("each camera's availability over N days (7), worst first,") + QLatin1Char('\n')
        + QString(31, QLatin1Char(' ')) + Ctl::tr("and the cameras down now (exit code 3 if any)")
        + QLatin1Char('\n')
        + Ctl::tr("* user roles LOGIN --role ROLE... | user disable | enable LOGIN")
        + QLatin1Char('\n') + QString(31, QLatin1Char(' '))
        + Ctl::tr("change a user's roles, disable or enable the account") + QLatin1Char('\n')
        + Ctl::tr("* typology set CODE --label TEXT [--retire]") + QLatin1Char('\n')
        + QString(31, QLatin1Char(' ')) + Ctl::tr("add, rename or retire an incident category")
        + QLatin1Char('\n') + verbalisationHelp() + Ctl::tr("* journal refusals")
        + QLatin1Char('\n') + QString(31, QLatin1Char(' '))
        + Ctl::tr("other workstations' changes to accounts, cameras or typology refused")
        + QLatin1Char('\n') + QString(31, QLatin1Char(' '))
        + Ctl::tr("here (exit code 3 if any): administrators") + QLatin1Char('\n') + bailleurHelp()
        + Ctl::tr("* central init | upgrade       create or upgrade the central database's\n"
                  "                               schema\n"
                  "  central verify               check every workstation's chain on central;\n"
                  "                               exit code 3 on a break or a refused chain\n"
                  "  central pull --full          start this workstation from central (backup\n"
                  "                               site): reference data and every register\n"
                  "  central password             store the central password in the keyring\n"
                  "                               (from VIGIE_PASSWORD or stdin)\n"
                  "  sync [--watch [--interval S] [--count N]]\n"
                  "                               sync with central now, or keep syncing\n"
                  "\n"
                  "The central link (global option --central URI) is\n"
                  "postgresql://user@host:port/database?sslmode=require, from --central or\n"
                  "the setting central/uri; its password comes from\n"
                  "PGPASSWORD, ~/.pgpass or the keyring, never from the settings.\n")
        + analyticsHelp();
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
    // VIGIE_PASSWORD serves once, then leaves the environment: no child process or later read
    // gets it. The next password comes from standard input.
    QByteArray fromEnv = qgetenv("VIGIE_PASSWORD");
    if (!fromEnv.isEmpty()) {
        qunsetenv("VIGIE_PASSWORD");
        const QString password = QString::fromUtf8(fromEnv);
        fromEnv.fill('\0');
        return password;
    }
    return m_io.in.readLine();
}

std::optional<QList<access::Role>> Ctl::roles()
{
    QList<access::Role> list;
    for (const QString &code : m_parser.values(kRole)) {
        for (const QString &part : code.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto role = access::roleFromCode(part.trimmed());
            if (!role) {
                usage(tr("Unknown role \"%1\".").arg(part));
                return std::nullopt;
            }
            if (!list.contains(*role))
                list.append(*role);
        }
    }
    return list;
}

int Ctl::initCommand(const QStringList &words)
{
    if (words.size() > 1 || !m_parser.isSet(kAdmin))
        return usage(tr("init takes --admin LOGIN --name NAME [--matricule ID]."));
    auto db = openDatabase();
    if (!db)
        return 1;
    journal::Journal journal(*db, workstation());
    access::AuthService auth(*db, journal);
    auto created = auth.createFirstAdmin({ m_parser.value(kAdmin),
                                           m_parser.value(kName),
                                           m_parser.value(kMatricule),
                                           { access::Role::Admin } },
                                         readPassword());
    if (!created.ok()) {
        m_io.err << created.error() << '\n';
        return 1;
    }
    m_io.out << tr("Administrator %1 created.").arg(created.value().login) << '\n';
    return 0;
}

int Ctl::userCommand(const QStringList &words)
{
    const QString action = words.value(1);
    auto db = openDatabase();
    if (!db)
        return 1;
    journal::Journal journal(*db, workstation());
    access::AuthService auth(*db, journal);
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
    static const QStringList actions { QStringLiteral("add"),        QStringLiteral("passwd"),
                                       QStringLiteral("habilitate"), QStringLiteral("unlock"),
                                       QStringLiteral("roles"),      QStringLiteral("disable"),
                                       QStringLiteral("enable") };
    if (!actions.contains(action))
        return usage(tr("Unknown user command \"%1\".").arg(action));
    if (login.isEmpty() || words.size() > 3)
        return usage(tr("Give exactly one login."));
    access::NewUser user;
    if (action == QLatin1String("roles") && !m_parser.isSet(kRole))
        return usage(tr("user roles takes --role ROLE, once per role."));
    if (action == QLatin1String("add") || action == QLatin1String("roles")) {
        user.login = login;
        user.displayName = m_parser.value(kName);
        user.matricule = m_parser.value(kMatricule);
        if (m_parser.isSet(kRole)) {
            const auto chosen = roles();
            if (!chosen)
                return 2;
            user.roles = *chosen;
        }
    }
    // Everything below changes rights: it is done as an authenticated user, whose rights core
    // checks.
    QString actorPassword;
    const auto actor = authenticate(*db, journal, &actorPassword);
    if (!actor)
        return 1;
    if (action == QLatin1String("add")) {
        auto created = auth.createUser(*actor, user, readPassword());
        if (!created.ok()) {
            m_io.err << created.error() << '\n';
            return 1;
        }
        m_io.out << tr("User %1 created.").arg(login) << '\n';
        return 0;
    }
    if (action == QLatin1String("passwd")) {
        // Users changing their own password have just given the current one.
        const Status changed = auth.setPassword(*actor, login, readPassword(), actorPassword);
        if (!changed.ok()) {
            m_io.err << changed.error() << '\n';
            return 1;
        }
        m_io.out << tr("Password of %1 changed.").arg(login) << '\n';
        return 0;
    }
    if (action == QLatin1String("habilitate"))
        return habilitate(*db, journal, *actor, login);
    if (action == QLatin1String("roles")) {
        const Status set = auth.setRoles(*actor, login, user.roles);
        if (!set.ok()) {
            m_io.err << set.error() << '\n';
            return 1;
        }
        m_io.out << tr("Roles of %1 changed.").arg(login) << '\n';
        return 0;
    }
    if (action == QLatin1String("disable") || action == QLatin1String("enable")) {
        const bool enable = action == QLatin1String("enable");
        const Status set = auth.setActive(*actor, login, enable);
        if (!set.ok()) {
            m_io.err << set.error() << '\n';
            return 1;
        }
        m_io.out << (enable ? tr("Account %1 enabled.") : tr("Account %1 disabled.")).arg(login)
                 << '\n';
        return 0;
    }
    const Status unlocked = auth.unlock(*actor, login);
    if (!unlocked.ok()) {
        m_io.err << unlocked.error() << '\n';
        return 1;
    }
    m_io.out << tr("Account %1 unlocked.").arg(login) << '\n';
    return 0;
}

int Ctl::cameraCommand(const QStringList &words)
{
    const QString action = words.value(1);
    static const QStringList actions { QStringLiteral("list"),   QStringLiteral("add"),
                                       QStringLiteral("set"),    QStringLiteral("credentials"),
                                       QStringLiteral("retire"), QStringLiteral("import"),
                                       QStringLiteral("export"), QStringLiteral("discover"),
                                       QStringLiteral("onvif"),  QStringLiteral("health") };
    if (action == QLatin1String("snapshot")) {
        BailleurContext context = bailleurContext();
        return cameraSnapshot(words, context, m_paths.dataDir());
    }
    if (!actions.contains(action))
        return usage(tr("Unknown camera command \"%1\".").arg(action));
    if (action == QLatin1String("onvif"))
        return cameraOnvif(words);
    auto db = openDatabase();
    if (!db)
        return 1;
    journal::Journal journal(*db, workstation());
    // Credentials still in a camera's address (an older register) go to the keyring first.
    QStringList problems;
    const auto moved = cameras::CameraCredentials::moveFromUrls(*db, journal, &problems);
    for (const QString &problem : std::as_const(problems))
        m_io.err << problem << '\n';
    if (!moved.ok()) {
        m_io.err << moved.error() << '\n';
        return 1;
    }
    if (moved.value() > 0)
        m_io.err << tr("Credentials of %n camera(s) moved from their address to the keyring.",
                       nullptr, moved.value())
                 << '\n';
    cameras::CameraDirectory directory(*db, journal);
    if (action == QLatin1String("discover"))
        return cameraDiscover(directory);
    if (action == QLatin1String("health"))
        return cameraHealth(*db, directory);
    if (action == QLatin1String("credentials")) {
        bool numberOk = false;
        const int number = words.value(2).toInt(&numberOk);
        if (!numberOk || !directory.byNumber(number))
            return usage(tr("There is no camera number \"%1\".").arg(words.value(2)));
        const QString stream = m_parser.value(kStream);
        if (stream != QLatin1String("main") && stream != QLatin1String("sub")
            && stream != QLatin1String("onvif"))
            return usage(tr("The stream is main, sub or onvif, not \"%1\".").arg(stream));
        const auto user = authenticate(*db, journal);
        if (!user)
            return 1;
        access::AccessPolicy policy(*db, journal);
        const Status stored = cameras::CameraCredentials::store(
            policy, journal, *user, number,
            stream == QLatin1String("main")      ? cameras::CameraStream::Main
                : stream == QLatin1String("sub") ? cameras::CameraStream::Sub
                                                 : cameras::CameraStream::Onvif,
            { m_parser.value(kCameraUser), readPassword() });
        if (!stored.ok()) {
            m_io.err << stored.error() << '\n';
            return 1;
        }
        m_io.out << tr("The credentials of camera %1 (%2 stream) are in the keyring.")
                        .arg(number, 3, 10, QLatin1Char('0'))
                        .arg(stream)
                 << '\n';
        return 0;
    }
    if (action == QLatin1String("export")) {
        const QString format = m_parser.value(kFormat).toLower();
        if (!format.isEmpty() && format != QLatin1String("csv") && format != QLatin1String("json"))
            return usage(tr("The format is csv or json, not \"%1\".").arg(format));
        m_io.out << QString::fromUtf8(format == QLatin1String("json")
                                          ? cameras::CameraFile::toJson(directory.cameras())
                                          : cameras::CameraFile::toCsv(directory.cameras()));
        return 0;
    }
    if (action == QLatin1String("import"))
        return cameraImport(directory, *db, journal, words);
    if (action == QLatin1String("list")) {
        QHash<qint64, QString> groups;
        for (const cameras::CameraGroup &group : directory.groups())
            groups.insert(group.id, group.name);
        for (const cameras::Camera &camera : directory.cameras()) {
            m_io.out << QStringLiteral("%1").arg(camera.number, 3, 10, QLatin1Char('0')) << '\t'
                     << camera.name << '\t' << groups.value(camera.groupId) << '\t' << camera.place
                     << '\t' << camera.inseeCode << '\t'
                     << camera.mainUrl.toDisplayString(QUrl::RemoveUserInfo) << '\t'
                     << camera.subUrl.toDisplayString(QUrl::RemoveUserInfo) << '\n';
        }
        return 0;
    }
    bool numberOk = false;
    const int number = words.value(2).toInt(&numberOk);
    if (!numberOk || number <= 0 || words.size() > 3)
        return usage(tr("Give exactly one camera number."));
    // The directory decides who may view what: it changes as an authenticated user.
    const auto actor = authenticate(*db, journal);
    if (!actor)
        return 1;
    if (action == QLatin1String("retire")) {
        const Status retired = directory.retireCamera(*actor, number);
        if (!retired.ok()) {
            m_io.err << retired.error() << '\n';
            return 1;
        }
        m_io.out << tr("Camera %1 retired: it keeps its history and is no longer offered to the "
                       "walls.")
                        .arg(number)
                 << '\n';
        return 0;
    }
    cameras::Camera camera;
    if (action == QLatin1String("set")) {
        const auto current = directory.byNumber(number);
        if (!current) {
            m_io.err << tr("There is no camera number %1.").arg(number) << '\n';
            return 1;
        }
        camera = *current;
    }
    camera.number = number;
    if (!cameraFields(directory, *actor, &camera))
        return 1;
    const Status done = action == QLatin1String("add")
        ? directory.addCamera(*actor, camera).status()
        : directory.updateCamera(*actor, camera);
    if (!done.ok()) {
        m_io.err << done.error() << '\n';
        return 1;
    }
    m_io.out << (action == QLatin1String("add") ? tr("Camera %1 added.") : tr("Camera %1 changed."))
                    .arg(number)
             << '\n';
    return 0;
}

int Ctl::cameraImport(cameras::CameraDirectory &directory, store::Database &db,
                      journal::Journal &journal, const QStringList &words)
{
    if (words.size() != 3)
        return usage(tr("camera import takes one FILE (CSV or JSON)."));
    QFile file(words.value(2));
    if (!file.open(QIODevice::ReadOnly)) {
        m_io.err << tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()) << '\n';
        return 1;
    }
    const QByteArray data = file.readAll();
    const auto actor = authenticate(db, journal);
    if (!actor)
        return 1;
    const bool validOnly = m_parser.isSet(kValidOnly);
    const auto imported = cameras::CameraFile::import(directory, *actor, data, validOnly);
    if (!imported.ok()) {
        m_io.err << imported.error() << '\n';
        return 1;
    }
    const cameras::CameraImport &result = imported.value();
    for (const QString &line : result.report())
        m_io.err << line << '\n';
    if (!result.saved) {
        if (result.rejected.isEmpty())
            m_io.out << tr("The file holds no camera. Nothing was changed.") << '\n';
        else
            m_io.err << tr("%n line(s) refused: nothing was imported. Correct them, or import "
                           "the valid lines only with --valid-only.",
                           nullptr, int(result.rejected.size()))
                     << '\n';
        return 1;
    }
    m_io.out << tr("%1 camera(s) added, %2 updated.").arg(result.added).arg(result.updated) << '\n';
    if (!result.rejected.isEmpty()) {
        m_io.err << tr("%n line(s) refused and left out.", nullptr, int(result.rejected.size()))
                 << '\n';
        return 3;
    }
    return 0;
}

int Ctl::timeoutMs() const
{
    bool ok = false;
    const double timeout_s = m_parser.value(kTimeout).toDouble(&ok);
    return ok && timeout_s > 0 && timeout_s <= 60 ? int(timeout_s * 1000) : 0;
}

int Ctl::cameraHealth(store::Database &db, const cameras::CameraDirectory &directory)
{
    bool daysOk = false;
    const int days = m_parser.value(kDays).toInt(&daysOk);
    if (!daysOk || days < 1 || days > 366)
        return usage(tr("The period is 1 to 366 days, not \"%1\".").arg(m_parser.value(kDays)));
    const QString format = m_parser.value(kFormat).toLower();
    const QString output = m_parser.value(kOutput);
    if (!format.isEmpty() && format != QLatin1String("text") && format != QLatin1String("csv")
        && format != QLatin1String("pdf"))
        return usage(tr("The format is text, csv or pdf, not \"%1\".").arg(format));
    const bool file = format == QLatin1String("csv") || format == QLatin1String("pdf");
    if (file && output.isEmpty())
        return usage(tr("A %1 report needs --output FILE.").arg(format));
    cameras::CameraHealthLog health(db);
    const QDateTime to = QDateTime::currentDateTime();
    const QDateTime from = to.addDays(-days);
    const auto rows = health.availability(directory.cameras(), from, to);
    if (!rows.ok()) {
        m_io.err << rows.error() << '\n';
        return 1;
    }
    int down = 0;
    for (const cameras::CameraAvailability &row : rows.value())
        down += row.current ? 1 : 0;
    if (file) {
        QSettings settings(m_paths.settingsFile(), QSettings::IniFormat);
        const auto written = format == QLatin1String("pdf")
            ? cameras::exportHealthPdf(
                rows.value(), from, to,
                settings.value(QStringLiteral("centre/commune"), tr("Commune")).toString(), output)
            : cameras::exportHealthCsv(rows.value(), from, to, output);
        if (!written.ok()) {
            m_io.err << written.error() << '\n';
            return 1;
        }
        m_io.out << tr("Report written: %1 (SHA-256 %2)")
                        .arg(output, QString::fromLatin1(written.value()))
                 << '\n';
        return down > 0 ? 3 : 0;
    }
    m_io.out << tr("%n camera(s) down now, ", nullptr, down)
             << tr("availability over %n day(s):", nullptr, days) << '\n';
    for (const cameras::CameraAvailability &row : rows.value()) {
        m_io.out << row.title << '\t' << row.zone << '\t' << cameras::availabilityText(row) << '\t'
                 << tr("%n outage(s)", nullptr, row.outages);
        if (row.current)
            m_io.out << '\t'
                     << tr("down since %1: %2")
                            .arg(row.current->start.toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                                 row.current->reason);
        m_io.out << '\n';
    }
    return down > 0 ? 3 : 0;
}

int Ctl::cameraDiscover(const cameras::CameraDirectory &directory)
{
    const int timeout_ms = timeoutMs();
    if (timeout_ms <= 0)
        return usage(tr("The timeout is a number of seconds up to 60."));
    QHostAddress target = cameras::OnvifDiscovery::multicastGroup();
    quint16 port = cameras::OnvifDiscovery::kPort;
    if (m_parser.isSet(kProbe)) {
        const QUrl probe = QUrl::fromUserInput(m_parser.value(kProbe));
        target = QHostAddress(probe.host());
        port = quint16(probe.port(cameras::OnvifDiscovery::kPort));
        if (target.isNull())
            return usage(tr("\"%1\" is not an address to probe (HOST:PORT, HOST an IP address).")
                             .arg(m_parser.value(kProbe)));
    }
    cameras::OnvifDiscovery discovery;
    QEventLoop loop;
    QList<cameras::DiscoveredDevice> found;
    QString failure;
    QObject::connect(&discovery, &cameras::OnvifDiscovery::finished, &loop,
                     [&](const QList<cameras::DiscoveredDevice> &devices) {
                         found = devices;
                         loop.quit();
                     });
    QObject::connect(&discovery, &cameras::OnvifDiscovery::failed, &loop,
                     [&](const QString &message) {
                         failure = message;
                         loop.quit();
                     });
    discovery.probe(timeout_ms, target, port);
    loop.exec();
    if (!failure.isEmpty()) {
        m_io.err << failure << '\n';
        return 1;
    }
    const QList<cameras::DiscoveredDevice> unknown
        = cameras::notInDirectory(found, directory.cameras());
    for (const cameras::DiscoveredDevice &device : unknown) {
        QStringList addresses;
        for (const QUrl &address : device.addresses)
            addresses.append(address.toString());
        m_io.out << addresses.join(QLatin1Char(' ')) << '\t' << device.name << '\t'
                 << device.hardware << '\t' << device.location << '\n';
    }
    m_io.err << tr("%n device(s) answered, %1 not in the directory.", nullptr, int(found.size()))
                    .arg(unknown.size())
             << '\n';
    return 0;
}

int Ctl::cameraOnvif(const QStringList &words)
{
    if (words.size() != 3)
        return usage(tr("Give one device address."));
    if (!m_parser.isSet(kOnvifUser))
        return usage(tr("Give the device's user name (--onvif-user)."));
    const int timeout_ms = timeoutMs();
    if (timeout_ms <= 0)
        return usage(tr("The timeout is a number of seconds up to 60."));
    // A bare host is the device service at its standard path.
    QUrl address = QUrl::fromUserInput(words[2]);
    if (address.path().isEmpty() || address.path() == QLatin1String("/"))
        address.setPath(QStringLiteral("/onvif/device_service"));
    // Read from standard input, never from the command line (ps, shell history).
    const QString password = m_io.in.readLine();
    cameras::OnvifClient client;
    QEventLoop loop;
    std::optional<Result<cameras::OnvifDevice>> result;
    QObject::connect(&client, &cameras::OnvifClient::finished, &loop,
                     [&](const Result<cameras::OnvifDevice> &device) {
                         result = device;
                         loop.quit();
                     });
    client.inspect(address, m_parser.value(kOnvifUser), password, timeout_ms);
    loop.exec();
    if (!result->ok()) {
        m_io.err << result->error() << '\n';
        return 1;
    }
    const cameras::OnvifDevice &device = result->value();
    m_io.out << tr("Manufacturer: %1").arg(device.manufacturer) << '\n'
             << tr("Model: %1").arg(device.model) << '\n'
             << tr("Firmware: %1").arg(device.firmware) << '\n'
             << tr("Serial number: %1").arg(device.serialNumber) << '\n';
    if (qAbs(device.clockOffset_s) > 5) {
        m_io.out << tr("The device's clock is %1 s off ours: set it (NTP) so that its images are "
                       "dated right.")
                        .arg(device.clockOffset_s)
                 << '\n';
    }
    for (const cameras::OnvifProfile &profile : device.profiles) {
        m_io.out << tr("Profile %1: %2x%3 %4")
                        .arg(profile.name)
                        .arg(profile.width)
                        .arg(profile.height)
                        .arg(profile.encoding)
                 << '\n';
    }
    m_io.out << tr("Main stream: %1").arg(device.mainUrl.toString(QUrl::RemoveUserInfo)) << '\n';
    if (!device.subUrl.isEmpty())
        m_io.out << tr("Sub-stream: %1").arg(device.subUrl.toString(QUrl::RemoveUserInfo)) << '\n';
    // Its ONVIF address goes with it, and PTZ when the device steers: what the desk's PTZ
    // keys need.
    const QString ptz = device.ptzProfile.isEmpty() ? QString() : QStringLiteral(" --ptz oui");
    m_io.out << tr("To add it: vigiectl camera add NUMBER --name NAME --main %1%2")
                    .arg(device.mainUrl.toString(QUrl::RemoveUserInfo),
                         (device.subUrl.isEmpty() ? QString()
                                                  : QStringLiteral(" --sub ")
                                  + device.subUrl.toString(QUrl::RemoveUserInfo))
                             + QStringLiteral(" --onvif ")
                             + device.address.toString(QUrl::RemoveUserInfo) + ptz)
             << '\n';
    return 0;
}

bool Ctl::cameraFields(cameras::CameraDirectory &directory, const access::User &actor,
                       cameras::Camera *camera)
{
    if (m_parser.isSet(kName))
        camera->name = m_parser.value(kName);
    if (m_parser.isSet(kPlace))
        camera->place = m_parser.value(kPlace);
    if (m_parser.isSet(kInsee))
        camera->inseeCode = m_parser.value(kInsee);
    if (m_parser.isSet(kMain))
        camera->mainUrl = QUrl(m_parser.value(kMain));
    if (m_parser.isSet(kSub))
        camera->subUrl = QUrl(m_parser.value(kSub));
    for (const auto &[option, key] : kCameraFieldOptions) {
        if (!m_parser.isSet(option))
            continue;
        if (const auto problem
            = cameras::CameraFile::setField(*camera, QLatin1String(key), m_parser.value(option))) {
            m_io.err << tr("--%1: %2").arg(option.names().constFirst(), *problem) << '\n';
            return false;
        }
    }
    if (m_parser.isSet(kRetention)) {
        bool ok = false;
        camera->retentionDays = m_parser.value(kRetention).toInt(&ok);
        if (!ok) {
            m_io.err << tr("The retention is a number of days.") << '\n';
            return false;
        }
    }
    if (m_parser.isSet(kGroup)) {
        const QString name = m_parser.value(kGroup).trimmed();
        camera->groupId = 0;
        for (const cameras::CameraGroup &group : directory.groups()) {
            if (group.parentId == 0 && group.name == name)
                camera->groupId = group.id;
        }
        if (camera->groupId == 0 && !name.isEmpty()) {
            auto added = directory.addGroup(actor, name);
            if (!added.ok()) {
                m_io.err << added.error() << '\n';
                return false;
            }
            camera->groupId = added.value();
        }
    }
    return true;
}

int Ctl::typologyCommand(const QStringList &words)
{
    if (words.value(1) != QLatin1String("set"))
        return usage(tr("Unknown typology command \"%1\".").arg(words.value(1)));
    if (words.size() != 3 || !m_parser.isSet(kLabel))
        return usage(tr("typology set takes one CODE and --label TEXT [--retire]."));
    auto db = openDatabase();
    if (!db)
        return 1;
    journal::Journal journal(*db, workstation());
    const auto actor = authenticate(*db, journal);
    if (!actor)
        return 1;
    const Status set = records::IncidentTypology::setCategory(
        *db, journal, *actor, { words.value(2), m_parser.value(kLabel), QString() },
        !m_parser.isSet(kRetire));
    if (!set.ok()) {
        m_io.err << set.error() << '\n';
        return 1;
    }
    m_io.out << tr("Category %1 recorded.").arg(words.value(2)) << '\n';
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
    auto seeded = demo::seedDemo(*db, journal, m_parser.value(kRtspHost), port, count);
    if (!seeded.ok()) {
        m_io.err << seeded.error() << '\n';
        return 1;
    }
    QSettings settings(m_paths.settingsFile(), QSettings::IniFormat);
    if (!settings.contains(QStringLiteral("centre/commune"))) {
        settings.setValue(QStringLiteral("centre/commune"), QString::fromUtf8(demo::kDemoCommune));
        settings.setValue(QStringLiteral("centre/name"), QString::fromUtf8(demo::kDemoCentre));
    }
    if (!settings.contains(QStringLiteral("verbalisation/authorisation")))
        settings.setValue(QStringLiteral("verbalisation/authorisation"),
                          QString::fromUtf8(demo::kDemoAuthorisation));
    if (!settings.contains(QStringLiteral("map/image"))) {
        // The demo's plan of Antony, built into vigie (resources/demo/make_antony_plan.py).
        settings.setValue(QStringLiteral("map/image"), QStringLiteral(":/demo/antony-plan.svg"));
        settings.setValue(QStringLiteral("map/north"), QStringLiteral("48.7700"));
        settings.setValue(QStringLiteral("map/south"), QStringLiteral("48.7320"));
        settings.setValue(QStringLiteral("map/west"), QStringLiteral("2.2700"));
        settings.setValue(QStringLiteral("map/east"), QStringLiteral("2.3150"));
    }
    m_io.out << tr("Demo ready: %1 user(s) created, %2 camera(s) created, %3 updated.")
                    .arg(seeded.value().usersCreated)
                    .arg(seeded.value().camerasCreated)
                    .arg(seeded.value().camerasUpdated)
             << '\n';
    if (m_parser.isSet(kDirectoryFile))
        return demoDirectory(*db, journal, port, count);
    return 0;
}

int Ctl::demoDirectory(store::Database &db, journal::Journal &journal, int port, int seeded)
{
    const QString path = m_parser.value(kDirectoryFile);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_io.err << tr("Cannot read %1: %2").arg(path, file.errorString()) << '\n';
        return 1;
    }
    const auto imported = demo::importDemoDirectory(db, journal, file.readAll(),
                                                    m_parser.value(kRtspHost), port, seeded);
    if (!imported.ok()) {
        m_io.err << imported.error() << '\n';
        return 1;
    }
    const demo::DirectoryReport &report = imported.value();
    m_io.out << tr("Demo directory %1: %2 camera(s) imported, %3 already up to date, %4 line(s) "
                   "of the demo's own cameras left to the seed; %5 line(s) refused:")
                    .arg(QFileInfo(path).fileName())
                    .arg(report.imported)
                    .arg(report.unchanged)
                    .arg(report.kept)
                    .arg(report.rejected.size())
             << '\n';
    for (const QString &line : report.rejected)
        m_io.out << "  " << line << '\n';
    return 0;
}

QString Ctl::workstation()
{
    QSettings settings(m_paths.settingsFile(), QSettings::IniFormat);
    return workstationId(settings);
}

int Ctl::journalCommand(const QStringList &words)
{
    const QString action = words.value(1);
    if (action != QLatin1String("verify") && action != QLatin1String("purge")
        && action != QLatin1String("key") && action != QLatin1String("refusals"))
        return usage(tr("Unknown journal command \"%1\".").arg(action));
    std::optional<journal::JournalHead> printed;
    if (m_parser.isSet(kHead)) {
        printed = journal::JournalHead::parse(m_parser.value(kHead));
        if (!printed)
            return usage(tr("\"%1\" is not a journal head: write it as printed on the shift log, "
                            "WORKSTATION:SEQ:HASH.")
                             .arg(m_parser.value(kHead)));
    }
    auto db = openDatabase();
    if (!db)
        return 1;
    journal::Journal journal(*db, workstation());
    if (action == QLatin1String("key")) {
        // What an administrator enrols at central: `central enroll-key` with these two words.
        const auto key = journal.publicKey();
        if (!key.ok()) {
            m_io.err << key.error() << '\n';
            return 1;
        }
        m_io.out << journal.workstation() << ' ' << QString::fromLatin1(key.value()) << '\n';
        return 0;
    }
    if (action == QLatin1String("refusals")) {
        // Another desk's reference change refused here: an administrator's business.
        const auto user = authenticate(*db, journal);
        if (!user)
            return 1;
        access::AccessPolicy rights(*db, journal);
        const Status allowed = rights.check(*user, access::Permission::ManageUsers,
                                            QStringLiteral("journal"), QStringLiteral("refusals"));
        if (!allowed.ok()) {
            m_io.err << allowed.error() << '\n';
            return 1;
        }
        const auto refusals = access::ReferenceGate::refusals(*db);
        m_io.out << tr("%n reference change(s) from other workstations refused here.", nullptr,
                       int(refusals.size()))
                 << '\n';
        for (const access::ReferenceRefusal &r : refusals)
            m_io.out << r.receivedAt.toString(Qt::ISODate) << '\t' << r.workstation << ':' << r.seq
                     << '\t' << r.author << '\t' << r.action << '\t' << r.objectId << '\t'
                     << r.reason << '\n';
        return refusals.isEmpty() ? 0 : 3;
    }
    if (action == QLatin1String("purge")) {
        const auto user = authenticate(*db, journal);
        if (!user)
            return 1;
        QSettings settings(m_paths.settingsFile(), QSettings::IniFormat);
        QStringList warnings;
        const auto policy = journal::RetentionPolicy::fromSettings(settings, &warnings);
        for (const QString &warning : std::as_const(warnings))
            m_io.err << warning << '\n';
        access::AccessPolicy rights(*db, journal);
        records::ShiftService shifts(*db, journal, rights);
        records::IncidentService incidents(*db, journal, rights, shifts);
        records::SnapshotStore snapshots(m_paths.dataDir(), *db, journal);
        const cameras::CameraDirectory directory(*db, journal);
        analytics::AlarmLog alarms(*db, journal);
        analytics::CountLog counts(*db, journal);
        auto report
            = access::purgeJournal(rights, journal, *user, policy, QDateTime::currentDateTime(),
                                   records::retentionPurges(incidents, snapshots, directory)
                                       + analytics::retentionPurges(alarms, directory)
                                       + analytics::countsRetentionPurges(counts));
        if (!report.ok()) {
            m_io.err << report.error() << '\n';
            return 1;
        }
        m_io.out << report.value().summary() << '\n';
        return 0;
    }
    const journal::VerifyReport report = journal.verify();
    bool headHolds = true;
    QString headText;
    if (printed) {
        const auto held = journal::JournalReader(*db).hashAt(printed->workstation, printed->seq);
        if (!held.ok()) {
            m_io.err << held.error() << '\n';
            return 1;
        }
        headHolds = held.value() && *held.value() == printed->hash;
        headText = !held.value()
            ? tr("The printed head %1 is not in this journal: chain %2 has no entry %3.")
                  .arg(printed->text(), printed->workstation)
                  .arg(printed->seq)
            : headHolds ? tr("The printed head %1 is in the chain.").arg(printed->text())
                        : tr("The printed head %1 does not match: entry %2 of chain %3 now has "
                             "the hash %4.")
                              .arg(printed->text())
                              .arg(printed->seq)
                              .arg(printed->workstation, QString::fromLatin1(*held.value()));
    }
    if (report.ok() && headHolds) {
        m_io.out << report.summary() << '\n';
        if (printed)
            m_io.out << headText << '\n';
        return 0;
    }
    m_io.err << tr("JOURNAL ALTERED:") << '\n';
    if (!report.ok())
        m_io.err << report.summary() << '\n';
    if (printed)
        m_io.err << headText << '\n';
    return 3;
}

bool Ctl::parseTime(const QCommandLineOption &option, QDateTime *time)
{
    if (!m_parser.isSet(option))
        return true;
    const QString text = m_parser.value(option);
    *time = QDateTime::fromString(text, Qt::ISODate);
    if (!time->isValid())
        *time = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0));
    if (!time->isValid()) {
        m_io.err
            << tr("\"%1\" is not a date or time: write 2026-11-25 or 2026-11-25T22:00.").arg(text)
            << '\n';
        return false;
    }
    return true;
}

std::optional<access::User> Ctl::authenticate(store::Database &db, journal::Journal &journal,
                                              QString *password)
{
    const QString login = m_parser.value(kUser);
    if (login.isEmpty()) {
        m_io.err << tr("This command acts as a user: give --user LOGIN (password from "
                       "VIGIE_PASSWORD or standard input).")
                 << '\n';
        return std::nullopt;
    }
    const QString given = readPassword();
    if (password)
        *password = given;
    access::AuthService auth(db, journal);
    const access::LoginOutcome outcome = auth.authenticate(
        login, given, m_parser.positionalArguments().mid(0, 2).join(QLatin1Char(' ')));
    if (outcome.kind != access::LoginOutcome::Kind::Success || !outcome.user) {
        m_io.err << outcome.message << '\n';
        return std::nullopt;
    }
    return outcome.user;
}

int Ctl::habilitate(store::Database &db, journal::Journal &journal, const access::User &actor,
                    const QString &login)
{
    access::AccessPolicy policy(db, journal);
    access::Habilitation h;
    h.designatedBy = m_parser.value(kDesignatedBy);
    h.designationRef = m_parser.value(kRef);
    h.territory = m_parser.value(kTerritory).split(QLatin1Char(','), Qt::SkipEmptyParts);
    h.trainingDate = QDate::fromString(m_parser.value(kTraining), Qt::ISODate);
    h.expiresOn = QDate::fromString(m_parser.value(kExpires), Qt::ISODate);
    const Status set = policy.setHabilitation(actor, login, h);
    if (!set.ok()) {
        m_io.err << set.error() << '\n';
        return 1;
    }
    m_io.out << tr("Habilitation of %1 recorded, valid until %2.")
                    .arg(login, h.expiresOn.toString(Qt::ISODate))
             << '\n';
    return 0;
}

int Ctl::incidentCommand(const QStringList &words)
{
    const QString action = words.value(1);
    if (action != QLatin1String("add") && action != QLatin1String("list"))
        return usage(tr("Unknown incident command \"%1\".").arg(action));
    auto db = openDatabase();
    if (!db)
        return 1;
    journal::Journal journal(*db, workstation());
    const auto user = authenticate(*db, journal);
    if (!user)
        return 1;
    access::AccessPolicy policy(*db, journal);
    records::ShiftService shifts(*db, journal, policy);
    records::IncidentService incidents(*db, journal, policy, shifts);
    const records::IncidentTypology typology = records::IncidentTypology::load(*db);
    if (action == QLatin1String("add")) {
        records::IncidentDraft draft;
        draft.category = m_parser.value(kCategory);
        draft.subcategory = m_parser.value(kSubcategory);
        draft.description = m_parser.value(kDescription);
        draft.cameraNumber = m_parser.value(kCamera).toInt();
        draft.place = m_parser.value(kPlace);
        draft.outcome = m_parser.value(kOutcome);
        draft.closed = m_parser.isSet(kClosed);
        if (!parseTime(kAt, &draft.occurredAt))
            return 2;
        if (draft.cameraNumber > 0 && draft.place.isEmpty()) {
            cameras::CameraDirectory directory(*db, journal);
            if (const auto camera = directory.byNumber(draft.cameraNumber)) {
                draft.place = camera->place;
                draft.inseeCode = camera->inseeCode;
            }
        }
        for (const QString &partner : m_parser.values(kPartner)) {
            if (!records::partnerCodes().contains(partner))
                return usage(tr("Unknown partner \"%1\" (%2).")
                                 .arg(partner, records::partnerCodes().join(QStringLiteral(", "))));
            draft.partners.append({ partner, QDateTime::currentDateTime() });
        }
        auto created = incidents.create(*user, draft);
        if (!created.ok()) {
            m_io.err << created.error() << '\n';
            return 1;
        }
        m_io.out << tr("Incident %1 recorded.").arg(created.value().number) << '\n';
        return 0;
    }
    records::IncidentFilter filter;
    filter.text = m_parser.value(kText);
    filter.category = m_parser.value(kCategory);
    filter.cameraNumber = m_parser.value(kCamera).toInt();
    filter.limit = m_parser.value(kLimit).toInt();
    if (!parseTime(kFrom, &filter.from) || !parseTime(kTo, &filter.to))
        return 2;
    if (m_parser.value(kStatus) == QLatin1String("open"))
        filter.status = records::Incident::Status::Open;
    else if (m_parser.value(kStatus) == QLatin1String("closed"))
        filter.status = records::Incident::Status::Closed;
    else if (m_parser.isSet(kStatus))
        return usage(tr("The status is open or closed."));
    const auto searched = incidents.search(*user, filter);
    if (!searched.ok()) {
        m_io.err << searched.error() << '\n';
        return 1;
    }
    const QList<records::Incident> &found = searched.value();
    if (m_parser.value(kFormat) == QLatin1String("json")) {
        QJsonArray array;
        for (const records::Incident &i : found) {
            QJsonObject o = records::draftToJson(i.draft);
            o.insert(QStringLiteral("id"), i.id);
            o.insert(QStringLiteral("number"), i.number);
            o.insert(QStringLiteral("operator"), i.operatorLogin);
            array.append(o);
        }
        m_io.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const records::Incident &i : found) {
        QString category = typology.label(i.draft.category);
        if (!i.draft.subcategory.isEmpty())
            category += QStringLiteral(" / ") + typology.label(i.draft.subcategory);
        m_io.out << i.number << '\t' << records::isoWithOffset(i.draft.occurredAt) << '\t'
                 << category << '\t'
                 << (i.draft.cameraNumber > 0 ? QString::number(i.draft.cameraNumber) : QString())
                 << '\t' << i.draft.place << '\t'
                 << (i.status == records::Incident::Status::Closed ? tr("closed") : tr("open"))
                 << '\t' << i.draft.description << '\n';
    }
    return 0;
}

int Ctl::shiftList()
{
    auto db = openDatabase();
    if (!db)
        return 1;
    journal::Journal journal(*db, workstation());
    const auto user = authenticate(*db, journal);
    if (!user)
        return 1;
    const QDateTime now = QDateTime::currentDateTime();
    QDateTime from = now.addDays(-7);
    QDateTime to = now.addDays(1);
    if (!parseTime(kFrom, &from) || !parseTime(kTo, &to))
        return 2;
    access::AccessPolicy policy(*db, journal);
    // The shift logs are the register's: reading them is a search of it.
    if (const Status allowed
        = policy.check(*user, access::Permission::SearchRegister, QStringLiteral("shift"), {});
        !allowed.ok()) {
        m_io.err << allowed.error() << '\n';
        return 1;
    }
    records::ShiftService shifts(*db, journal, policy);
    access::AuthService auth(*db, journal);
    // "Karim Benali (CS-0007)": a reader knows the chef by name, a script by login (json).
    auto person = [&auth](const QString &login) {
        const auto who = auth.findUser(login);
        if (!who)
            return login;
        return who->matricule.isEmpty()
            ? who->displayName
            : QStringLiteral("%1 (%2)").arg(who->displayName, who->matricule);
    };
    auto statusCode = [](records::Shift::Status status) {
        switch (status) {
        case records::Shift::Status::Open:
            return QStringLiteral("open");
        case records::Shift::Status::HandedOver:
            return QStringLiteral("handed_over");
        case records::Shift::Status::Closed:
            return QStringLiteral("closed");
        case records::Shift::Status::Signed:
            return QStringLiteral("signed");
        }
        return QString();
    };
    const QList<records::Shift> found = shifts.shifts(from, to);
    if (m_parser.value(kFormat) == QLatin1String("json")) {
        QJsonArray array;
        for (const records::Shift &s : found)
            array.append(QJsonObject {
                { QStringLiteral("id"), s.id },
                { QStringLiteral("workstation"), s.workstation },
                { QStringLiteral("kind"), s.kind },
                { QStringLiteral("label"), s.label },
                { QStringLiteral("starts_at"), records::isoWithOffset(s.startsAt) },
                { QStringLiteral("ends_at"), records::isoWithOffset(s.endsAt) },
                { QStringLiteral("chef"), s.chef },
                { QStringLiteral("chef_name"), person(s.chef) },
                { QStringLiteral("status"), statusCode(s.status) },
                { QStringLiteral("status_label"), records::shiftStatusLabel(s.status) } });
        m_io.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const records::Shift &s : found)
        m_io.out << s.id << '\t' << s.label << '\t' << records::isoWithOffset(s.startsAt) << '\t'
                 << records::isoWithOffset(s.endsAt) << '\t' << person(s.chef) << '\t'
                 << records::shiftStatusLabel(s.status) << '\n';
    if (found.isEmpty())
        m_io.err << tr("No shift from %1 to %2.")
                        .arg(records::isoWithOffset(from), records::isoWithOffset(to))
                 << '\n';
    return 0;
}

int Ctl::shiftCommand(const QStringList &words)
{
    if (words.value(1) == QLatin1String("list"))
        return shiftList();
    if (words.value(1) != QLatin1String("export"))
        return usage(tr("Unknown shift command \"%1\".").arg(words.value(1)));
    const QString format = m_parser.value(kFormat).toLower();
    const QString output = m_parser.value(kOutput);
    if (format != QLatin1String("pdf") && format != QLatin1String("csv"))
        return usage(tr("Give --format pdf or --format csv."));
    if (output.isEmpty())
        return usage(tr("Give the file to write with --output FILE."));
    auto db = openDatabase();
    if (!db)
        return 1;
    journal::Journal journal(*db, workstation());
    const auto user = authenticate(*db, journal);
    if (!user)
        return 1;
    access::AccessPolicy policy(*db, journal);
    records::ShiftLogFilter filter;
    filter.shiftId = m_parser.value(kShift);
    filter.cameraNumber = m_parser.value(kCamera).toInt();
    filter.category = m_parser.value(kCategory);
    filter.operatorLogin = m_parser.value(kOperator);
    if (!parseTime(kFrom, &filter.from) || !parseTime(kTo, &filter.to))
        return 2;
    QSettings settings(m_paths.settingsFile(), QSettings::IniFormat);
    const records::ExportHeader header {
        settings.value(QStringLiteral("centre/commune"), tr("Commune")).toString(),
        settings.value(QStringLiteral("centre/name"), tr("Urban supervision centre")).toString(),
        workstation(), user->displayName, QDateTime::currentDateTime()
    };
    auto exported
        = records::exportShiftLog(*db, journal, policy, *user, filter, format, output, header);
    if (!exported.ok()) {
        m_io.err << exported.error() << '\n';
        return 1;
    }
    m_io.out << tr("Shift log written to %1 (%n event(s), SHA-256 %2).", nullptr,
                   exported.value().entries)
                    .arg(QDir::toNativeSeparators(exported.value().path),
                         QString::fromLatin1(exported.value().sha256))
             << '\n';
    return 0;
}

BailleurContext Ctl::bailleurContext()
{
    return { m_io,
             m_parser,
             [this] { return openDatabase(); },
             [this](store::Database &db, journal::Journal &journal) {
                 return authenticate(db, journal);
             },
             [this](const QString &problem) { return usage(problem); },
             workstation(),
             m_paths.settingsFile() };
}

int Ctl::bailleurCommand(const QStringList &words)
{
    BailleurContext context = bailleurContext();
    return vigie::ctl::bailleurCommand(words, context);
}

std::optional<sync::CentralUri> Ctl::centralUri()
{
    QString text = m_parser.value(kCentral);
    if (text.isEmpty()) {
        QSettings settings(m_paths.settingsFile(), QSettings::IniFormat);
        text = sync::configuredUri(settings);
    }
    if (text.isEmpty()) {
        m_io.err << tr("No central link: give --central postgresql://user@host:port/database or "
                       "set central/uri in the settings.")
                 << '\n';
        return std::nullopt;
    }
    auto uri = sync::CentralUri::parse(text);
    if (!uri.ok()) {
        m_io.err << uri.error() << '\n';
        return std::nullopt;
    }
    return uri.value();
}

std::unique_ptr<sync::CentralLink> Ctl::openCentral(const sync::CentralUri &uri)
{
    auto link = sync::CentralLink::open(uri);
    if (!link.ok()) {
        m_io.err << link.error() << '\n';
        return nullptr;
    }
    return link.take();
}

int Ctl::centralCommand(const QStringList &words)
{
    const QString action = words.value(1);
    static const QStringList actions { QStringLiteral("init"),     QStringLiteral("upgrade"),
                                       QStringLiteral("verify"),   QStringLiteral("pull"),
                                       QStringLiteral("password"), QStringLiteral("enroll"),
                                       QStringLiteral("revoke"),   QStringLiteral("enroll-key") };
    if (!actions.contains(action))
        return usage(tr("Unknown central command \"%1\".").arg(action));
    const bool enrolKey = action == QLatin1String("enroll-key");
    if (enrolKey && words.size() != 4)
        return usage(tr("central enroll-key takes the workstation and its public key, as "
                        "\"vigiectl journal key\" prints them on that workstation."));
    if (action == QLatin1String("pull") && !m_parser.isSet(kFull))
        return usage(tr("central pull takes --full: everything central holds, from the start."));
    const bool enroll = action == QLatin1String("enroll");
    const bool revoke = action == QLatin1String("revoke");
    if (enroll && words.size() != 3)
        return usage(tr("central enroll takes the id of the workstation to enrol."));
    if (revoke && words.size() != 3)
        return usage(tr("central revoke takes the id of the workstation to revoke."));
    // The key to enrol: `enroll-key`'s word, or `enroll --public-key`.
    const bool withKey = enrolKey || (enroll && m_parser.isSet(kPublicKey));
    const QString publicKey = enrolKey ? words.value(3) : m_parser.value(kPublicKey);
    const auto uri = centralUri();
    if (!uri)
        return 1;
    if (action == QLatin1String("password")) {
        const Status stored = sync::storePassword(*uri, readPassword());
        if (!stored.ok()) {
            m_io.err << stored.error() << '\n';
            return 1;
        }
        m_io.out << tr("Password of %1 stored in the keyring.").arg(uri->keychainKey()) << '\n';
        return 0;
    }
    std::unique_ptr<store::Database> db;
    std::unique_ptr<journal::Journal> journal;
    const bool administers = enroll || revoke || enrolKey || action == QLatin1String("init")
        || action == QLatin1String("upgrade");
    if (administers) {
        // Creating or changing central's schema, giving or taking a workstation's role, or
        // enrolling its key, is an administrator's act, journaled on this workstation before it
        // is done: if it cannot be recorded, it does not happen.
        db = openDatabase();
        if (!db)
            return 1;
        journal = std::make_unique<journal::Journal>(*db, workstation());
        const auto user = authenticate(*db, *journal);
        if (!user)
            return 1;
        access::AccessPolicy policy(*db, *journal);
        const Status allowed = policy.check(*user, access::Permission::ManageCentral,
                                            QStringLiteral("central"), uri->toString());
        if (!allowed.ok()) {
            m_io.err << allowed.error() << '\n';
            return 1;
        }
        QJsonObject payload;
        if (enroll || revoke || enrolKey)
            payload.insert(QStringLiteral("workstation"), words.value(2));
        if (withKey)
            payload.insert(QStringLiteral("public_key"), publicKey);
        const auto recorded
            = journal->record({ user->login, QStringLiteral("central.") + action,
                                QStringLiteral("central"), uri->toString(), QString(), payload });
        if (!recorded.ok()) {
            m_io.err << recorded.error() << '\n';
            return 1;
        }
    }
    auto link = openCentral(*uri);
    if (!link)
        return 1;
    if (action == QLatin1String("init") || action == QLatin1String("upgrade")) {
        auto done = action == QLatin1String("init")
            ? sync::CentralSchema::init(link->connection())
            : sync::CentralSchema::upgrade(link->connection());
        if (!done.ok()) {
            m_io.err << done.error() << '\n';
            return 1;
        }
        m_io.out << tr("Central database %1 at schema %2.").arg(uri->toString()).arg(done.value())
                 << '\n';
        return 0;
    }
    if (withKey) {
        // The desk's key (`journal key` on it); for `enroll`, before its role: a key refused
        // leaves no role behind.
        const Status keyed
            = sync::EnrolledKeys::enroll(link->connection(), words.value(2), publicKey.toLatin1());
        if (!keyed.ok()) {
            m_io.err << keyed.error() << '\n';
            return 1;
        }
        m_io.out << tr("Key of workstation %1 enrolled at central.").arg(words.value(2)) << '\n';
        if (enrolKey)
            return 0;
    }
    if (enroll) {
        auto enrolled = sync::CentralEnrolment::enroll(link->connection(), words.at(2));
        if (!enrolled.ok()) {
            m_io.err << enrolled.error() << '\n';
            return 1;
        }
        sync::CentralUri deskUri = *uri;
        deskUri.user = enrolled.value().role;
        m_io.out << tr("Workstation %1 enrolled at central as role %2.")
                        .arg(enrolled.value().workstation, enrolled.value().role)
                 << '\n'
                 << tr("Its central link: %1").arg(deskUri.toString()) << '\n'
                 << tr("Its password, shown this once (store it on that workstation with "
                       "\"vigiectl central password\"):")
                 << '\n'
                 << enrolled.value().password << '\n';
        return 0;
    }
    if (revoke) {
        auto revoked = sync::CentralEnrolment::revoke(link->connection(), words.at(2));
        if (!revoked.ok()) {
            m_io.err << revoked.error() << '\n';
            return 1;
        }
        m_io.out << tr("Workstation %1 revoked at central: its role %2 can no longer connect.")
                        .arg(words.at(2), revoked.value())
                 << '\n';
        return 0;
    }
    if (action == QLatin1String("verify")) {
        auto report = sync::CentralVerify::run(link->connection());
        if (!report.ok()) {
            m_io.err << report.error() << '\n';
            return 1;
        }
        if (report.value().ok()) {
            m_io.out << report.value().summary() << '\n';
            return 0;
        }
        m_io.err << tr("CENTRAL JOURNAL NOT INTACT:") << '\n' << report.value().summary() << '\n';
        return 3;
    }
    db = openDatabase();
    if (!db)
        return 1;
    sync::SyncEngine engine(*db, link->connection(), workstation());
    auto report = engine.pullFull();
    if (!report.ok()) {
        m_io.err << report.error() << '\n';
        return 1;
    }
    m_io.out << report.value().summary() << '\n';
    return report.value().refused ? 3 : 0;
}

int Ctl::syncCommand(const QStringList &words)
{
    if (words.size() > 1)
        return usage(tr("sync takes no argument."));
    const auto uri = centralUri();
    if (!uri)
        return 1;
    if (!m_parser.isSet(kWatch)) {
        auto link = openCentral(*uri);
        if (!link)
            return 1;
        auto db = openDatabase();
        if (!db)
            return 1;
        sync::SyncEngine engine(*db, link->connection(), workstation());
        auto report = engine.syncOnce();
        if (!report.ok()) {
            m_io.err << report.error() << '\n';
            return 1;
        }
        m_io.out << report.value().summary() << '\n';
        return report.value().refused ? 3 : 0;
    }
    bool intervalOk = false;
    bool countOk = false;
    const double interval_s = m_parser.value(kInterval).toDouble(&intervalOk);
    const int count = m_parser.value(kCount).toInt(&countOk);
    if (!intervalOk || interval_s < 0.1 || interval_s > 3600 || !countOk || count < 0)
        return usage(tr("--interval is a number of seconds (0.1 to 3600), --count a number of "
                        "syncs (0: until stopped)."));
    {
        auto db = openDatabase(); // creates and migrates the database before the thread opens it
        if (!db)
            return 1;
    }
    // The same worker thread as the GUI's.
    sync::SyncSettings settings;
    settings.databasePath = m_paths.databaseFile();
    settings.workstation = workstation();
    settings.uri = *uri;
    settings.full_ms = int(interval_s * 1000);
    settings.retry_ms = settings.full_ms;
    sync::SyncService service(settings);
    QEventLoop loop;
    int syncs = 0;
    int failures = 0;
    QString lastError;
    QObject::connect(
        &service, &sync::SyncService::synced, &loop, [&](const sync::SyncReport &report) {
            // A line for the first sync and for each that moved something.
            const bool moved = report.pushed > 0 || report.pulled > 0 || report.refused;
            if (moved || syncs == 0)
                m_io.out << QDateTime::currentDateTime().toString(Qt::ISODate) << ' '
                         << report.summary() << Qt::endl;
            if (count > 0 && ++syncs + failures >= count)
                loop.quit();
        });
    QObject::connect(&service, &sync::SyncService::failed, &loop, [&](const QString &error) {
        if (error != lastError)
            m_io.err << QDateTime::currentDateTime().toString(Qt::ISODate) << ' ' << error
                     << Qt::endl;
        lastError = error;
        if (count > 0 && ++failures + syncs >= count)
            loop.quit();
    });
    service.start();
    loop.exec();
    return failures == 0 ? 0 : 1;
}

int Ctl::verbalisationCommand(const QStringList &words)
{
    const CommandContext context {
        m_io,
        m_parser,
        m_paths.dataDir(),
        m_paths.settingsFile(),
        [this] { return openDatabase(); },
        [this] { return workstation(); },
        [this](store::Database &db, journal::Journal &journal) {
            return authenticate(db, journal);
        },
        [this](const QString &name, QDateTime *time) {
            return parseTime(QCommandLineOption(name, QString(), QStringLiteral("TIME")), time);
        },
        [this](const QString &problem) { return usage(problem); },
    };
    const QString command = words.first();
    if (command == QLatin1String("plate"))
        return plateCommand(context, words);
    if (command == QLatin1String("natinf"))
        return natinfCommand(context, words);
    return ticketCommand(context, words);
}

int Ctl::analyticsCommand()
{
    auto db = openDatabase();
    if (!db)
        return 1;
    journal::Journal journal(*db, workstation());
    return ctl::analyticsCommand(m_parser, m_io, *db, journal,
                                 [&]() { return authenticate(*db, journal); });
}

int Ctl::run(const QStringList &args)
{
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    m_parser.addOptions(
        { kDataDir,     kLang,        kVersionOption, kHelp,    kName,     kMatricule,
          kRole,        kRtspHost,    kRtspPort,      kCameras, kUser,     kCategory,
          kSubcategory, kDescription, kCamera,        kPlace,   kAt,       kOutcome,
          kClosed,      kPartner,     kText,          kFrom,    kTo,       kStatus,
          kLimit,       kShift,       kFormat,        kOutput,  kOperator, kDesignatedBy,
          kTerritory,   kTraining,    kExpires,       kRef });
    m_parser.addOptions({ kCentral, kFull, kWatch, kInterval, kCount, kAdmin, kHead, kPublicKey,
                          kMain, kSub, kInsee, kGroup, kRetention, kLabel, kRetire });
    m_parser.addOptions({ kStream, kCameraUser, kOnvifUser, kTimeout, kProbe, kValidOnly, kDays });
    m_parser.addOption(kDirectoryFile);
    // The registers' commands share some option names (--reason, --service, --convention): one
    // option each, read by every command that takes it.
    QSet<QString> names;
    auto addOnce = [this, &names](const QList<QCommandLineOption> &options) {
        for (const QCommandLineOption &option : options) {
            if (!names.contains(option.names().constFirst()) && m_parser.addOption(option))
                names.insert(option.names().constFirst());
        }
    };
    addOnce(verbalisationOptions());
    for (const auto &[option, key] : kCameraFieldOptions)
        addOnce({ option });
    addOnce(bailleurOptions());
    addOnce(analyticsOptions());
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
    if (command == QLatin1String("init"))
        return initCommand(words);
    if (command == QLatin1String("user"))
        return userCommand(words);
    if (command == QLatin1String("camera"))
        return cameraCommand(words);
    if (command == QLatin1String("typology"))
        return typologyCommand(words);
    if (command == QLatin1String("journal"))
        return journalCommand(words);
    if (command == QLatin1String("incident"))
        return incidentCommand(words);
    if (command == QLatin1String("shift"))
        return shiftCommand(words);
    if (command == QLatin1String("demo"))
        return demoCommand(words);
    if (command == QLatin1String("central"))
        return centralCommand(words);
    if (command == QLatin1String("sync"))
        return syncCommand(words);
    if (command == QLatin1String("plate") || command == QLatin1String("natinf")
        || command == QLatin1String("ticket"))
        return verbalisationCommand(words);
    if (command == QLatin1String("bailleur"))
        return bailleurCommand(words);
    if (command == QLatin1String("analyze"))
        return analyzeCommand(m_parser, m_io);
    if (command == QLatin1String("analytics"))
        return analyticsCommand();
    return usage(tr("Unknown command \"%1\".").arg(command));
}

} // namespace

int run(const QStringList &args, Io io)
{
    Ctl ctl(io);
    return ctl.run(args);
}

} // namespace vigie::ctl
