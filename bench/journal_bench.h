// vigie-bench journal: what the journal costs an operator (one action, one transaction), what
// group commit buys, and how long `vigiectl journal verify` takes on a million events, each
// beside the same work done on a bare SQLite table with the same pragmas.
#pragma once

#include <QStringList>

class QTextStream;

namespace vigie::bench {

int runJournalBench(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace vigie::bench
