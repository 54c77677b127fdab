// The workstation's identity, kept in its settings: generated once, shown in the status bar and
// carried by every record the workstation writes.
#pragma once

#include <QString>

class QSettings;

namespace vigie {

QString workstationId(QSettings &settings);

} // namespace vigie
