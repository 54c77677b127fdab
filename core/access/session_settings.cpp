#include "core/access/session_settings.h"

#include "core/access/access_policy.h"
#include "core/journal/journal.h"

#include <QSettings>

namespace vigie::access {
namespace {

const QString kIdleLockKey = QStringLiteral("session/idle_lock_minutes");

} // namespace

IdleLockSetting SessionSettings::idleLock(const QSettings &settings)
{
    IdleLockSetting setting;
    if (!settings.contains(kIdleLockKey))
        return setting;
    const QString stored = settings.value(kIdleLockKey).toString().trimmed();
    bool number = false;
    const int minutes = stored.toInt(&number);
    if (number && minutes >= kIdleLockMin_min && minutes <= kIdleLockMax_min) {
        setting.minutes = minutes;
        return setting;
    }
    // 0 used to mean "never lock": a desk left alone must lock all the same.
    setting.minutes
        = number && minutes > kIdleLockMax_min ? kIdleLockMax_min : kIdleLockDefault_min;
    setting.warning = tr("The idle-lock delay in the settings (\"%1\") is not between %2 and %3 "
                         "minutes: the desk locks after %4 min without input. An administrator "
                         "sets it in Tools > Settings.")
                          .arg(stored)
                          .arg(kIdleLockMin_min)
                          .arg(kIdleLockMax_min)
                          .arg(setting.minutes);
    return setting;
}

Status SessionSettings::setIdleLock(QSettings &settings, AccessPolicy &policy,
                                    journal::Journal &journal, const User &actor, int minutes)
{
    const Status allowed = policy.check(actor, Permission::ConfigureWorkstation,
                                        QStringLiteral("settings"), kIdleLockKey);
    if (!allowed.ok())
        return allowed;
    if (minutes < kIdleLockMin_min || minutes > kIdleLockMax_min)
        return Status::failure(tr("The idle-lock delay is from %1 to %2 minutes.")
                                   .arg(kIdleLockMin_min)
                                   .arg(kIdleLockMax_min));
    const int before = idleLock(settings).minutes;
    const journal::NewEvent event { actor.login,
                                    QStringLiteral("settings.idle_lock"),
                                    QStringLiteral("settings"),
                                    kIdleLockKey,
                                    QString(),
                                    { { QStringLiteral("from_minutes"), before },
                                      { QStringLiteral("to_minutes"), minutes } } };
    // The file is written inside the journal's transaction: no change without its entry.
    const auto recorded = journal.record(event, [&]() -> Status {
        const QVariant previous = settings.value(kIdleLockKey);
        settings.setValue(kIdleLockKey, minutes);
        settings.sync();
        if (settings.status() == QSettings::NoError)
            return Status::success();
        if (previous.isValid())
            settings.setValue(kIdleLockKey, previous);
        else
            settings.remove(kIdleLockKey);
        return Status::failure(tr("Cannot write the settings file %1.").arg(settings.fileName()));
    });
    return recorded.status();
}

} // namespace vigie::access
