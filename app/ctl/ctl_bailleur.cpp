#include "app/ctl/ctl_bailleur.h"

#include "core/access/access_policy.h"
#include "core/cameras/camera_credentials.h"
#include "core/cameras/camera_directory.h"
#include "core/journal/journal.h"
#include "core/records/bailleur_export.h"
#include "core/records/bailleur_register.h"
#include "core/records/cdr_import.h"
#include "core/records/convention_book.h"
#include "core/records/snapshot_store.h"
#include "core/store/database.h"
#include "core/video/live_grab.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QSettings>
#include <QTextStream>

namespace vigie::ctl {
namespace {

class BailleurCtl
{
    Q_DECLARE_TR_FUNCTIONS(vigie::ctl::BailleurCtl)

public:
    explicit BailleurCtl(BailleurContext &c) : m_c(c) { }
    int run(const QStringList &words);

private:
    QString value(const char *name) const { return m_c.parser.value(QLatin1String(name)); }
    QStringList values(const char *name) const { return m_c.parser.values(QLatin1String(name)); }
    bool isSet(const char *name) const { return m_c.parser.isSet(QLatin1String(name)); }
    int fail(const QString &message)
    {
        m_c.io.err << message << '\n';
        return 1;
    }
    // The register, its journal and the acting user; false (message printed) when any fails.
    bool open(bool asUser = true);
    std::optional<QList<int>> cameras();
    static QString numbers(const QList<int> &list)
    {
        QStringList parts;
        for (int n : list)
            parts.append(QString::number(n));
        return parts.join(QLatin1Char(','));
    }
    std::optional<QDate> day(const char *option);
    // An id given whole or by its first 8+ characters.
    std::optional<QString> id(const QString &given);

    int conventionAdd(const QStringList &words);
    int conventionList();
    int callAdd();
    int callsImport(const QStringList &words);
    int request();
    int refuse(const QStringList &words);
    int session(const QStringList &words);
    int sessionList();
    int registerExport();
    int visa();

    BailleurContext &m_c;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<journal::Journal> m_journal;
    std::unique_ptr<access::AccessPolicy> m_policy;
    std::unique_ptr<records::BailleurRegister> m_register;
    std::optional<access::User> m_user;
};

bool BailleurCtl::open(bool asUser)
{
    m_db = m_c.openDatabase();
    if (!m_db)
        return false;
    m_journal = std::make_unique<journal::Journal>(*m_db, m_c.workstation);
    if (asUser) {
        m_user = m_c.authenticate(*m_db, *m_journal);
        if (!m_user)
            return false;
    }
    m_policy = std::make_unique<access::AccessPolicy>(*m_db, *m_journal);
    m_register = std::make_unique<records::BailleurRegister>(*m_db, *m_journal, *m_policy);
    // Sessions past their limit while no desk ran are closed before anything is read.
    const auto swept = m_register->sweep();
    if (!swept.ok()) {
        fail(swept.error());
        return false;
    }
    return true;
}

std::optional<QList<int>> BailleurCtl::cameras()
{
    QList<int> list;
    if (!isSet("cameras"))
        return list;
    for (const QString &part : value("cameras").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = part.trimmed().toInt(&ok);
        if (!ok || n <= 0) {
            m_c.usage(tr("\"%1\" is not a camera number.").arg(part));
            return std::nullopt;
        }
        list.append(n);
    }
    return list;
}

std::optional<QDate> BailleurCtl::day(const char *option)
{
    const QDate date = QDate::fromString(value(option), Qt::ISODate);
    if (!date.isValid()) {
        m_c.usage(tr("--%1: give a day as 2026-11-25.").arg(QLatin1String(option)));
        return std::nullopt;
    }
    return date;
}

std::optional<QString> BailleurCtl::id(const QString &given)
{
    if (const auto found = m_register->resolveId(given))
        return found;
    fail(tr("No call, request or session of the register has the id \"%1\" (give it whole, or "
            "its first or last 8 characters at least).")
             .arg(given));
    return std::nullopt;
}

int BailleurCtl::run(const QStringList &words)
{
    const QString what = words.value(1);
    const QString action = words.value(2);
    if (what == QLatin1String("convention") && action == QLatin1String("add"))
        return conventionAdd(words);
    if (what == QLatin1String("convention") && action == QLatin1String("list"))
        return conventionList();
    if (what == QLatin1String("call") && action == QLatin1String("add"))
        return callAdd();
    if (what == QLatin1String("calls") && action == QLatin1String("import"))
        return callsImport(words);
    if (what == QLatin1String("request"))
        return request();
    if (what == QLatin1String("refuse"))
        return refuse(words);
    if (what == QLatin1String("session") && action == QLatin1String("list"))
        return sessionList();
    if (what == QLatin1String("session"))
        return session(words);
    if (what == QLatin1String("register"))
        return registerExport();
    if (what == QLatin1String("visa"))
        return visa();
    return m_c.usage(
        tr("Unknown bailleur command \"%1\".").arg(words.mid(1).join(QLatin1Char(' '))));
}

int BailleurCtl::conventionAdd(const QStringList &words)
{
    if (words.size() != 4)
        return m_c.usage(tr("bailleur convention add takes the convention's reference."));
    records::Convention c;
    c.reference = words.at(3);
    c.landlord = value("landlord");
    c.inseeCode = value("insee");
    c.approvedOn = QDate::fromString(value("approved"), Qt::ISODate);
    c.expiresOn = QDate::fromString(value("expires"), Qt::ISODate);
    c.maxSession_min = value("max-minutes").toInt();
    c.situations = values("situation");
    // --building "NAME=5,6" or "NAME=5,6@ADDRESS"
    for (const QString &text : values("building")) {
        const qsizetype eq = text.lastIndexOf(QLatin1Char('='));
        if (eq <= 0)
            return m_c.usage(
                tr("--building \"%1\": write NAME=CAMERA,CAMERA[@ADDRESS].").arg(text));
        records::ConventionBuilding b;
        b.name = text.left(eq).trimmed();
        QString rest = text.mid(eq + 1);
        if (const qsizetype at = rest.indexOf(QLatin1Char('@')); at >= 0) {
            b.address = rest.mid(at + 1).trimmed();
            rest = rest.left(at);
        }
        for (const QString &n : rest.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            b.cameras.append(n.trimmed().toInt(&ok));
            if (!ok)
                return m_c.usage(tr("\"%1\" is not a camera number.").arg(n));
        }
        c.buildings.append(b);
    }
    // --contact "NAME;SERVICE;NUMBER"
    for (const QString &text : values("contact")) {
        const QStringList parts = text.split(QLatin1Char(';'));
        if (parts.size() != 3)
            return m_c.usage(tr("--contact \"%1\": write NAME;SERVICE;NUMBER.").arg(text));
        c.contacts.append({ parts.at(0).trimmed(), parts.at(1).trimmed(), parts.at(2).trimmed() });
    }
    if (!open())
        return 1;
    records::ConventionBook book(*m_db, *m_journal);
    const Status saved = book.save(*m_user, c);
    if (!saved.ok())
        return fail(saved.error());
    m_c.io.out << tr("Convention %1 of %2 recorded: %n camera(s), valid until %3.", nullptr,
                     int(c.cameras().size()))
                      .arg(c.reference, c.landlord, c.expiresOn.toString(Qt::ISODate))
               << '\n';
    return 0;
}

int BailleurCtl::conventionList()
{
    if (!open(false))
        return 1;
    records::ConventionBook book(*m_db, *m_journal);
    const QList<records::Convention> expiring = book.expiringWithin();
    for (const records::Convention &c : book.conventions()) {
        QString state = book.inForce(c).ok() ? tr("in force") : book.inForce(c).error();
        if (std::any_of(expiring.cbegin(), expiring.cend(),
                        [&](const records::Convention &e) { return e.reference == c.reference; }))
            state = tr("expires in %n day(s): its renewal needs the préfet's approval", nullptr,
                       int(QDate::currentDate().daysTo(c.expiresOn)));
        m_c.io.out << c.reference << '\t' << c.landlord << '\t' << c.inseeCode << '\t'
                   << c.approvedOn.toString(Qt::ISODate) << '\t'
                   << c.expiresOn.toString(Qt::ISODate) << '\t'
                   << tr("%1 min").arg(c.maxSession_min) << '\t'
                   << tr("cameras %1").arg(numbers(c.cameras())) << '\t'
                   << c.situations.join(QLatin1Char(',')) << '\t' << state << '\n';
    }
    return 0;
}

int BailleurCtl::callAdd()
{
    records::BailleurCall call;
    const auto direction = records::directionFromName(value("direction"));
    if (!direction)
        return m_c.usage(tr("Give --direction in or --direction out."));
    call.direction = *direction;
    const auto outcome = records::outcomeFromName(value("outcome"));
    if (!outcome)
        return m_c.usage(tr("Give --outcome answered, unanswered or refused."));
    call.outcome = *outcome;
    if (isSet("channel")) {
        const auto channel = records::channelFromName(value("channel"));
        if (!channel)
            return m_c.usage(tr("Give --channel phone, radio or landlord_alert."));
        call.channel = *channel;
    }
    call.party = { value("name"), value("service"), value("matricule"), value("number") };
    call.convention = value("convention");
    call.note = value("note");
    if (isSet("at")) {
        call.at = QDateTime::fromString(value("at"), Qt::ISODate);
        if (!call.at.isValid())
            return m_c.usage(tr("\"%1\" is not a time: write 2026-11-25T22:00.").arg(value("at")));
    }
    if (!open())
        return 1;
    auto logged = m_register->logCall(*m_user, call);
    if (!logged.ok())
        return fail(logged.error());
    m_c.io.out << tr("Call %1 recorded (%2, %3).")
                      .arg(logged.value().id, records::directionLabel(call.direction),
                           records::outcomeLabel(call.outcome))
               << '\n';
    return 0;
}

int BailleurCtl::callsImport(const QStringList &words)
{
    if (words.size() != 4)
        return m_c.usage(tr("bailleur calls import takes the exchange's Master.csv file."));
    if (!open())
        return 1;
    auto imported = records::CdrImport::importFile(*m_register, *m_user, words.at(3));
    if (!imported.ok())
        return fail(imported.error());
    const records::CdrImportReport &r = imported.value();
    for (const records::CdrProblem &p : r.problems)
        m_c.io.err << tr("Line %1: %2").arg(p.line).arg(p.reason) << '\n';
    m_c.io.out << tr("%n call(s) added from the exchange", nullptr, r.added) << "; "
               << tr("%n already in the register", nullptr, r.alreadyLogged) << "; "
               << tr("%n with no landlord", nullptr, r.notLandlord) << "; "
               << tr("%n line(s) refused", nullptr, int(r.problems.size())) << '\n';
    // Like camera import: lines were left out.
    return r.problems.isEmpty() ? 0 : 3;
}

int BailleurCtl::request()
{
    const auto list = cameras();
    if (!list)
        return 2;
    records::BailleurRequest r;
    r.convention = value("convention");
    r.situation = value("situation");
    r.cameras = *list;
    r.incidentId = value("incident");
    r.intervention = value("intervention");
    r.building = value("building");
    r.asked_min = value("minutes").toInt();
    if (isSet("channel")) {
        const auto channel = records::channelFromName(value("channel"));
        if (!channel)
            return m_c.usage(tr("Give --channel phone, radio or landlord_alert."));
        r.channel = *channel;
    }
    if (r.convention.isEmpty() || r.situation.isEmpty() || r.cameras.isEmpty())
        return m_c.usage(
            tr("bailleur request takes --convention ID --situation CODE --cameras N,M."));
    if (!open())
        return 1;
    if (isSet("call")) {
        const auto call = id(value("call"));
        if (!call)
            return 1;
        r.callId = *call;
    }
    auto recorded = m_register->request(*m_user, r);
    if (!recorded.ok())
        return fail(tr("Refused, and recorded in the register: %1").arg(recorded.error()));
    m_c.io.out << tr("Request %1 recorded: open its session with \"vigiectl bailleur session open "
                     "%1\".")
                      .arg(recorded.value().id)
               << '\n';
    return 0;
}

int BailleurCtl::refuse(const QStringList &words)
{
    if (words.size() != 3)
        return m_c.usage(tr("bailleur refuse takes the request's id and --reason TEXT."));
    if (!open())
        return 1;
    const auto request = id(words.at(2));
    if (!request)
        return 1;
    const Status refused = m_register->refuse(*m_user, *request, value("reason"));
    if (!refused.ok())
        return fail(refused.error());
    m_c.io.out << tr("Request %1 refused.").arg(*request) << '\n';
    return 0;
}

int BailleurCtl::session(const QStringList &words)
{
    const QString action = words.value(2);
    if (words.size() != 4
        || (action != QLatin1String("open") && action != QLatin1String("close")
            && action != QLatin1String("extend")))
        return m_c.usage(tr("bailleur session open REQUEST | close SESSION | extend SESSION "
                            "--minutes N --reason TEXT | list."));
    if (!open())
        return 1;
    const auto target = id(words.at(3));
    if (!target)
        return 1;
    const QLocale locale;
    if (action == QLatin1String("open")) {
        auto opened = m_register->accept(*m_user, *target);
        if (!opened.ok())
            return fail(opened.error());
        m_c.io.out << tr("Session %1 open until %2 for camera(s) %3.")
                          .arg(opened.value().id,
                               locale.toString(opened.value().endsAt, QLocale::ShortFormat),
                               numbers(opened.value().cameras))
                   << '\n';
        return 0;
    }
    if (action == QLatin1String("extend")) {
        auto extended
            = m_register->extend(*m_user, *target, value("minutes").toInt(), value("reason"));
        if (!extended.ok())
            return fail(extended.error());
        m_c.io.out << tr("Session %1 extended until %2.")
                          .arg(*target,
                               locale.toString(extended.value().endsAt, QLocale::ShortFormat))
                   << '\n';
        return 0;
    }
    const Status closed = m_register->close(*m_user, *target, value("reason"));
    if (!closed.ok())
        return fail(closed.error());
    m_c.io.out << tr("Session %1 closed: its cameras are no longer viewable.").arg(*target) << '\n';
    return 0;
}

int BailleurCtl::sessionList()
{
    if (!open())
        return 1;
    const Status allowed
        = m_policy->check(*m_user, access::Permission::SearchRegister,
                          QLatin1String(records::kBailleurObject), QStringLiteral("sessions"));
    if (!allowed.ok())
        return fail(allowed.error());
    const QLocale locale;
    const QList<records::BailleurSession> open = m_register->openSessions();
    if (open.isEmpty())
        m_c.io.out << tr("No viewing session is open.") << '\n';
    for (const records::BailleurSession &s : open) {
        m_c.io.out << s.id << '\t' << s.convention << '\t'
                   << tr("cameras %1").arg(numbers(s.cameras)) << '\t'
                   << tr("opened by %1 at %2")
                          .arg(s.openedBy, locale.toString(s.openedAt, QLocale::ShortFormat))
                   << '\t' << tr("until %1").arg(locale.toString(s.endsAt, QLocale::ShortFormat))
                   << '\n';
    }
    return 0;
}

int BailleurCtl::registerExport()
{
    const QString format = value("format").toLower();
    const QString output = value("output");
    if (format != QLatin1String("pdf") && format != QLatin1String("csv"))
        return m_c.usage(tr("Give --format pdf or --format csv."));
    if (output.isEmpty())
        return m_c.usage(tr("Give the file to write with --output FILE."));
    const auto from = day("from");
    const auto to = from ? day("to") : std::nullopt;
    if (!from || !to)
        return 2;
    if (!open())
        return 1;
    QSettings settings(m_c.settingsFile, QSettings::IniFormat);
    const records::ExportHeader header {
        settings.value(QStringLiteral("centre/commune"), tr("Commune")).toString(),
        settings.value(QStringLiteral("centre/name"), tr("Urban supervision centre")).toString(),
        m_c.workstation, m_user->displayName, QDateTime::currentDateTime()
    };
    auto exported = records::exportBailleurRegister(*m_register, *m_user, *from, *to, format,
                                                    output, header, value("convention"));
    if (!exported.ok())
        return fail(exported.error());
    m_c.io.out << tr("Bailleur register written to %1 (%n entry(ies), SHA-256 %2).", nullptr,
                     exported.value().entries)
                      .arg(QDir::toNativeSeparators(exported.value().path),
                           QString::fromLatin1(exported.value().sha256))
               << '\n';
    return 0;
}

int BailleurCtl::visa()
{
    const auto from = day("from");
    const auto to = from ? day("to") : std::nullopt;
    if (!from || !to)
        return 2;
    if (!open())
        return 1;
    const Status signed_ = m_register->visa(*m_user, *from, *to, value("remark"));
    if (!signed_.ok())
        return fail(signed_.error());
    m_c.io.out << tr("Register from %1 to %2 reviewed and signed by %3.")
                      .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate),
                           m_user->displayName)
               << '\n';
    return 0;
}

} // namespace

QList<QCommandLineOption> bailleurOptions()
{
    const auto option = [](const char *name, const char *valueName) {
        return QCommandLineOption(QLatin1String(name), QString(), QLatin1String(valueName));
    };
    return { option("direction", "in|out"),
             option("number", "NUMBER"),
             option("service", "SERVICE"),
             option("channel", "CHANNEL"),
             option("note", "TEXT"),
             option("convention", "REF"),
             option("situation", "CODE"),
             option("incident", "ID"),
             option("intervention", "TEXT"),
             option("building", "NAME"),
             option("minutes", "N"),
             option("reason", "TEXT"),
             option("call", "ID"),
             option("landlord", "NAME"),
             option("approved", "DATE"),
             option("max-minutes", "N"),
             option("contact", "NAME;SERVICE;NUMBER"),
             option("remark", "TEXT") };
}

QString bailleurHelp()
{
    const QString indent(31, QLatin1Char(' '));
    const QChar nl = QLatin1Char('\n');
    return BailleurCtl::tr("* bailleur convention add REF --landlord NAME --insee CODE") + nl
        + BailleurCtl::tr("        --approved DATE --expires DATE --max-minutes N") + nl
        + BailleurCtl::tr("        --situation CODE... --building NAME=N,M[@ADDRESS]...") + nl
        + BailleurCtl::tr("        [--contact NAME;SERVICE;NUMBER]...") + nl + indent
        + BailleurCtl::tr("record or renew a landlord's convention (administrators)") + nl
        + BailleurCtl::tr("  bailleur convention list      the conventions, their expiry") + nl
        + BailleurCtl::tr(
               "* bailleur call add --direction in|out --outcome answered|unanswered|refused")
        + nl
        + BailleurCtl::tr("        --number N [--name --service --matricule --channel --at --note]")
        + nl + indent + BailleurCtl::tr("log a call with a landlord, answered or not") + nl
        + BailleurCtl::tr(
               "* bailleur calls import FILE   add the exchange's calls (Asterisk Master.csv)")
        + nl + indent + BailleurCtl::tr("not logged by hand (exit code 3 if lines are refused)")
        + nl + BailleurCtl::tr("* bailleur request --convention REF --situation CODE --cameras N,M")
        + nl
        + BailleurCtl::tr(
               "        [--incident ID] [--intervention TEXT] [--building NAME] [--minutes N]")
        + nl + indent + BailleurCtl::tr("record a landlord's request (refusals are recorded too)")
        + nl + BailleurCtl::tr("* bailleur refuse REQUEST --reason TEXT") + nl
        + BailleurCtl::tr("* bailleur session open REQUEST | close SESSION [--reason TEXT]") + nl
        + BailleurCtl::tr("* bailleur session extend SESSION --minutes N --reason TEXT") + nl
        + BailleurCtl::tr("* bailleur session list") + nl + indent
        + BailleurCtl::tr("viewing sessions: only they let a landlord's cameras play") + nl
        + BailleurCtl::tr(
               "* bailleur register --from DATE --to DATE --format pdf|csv --output FILE")
        + nl + indent + BailleurCtl::tr("[--convention REF]: the register of the period") + nl
        + BailleurCtl::tr("* bailleur visa --from DATE --to DATE [--remark TEXT]") + nl + indent
        + BailleurCtl::tr("the supervisor's review and visa of the period") + nl;
}

int bailleurCommand(const QStringList &words, BailleurContext &context)
{
    BailleurCtl ctl(context);
    return ctl.run(words);
}

int cameraSnapshot(const QStringList &words, BailleurContext &context, const QString &dataDir)
{
    bool isNumber = false;
    const int number = words.value(2).toInt(&isNumber);
    const QString output = context.parser.value(QStringLiteral("output"));
    if (words.size() != 3 || !isNumber || output.isEmpty())
        return context.usage(
            BailleurCtl::tr("camera snapshot takes the camera's number and --output FILE."));
    auto db = context.openDatabase();
    if (!db)
        return 1;
    journal::Journal journal(*db, context.workstation);
    const auto user = context.authenticate(*db, journal);
    if (!user)
        return 1;
    const auto fail = [&](const QString &message) {
        context.io.err << message << '\n';
        return 1;
    };
    cameras::CameraDirectory directory(*db, journal);
    const auto camera = directory.byNumber(number);
    if (!camera || camera->retired)
        return fail(BailleurCtl::tr("There is no camera %1 in service.").arg(number));
    // Core first: nothing of the camera is fetched before it has answered.
    access::AccessPolicy policy(*db, journal);
    if (const Status allowed = policy.checkView(*user, number, camera->inseeCode); !allowed.ok())
        return fail(allowed.error());
    records::SnapshotStore snapshots(dataDir, *db, journal);
    if (const Status allowed = snapshots.mayTake(*user, number); !allowed.ok())
        return fail(allowed.error());
    QString problem;
    const QList<cameras::Camera> withSecrets
        = cameras::CameraCredentials::withCredentials({ *camera }, &problem);
    if (!problem.isEmpty())
        context.io.err << problem << '\n';
    const QDateTime takenAt = QDateTime::currentDateTime();
    auto grabbed = video::grabLivePictures(withSecrets.first().mainUrl, 1, 20000);
    if (!grabbed.ok())
        return fail(grabbed.error());
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    grabbed.value().pictures.first().save(&buffer, "PNG");
    auto stored = snapshots.store(*user, number, takenAt, png, QStringLiteral("stream"));
    if (!stored.ok())
        return fail(stored.error());
    QFile::remove(output);
    if (!QFile::copy(snapshots.absolutePath(stored.value()), output))
        return fail(BailleurCtl::tr("Cannot write %1.").arg(output));
    context.io.out << BailleurCtl::tr("Camera %1: picture of %2 written to %3 (SHA-256 %4).")
                          .arg(number)
                          .arg(takenAt.toString(Qt::ISODate), QDir::toNativeSeparators(output),
                               stored.value().sha256)
                   << '\n';
    return 0;
}

} // namespace vigie::ctl
