#include "app/bailleur_desk.h"

#include "app/main_window.h"
#include "core/access/access_policy.h"
#include "core/cameras/camera_directory.h"
#include "core/journal/journal.h"
#include "core/records/bailleur_export.h"
#include "core/records/bailleur_register.h"
#include "core/records/convention_book.h"
#include "core/records/incident_service.h"
#include "core/records/shift_service.h"
#include "widgets/bailleur_call_panel.h"
#include "widgets/bailleur_register_view.h"
#include "widgets/bailleur_request_dialog.h"
#include "widgets/bailleur_sessions_dialog.h"
#include "widgets/bailleur_ui.h"
#include "widgets/tile_widget.h"
#include "widgets/wall_view.h"

#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QTimer>

namespace vigie::app {

BailleurDesk::BailleurDesk(const Session &session, Services &services, MainWindow *main,
                           Walls walls, QObject *parent)
    : QObject(parent), m_session(session), m_services(services), m_main(main),
      m_walls(std::move(walls))
{
    records::BailleurRegister &reg = *m_services.bailleur;
    m_conventions = m_services.conventions;
    if (!m_conventions) {
        m_ownConventions = std::make_unique<records::ConventionBook>(
            m_services.db, m_services.journal, reg.clock());
        m_conventions = m_ownConventions.get();
    }
    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &BailleurDesk::refreshTiles);
    connect(&reg, &records::BailleurRegister::sessionOpened, this, &BailleurDesk::onSessionOpened);
    connect(&reg, &records::BailleurRegister::sessionExtended, this, [this](const QString &id) {
        if (const auto s = m_services.bailleur->session(id))
            m_main->logEvent(tr("Bailleur session of %1 extended: it now ends at %2.")
                                 .arg(landlordOf(s->convention),
                                      QLocale().toString(s->endsAt, QStringLiteral("HH:mm:ss"))));
        refreshTiles();
    });
    connect(&reg, &records::BailleurRegister::sessionEndingSoon, this,
            [this](const QString &id, qint64 remaining_s) {
                const auto s = m_services.bailleur->session(id);
                if (!s)
                    return;
                m_main->logEvent(
                    tr("The bailleur session of %1 (cameras %2) ends in %n "
                       "second(s): extend it with Shift+F7 if the intervention "
                       "needs it.",
                       nullptr, int(remaining_s))
                        .arg(landlordOf(s->convention), QLocale().createSeparatedList([&] {
                            QStringList numbers;
                            for (int n : s->cameras)
                                numbers.append(QString::number(n));
                            return numbers;
                        }())));
                refreshTiles();
            });
    connect(&reg, &records::BailleurRegister::sessionEnded, this, &BailleurDesk::onSessionEnded);
    updateTicker();
}

BailleurDesk::~BailleurDesk() = default;

QString BailleurDesk::landlordOf(const QString &convention) const
{
    const auto c = m_conventions->byReference(convention);
    return c ? c->landlord : convention;
}

bool BailleurDesk::isBailleurCamera(int cameraNumber) const
{
    const auto camera = m_services.directory.byNumber(cameraNumber);
    return camera && camera->owner == cameras::CameraOwner::Bailleur;
}

QString BailleurDesk::explainRefusal(int cameraNumber, const QString &refusal) const
{
    const QString ended = m_ended.value(cameraNumber);
    return ended.isEmpty() ? refusal : ended + QLatin1Char('\n') + refusal;
}

void BailleurDesk::updateTicker()
{
    // Also past a limit no sweep has closed yet.
    if (!m_services.bailleur->nextSweepAt().isValid())
        m_ticker->stop();
    else if (!m_ticker->isActive())
        m_ticker->start();
    refreshTiles();
}

void BailleurDesk::refreshTiles()
{
    records::BailleurRegister &reg = *m_services.bailleur;
    const QDateTime now = reg.clock()();
    // The register's clock decides, not its timer's: within the last minute it warns (once
    // per limit), past the limit it closes the session (sessionEnded comes back here), so that
    // no tile shows a session that should be over.
    const QDateTime due = reg.nextSweepAt();
    const QList<records::BailleurSession> before = reg.openSessions();
    const bool ending
        = std::any_of(before.cbegin(), before.cend(), [&](const records::BailleurSession &s) {
              return now.secsTo(s.endsAt) <= records::BailleurRegister::kEndWarning_s;
          });
    if ((due.isValid() && due <= now) || ending) {
        const auto swept = reg.sweep();
        if (!swept.ok())
            m_main->logEvent(swept.error());
        else if (swept.value() > 0)
            return;
    }
    const QList<records::BailleurSession> open = reg.openSessions();
    QHash<int, const records::BailleurSession *> byCamera;
    for (const records::BailleurSession &s : open) {
        for (int n : s.cameras)
            byCamera.insert(n, &s);
    }
    QHash<QString, QString> landlords;
    for (widgets::WallView *wall : m_walls()) {
        for (int i = 0; i < wall->tileCount(); ++i) {
            widgets::TileWidget *tile = wall->tile(i);
            const records::BailleurSession *s = byCamera.value(tile->cameraNumber());
            if (!s || !tile->blockedReason().isEmpty()) {
                tile->setBailleurLabel(QString(), false);
                continue;
            }
            if (!landlords.contains(s->convention))
                landlords.insert(s->convention, landlordOf(s->convention));
            const qint64 left_s = now.secsTo(s->endsAt);
            tile->setBailleurLabel(
                widgets::bailleurTileLabel(landlords.value(s->convention), left_s),
                left_s <= records::BailleurRegister::kEndWarning_s);
        }
    }
}

void BailleurDesk::onSessionOpened(const QString &sessionId)
{
    const auto s = m_services.bailleur->session(sessionId);
    if (!s)
        return;
    for (int n : s->cameras)
        m_ended.remove(n);
    m_main->logEvent(
        tr("Bailleur session of %1 opened until %2: %n camera(s).", nullptr, int(s->cameras.size()))
            .arg(landlordOf(s->convention),
                 QLocale().toString(s->endsAt, QStringLiteral("HH:mm:ss"))));
    // Tiles that showed the refusal ask core again: those cameras may play now.
    emit recheckRequested(QStringLiteral("bailleur_session_opened"));
    updateTicker();
}

void BailleurDesk::onSessionEnded(const QString &sessionId, const QList<int> &cameras,
                                  records::SessionEnd end)
{
    const auto s = m_services.bailleur->session(sessionId);
    const QDateTime at = s && s->closedAt.isValid() ? s->closedAt : m_services.bailleur->clock()();
    const QString time = QLocale().toString(at, QStringLiteral("HH:mm:ss"));
    const QString landlord = s ? landlordOf(s->convention) : QString();
    const QString reason = end == records::SessionEnd::Limit
        ? tr("Bailleur session of %1 closed at its limit, %2.").arg(landlord, time)
        : tr("Bailleur session of %1 closed by hand at %2 (%3).")
              .arg(landlord, time, s ? s->closedBy : QString());
    for (int n : cameras)
        m_ended.insert(n, reason);
    m_main->logEvent(reason);
    // Every tile asks again: core now refuses these cameras, their tiles go dark with why and
    // their streams close.
    emit recheckRequested(QStringLiteral("bailleur_session_ended"));
    updateTicker();
}

void BailleurDesk::showOnWall(const QString &sessionId)
{
    const auto s = m_services.bailleur->session(sessionId);
    const QList<widgets::WallView *> walls = m_walls();
    if (!s || walls.isEmpty())
        return;
    widgets::WallView *wall = walls.first();
    for (widgets::WallView *w : walls) {
        if (w->focusedTile() >= 0)
            wall = w;
    }
    const int from = qMax(0, wall->lastFocusedTile());
    wall->placeCameras(from, s->cameras);
    refreshTiles();
}

void BailleurDesk::openCallPanel()
{
    records::BailleurRegister &reg = *m_services.bailleur;
    const access::User user = m_session.user;
    widgets::BailleurCallPanel::Backend backend;
    backend.log = [&reg, user](const records::BailleurCall &call) {
        return reg.logCall(user, call);
    };
    backend.correct = [&reg, user](const QString &id, const records::BailleurCall &call,
                                   const QString &reason) {
        return reg.correctCall(user, id, call, reason);
    };
    backend.suggest = [&reg](const QString &prefix) {
        return reg.suggestParties(prefix);
    };
    backend.recent = [&reg] {
        // The last two days, most recent first: what an operator may need to correct or take
        // a request from.
        QList<records::BailleurCall> calls = reg.calls(reg.clock()().addDays(-2));
        std::reverse(calls.begin(), calls.end());
        return calls.mid(0, 50);
    };
    widgets::BailleurCallPanel panel(backend, reg.clock()(), m_main);
    if (panel.exec() != QDialog::Accepted)
        return;
    if (!panel.savedCallId().isEmpty()) {
        if (const auto call = reg.call(panel.savedCallId()))
            m_main->logEvent(
                tr("Bailleur call logged: %1, %2 %3.")
                    .arg(records::outcomeLabel(call->outcome), call->party.name, call->party.number)
                    .simplified());
    }
    if (panel.requestWanted())
        openRequest(panel.requestCallId());
}

void BailleurDesk::openRequest(const QString &callId)
{
    records::BailleurRegister &reg = *m_services.bailleur;
    const access::User user = m_session.user;
    records::BailleurRequest prefilled;
    QString heading = tr("Request from a landlord's alert");
    if (const auto call = callId.isEmpty() ? std::nullopt : reg.call(callId)) {
        prefilled.callId = call->id;
        prefilled.channel = call->channel;
        prefilled.convention = call->convention;
        heading = tr("Request from the call of %1: %2")
                      .arg(QLocale().toString(call->at, QStringLiteral("HH:mm:ss")),
                           QStringList { call->party.name, call->party.service, call->party.number }
                               .join(QStringLiteral(" "))
                               .simplified());
    } else {
        prefilled.channel = records::CallChannel::LandlordAlert;
    }
    // The conventions that could be asked for; an expired one stays listed so that core says
    // why it refuses, and the refusal is in the register.
    QList<records::Convention> conventions;
    for (const records::Convention &c : m_conventions->conventions()) {
        if (c.active)
            conventions.append(c);
    }
    QHash<int, QString> names;
    for (const cameras::Camera &camera : m_services.directory.cameras())
        names.insert(camera.number, camera.name);
    QList<widgets::BailleurRequestDialog::IncidentChoice> incidents;
    records::IncidentFilter filter;
    filter.from = reg.clock()().addSecs(-12 * 3600);
    filter.limit = 30;
    if (auto found = m_services.incidents.search(user, filter); found.ok()) {
        for (const records::Incident &i : found.value())
            incidents.append(
                { i.id,
                  QStringLiteral("%1 — %2, %3")
                      .arg(i.number, i.draft.place,
                           QLocale().toString(i.draft.occurredAt, QStringLiteral("HH:mm"))) });
    }
    widgets::BailleurRequestDialog::Backend backend;
    backend.record = [&reg, user](const records::BailleurRequest &r) {
        return reg.request(user, r);
    };
    backend.accept = [&reg, user](const QString &id) {
        return reg.accept(user, id);
    };
    backend.refuse = [&reg, user](const QString &id, const QString &reason) {
        return reg.refuse(user, id, reason);
    };
    widgets::BailleurRequestDialog dialog(conventions, prefilled, heading, incidents, names,
                                          backend, m_main);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.session())
        showOnWall(dialog.session()->id);
    else if (dialog.refused())
        m_main->logEvent(tr("Bailleur request refused: %1").arg(dialog.refusalField()->text()));
}

void BailleurDesk::openSessions()
{
    records::BailleurRegister &reg = *m_services.bailleur;
    const access::User user = m_session.user;
    widgets::BailleurSessionsDialog::Backend backend;
    backend.open = [&reg] {
        return reg.openSessions();
    };
    backend.landlord = [this](const QString &convention) {
        return landlordOf(convention);
    };
    backend.extend = [&reg, user](const QString &id, int minutes, const QString &reason) {
        return reg.extend(user, id, minutes, reason);
    };
    backend.close = [&reg, user](const QString &id, const QString &reason) {
        return reg.close(user, id, reason);
    };
    backend.now = [&reg] {
        return reg.clock()();
    };
    widgets::BailleurSessionsDialog dialog(backend, m_main);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.alertRequested())
        openRequest(QString());
    else if (!dialog.sessionToShow().isEmpty())
        showOnWall(dialog.sessionToShow());
}

QStringList BailleurDesk::expiryWarnings() const
{
    QStringList warnings;
    if (!m_services.policy.allows(m_session.user, access::Permission::ReviewBailleurRegister))
        return warnings;
    const QDate today = m_services.bailleur->clock()().date();
    for (const records::Convention &c : m_conventions->expiringWithin()) {
        const qint64 days = today.daysTo(c.expiresOn);
        warnings.append(tr("The convention %1 with %2 expires on %3 (in %n day(s)): its renewal "
                           "is a new decision of the préfet; without it, no session can open.",
                           nullptr, int(days))
                            .arg(c.reference, c.landlord,
                                 QLocale().toString(c.expiresOn, QLocale::LongFormat)));
    }
    return warnings;
}

void BailleurDesk::openRegister()
{
    records::BailleurRegister &reg = *m_services.bailleur;
    const access::User user = m_session.user;
    const Status allowed = m_services.policy.check(user, access::Permission::ReviewBailleurRegister,
                                                   QStringLiteral("bailleur_register"));
    if (!allowed.ok()) {
        m_main->logEvent(allowed.error());
        return;
    }
    const records::ExportHeader header {
        m_services.settings.value(QStringLiteral("centre/commune"), tr("Commune")).toString(),
        m_services.settings.value(QStringLiteral("centre/name"), tr("Urban supervision centre"))
            .toString(),
        m_services.journal.workstation(), user.displayName, QDateTime()
    };
    widgets::BailleurRegisterView::Backend backend;
    backend.report = [&reg, user](const QDate &from, const QDate &to) {
        return reg.report(user, from, to);
    };
    backend.visa = [&reg, user](const QDate &from, const QDate &to, const QString &remark) {
        return reg.visa(user, from, to, remark);
    };
    backend.exportTo
        = [&reg, user, header](const QDate &from, const QDate &to, const QString &format,
                               const QString &path, const QString &convention) {
              records::ExportHeader stamped = header;
              stamped.exportedAt = reg.clock()();
              return records::exportBailleurRegister(reg, user, from, to, format, path, stamped,
                                                     convention);
          };
    backend.conventions = [this] {
        return m_conventions->conventions();
    };
    backend.expiryWarnings = [this] {
        return expiryWarnings();
    };
    widgets::BailleurRegisterView view(backend, reg.clock()().date(), m_main);
    view.exec();
}

} // namespace vigie::app
