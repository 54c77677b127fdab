// The desk's side of the bailleur register (issue 14): the call panel (F7), the requests and the
// open sessions (Shift+F7), the register view for supervisors (Ctrl+Shift+B), and the walls'
// part: a landlord's camera plays only under a session, its tiles say so with the time left,
// warn a minute before the end, and go dark with the reason when it closes. The rules are
// core's (records::BailleurRegister, access::AccessPolicy::checkView); this only asks and shows.
#pragma once

#include "app/services.h"
#include "app/session.h"
#include "core/records/bailleur_types.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

class QTimer;

namespace vigie::records {
class ConventionBook;
}

namespace vigie::widgets {
class TileWidget;
class WallView;
} // namespace vigie::widgets

namespace vigie::app {

class MainWindow;

class BailleurDesk : public QObject
{
    Q_OBJECT
public:
    using Walls = std::function<QList<widgets::WallView *>()>;
    // `services.bailleur` must be set; without `services.conventions`, the desk reads them with
    // its own ConventionBook on the same register.
    BailleurDesk(const Session &session, Services &services, MainWindow *main, Walls walls,
                 QObject *parent = nullptr);
    ~BailleurDesk() override;

    void openCallPanel();
    void openSessions();
    void openRegister();
    // A request from the call `callId` (empty: a landlord's alert without a call).
    void openRequest(const QString &callId);

    // Whether the directory marks the camera as a landlord's: no snapshot, incident picture or
    // verbalisation is offered on its tile.
    bool isBailleurCamera(int cameraNumber) const;
    // What a tile of this camera says when core refuses it: core's reason, after how its
    // session ended when one just did.
    QString explainRefusal(int cameraNumber, const QString &refusal) const;
    // The time left on every tile of a landlord's camera in session; the ticker calls it.
    void refreshTiles();
    // Supervisors: the conventions expiring within 30 days, said in the events pane (at login).
    QStringList expiryWarnings() const;

signals:
    // Every tile should ask core again (a session opened or ended): Desk::recheckViews.
    void recheckRequested(const QString &reason);

private:
    void onSessionEnded(const QString &sessionId, const QList<int> &cameras,
                        records::SessionEnd end);
    void onSessionOpened(const QString &sessionId);
    void updateTicker();
    void showOnWall(const QString &sessionId);
    QString landlordOf(const QString &convention) const;

    Session m_session;
    Services &m_services;
    MainWindow *m_main = nullptr;
    Walls m_walls;
    std::unique_ptr<records::ConventionBook> m_ownConventions; // when the services have none
    records::ConventionBook *m_conventions = nullptr;
    QTimer *m_ticker = nullptr; // runs while a session is open
    QHash<int, QString> m_ended; // camera -> how its last session ended, for its tile
};

} // namespace vigie::app
