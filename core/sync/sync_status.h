// What the workstation shows of its central link: connected or not, when it last synced, how
// many of its events wait to go up, and the last problem in the operator's language.
#pragma once

#include "core/sync/sync_engine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace vigie::sync {

struct SyncStatus
{
    Q_DECLARE_TR_FUNCTIONS(vigie::sync::SyncStatus)
public:
    enum class State {
        Disabled, // no central link configured: the workstation works on its own
        Connecting,
        Connected,
        Offline, // the link is down; the workstation keeps working and syncs when it returns
        Refused, // central refuses this workstation's chain
    };
    State state = State::Disabled;
    QDateTime lastSuccess; // invalid until the first successful sync
    qint64 waiting = 0; // events of this workstation central does not hold yet
    QString lastError;
    SyncReport lastReport; // of the last successful sync

    bool connected() const { return state == State::Connected; }
    // One line for the status bar.
    QString text() const;
    // A few lines for a tooltip: the last sync's figures and the last problem.
    QString details() const;
};

} // namespace vigie::sync

Q_DECLARE_METATYPE(vigie::sync::SyncStatus)
