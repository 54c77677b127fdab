// The settings that guard an unattended desk, read and changed under core's rules: the idle-lock
// delay is bounded (no value in vigie.conf leaves a desk unlocked), only an administrator
// changes it, and every change is journaled.
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QString>

class QSettings;

namespace vigie::journal {
class Journal;
}

namespace vigie::access {

class AccessPolicy;
struct User;

inline constexpr int kIdleLockMin_min = 1;
inline constexpr int kIdleLockMax_min = 60;
inline constexpr int kIdleLockDefault_min = 10;

struct IdleLockSetting
{
    int minutes = kIdleLockDefault_min;
    QString warning; // why the stored value is not used as it stands; empty when it is
};

class SessionSettings
{
    Q_DECLARE_TR_FUNCTIONS(vigie::access::SessionSettings)
public:
    // session/idle_lock_minutes: absent gives the default; 0, a negative value or text gives
    // the default and a value past 60 gives 60, each with a warning: never "no lock".
    static IdleLockSetting idleLock(const QSettings &settings);
    // Administrators only (a refusal is journaled by the policy), from 1 to 60 minutes; the
    // change is journaled ("settings.idle_lock", old and new values) with the file written.
    static Status setIdleLock(QSettings &settings, AccessPolicy &policy, journal::Journal &journal,
                              const User &actor, int minutes);
};

} // namespace vigie::access
