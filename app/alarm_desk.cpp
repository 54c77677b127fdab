#include "app/alarm_desk.h"

#include "app/alarm_sound.h"
#include "app/analytics_host.h"
#include "app/main_window.h"
#include "core/analytics/alarm_log.h"
#include "core/cameras/camera_directory.h"
#include "core/records/incident_service.h"
#include "core/records/incident_typology.h"
#include "core/records/snapshot_store.h"
#include "core/sync/sync_worker.h"
#include "widgets/alarm_list_view.h"
#include "widgets/incident_dialog.h"
#include "widgets/incident_panel.h"
#include "widgets/wall_view.h"

#include <QBuffer>
#include <QInputDialog>
#include <QSet>
#include <QSettings>
#include <QTimer>

#include <algorithm>

namespace vigie::app {

AlarmDesk::AlarmDesk(const Session &session, Services &services, MainWindow *main, Walls walls,
                     Wall jumpWall, std::unique_ptr<AlarmSound> sound, QObject *parent)
    : QObject(parent), m_session(session), m_services(services), m_main(main),
      m_walls(std::move(walls)), m_jumpWall(std::move(jumpWall)), m_sound(std::move(sound)),
      m_view(main->alarmList()), m_clock([] { return QDateTime::currentDateTime(); })
{
    connect(m_view, &widgets::AlarmListView::jumpRequested, this, &AlarmDesk::jump);
    connect(m_view, &widgets::AlarmListView::acknowledgeRequested, this,
            &AlarmDesk::askAcknowledge);
    connect(m_view, &widgets::AlarmListView::snoozeRequested, this, &AlarmDesk::askSnooze);
    connect(m_view, &widgets::AlarmListView::incidentRequested, this, &AlarmDesk::createIncident);
    connect(m_main, &MainWindow::alarmJumpRequested, this, &AlarmDesk::jumpToNewest);
    // New alarms: this desk's detectors at once, the others' as soon as they have come down.
    if (m_services.analytics)
        connect(m_services.analytics, &AnalyticsHost::alarmRecorded, this, &AlarmDesk::refresh);
    if (m_services.sync)
        connect(m_services.sync, &sync::SyncService::synced, this,
                [this](const sync::SyncReport &report) {
                    if (report.pulled > 0)
                        refresh();
                });
    m_snoozeTimer = new QTimer(this);
    m_snoozeTimer->setSingleShot(true);
    connect(m_snoozeTimer, &QTimer::timeout, this, &AlarmDesk::refresh);
    // A wall opened or a tile changed camera since: its badges (cheap when nothing changed).
    m_badgeTimer = new QTimer(this);
    m_badgeTimer->setInterval(1000);
    connect(m_badgeTimer, &QTimer::timeout, this, &AlarmDesk::applyBadges);
    m_badgeTimer->start();
    refresh();
}

AlarmDesk::~AlarmDesk() = default;

QString AlarmDesk::cameraTitle(int number) const
{
    if (const auto camera = m_services.directory.byNumber(number))
        return camera->title();
    return QString::number(number);
}

QImage AlarmDesk::thumbnail(const analytics::Alarm &alarm)
{
    const auto known = m_thumbnails.constFind(alarm.id);
    if (known != m_thumbnails.cend())
        return *known;
    QImage picture;
    if (!alarm.picture.isEmpty())
        picture = QImage::fromData(alarm.picture)
                      .scaled(QSize(192, 108), Qt::KeepAspectRatio, Qt::SmoothTransformation);
    // An alarm raised on another desk may show before its picture arrives (its own event, in
    // the same sync or the next): no picture is not remembered.
    if (!picture.isNull())
        m_thumbnails.insert(alarm.id, picture);
    return picture;
}

void AlarmDesk::refresh()
{
    const QDateTime now = m_clock();
    const QList<analytics::Alarm> open
        = analytics::AlarmLog(m_services.db, m_services.journal).list(true);
    QList<widgets::AlarmRow> rows;
    QHash<int, QString> badges;
    QHash<QString, QDateTime> snoozed;
    int severity = 0;
    for (const analytics::Alarm &alarm : open) {
        // Open means open on every desk: the badge and the tour hold stay while snoozed.
        if (!badges.contains(alarm.camera))
            badges.insert(alarm.camera,
                          tr("ALARM: %1").arg(widgets::AlarmListView::typeLabel(alarm.type)));
        const QDateTime until = m_snoozedUntil.value(alarm.id);
        if (until.isValid() && until > now) {
            snoozed.insert(alarm.id, until);
            continue;
        }
        rows.append({ alarm.id, alarm.camera, cameraTitle(alarm.camera), alarm.detector, alarm.type,
                      alarm.at, thumbnail(alarm) });
        severity = std::max(severity, widgets::AlarmListView::severity(alarm.type));
    }
    m_snoozedUntil = std::move(snoozed);
    // Only the open alarms' thumbnails are kept: a desk runs for months and its alarms by the
    // thousand.
    QSet<QString> openIds;
    for (const analytics::Alarm &alarm : open)
        openIds.insert(alarm.id);
    m_thumbnails.removeIf([&openIds](const auto &entry) { return !openIds.contains(entry.key()); });
    m_shown.clear();
    for (const widgets::AlarmRow &row : std::as_const(rows))
        m_shown.append(row.id);
    m_view->setAlarms(rows);
    const bool changed = m_badges != badges;
    m_badges = badges;
    applyBadges();
    if (changed)
        emit badgesChanged();
    const bool muted = !m_services.settings.value(QStringLiteral("analytics/sound"), true).toBool();
    if (m_sound)
        m_sound->play(muted ? 0 : severity);
    // The first snooze to run out brings its alarm (and its sound) back.
    if (!m_snoozedUntil.isEmpty()) {
        const QDateTime first = *std::min_element(m_snoozedUntil.cbegin(), m_snoozedUntil.cend());
        m_snoozeTimer->start(int(std::clamp<qint64>(now.msecsTo(first) + 100, 0, 3600 * 1000)));
    } else {
        m_snoozeTimer->stop();
    }
}

void AlarmDesk::setSound(std::unique_ptr<AlarmSound> sound)
{
    if (m_sound)
        m_sound->play(0);
    m_sound = std::move(sound);
    refresh();
}

QStringList AlarmDesk::shownIds() const
{
    return m_shown;
}

void AlarmDesk::applyBadges()
{
    for (widgets::WallView *wall : m_walls())
        wall->setAlarms(m_badges);
}

Status AlarmDesk::acknowledge(const QString &id, const QString &comment)
{
    const Status done = analytics::AlarmLog(m_services.db, m_services.journal)
                            .acknowledge(m_session.user, id, comment);
    if (!done.ok()) {
        m_main->logEvent(tr("Alarm not acknowledged: %1").arg(done.error()));
        return done;
    }
    m_main->logEvent(tr("Alarm acknowledged: %1").arg(comment.trimmed()));
    m_snoozedUntil.remove(id);
    refresh();
    return done;
}

void AlarmDesk::askAcknowledge(const QString &id)
{
    const auto alarm = analytics::AlarmLog(m_services.db, m_services.journal).find(id);
    if (!alarm)
        return;
    QInputDialog dialog(m_main);
    dialog.setWindowTitle(tr("Acknowledge the alarm"));
    dialog.setLabelText(tr("%1 on camera %2 at %3. What was seen, what was done?")
                            .arg(widgets::AlarmListView::typeLabel(alarm->type),
                                 cameraTitle(alarm->camera),
                                 alarm->at.toString(QStringLiteral("HH:mm:ss"))));
    dialog.setOkButtonText(tr("Acknowledge"));
    dialog.setCancelButtonText(tr("Cancel"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    // A refusal (no right, no comment, acknowledged elsewhere meanwhile) is said in the events.
    [[maybe_unused]] const Status done = acknowledge(id, dialog.textValue());
    m_view->focusList();
}

void AlarmDesk::snooze(const QString &id, int minutes)
{
    m_snoozedUntil.insert(id, m_clock().addSecs(qint64(minutes) * 60));
    m_main->logEvent(tr("Alarm snoozed for %n minute(s) on this desk.", nullptr, minutes));
    refresh();
}

void AlarmDesk::askSnooze(const QString &id)
{
    QInputDialog dialog(m_main);
    dialog.setWindowTitle(tr("Snooze the alarm"));
    dialog.setLabelText(tr("Silence and hide this alarm on this desk for how many minutes? It "
                           "stays open for every desk."));
    dialog.setInputMode(QInputDialog::IntInput);
    dialog.setIntRange(1, 60);
    dialog.setIntValue(std::clamp(
        m_services.settings.value(QStringLiteral("analytics/snooze_min"), 5).toInt(), 1, 60));
    dialog.setOkButtonText(tr("Snooze"));
    dialog.setCancelButtonText(tr("Cancel"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    snooze(id, dialog.intValue());
    m_view->focusList();
}

bool AlarmDesk::jump(const QString &id)
{
    const auto alarm = analytics::AlarmLog(m_services.db, m_services.journal).find(id);
    widgets::WallView *wall = m_jumpWall ? m_jumpWall() : nullptr;
    if (!alarm || !wall)
        return false;
    wall->window()->activateWindow();
    // Through the wall's gate, like a camera called by its number: core decides the view.
    return wall->callCamera(alarm->camera);
}

bool AlarmDesk::jumpToNewest()
{
    if (!m_shown.isEmpty())
        return jump(m_shown.first());
    // Every open alarm snoozed here: the newest of them, rather than nothing.
    const QList<analytics::Alarm> open
        = analytics::AlarmLog(m_services.db, m_services.journal).list(true);
    if (open.isEmpty()) {
        m_main->logEvent(tr("No open alarm."));
        return false;
    }
    return jump(open.first().id);
}

void AlarmDesk::createIncident(const QString &id)
{
    const auto alarm = analytics::AlarmLog(m_services.db, m_services.journal).find(id);
    if (!alarm)
        return;
    records::IncidentDraft draft;
    draft.cameraNumber = alarm->camera;
    draft.occurredAt = alarm->at;
    if (const auto camera = m_services.directory.byNumber(alarm->camera)) {
        draft.place = camera->place;
        draft.inseeCode = camera->inseeCode;
    }
    const QString what = widgets::AlarmListView::typeLabel(alarm->type);
    draft.description = tr("Video analytics alarm: %1, detector \"%2\", %3.")
                            .arg(what, alarm->detector,
                                 alarm->at.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")));
    // The incident names the alarm it comes from, as it names a ticket or an export.
    draft.links = { QStringLiteral("alarm:") + alarm->id };
    // The incident's snapshot is a PNG like every other (records::SnapshotStore): the alarm's
    // JPEG is decoded once into it, pixel for pixel, and the incident links the alarm.
    records::PendingSnapshot picture;
    const QImage shown = QImage::fromData(alarm->picture);
    if (!shown.isNull()) {
        QByteArray png = alarm->picture;
        if (!png.startsWith("\x89PNG")) {
            png.clear();
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            shown.save(&buffer, "PNG");
        }
        picture = { alarm->camera, alarm->at, png, QStringLiteral("analytics") };
    }
    const access::User user = m_session.user;
    widgets::IncidentDialog dialog(
        records::IncidentTypology::load(m_services.db), draft,
        tr("Incident from the alarm \"%1\" on camera %2").arg(what, cameraTitle(alarm->camera)),
        QString(),
        [this, user, picture](const records::IncidentDraft &d) {
            return m_services.incidents.create(user, d, m_services.snapshots, picture);
        },
        m_main);
    dialog.setSnapshotPreview(shown);
    if (dialog.exec() == QDialog::Accepted && dialog.saved()) {
        m_main->logEvent(tr("Incident %1 recorded from the alarm.").arg(dialog.saved()->number));
        if (m_main->incidentPanel())
            m_main->incidentPanel()->refresh();
    }
    m_view->focusList();
}

} // namespace vigie::app
