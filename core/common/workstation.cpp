#include "core/common/workstation.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QSysInfo>

namespace vigie {

QString workstationId(QSettings &settings)
{
    const QString key = QStringLiteral("workstation/id");
    QString id = settings.value(key).toString();
    if (!id.isEmpty())
        return id;
    // Host name plus a random suffix: two data folders on one machine are two workstations.
    QString host = QSysInfo::machineHostName().toUpper();
    host.replace(QRegularExpression(QStringLiteral("[^A-Z0-9-]")), QStringLiteral("-"));
    host = host.left(16);
    if (host.isEmpty())
        host = QStringLiteral("POSTE");
    id = QStringLiteral("%1-%2").arg(host).arg(QRandomGenerator::system()->bounded(0x10000), 4, 16,
                                               QLatin1Char('0'));
    id = id.toUpper();
    settings.setValue(key, id);
    settings.sync();
    return id;
}

} // namespace vigie
