// The video-verbalisation workflow through the core service: who may draft and validate what,
// on which camera, the lock once validated, cancellation, a full disk, duplicates, the
// catalogue, and the export through its schema.
#include "core/common/sha256.h"
#include "core/journal/hlc.h"
#include "core/journal/journal.h"
#include "core/verbalisation/ticket_export.h"
#include "tests/core/verbalisation/verbalisation_fixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>

#include <catch2/catch.hpp>

using namespace vigie;
using namespace vigie::verbalisation;
using vigie::test::VerbalisationFixture;

namespace {

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

} // namespace

TEST_CASE("each role drafts only what the law lets it, checked in core", "[verbalisation][roles]")
{
    VerbalisationFixture f;
    // A video operator and a chef de salle who are not sworn agents never verbalise; nor does
    // an administrator.
    for (const access::User &user : { f.operatorUser, f.chef, f.admin }) {
        INFO(user.login.toStdString());
        const auto refused = f.tickets->createDraft(user, f.capture(), f.parking());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("verbalise")));
    }
    // An ASVP records parking offences only.
    const auto asvpParking = f.tickets->createDraft(f.asvp, f.capture(), f.parking());
    REQUIRE(asvpParking.ok());
    CHECK(asvpParking.value().agentStatus == QStringLiteral("asvp"));
    const auto asvpTraffic = f.tickets->createDraft(f.asvp, f.capture(), f.traffic());
    REQUIRE_FALSE(asvpTraffic.ok());
    CHECK(asvpTraffic.error().contains(QStringLiteral("not a parking offence")));
    // A municipal police agent records both.
    REQUIRE(f.tickets->createDraft(f.agent, f.capture(), f.parking()).ok());
    const auto traffic = f.tickets->createDraft(f.agent, f.capture(), f.traffic());
    REQUIRE(traffic.ok());
    CHECK(traffic.value().agentStatus == QStringLiteral("police_agent"));
    // Every refusal is in the journal.
    CHECK(f.events(QStringLiteral("access.refused")).size() >= 4);
    // Reading the tickets: agents and the chef de salle, not an operator or an administrator.
    CHECK(f.tickets->list(f.chef, {}).ok());
    CHECK(f.tickets->list(f.asvp, {}).value().size() == 3);
    CHECK_FALSE(f.tickets->list(f.operatorUser, {}).ok());
    CHECK_FALSE(f.tickets->list(f.admin, {}).ok());
}

TEST_CASE("only a live capture on a camera the authorisation names, the commune's, drafts",
          "[verbalisation][camera]")
{
    VerbalisationFixture f;
    const struct
    {
        int camera;
        const char *reason;
    } refused[] = {
        { 2, "prefectoral authorisation" },
        { 3, "bailleur" },
        { 4, "out of service" },
        { 99, "not in the directory" },
    };
    for (const auto &row : refused) {
        INFO(row.camera);
        const auto draft = f.tickets->createDraft(f.agent, f.capture(row.camera), f.parking());
        REQUIRE_FALSE(draft.ok());
        INFO(draft.error().toStdString());
        CHECK(draft.error().contains(QLatin1String(row.reason)));
    }
    CHECK(f.events(QStringLiteral("ticket.refused")).size() == 4);

    // Not live (a grab that got nothing, or pictures from a recording) is refused with why.
    auto dead = f.capture(1, 0);
    dead.grabIssue = QStringLiteral("The camera's stream is not live: no picture within 5 s.");
    auto notLive = f.tickets->createDraft(f.agent, dead, f.parking());
    REQUIRE_FALSE(notLive.ok());
    CHECK(notLive.error().contains(QStringLiteral("live picture")));
    CHECK(notLive.error().contains(QStringLiteral("no picture within 5 s")));
    auto playback = f.capture();
    playback.live = false;
    CHECK_FALSE(f.tickets->createDraft(f.agent, playback, f.parking()).ok());

    // Without the authorisation's reference configured, nothing is drafted.
    VerbalisationSettings none = f.settings;
    none.authorisationRef.clear();
    TicketService unconfigured(*f.db, f.journal, f.policy, f.directory, f.catalogue, f.dir.path(),
                               none, f.clock);
    const auto unauthorised = unconfigured.createDraft(f.agent, f.capture(), f.parking());
    REQUIRE_FALSE(unauthorised.ok());
    CHECK(unauthorised.error().contains(QStringLiteral("authorisation")));
    CHECK(f.tickets->list(f.agent, {}).value().isEmpty());
    CHECK(filesUnder(f.dir.filePath(QStringLiteral("verbalisation"))).isEmpty());
}

TEST_CASE("a draft holds the capture, and its frames are files whose SHA-256 it carries",
          "[verbalisation][draft]")
{
    VerbalisationFixture f;
    auto draft
        = f.tickets->createDraft(f.agent, f.capture(), f.parking(QStringLiteral("ab 123 cd")));
    REQUIRE(draft.ok());
    const Ticket &t = draft.value();
    CHECK(t.state == TicketState::Draft);
    CHECK(t.live);
    CHECK(t.capturedAt == f.now);
    CHECK(t.clockSync == ClockSyncState::Synchronised);
    CHECK(t.cameraNumber == 1);
    CHECK(t.place == QStringLiteral("1 avenue Aristide Briand"));
    CHECK(t.inseeCode == QStringLiteral("92002"));
    CHECK(t.plate == QStringLiteral("AB-123-CD"));
    CHECK(t.plateFormat == PlateFormat::Siv);
    CHECK(t.country == QStringLiteral("FR"));
    CHECK(t.category == QStringLiteral("VP"));
    CHECK(t.natinfCode == QStringLiteral("6215"));
    CHECK(t.legalReference == QStringLiteral("R417-11 C.route"));
    CHECK(t.offenceClass == 4);
    CHECK(t.amountCents == 13500);
    CHECK(t.agentLogin == QStringLiteral("pmoreau"));
    CHECK(t.authorisationRef == f.settings.authorisationRef);
    REQUIRE(t.frames.size() == 3);
    for (const TicketFrame &frame : t.frames) {
        QFile file(f.tickets->framePath(frame));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        CHECK(QString::fromLatin1(sha256Hex({ bytes })) == frame.sha256);
        CHECK(QImage::fromData(bytes).size() == QSize(1280, 720));
    }
    // More frames than the law's three are not kept.
    auto many = f.tickets->createDraft(f.agent, f.capture(1, 5), f.parking());
    REQUIRE(many.ok());
    CHECK(many.value().frames.size() == 3);
    // The draft event carries the hashes: the journal proves the files unchanged.
    const auto drafted = f.events(QStringLiteral("ticket.draft"));
    REQUIRE(drafted.size() == 2);
    const QJsonObject capture = drafted.first()
                                    .payload.value(QStringLiteral("ticket"))
                                    .toObject()
                                    .value(QStringLiteral("capture"))
                                    .toObject();
    CHECK(capture.value(QStringLiteral("frames"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("sha256"))
          == t.frames.first().sha256);
}

TEST_CASE("a full disk while storing frames records nothing and keeps what was typed",
          "[verbalisation][disk]")
{
    VerbalisationFixture f;
    int writes = 0;
    // The second frame meets a full disk, as write(2) reports it.
    f.tickets->setFrameWriter([&](const QString &path, const QByteArray &bytes) -> Status {
        if (++writes == 2)
            return Status::failure(QString::fromLocal8Bit(strerror(ENOSPC)));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return Status::failure(file.errorString());
        return Status::success();
    });
    const TicketInput typed = f.parking();
    const auto draft = f.tickets->createDraft(f.agent, f.capture(), typed);
    REQUIRE_FALSE(draft.ok());
    INFO(draft.error().toStdString());
    CHECK(draft.error().contains(QStringLiteral("No space left on device")));
    CHECK(draft.error().contains(QStringLiteral("what was typed is kept")));
    // Nothing half-recorded: no row, no event, no file left behind.
    CHECK(f.tickets->list(f.agent, {}).value().isEmpty());
    CHECK(f.events(QStringLiteral("ticket.draft")).isEmpty());
    CHECK(filesUnder(f.dir.filePath(QStringLiteral("verbalisation"))).isEmpty());
    // Once space is back, the same typed input drafts.
    f.tickets->setFrameWriter({});
    CHECK(f.tickets->createDraft(f.agent, f.capture(), typed).ok());
}

TEST_CASE("the plate and the offence are checked as the agent types them", "[verbalisation][input]")
{
    VerbalisationFixture f;
    Plate plate;
    CHECK(f.tickets->checkInput(f.agent, f.parking(QStringLiteral("ab123cd")), f.now.date(), &plate)
              .ok());
    CHECK(plate.text == QStringLiteral("AB-123-CD"));
    const Status badPlate
        = f.tickets->checkInput(f.agent, f.parking(QStringLiteral("AB-000-CD")), f.now.date());
    CHECK(badPlate.error().contains(QStringLiteral("000")));
    TicketInput expired = f.parking();
    expired.natinf = QStringLiteral("12929");
    const Status tooLate = f.tickets->checkInput(f.agent, expired, f.now.date());
    REQUIRE_FALSE(tooLate.ok());
    CHECK(tooLate.error().contains(QStringLiteral("expired")));
    // The expired code was valid on a capture date before its end.
    CHECK(f.tickets->checkInput(f.agent, expired, QDate(2025, 6, 1)).ok());
    TicketInput unknown = f.parking();
    unknown.natinf = QStringLiteral("99999");
    CHECK(f.tickets->checkInput(f.agent, unknown, f.now.date())
              .error()
              .contains(QStringLiteral("not in the catalogue")));
    // A draft with a bad plate is refused; one without a plate yet waits for it.
    CHECK_FALSE(
        f.tickets->createDraft(f.agent, f.capture(), f.parking(QStringLiteral("SS-123-AB"))).ok());
    TicketInput later = f.parking(QString());
    const auto waiting = f.tickets->createDraft(f.agent, f.capture(), later);
    REQUIRE(waiting.ok());
    CHECK(waiting.value().plate.isEmpty());
}

TEST_CASE("validation by the agent who saw it locks the ticket, only cancellation remains",
          "[verbalisation][validate]")
{
    VerbalisationFixture f;
    const auto draft = f.tickets->createDraft(f.agent, f.capture(), f.parking(QString()));
    REQUIRE(draft.ok());
    const QString id = draft.value().id;

    // Required fields first: the plate is missing.
    auto incomplete
        = f.tickets->validate(f.agent, id, QStringLiteral("PM-0217"), QStringLiteral("PM92002"));
    REQUIRE_FALSE(incomplete.ok());
    CHECK(incomplete.error().contains(QStringLiteral("the plate")));
    REQUIRE(f.tickets->updateDraft(f.agent, id, f.parking(QStringLiteral("1234 ab 75"))).ok());
    CHECK(f.tickets->find(id)->plate == QStringLiteral("1234 AB 75"));
    CHECK(f.tickets->find(id)->plateFormat == PlateFormat::Fni);

    // Another agent may neither edit nor validate it; a wrong matricule is refused.
    CHECK_FALSE(f.tickets->updateDraft(f.otherAgent, id, f.parking()).ok());
    auto byOther = f.tickets->validate(f.otherAgent, id, QStringLiteral("PM-0305"),
                                       QStringLiteral("PM92002"));
    REQUIRE_FALSE(byOther.ok());
    CHECK(byOther.error().contains(QStringLiteral("who saw the offence")));
    CHECK(f.tickets->validate(f.agent, id, QStringLiteral("PM-0305"), QStringLiteral("PM92002"))
              .error()
              .contains(QStringLiteral("matricule")));
    CHECK(f.tickets->validate(f.agent, id, QStringLiteral("PM-0217"), QString())
              .error()
              .contains(QStringLiteral("service code")));

    const auto validated
        = f.tickets->validate(f.agent, id, QStringLiteral("PM-0217"), QStringLiteral("PM92002"));
    REQUIRE(validated.ok());
    CHECK(validated.value().state == TicketState::Validated);
    CHECK(validated.value().matricule == QStringLiteral("PM-0217"));
    CHECK(validated.value().serviceCode == QStringLiteral("PM92002"));
    CHECK(validated.value().validatedAt == f.now);

    // Locked: an edit is refused with the reason...
    const auto edit = f.tickets->updateDraft(f.agent, id, f.parking(QStringLiteral("ZZ-999-ZZ")));
    REQUIRE_FALSE(edit.ok());
    CHECK(edit.error().contains(QStringLiteral("only cancelled")));
    CHECK_FALSE(
        f.tickets->validate(f.agent, id, QStringLiteral("PM-0217"), QStringLiteral("PM92002"))
            .ok());
    // ...and an edit event replayed (or forged, or arriving late from another desk) changes
    // nothing either.
    journal::Event replay = f.events(QStringLiteral("ticket.update")).first();
    replay.hlc = journal::HlcTime { replay.hlc.physical_ms + 3600 * 1000, 0 };
    QJsonObject forged = replay.payload.value(QStringLiteral("ticket")).toObject();
    QJsonObject vehicle = forged.value(QStringLiteral("vehicle")).toObject();
    vehicle.insert(QStringLiteral("plate"), QStringLiteral("ZZ-999-ZZ"));
    forged.insert(QStringLiteral("vehicle"), vehicle);
    replay.payload.insert(QStringLiteral("ticket"), forged);
    REQUIRE(TicketService::project(*f.db, replay).ok());
    CHECK(f.tickets->find(id)->plate == QStringLiteral("1234 AB 75"));
    CHECK(f.tickets->find(id)->state == TicketState::Validated);
}

TEST_CASE("cancellation keeps the ticket and its whole history", "[verbalisation][cancel]")
{
    VerbalisationFixture f;
    const QString id = f.validatedTicket(f.parking()).id;
    // A reason is required; an operator may not cancel; an ASVP may not cancel another's.
    CHECK(f.tickets->cancel(f.agent, id, QStringLiteral("  "))
              .error()
              .contains(QStringLiteral("reason")));
    CHECK_FALSE(f.tickets->cancel(f.operatorUser, id, QStringLiteral("erreur")).ok());
    CHECK_FALSE(f.tickets->cancel(f.asvp, id, QStringLiteral("erreur")).ok());
    const auto cancelled
        = f.tickets->cancel(f.chef, id, QStringLiteral("Véhicule de secours en intervention"));
    REQUIRE(cancelled.ok());
    const Ticket &t = cancelled.value();
    CHECK(t.state == TicketState::Cancelled);
    CHECK(t.cancelledBy == QStringLiteral("kbenali"));
    CHECK(t.cancelReason == QStringLiteral("Véhicule de secours en intervention"));
    // Everything it was is kept: plate, offence, validation, frames.
    CHECK(t.plate == QStringLiteral("AB-123-CD"));
    CHECK(t.matricule == QStringLiteral("PM-0217"));
    CHECK(t.frames.size() == 3);
    for (const TicketFrame &frame : t.frames)
        CHECK(QFile::exists(f.tickets->framePath(frame)));
    const auto history = f.tickets->history(f.chef, id);
    REQUIRE(history.ok());
    QStringList actions;
    for (const journal::Event &e : history.value())
        actions << e.action;
    // The refused attempts are part of it.
    CHECK(actions
          == QStringList({ QStringLiteral("ticket.draft"), QStringLiteral("ticket.validate"),
                           QStringLiteral("access.refused"), QStringLiteral("access.refused"),
                           QStringLiteral("ticket.cancel") }));
    CHECK(history.value().last().payload.value(QStringLiteral("from")).toString()
          == QStringLiteral("validated"));
    // Cancelled is final: neither exported nor cancelled again.
    CHECK_FALSE(f.tickets->cancel(f.chef, id, QStringLiteral("encore")).ok());
    CHECK_FALSE(f.tickets->markExported(f.chef, id, QStringLiteral("json"), QString()).ok());
    // The list still shows it, under its state.
    TicketFilter filter;
    filter.state = TicketState::Cancelled;
    CHECK(f.tickets->list(f.chef, filter).value().size() == 1);
}

TEST_CASE("the same plate at the same place within the window warns of a duplicate",
          "[verbalisation][duplicate]")
{
    VerbalisationFixture f;
    const auto first = f.tickets->createDraft(f.agent, f.capture(), f.parking());
    REQUIRE(first.ok());
    CHECK(f.tickets->warnings(first.value()).isEmpty());
    f.now = f.now.addSecs(10 * 60);
    const auto second
        = f.tickets->createDraft(f.asvp, f.capture(), f.parking(QStringLiteral("AB 123 CD")));
    REQUIRE(second.ok());
    const QStringList warnings = f.tickets->warnings(second.value());
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().contains(first.value().number));
    // Outside the window, or another plate: no warning.
    f.now = f.now.addSecs(60 * 60);
    CHECK(f.tickets->warnings(f.tickets->createDraft(f.agent, f.capture(), f.parking()).value())
              .isEmpty());
    CHECK(
        f.tickets
            ->warnings(
                f.tickets->createDraft(f.agent, f.capture(), f.parking(QStringLiteral("CD-456-EF")))
                    .value())
            .isEmpty());
    // An unsynchronised clock is written on the draft and warned about.
    auto capture = f.capture();
    capture.clock.state = ClockSyncState::NotSynchronised;
    const auto unsynced
        = f.tickets->createDraft(f.agent, capture, f.parking(QStringLiteral("EF-789-GH")));
    REQUIRE(unsynced.ok());
    CHECK(unsynced.value().clockSync == ClockSyncState::NotSynchronised);
    CHECK(f.tickets->warnings(unsynced.value())
              .join(QLatin1Char(' '))
              .contains(QStringLiteral("NOT synchronised")));
}

TEST_CASE("the workflow runs to sent, and the list filters and counts per day",
          "[verbalisation][workflow]")
{
    VerbalisationFixture f;
    const auto draft = f.tickets->createDraft(f.agent, f.capture(), f.parking());
    REQUIRE(draft.ok());
    const QString id = draft.value().id;
    // Not exported nor sent before it is validated.
    CHECK_FALSE(f.tickets->checkExportable(f.chef, id).ok());
    CHECK_FALSE(f.tickets->markSent(f.chef, id, QStringLiteral("PVE-1")).ok());
    REQUIRE(f.tickets->validate(f.agent, id, QStringLiteral("PM-0217"), QStringLiteral("PM92002"))
                .ok());
    // An ASVP does not feed the PVe chain; an operator neither.
    CHECK_FALSE(f.tickets->checkExportable(f.asvp, id).ok());
    CHECK_FALSE(f.tickets->checkExportable(f.operatorUser, id).ok());
    REQUIRE(f.tickets->markExported(f.chef, id, QStringLiteral("json"), QStringLiteral("ab")).ok());
    CHECK(f.tickets->find(id)->state == TicketState::Exported);
    CHECK(f.tickets->markSent(f.chef, id, QString()).error().contains(QStringLiteral("message")));
    const auto sent = f.tickets->markSent(f.chef, id, QStringLiteral("ANTAI-2026-000123"));
    REQUIRE(sent.ok());
    CHECK(sent.value().state == TicketState::Sent);
    CHECK(sent.value().messageId == QStringLiteral("ANTAI-2026-000123"));

    f.now = f.now.addDays(1);
    REQUIRE(
        f.tickets->createDraft(f.asvp, f.capture(), f.parking(QStringLiteral("CD-456-EF"))).ok());
    TicketFilter byAgent;
    byAgent.agentLogin = QStringLiteral("adupont");
    CHECK(f.tickets->list(f.chef, byAgent).value().size() == 1);
    TicketFilter byState;
    byState.state = TicketState::Sent;
    CHECK(f.tickets->list(f.chef, byState).value().first().id == id);
    TicketFilter byNatinf;
    byNatinf.natinfCode = QStringLiteral("32971");
    CHECK(f.tickets->list(f.chef, byNatinf).value().isEmpty());
    TicketFilter byTime;
    byTime.from = f.now.addSecs(-3600);
    CHECK(f.tickets->list(f.chef, byTime).value().size() == 1);
    const auto counts = f.tickets->countsPerDay(f.chef, {});
    REQUIRE(counts.ok());
    REQUIRE(counts.value().size() == 2);
    CHECK(counts.value().at(0).count == 1);
    CHECK(counts.value().at(1).day == f.now.date());
}

TEST_CASE("a NATINF file with broken lines reports each one and imports nothing unless asked",
          "[verbalisation][natinf]")
{
    VerbalisationFixture f;
    const QByteArray broken = QByteArrayLiteral(
        "code,label,reference,class,reduced,standard,increased,from,to,asvp,to_be_checked\n"
        "6216,Stationnement sur passage piéton,R417-11 C.route,4,90,135,375,,,yes,no\n"
        "62A7,Stationnement gênant,R417-10 C.route,2,22,35,75,,,yes,no\n"
        "6218,Stationnement très gênant,R417-11 C.route,7,90,135,375,,,yes,no\n"
        "6219,Stationnement sur trottoir,R417-11 C.route,4,90,135,375,2026-13-01,,yes,no\n"
        "6220,Stationnement abusif,R417-12 C.route,2,22,35\n"
        "6216,Doublon,R417-11 C.route,4,90,135,375,,,yes,no\n"
        "6221,Stationnement sur emplacement livraison,R417-10 C.route,2,22,35,75,,,peut-être,no\n");
    // Only an administrator imports; each other role is refused, and the refusal journaled.
    for (const access::User &user : { f.operatorUser, f.chef, f.agent, f.asvp }) {
        INFO(user.login.toStdString());
        CHECK_FALSE(f.catalogue.importCsv(user, test::natinfCsv(), false).ok());
    }
    auto all = f.catalogue.importCsv(f.admin, broken, false);
    REQUIRE(all.ok());
    CHECK(all.value().imported == 0);
    QStringList lines;
    for (const NatinfLineError &e : all.value().refused)
        lines << QStringLiteral("%1: %2").arg(e.line).arg(e.reason);
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    REQUIRE(all.value().refused.size() == 6);
    CHECK(all.value().refused.at(0).line == 3);
    CHECK(all.value().refused.at(0).reason.contains(QStringLiteral("62A7")));
    CHECK(all.value().refused.at(1).line == 4);
    CHECK(all.value().refused.at(1).reason.contains(QStringLiteral("1 to 5")));
    CHECK(all.value().refused.at(2).line == 5);
    CHECK(all.value().refused.at(2).reason.contains(QStringLiteral("2026-13-01")));
    CHECK(all.value().refused.at(3).line == 6);
    CHECK(all.value().refused.at(3).reason.contains(QStringLiteral("fields")));
    CHECK(all.value().refused.at(4).line == 7);
    CHECK(all.value().refused.at(4).reason.contains(QStringLiteral("earlier line")));
    CHECK(all.value().refused.at(5).line == 8);
    CHECK(all.value().refused.at(5).reason.contains(QStringLiteral("peut-être")));
    CHECK_FALSE(f.catalogue.find(QStringLiteral("6216")));

    auto valid = f.catalogue.importCsv(f.admin, broken, true);
    REQUIRE(valid.ok());
    CHECK(valid.value().imported == 1);
    CHECK(valid.value().refused.size() == 6);
    const auto offence = f.catalogue.find(QStringLiteral("6216"));
    REQUIRE(offence);
    CHECK(offence->asvpAllowed);
    CHECK(offence->standardCents == 13500);
    CHECK(f.events(QStringLiteral("natinf.set")).size() == 4); // the fixture's 3, then this one

    // A file that is not a catalogue at all says so, and changes nothing.
    auto notCsv = f.catalogue.importCsv(f.admin, QByteArrayLiteral("numero;nom\n1;Mairie\n"), true);
    REQUIRE(notCsv.ok());
    CHECK(notCsv.value().imported == 0);
    CHECK(notCsv.value().refused.first().reason.contains(QStringLiteral("numero")));
}

TEST_CASE("the export follows its JSON schema and reads back, the PDF is one page",
          "[verbalisation][export]")
{
    VerbalisationFixture f;
    const QString id = f.validatedTicket(f.parking()).id;
    TicketInput foreign = f.parking(QStringLiteral("b-ab 1234"));
    foreign.country = QStringLiteral("de");
    const Ticket secondValidated = f.validatedTicket(foreign, 1);

    // A draft is not exported; an ASVP does not export.
    const QString json = f.dir.filePath(QStringLiteral("batch.json"));
    CHECK_FALSE(TicketExport::write(*f.tickets, f.asvp, { id }, QStringLiteral("json"), json,
                                    f.dir.path(), f.journal.workstation(), f.now)
                    .ok());
    CHECK_FALSE(QFile::exists(json));

    auto exported = TicketExport::write(*f.tickets, f.chef, { id, secondValidated.id },
                                        QStringLiteral("json"), json, f.dir.path(),
                                        f.journal.workstation(), f.now);
    REQUIRE(exported.ok());
    CHECK(exported.value().tickets.first().state == TicketState::Exported);
    QFile file(json);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(QString::fromLatin1(sha256Hex({ bytes })) == exported.value().sha256.first());
    // The journal names the export file's hash.
    CHECK(f.events(QStringLiteral("ticket.export")).first().payload.value(QStringLiteral("sha256"))
          == exported.value().sha256.first());

    // Round trip: every field reads back as it was when exported.
    const QJsonObject document = QJsonDocument::fromJson(bytes).object();
    CHECK(document.value(QStringLiteral("version")).toInt() == kTicketSchemaVersion);
    const QJsonArray list = document.value(QStringLiteral("tickets")).toArray();
    REQUIRE(list.size() == 2);
    const Ticket read = ticketFromJson(list.at(1).toObject());
    const Ticket original = *f.tickets->find(secondValidated.id);
    CHECK(ticketToJson(read) == ticketToJson(secondValidated));
    CHECK(read.capturedAt == secondValidated.capturedAt);
    CHECK(read.validatedAt == secondValidated.validatedAt);
    CHECK(read.country == QStringLiteral("DE"));
    CHECK(read.plateFormat == PlateFormat::Foreign);
    CHECK(read.frames.size() == original.frames.size());

    // Against the schema in the repository, by a JSON Schema validator (python3-jsonschema).
    // Debian's python3, where python3-jsonschema is installed, before any other on the PATH.
    QString python
        = QStandardPaths::findExecutable(QStringLiteral("python3"), { QStringLiteral("/usr/bin") });
    if (python.isEmpty())
        python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    REQUIRE_FALSE(python.isEmpty());
    const QString schema
        = test::sourcePath(QStringLiteral("resources/schemas/ticket-v1.schema.json"));
    QProcess validator;
    validator.start(
        python, { test::sourcePath(QStringLiteral("scripts/check-json-schema")), schema, json });
    REQUIRE(validator.waitForFinished(60000));
    INFO(validator.readAllStandardError().toStdString());
    CHECK(validator.exitCode() == 0);
    // The validator is not a yes-machine: the same document without a ticket's plate format
    // fails.
    QJsonArray broken = list;
    QJsonObject ticket = broken.at(0).toObject();
    QJsonObject vehicle = ticket.value(QStringLiteral("vehicle")).toObject();
    vehicle.insert(QStringLiteral("format"), QStringLiteral("plaque"));
    ticket.insert(QStringLiteral("vehicle"), vehicle);
    broken.replace(0, ticket);
    QJsonObject brokenDocument = document;
    brokenDocument.insert(QStringLiteral("tickets"), broken);
    const QString bad = f.dir.filePath(QStringLiteral("bad.json"));
    QFile badFile(bad);
    REQUIRE(badFile.open(QIODevice::WriteOnly));
    badFile.write(QJsonDocument(brokenDocument).toJson());
    badFile.close();
    QProcess rejecting;
    rejecting.start(python,
                    { test::sourcePath(QStringLiteral("scripts/check-json-schema")), schema, bad });
    REQUIRE(rejecting.waitForFinished(60000));
    CHECK(rejecting.exitCode() != 0);

    // The PDF: one page with its frames.
    const QString pdf = f.dir.filePath(QStringLiteral("ticket.pdf"));
    auto printed = TicketExport::write(*f.tickets, f.chef, { id }, QStringLiteral("pdf"), pdf,
                                       f.dir.path(), f.journal.workstation(), f.now);
    REQUIRE(printed.ok());
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray pdfBytes = pdfFile.readAll();
    CHECK(pdfBytes.startsWith("%PDF"));
    CHECK(pdfBytes.count("/Type /Page\n") + pdfBytes.count("/Type /Page ")
              + pdfBytes.count("/Type /Page/")
          >= 1);
    CHECK(pdfBytes.contains("/Count 1"));
    CHECK(pdfBytes.count("/Subtype /Image") >= 3);
}

TEST_CASE("the clock's sync state is read from the kernel and the daemons' outputs",
          "[verbalisation][clock]")
{
    // The kernel's answer: TIME_ERROR (5) or STA_UNSYNC means not synchronised.
    CHECK(ClockSyncReader::fromKernel(0, 0x2001, 12000).state == ClockSyncState::Synchronised);
    CHECK(ClockSyncReader::fromKernel(0, 0x2001, 12000).maxError_us == 12000);
    CHECK(ClockSyncReader::fromKernel(5, 0x0040, 16000000).state
          == ClockSyncState::NotSynchronised);
    CHECK(ClockSyncReader::fromKernel(0, 0x0040, 16000000).state
          == ClockSyncState::NotSynchronised);
    CHECK(ClockSyncReader::fromKernel(-1, 0, -1).state == ClockSyncState::Unknown);
    // chronyc -n tracking, as chrony 4.3 prints it.
    const QString synced = QStringLiteral(
        "Reference ID    : C0A80001 (192.168.0.1)\nStratum         : 3\n"
        "Ref time (UTC)  : Sat Dec 05 01:50:12 2026\nSystem time     : 0.000012 seconds fast "
        "of NTP time\nLeap status     : Normal\n");
    const QString unsynced = QStringLiteral(
        "Reference ID    : 00000000 ()\nStratum         : 0\nLeap status     : Not synchronised\n");
    CHECK(ClockSyncReader::fromChronyTracking(synced)->state == ClockSyncState::Synchronised);
    CHECK(ClockSyncReader::fromChronyTracking(unsynced)->state == ClockSyncState::NotSynchronised);
    CHECK_FALSE(ClockSyncReader::fromChronyTracking(QStringLiteral("506 Cannot talk to daemon")));
    // timedatectl show -p NTPSynchronized
    CHECK(ClockSyncReader::fromTimedatectl(QStringLiteral("NTPSynchronized=yes\n"))->state
          == ClockSyncState::Synchronised);
    CHECK(ClockSyncReader::fromTimedatectl(QStringLiteral("NTPSynchronized=no\n"))->state
          == ClockSyncState::NotSynchronised);
    // A daemon that says no wins over a kernel that says yes; an unknown kernel takes the
    // daemon's word.
    const ClockSync kernelYes = ClockSyncReader::fromKernel(0, 0x2001, 1000);
    CHECK(ClockSyncReader::combine(kernelYes, ClockSyncReader::fromChronyTracking(unsynced)).state
          == ClockSyncState::NotSynchronised);
    const ClockSync kernelUnknown = ClockSyncReader::fromKernel(-1, 0, -1);
    const ClockSync combined
        = ClockSyncReader::combine(kernelUnknown, ClockSyncReader::fromChronyTracking(synced));
    CHECK(combined.state == ClockSyncState::Synchronised);
    CHECK(combined.source == QStringLiteral("adjtimex+chrony"));
    // The real system call answers without privilege.
    const ClockSync now = ClockSyncReader::read();
    CHECK(now.source.startsWith(QStringLiteral("adjtimex")));
    CHECK(now.detail.startsWith(QStringLiteral("adjtimex: state")));
    CHECK_FALSE(now.describe().isEmpty());
}
