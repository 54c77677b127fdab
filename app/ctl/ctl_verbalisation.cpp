#include "app/ctl/ctl_verbalisation.h"

#include "core/access/access_policy.h"
#include "core/cameras/camera_credentials.h"
#include "core/cameras/camera_directory.h"
#include "core/journal/journal.h"
#include "core/records/record_time.h"
#include "core/store/database.h"
#include "core/verbalisation/clock_sync.h"
#include "core/verbalisation/natinf_catalogue.h"
#include "core/verbalisation/plate.h"
#include "core/verbalisation/ticket_export.h"
#include "core/verbalisation/ticket_service.h"
#include "core/verbalisation/verbalisation_settings.h"
#include "core/video/live_grab.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSettings>
#include <QTextStream>

namespace vigie::ctl {
namespace {

using namespace vigie::verbalisation;

class VerbalisationCtl
{
    Q_DECLARE_TR_FUNCTIONS(vigie::ctl::VerbalisationCtl)
};

const QCommandLineOption kPlate(QStringLiteral("plate"), QString(), QStringLiteral("TEXT"));
const QCommandLineOption kCountry(QStringLiteral("country"), QString(), QStringLiteral("CC"));
const QCommandLineOption kNatinf(QStringLiteral("natinf"), QString(), QStringLiteral("CODE"));
const QCommandLineOption kMake(QStringLiteral("make"), QString(), QStringLiteral("TEXT"));
const QCommandLineOption kModel(QStringLiteral("model"), QString(), QStringLiteral("TEXT"));
const QCommandLineOption kColour(QStringLiteral("colour"), QString(), QStringLiteral("TEXT"));
const QCommandLineOption kState(QStringLiteral("state"), QString(), QStringLiteral("STATE"));
const QCommandLineOption kAgent(QStringLiteral("agent"), QString(), QStringLiteral("LOGIN"));
const QCommandLineOption kService(QStringLiteral("service"), QString(), QStringLiteral("CODE"));
const QCommandLineOption kReason(QStringLiteral("reason"), QString(), QStringLiteral("TEXT"));
const QCommandLineOption kMessageId(QStringLiteral("message-id"), QString(), QStringLiteral("ID"));
const QCommandLineOption kAllValidated(QStringLiteral("all-validated"));

// Shared with ctl.cpp's options of the same name.
QString option(const CommandContext &c, const char *name)
{
    return c.parser.value(QLatin1String(name));
}

bool isSet(const CommandContext &c, const char *name)
{
    return c.parser.isSet(QLatin1String(name));
}

QString euros(int cents)
{
    return QLocale().toCurrencyString(cents / 100.0, QStringLiteral("€"));
}

VerbalisationSettings settingsOf(const CommandContext &c)
{
    return readVerbalisationSettings(QSettings(c.settingsFile, QSettings::IniFormat));
}

// The register's services for one command, as `actor`.
struct Services
{
    std::unique_ptr<store::Database> db;
    std::unique_ptr<journal::Journal> journal;
    std::unique_ptr<access::AccessPolicy> policy;
    std::unique_ptr<cameras::CameraDirectory> directory;
    std::unique_ptr<NatinfCatalogue> catalogue;
    std::unique_ptr<TicketService> tickets;
    access::User actor;
};

std::optional<Services> open(const CommandContext &c, bool authenticated = true)
{
    Services s;
    s.db = c.openDatabase();
    if (!s.db)
        return std::nullopt;
    s.journal = std::make_unique<journal::Journal>(*s.db, c.workstation());
    if (authenticated) {
        const auto actor = c.authenticate(*s.db, *s.journal);
        if (!actor)
            return std::nullopt;
        s.actor = *actor;
    }
    s.policy = std::make_unique<access::AccessPolicy>(*s.db, *s.journal);
    s.directory = std::make_unique<cameras::CameraDirectory>(*s.db, *s.journal);
    s.catalogue = std::make_unique<NatinfCatalogue>(*s.db, *s.journal);
    s.tickets = std::make_unique<TicketService>(*s.db, *s.journal, *s.policy, *s.directory,
                                                *s.catalogue, c.dataDir, settingsOf(c));
    return s;
}

int fail(const CommandContext &c, const QString &message)
{
    c.io.err << message << '\n';
    return 1;
}

QString ticketLine(const Ticket &t)
{
    return QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
        .arg(t.number, ticketStateLabel(t.state),
             records::isoWithOffset(t.capturedAt)
                 .left(19)
                 .replace(QLatin1Char('T'), QLatin1Char(' ')),
             QStringLiteral("%1").arg(t.cameraNumber, 3, 10, QLatin1Char('0')),
             t.plate.isEmpty() ? QStringLiteral("—") : t.plate,
             t.natinfCode.isEmpty() ? QStringLiteral("—") : t.natinfCode, t.agentLogin, t.place);
}

int natinfImport(const CommandContext &c, const QStringList &words)
{
    if (words.size() != 3)
        return c.usage(VerbalisationCtl::tr("natinf import takes one FILE (CSV)."));
    QFile file(words.value(2));
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            c, VerbalisationCtl::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
    const QByteArray data = file.readAll();
    auto s = open(c);
    if (!s)
        return 1;
    const bool validOnly = isSet(c, "valid-only");
    const auto imported = s->catalogue->importCsv(s->actor, data, validOnly);
    if (!imported.ok())
        return fail(c, imported.error());
    for (const NatinfLineError &e : imported.value().refused)
        c.io.err << VerbalisationCtl::tr("Line %1: %2").arg(e.line).arg(e.reason) << '\n';
    const int refused = int(imported.value().refused.size());
    if (imported.value().imported == 0) {
        c.io.err << (refused == 0
                         ? VerbalisationCtl::tr("The file holds no offence. Nothing was changed.")
                         : VerbalisationCtl::tr(
                             "%n line(s) refused: nothing was imported. Correct them, "
                             "or import the valid lines only with --valid-only.",
                             nullptr, refused))
                 << '\n';
        return 1;
    }
    c.io.out << VerbalisationCtl::tr("%n offence(s) imported.", nullptr, imported.value().imported)
             << '\n';
    if (refused > 0) {
        c.io.err << VerbalisationCtl::tr("%n line(s) refused and left out.", nullptr, refused)
                 << '\n';
        return 3;
    }
    return 0;
}

int natinfList(const CommandContext &c)
{
    auto s = open(c, false);
    if (!s)
        return 1;
    const QList<NatinfOffence> offences = s->catalogue->offences();
    const QDate today = QDate::currentDate();
    if (option(c, "format") == QLatin1String("json")) {
        QJsonArray list;
        for (const NatinfOffence &o : offences)
            list.append(
                QJsonObject { { QStringLiteral("code"), o.code },
                              { QStringLiteral("label"), o.label },
                              { QStringLiteral("legal_reference"), o.legalReference },
                              { QStringLiteral("class"), o.offenceClass },
                              { QStringLiteral("reduced_cents"), o.reducedCents },
                              { QStringLiteral("standard_cents"), o.standardCents },
                              { QStringLiteral("increased_cents"), o.increasedCents },
                              { QStringLiteral("valid_from"), o.validFrom.toString(Qt::ISODate) },
                              { QStringLiteral("valid_to"), o.validTo.toString(Qt::ISODate) },
                              { QStringLiteral("asvp_allowed"), o.asvpAllowed },
                              { QStringLiteral("to_be_checked"), o.toBeChecked },
                              { QStringLiteral("valid_today"), o.validOn(today) } });
        c.io.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (offences.isEmpty()) {
        c.io.out << VerbalisationCtl::tr(
            "The NATINF catalogue is empty: import it with vigiectl natinf import.")
                 << '\n';
        return 0;
    }
    for (const NatinfOffence &o : offences) {
        QStringList flags;
        if (o.asvpAllowed)
            flags << VerbalisationCtl::tr("ASVP");
        if (o.toBeChecked)
            flags << VerbalisationCtl::tr("to be checked");
        if (!o.validOn(today))
            flags
                << (o.validTo.isValid() && today > o.validTo
                        ? VerbalisationCtl::tr("expired on %1").arg(o.validTo.toString(Qt::ISODate))
                        : VerbalisationCtl::tr("valid from %1")
                              .arg(o.validFrom.toString(Qt::ISODate)));
        c.io.out << QStringLiteral("%1  %2  %3  %4  %5%6")
                        .arg(o.code, VerbalisationCtl::tr("class %1").arg(o.offenceClass),
                             euros(o.standardCents), o.legalReference, o.label,
                             flags.isEmpty()
                                 ? QString()
                                 : QStringLiteral("  [%1]").arg(flags.join(QStringLiteral(", "))))
                 << '\n';
    }
    return 0;
}

TicketInput typedInput(const CommandContext &c)
{
    TicketInput input;
    input.plate = c.parser.value(kPlate);
    input.country = c.parser.value(kCountry);
    input.natinf = c.parser.value(kNatinf);
    input.make = c.parser.value(kMake);
    input.model = c.parser.value(kModel);
    input.category = option(c, "category");
    input.colour = c.parser.value(kColour);
    return input;
}

int ticketDraft(const CommandContext &c)
{
    bool numberOk = false;
    const int number = option(c, "camera").toInt(&numberOk);
    if (!numberOk || number < 1 || !c.parser.isSet(kNatinf))
        return c.usage(VerbalisationCtl::tr(
            "ticket draft takes --camera N, --natinf CODE and the plate (--plate "
            "TEXT [--country CC])."));
    auto s = open(c);
    if (!s)
        return 1;
    // Every check that needs no picture comes first: a refused draft fetches nothing.
    const Status allowed = s->tickets->checkCamera(s->actor, number);
    if (!allowed.ok())
        return fail(c, allowed.error());
    const TicketInput input = typedInput(c);
    const QDateTime capturedAt = QDateTime::currentDateTime();
    const Status typed = s->tickets->checkInput(s->actor, input, capturedAt.date());
    if (!typed.ok())
        return fail(c, typed.error());

    LiveCapture capture;
    capture.cameraNumber = number;
    capture.capturedAt = capturedAt;
    capture.clock = ClockSyncReader::read();
    const QList<cameras::Camera> withSecrets
        = cameras::CameraCredentials::withCredentials({ *s->directory->byNumber(number) });
    int timeout_ms = 10000;
    if (isSet(c, "timeout"))
        timeout_ms = qBound(1, option(c, "timeout").toInt(), 60) * 1000;
    const auto grabbed = video::grabLivePictures(withSecrets.first().mainUrl,
                                                 s->tickets->settings().maxFrames, timeout_ms);
    if (grabbed.ok()) {
        capture.live = true;
        capture.frames = grabbed.value().pictures;
        capture.grabIssue = grabbed.value().shortfall;
    } else {
        capture.grabIssue = grabbed.error();
    }
    const auto draft = s->tickets->createDraft(s->actor, capture, input);
    if (!draft.ok())
        return fail(c, draft.error());
    const Ticket &t = draft.value();
    c.io.out << VerbalisationCtl::tr("Ticket %1 drafted: camera %2, %3, NATINF %4, %n frame(s).",
                                     nullptr, int(t.frames.size()))
                    .arg(t.number)
                    .arg(t.cameraNumber)
                    .arg(t.plate.isEmpty() ? VerbalisationCtl::tr("no plate yet") : t.plate)
                    .arg(t.natinfCode)
             << '\n';
    for (const TicketFrame &frame : t.frames)
        c.io.out << QStringLiteral("  %1  %2").arg(frame.sha256, s->tickets->framePath(frame))
                 << '\n';
    c.io.out << t.clockDetail << '\n';
    for (const QString &warning : s->tickets->warnings(t))
        c.io.err << VerbalisationCtl::tr("Warning: %1").arg(warning) << '\n';
    return 0;
}

int ticketList(const CommandContext &c)
{
    TicketFilter filter;
    if (c.parser.isSet(kState)) {
        filter.state = ticketStateFromCode(c.parser.value(kState));
        if (!filter.state)
            return c.usage(VerbalisationCtl::tr(
                "The state is draft, validated, exported, sent or cancelled."));
    }
    filter.agentLogin = c.parser.value(kAgent);
    filter.cameraNumber = option(c, "camera").toInt();
    filter.natinfCode = c.parser.value(kNatinf);
    if (!c.parseTime(QStringLiteral("from"), &filter.from)
        || !c.parseTime(QStringLiteral("to"), &filter.to))
        return 2;
    auto s = open(c);
    if (!s)
        return 1;
    const auto tickets = s->tickets->list(s->actor, filter);
    if (!tickets.ok())
        return fail(c, tickets.error());
    if (option(c, "format") == QLatin1String("json")) {
        c.io.out << QString::fromUtf8(TicketExport::document(
            tickets.value(), QDateTime::currentDateTime(), s->journal->workstation()));
        return 0;
    }
    for (const Ticket &t : tickets.value())
        c.io.out << ticketLine(t) << '\n';
    const auto counts = s->tickets->countsPerDay(s->actor, filter);
    if (counts.ok()) {
        for (const TicketDayCount &day : counts.value())
            c.io.out << VerbalisationCtl::tr("%1: %n ticket(s)", nullptr, day.count)
                            .arg(day.day.toString(Qt::ISODate))
                     << '\n';
    }
    return 0;
}

int ticketExport(const CommandContext &c, const QStringList &words)
{
    const QString format = option(c, "format");
    const QString output = option(c, "output");
    const bool all = c.parser.isSet(kAllValidated);
    if ((words.size() != 3) == !all || format.isEmpty() || output.isEmpty())
        return c.usage(
            VerbalisationCtl::tr("ticket export takes ID or --all-validated, --format json|pdf and "
                                 "--output PATH."));
    auto s = open(c);
    if (!s)
        return 1;
    QStringList ids;
    if (all) {
        TicketFilter validated;
        validated.state = TicketState::Validated;
        const auto tickets = s->tickets->list(s->actor, validated);
        if (!tickets.ok())
            return fail(c, tickets.error());
        for (const Ticket &t : tickets.value())
            ids.prepend(t.id); // oldest first
        if (ids.isEmpty()) {
            c.io.out << VerbalisationCtl::tr("No validated ticket to export.") << '\n';
            return 0;
        }
    } else {
        const auto ticket = s->tickets->find(words.value(2));
        if (!ticket)
            return fail(c, VerbalisationCtl::tr("There is no ticket %1.").arg(words.value(2)));
        ids << ticket->id;
    }
    const auto exported
        = TicketExport::write(*s->tickets, s->actor, ids, format, output, c.dataDir,
                              s->journal->workstation(), QDateTime::currentDateTime());
    if (!exported.ok())
        return fail(c, exported.error());
    for (int i = 0; i < exported.value().files.size(); ++i)
        c.io.out << QStringLiteral("%1  %2").arg(exported.value().sha256.at(i),
                                                 exported.value().files.at(i))
                 << '\n';
    c.io.out << VerbalisationCtl::tr("%n ticket(s) exported.", nullptr,
                                     int(exported.value().tickets.size()))
             << '\n';
    return 0;
}

// validate | cancel | sent: one ticket, one step.
int ticketStep(const CommandContext &c, const QStringList &words)
{
    const QString action = words.value(1);
    if (words.size() != 3)
        return c.usage(
            VerbalisationCtl::tr("ticket %1 takes one ticket ID or number.").arg(action));
    auto s = open(c);
    if (!s)
        return 1;
    const QString id = words.value(2);
    Result<Ticket> done = Result<Ticket>::failure(QString());
    if (action == QLatin1String("validate"))
        done = s->tickets->validate(s->actor, id, option(c, "matricule"), c.parser.value(kService));
    else if (action == QLatin1String("cancel"))
        done = s->tickets->cancel(s->actor, id, c.parser.value(kReason));
    else
        done = s->tickets->markSent(s->actor, id, c.parser.value(kMessageId));
    if (!done.ok())
        return fail(c, done.error());
    c.io.out << VerbalisationCtl::tr("Ticket %1: %2.")
                    .arg(done.value().number, ticketStateLabel(done.value().state))
             << '\n';
    return 0;
}

} // namespace

QList<QCommandLineOption> verbalisationOptions()
{
    return { kPlate, kCountry, kNatinf,  kMake,   kModel,     kColour,
             kState, kAgent,   kService, kReason, kMessageId, kAllValidated };
}

QString verbalisationHelp()
{
    const QString indent(31, QLatin1Char(' '));
    return VerbalisationCtl::tr("  plate check TEXT [--country CC]") + QLatin1Char('\n') + indent
        + VerbalisationCtl::tr("the plate normalised and its format (SIV, FNI or the country),")
        + QLatin1Char('\n') + indent + VerbalisationCtl::tr("or why it is not one (exit code 1)")
        + QLatin1Char('\n') + VerbalisationCtl::tr("* natinf import FILE [--valid-only]")
        + QLatin1Char('\n') + indent
        + VerbalisationCtl::tr("the NATINF catalogue from a CSV: all or nothing, or the valid")
        + QLatin1Char('\n') + indent
        + VerbalisationCtl::tr("lines only (exit code 3 if any left out): administrators")
        + QLatin1Char('\n') + VerbalisationCtl::tr("  natinf list [--format json]")
        + QLatin1Char('\n')
        + VerbalisationCtl::tr(
               "* ticket draft --camera N --natinf CODE --plate TEXT [--country CC]")
        + QLatin1Char('\n')
        + VerbalisationCtl::tr("        [--make TEXT] [--model TEXT] [--category VP|VU|...] "
                               "[--colour TEXT]")
        + QLatin1Char('\n') + indent
        + VerbalisationCtl::tr("draft a video-verbalisation ticket from the camera's live stream")
        + QLatin1Char('\n')
        + VerbalisationCtl::tr(
               "* ticket list [--state S] [--agent LOGIN] [--camera N] [--natinf CODE]")
        + QLatin1Char('\n')
        + VerbalisationCtl::tr("        [--from TIME] [--to TIME] [--format json]")
        + QLatin1Char('\n')
        + VerbalisationCtl::tr("* ticket validate ID --matricule ID --service CODE")
        + QLatin1Char('\n') + VerbalisationCtl::tr("* ticket cancel ID --reason TEXT")
        + QLatin1Char('\n')
        + VerbalisationCtl::tr("* ticket export ID|--all-validated --format json|pdf --output PATH")
        + QLatin1Char('\n') + VerbalisationCtl::tr("* ticket sent ID --message-id ID")
        + QLatin1Char('\n');
}

int plateCommand(const CommandContext &c, const QStringList &words)
{
    if (words.value(1) != QLatin1String("check") || words.size() != 3)
        return c.usage(
            VerbalisationCtl::tr("plate check takes one TEXT (quoted if it holds spaces)."));
    const auto plate = PlateRules::normalise(words.value(2), c.parser.value(kCountry));
    if (!plate.ok())
        return fail(c, plate.error());
    c.io.out << plate.value().text << ' ' << plate.value().formatLabel() << '\n';
    return 0;
}

int natinfCommand(const CommandContext &c, const QStringList &words)
{
    if (words.value(1) == QLatin1String("import"))
        return natinfImport(c, words);
    if (words.value(1) == QLatin1String("list"))
        return natinfList(c);
    return c.usage(VerbalisationCtl::tr("Unknown natinf command \"%1\".").arg(words.value(1)));
}

int ticketCommand(const CommandContext &c, const QStringList &words)
{
    const QString action = words.value(1);
    if (action == QLatin1String("draft"))
        return ticketDraft(c);
    if (action == QLatin1String("list"))
        return ticketList(c);
    if (action == QLatin1String("export"))
        return ticketExport(c, words);
    if (action == QLatin1String("validate") || action == QLatin1String("cancel")
        || action == QLatin1String("sent"))
        return ticketStep(c, words);
    return c.usage(VerbalisationCtl::tr("Unknown ticket command \"%1\".").arg(action));
}

} // namespace vigie::ctl
