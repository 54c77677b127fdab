// vigie-bench sync: pushes 100,000 journal events from one workstation to a central
// PostgreSQL, pulls them into another, and measures the steady-state delay between an incident
// recorded on desk A and its appearance on desk B, each beside the same rows sent by one COPY.
#pragma once

#include <QStringList>

class QTextStream;

namespace vigie::bench {

int runSyncBench(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace vigie::bench
