// vigie-bench map: the camera map with 1,000 cameras on the demo's plan: time to build it, paint
// time per frame while zooming and panning, and a state change of every camera at once.
#pragma once

#include <QStringList>

class QTextStream;

namespace vigie::bench {

// Needs a QApplication (main() makes one for this subcommand); offscreen when there is no display.
int runMapBench(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace vigie::bench
