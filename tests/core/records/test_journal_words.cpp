// Every action the modules journal is worded for its reader: the actions are collected by running
// each module once (not listed by hand), so that a new action without words fails here.
#include "core/access/viewing_session.h"
#include "core/analytics/alarm_log.h"
#include "core/analytics/count_log.h"
#include "core/analytics/detector_settings.h"
#include "core/cameras/camera_health.h"
#include "core/cameras/camera_selections.h"
#include "core/cameras/ptz_steering.h"
#include "core/journal/retention.h"
#include "core/records/bailleur_export.h"
#include "core/records/journal_words.h"
#include "core/records/retention_purges.h"
#include "core/records/snapshot_store.h"
#include "tests/core/records/bailleur_fixture.h"
#include "tests/core/verbalisation/verbalisation_fixture.h"

#include <QJsonArray>
#include <QSet>

using namespace vigie;
using records::JournalWords;

namespace {

QString otherEvent(const QString &code)
{
    return JournalWords::tr("Other event (%1)").arg(code);
}

QString lineOf(const journal::Event &e, const test::VerbalisationFixture &f)
{
    const auto named = [&f](const QString &login) {
        for (const access::User &u : { f.operatorUser, f.chef, f.nextChef, f.agent, f.admin }) {
            if (u.login == login)
                return u.displayName;
        }
        return login;
    };
    return JournalWords::line(e.action, e.objectId, e.payload, named);
}

} // namespace

TEST_CASE("every action the modules journal has its words", "[journal_words]")
{
    test::VerbalisationFixture f;
    const QDateTime start = f.now;

    // Tickets: drafted, edited, validated, exported, sent; another cancelled; a refused camera.
    auto draft = f.tickets->createDraft(f.agent, f.capture(1, 1), f.traffic());
    REQUIRE(draft.ok());
    auto input = f.traffic();
    input.colour = QStringLiteral("bleu");
    REQUIRE(f.tickets->updateDraft(f.agent, draft.value().id, input).ok());
    REQUIRE(f.tickets
                ->validate(f.agent, draft.value().id, QStringLiteral("PM-0217"),
                           QStringLiteral("PM92002"))
                .ok());
    REQUIRE(
        f.tickets
            ->markExported(f.chef, draft.value().id, QStringLiteral("json"), QStringLiteral("ab12"))
            .ok());
    REQUIRE(f.tickets->markSent(f.chef, draft.value().id, QStringLiteral("PVE-0001")).ok());
    const verbalisation::Ticket cancelled = f.validatedTicket(f.parking());
    REQUIRE(f.tickets->cancel(f.agent, cancelled.id, QStringLiteral("Véhicule de secours")).ok());
    CHECK_FALSE(f.tickets->createDraft(f.agent, f.capture(2, 1), f.parking()).ok());

    // The landlord's convention, a call, an accepted request (extended, closed), a refused one,
    // a visa and an export of the register.
    for (int number : { 5, 6 }) {
        cameras::Camera c;
        c.number = number;
        c.name = QStringLiteral("Caméra %1").arg(number);
        c.inseeCode = QStringLiteral("92002");
        c.owner = cameras::CameraOwner::Bailleur;
        c.convention = QStringLiteral("HSH-2025-017");
        c.mainUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:1/x"));
        REQUIRE(f.directory.addCamera(f.admin, c).ok());
    }
    records::ConventionBook conventions(*f.db, f.journal, f.clock);
    REQUIRE(conventions.save(f.admin, test::hshConvention()).ok());
    records::BailleurRegister reg(*f.db, f.journal, f.policy, f.clock);
    records::BailleurCall call;
    call.direction = records::CallDirection::In;
    call.outcome = records::CallOutcome::Unanswered;
    call.party = { QStringLiteral("Marc Lefèvre"), QStringLiteral("gardien"), QString(),
                   QStringLiteral("06 12 34 56 78") };
    REQUIRE(reg.logCall(f.operatorUser, call).ok());
    records::BailleurRequest asked;
    asked.convention = QStringLiteral("HSH-2025-017");
    asked.situation = QStringLiteral("access_blocked");
    asked.intervention = QStringLiteral("Patrouille PM 3, hall bloqué");
    asked.cameras = { 5 };
    asked.asked_min = 20;
    auto request = reg.request(f.operatorUser, asked);
    REQUIRE(request.ok());
    auto session = reg.accept(f.operatorUser, request.value().id);
    REQUIRE(session.ok());
    REQUIRE(
        reg.extend(f.operatorUser, session.value().id, 10, QStringLiteral("Interpellation")).ok());
    REQUIRE(
        reg.close(f.operatorUser, session.value().id, QStringLiteral("Fin d'intervention")).ok());
    auto pending = reg.request(f.operatorUser, asked);
    REQUIRE(pending.ok());
    REQUIRE(reg.refuse(f.operatorUser, pending.value().id, QStringLiteral("Équipage indisponible"))
                .ok());
    REQUIRE(reg.visa(f.chef, start.date(), start.date(), QStringLiteral("Vu, conforme")).ok());
    REQUIRE(records::exportBailleurRegister(
                reg, f.chef, start.date(), start.date(), QStringLiteral("csv"),
                f.dir.filePath(QStringLiteral("bailleur.csv")),
                { QStringLiteral("Ville d'Antony"), QStringLiteral("CSU"), QStringLiteral("CSU-A"),
                  f.chef.displayName, start })
                .ok());

    // A viewing, the PTZ dome steered, taken over, a preset recalled and saved, released.
    {
        access::ViewingSession viewing(*f.db, f.journal, f.policy, f.operatorUser);
        REQUIRE(viewing.setShown({ 1 }).ok());
        f.now = f.now.addSecs(125);
        REQUIRE(viewing.endAll(QStringLiteral("logout")).ok());
    }
    cameras::PtzSteering ptz(*f.db, f.journal, f.policy, f.clock);
    REQUIRE(ptz.steer(f.operatorUser, 1).ok());
    REQUIRE(ptz.takeOver(f.chef, 1).ok());
    REQUIRE(ptz.recordPreset(f.chef, 1, 3, false).ok());
    REQUIRE(ptz.recordPreset(f.chef, 1, 4, true).ok());
    REQUIRE(ptz.changePreset(f.chef, 1, QStringLiteral("5"), QStringLiteral("Entrée de l'école"),
                             cameras::PtzSteering::PresetChange::Save)
                .ok());
    REQUIRE(ptz.changePreset(f.chef, 1, QStringLiteral("5"), QString(),
                             cameras::PtzSteering::PresetChange::Remove)
                .ok());
    REQUIRE(ptz.release(f.chef, 1).ok());

    // Favourites and a group.
    cameras::CameraSelections selections(*f.db, f.journal);
    REQUIRE(selections.toggleFavourites(f.operatorUser, { 1 }).ok());
    auto group = selections.createGroup(f.operatorUser, QStringLiteral("Marché"), { 1, 2 });
    REQUIRE(group.ok());
    REQUIRE(selections.deleteGroup(f.operatorUser, group.value()).ok());

    // A detector set up and removed, an alarm raised and acknowledged, a quarter's counts.
    analytics::DetectorSettings detectors(*f.db, f.journal);
    analytics::DetectorConfig config;
    config.camera = 1;
    config.name = QStringLiteral("portail-ecole");
    config.kind = analytics::DetectorKind::Intrusion;
    config.zone = { { 0.1, 0.1 }, { 0.9, 0.1 }, { 0.5, 0.9 } };
    REQUIRE(detectors.set(f.chef, config).ok());
    REQUIRE(detectors.remove(f.chef, 1, config.name).ok());
    analytics::AlarmLog alarms(*f.db, f.journal, f.clock);
    analytics::AnalyticsEvent intrusion;
    intrusion.type = QStringLiteral("intrusion");
    intrusion.alarm = true;
    intrusion.t_ms = f.now.toMSecsSinceEpoch();
    const auto raised = alarms.raise(1, config.name, intrusion);
    REQUIRE(raised.ok());
    REQUIRE(alarms.acknowledge(f.operatorUser, raised.value(), QStringLiteral("chat errant")).ok());
    analytics::CountLog counts(*f.db, f.journal);
    analytics::AnalyticsEvent crossing;
    crossing.type = QStringLiteral("crossing");
    crossing.direction = QStringLiteral("left_to_right");
    crossing.t_ms = f.now.toMSecsSinceEpoch();
    counts.add(1, QStringLiteral("passage"), { crossing, crossing });
    REQUIRE(counts.flush(f.now.toMSecsSinceEpoch(), true).ok());

    // What the entries say, read before the retention below empties the oldest payloads.
    {
        // An alarm's acknowledgement says what the operator wrote
        const auto ack = f.events(QStringLiteral("analytics.ack"));
        REQUIRE(ack.size() == 1);
        CHECK(lineOf(ack.first(), f) == QStringLiteral("Alarm acknowledged: Comment: chat errant"));
        const auto alarm = f.events(QStringLiteral("analytics.alarm"));
        REQUIRE(alarm.size() == 1);
        CHECK(lineOf(alarm.first(), f)
              == QStringLiteral("Analytics alarm: Intrusion on camera 1 (detector "
                                "\"portail-ecole\")"));
    }
    {
        // A PTZ take-over names whom the dome was taken from, a preset its number
        const auto takeover = f.events(QStringLiteral("ptz.takeover"));
        REQUIRE(takeover.size() == 1);
        CHECK(lineOf(takeover.first(), f)
              == QStringLiteral("PTZ camera taken over: Camera 1, taken from Camille Martin"));
        const auto saved = f.events(QStringLiteral("ptz.preset_saved"));
        REQUIRE(saved.size() == 2);
        CHECK(lineOf(saved.first(), f) == QStringLiteral("PTZ preset saved: Camera 1, preset 4"));
        CHECK(lineOf(saved.last(), f)
              == QStringLiteral("PTZ preset saved: Camera 1, preset 5 \"Entrée de l'école\""));
        const auto removed = f.events(QStringLiteral("ptz.preset_removed"));
        REQUIRE(removed.size() == 1);
        CHECK(lineOf(removed.first(), f)
              == QStringLiteral("PTZ preset removed: Camera 1, preset 5"));
    }
    {
        // A ticket says its number, offence and state; a cancellation the state it left
        const auto validated = f.events(QStringLiteral("ticket.validate"));
        REQUIRE(validated.size() == 2);
        const QString line = lineOf(validated.first(), f);
        CHECK(line.startsWith(QStringLiteral("Verbalisation validated: ticket ")
                              + draft.value().number));
        CHECK(line.contains(QStringLiteral("NATINF 32971 (Circulation en sens interdit)")));
        CHECK(line.endsWith(QStringLiteral("camera 1, state: validated")));
        const auto cancel = f.events(QStringLiteral("ticket.cancel"));
        REQUIRE(cancel.size() == 1);
        CHECK(lineOf(cancel.first(), f)
              == QStringLiteral("Verbalisation cancelled: Véhicule de secours (was validated)"));
        const auto sent = f.events(QStringLiteral("ticket.sent"));
        REQUIRE(sent.size() == 1);
        CHECK(lineOf(sent.first(), f)
              == QStringLiteral("Verbalisation sent to ANTAI: ANTAI message PVE-0001"));
    }
    {
        // A viewing says which camera was watched, and how long
        const auto ended = f.events(QStringLiteral("view.end"));
        REQUIRE(ended.size() == 1);
        CHECK(lineOf(ended.first(), f)
              == QStringLiteral("Live viewing ended: Camera 1, watched 2 min 5 s (logged out)"));
    }
    {
        // A landlord's call says its outcome, not the call-back number
        const auto calls = f.events(QStringLiteral("bailleur.call"));
        REQUIRE(calls.size() == 1);
        CHECK(lineOf(calls.first(), f).contains(QStringLiteral("unanswered")));
        CHECK(lineOf(calls.first(), f).contains(QStringLiteral("Marc Lefèvre (gardien)")));
        // The call-back number is the register's, not the annex's.
        CHECK_FALSE(lineOf(calls.first(), f).contains(QStringLiteral("06 12 34 56 78")));
    }
    // An outage of camera 1, a snapshot and an incident, all purged years later.
    cameras::CameraHealthLog health(*f.db, f.clock);
    REQUIRE(health.beginWatch().ok());
    REQUIRE(health.record(1, cameras::StreamState::Live, QString()).ok());
    REQUIRE(health.record(1, cameras::StreamState::Lost, QStringLiteral("plus d'image")).ok());
    f.now = f.now.addSecs(60);
    REQUIRE(health.record(1, cameras::StreamState::Live, QString()).ok());
    records::SnapshotStore snapshots(f.dir.path(), *f.db, f.journal);
    REQUIRE(snapshots
                .store(f.operatorUser, 1, f.now, QByteArray("\x89PNG fake picture"),
                       QStringLiteral("stream"))
                .ok());
    REQUIRE(f.incidents.create(f.operatorUser, f.routineDraft()).ok());
    f.now = start.addYears(4);
    REQUIRE(journal::runRetention(f.journal, journal::RetentionPolicy::defaults(), f.now,
                                  QStringLiteral("system"),
                                  records::retentionPurges(f.incidents, snapshots, f.directory))
                .ok());
    REQUIRE(health.purgeBefore(f.journal, f.now, QStringLiteral("system")).ok());
    REQUIRE(alarms.purgeBefore(f.now, QStringLiteral("system")).ok());
    REQUIRE(counts.purgeBefore(f.now, QStringLiteral("system")).ok());

    QSet<QString> journaled;
    for (const journal::Event &e : f.journal.events(QStringLiteral("CSU-A"), 0, 100000))
        journaled.insert(e.action);
    // What this test ran: were a module to stop journaling one of these, the test would say so
    // instead of passing with less.
    const QStringList expected
        = QStringLiteral(
              "ticket.draft ticket.update ticket.validate ticket.export ticket.sent ticket.cancel "
              "ticket.refused natinf.set camera.retire bailleur.convention.set bailleur.call "
              "bailleur.request bailleur.session.open bailleur.session.extend "
              "bailleur.session.close "
              "bailleur.request.refuse bailleur.refusal bailleur.visa bailleur.register.export "
              "view.start view.end ptz.steer ptz.takeover ptz.preset ptz.preset_saved "
              "ptz.preset_removed ptz.release "
              "selection.favourites selection.group selection.group_delete analytics.set "
              "analytics.remove analytics.alarm analytics.ack analytics.counts camera_health.purge "
              "snapshot.taken snapshot.purge incident.purge journal.purge analytics.alarm_purge "
              "analytics.counts_purge")
              .split(QLatin1Char(' '));
    for (const QString &action : expected) {
        INFO(action.toStdString());
        CHECK(journaled.contains(action));
    }
    for (const QString &code : std::as_const(journaled)) {
        INFO(code.toStdString());
        CHECK(JournalWords::action(code) != otherEvent(code));
    }
    // Each entry reads as a line of the shift log's annex, its details in words.
    for (const journal::Event &e : f.journal.events(QStringLiteral("CSU-A"), 0, 100000)) {
        const QString line = lineOf(e, f);
        INFO(e.action.toStdString() << ": " << line.toStdString());
        CHECK_FALSE(line.contains(QStringLiteral("Other event")));
        // A ticket's plate stays in the ticket register.
        CHECK_FALSE(line.contains(QStringLiteral("AB-123-CD")));
    }

    // A purged viewing still names its camera.
    const auto purgedViews = f.events(QStringLiteral("view.end"));
    REQUIRE(purgedViews.size() == 1);
    CHECK(purgedViews.first().payload.isEmpty());
    CHECK(lineOf(purgedViews.first(), f) == QStringLiteral("Live viewing ended: Camera 1"));
}

TEST_CASE("entries the modules write elsewhere are worded without their secrets", "[journal_words]")
{
    // An alarm's picture crosses desks as its own entry: its hash is printed, never its data.
    const QString picture = QString::fromLatin1(QByteArray(300, 'x').toBase64());
    const QJsonObject pictured { { QStringLiteral("camera"), 6 },
                                 { QStringLiteral("at_ms"), 1'700'000'000'000.0 },
                                 { QStringLiteral("sha256"), QStringLiteral("beef") },
                                 { QStringLiteral("picture"), picture } };
    const QString line
        = JournalWords::line(QStringLiteral("analytics.picture"), QStringLiteral("x"), pictured);
    CHECK(line.startsWith(QStringLiteral("Alarm picture: Camera 6, ")));
    CHECK(line.endsWith(QStringLiteral("SHA-256 beef")));
    CHECK_FALSE(line.contains(picture.left(40)));

    // A purge that lists what it removed, and one that names a day.
    const QJsonObject listed { { QStringLiteral("objects"),
                                 QJsonArray { QStringLiteral("a"), QStringLiteral("b"),
                                              QStringLiteral("c") } } };
    CHECK(JournalWords::line(QStringLiteral("journal.purge"), QString(), listed)
          == QStringLiteral("Retention purge: 3 entries (listed)"));
    const QJsonObject dated { { QStringLiteral("purged"), 2 },
                              { QStringLiteral("before"),
                                QStringLiteral("2026-01-01T00:00:00Z") } };
    CHECK(JournalWords::line(QStringLiteral("journal.purge"), QString(), dated)
              .startsWith(QStringLiteral("Retention purge: 2 entries before ")));

    // A camera's account: the stream, never a secret (the payload holds none).
    CHECK(JournalWords::line(QStringLiteral("camera.credentials"), QStringLiteral("12"),
                             { { QStringLiteral("stream"), QStringLiteral("main") },
                               { QStringLiteral("where"), QStringLiteral("keyring") } })
          == QStringLiteral("Camera account stored: 12, main stream, kept in the keyring"));

    // A code from a newer version stays readable, its code kept for the auditor.
    CHECK(JournalWords::action(QStringLiteral("drone.launch"))
          == QStringLiteral("Other event (drone.launch)"));
}
