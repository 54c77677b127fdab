// The desk's side of the video analytics' alarms: the alarms list of the main window fed from
// the register (this desk's detectors and, after each sync, the others'), their sound until
// acknowledged or snoozed, the acknowledgement with a comment (journaled, refused by core without
// the right), the snooze, the jump to the camera, the incident made from an alarm with its
// picture, and the alarm badges (and tour holds) on every wall.
//
// A snooze is this desk's alone and not journaled: it changes no record (the alarm stays open in
// the register, on every other desk, badge and tour hold included) and is over in minutes; what
// the register must prove is who acknowledged what, when, with which words.
#pragma once

#include "app/services.h"
#include "app/session.h"
#include "core/common/result.h"

#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QObject>

#include <functional>
#include <memory>

class QTimer;

namespace vigie::analytics {
struct Alarm;
}
namespace vigie::widgets {
class AlarmListView;
class WallView;
} // namespace vigie::widgets

namespace vigie::app {

class AlarmSound;
class MainWindow;

class AlarmDesk : public QObject
{
    Q_OBJECT
public:
    using Walls = std::function<QList<widgets::WallView *>()>;
    using Wall = std::function<widgets::WallView *()>;
    // `jumpWall`: where an alarm's camera is called (the alarm monitor's wall, or the current).
    AlarmDesk(const Session &session, Services &services, MainWindow *main, Walls walls,
              Wall jumpWall, std::unique_ptr<AlarmSound> sound, QObject *parent = nullptr);
    ~AlarmDesk() override;

    // Reads the open alarms again: the list, the sound, the badges.
    void refresh();
    QStringList shownIds() const; // listed now, newest first
    AlarmSound *sound() const { return m_sound.get(); }
    void setSound(std::unique_ptr<AlarmSound> sound); // tests: a player they can read
    QHash<int, QString> badges() const { return m_badges; }
    // The clock of the snoozes (tests).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    Status acknowledge(const QString &id, const QString &comment);
    void snooze(const QString &id, int minutes);
    bool jump(const QString &id);
    bool jumpToNewest(); // Shift+F8
    void createIncident(const QString &id);

signals:
    // The cameras with an open alarm changed (raised, acknowledged, synced): the map's colours.
    void badgesChanged();

private:
    void askAcknowledge(const QString &id);
    void askSnooze(const QString &id);
    QString cameraTitle(int number) const;
    QImage thumbnail(const analytics::Alarm &alarm);
    void applyBadges();

    Session m_session;
    Services &m_services;
    MainWindow *m_main = nullptr;
    Walls m_walls;
    Wall m_jumpWall;
    std::unique_ptr<AlarmSound> m_sound;
    widgets::AlarmListView *m_view = nullptr;
    std::function<QDateTime()> m_clock;
    QHash<QString, QDateTime> m_snoozedUntil; // alarm -> until when it is silent and hidden
    QHash<QString, QImage> m_thumbnails;
    QHash<int, QString> m_badges;
    QStringList m_shown;
    QTimer *m_snoozeTimer = nullptr;
    QTimer *m_badgeTimer = nullptr;
};

} // namespace vigie::app
