// vigie-bench analytics: the detectors against ground truth (vtest.avi, counted by hand; and
// generated scenes with known answers, negative ones included), and their CPU cost per analysed
// picture beside the decode cost of the same sub-streams (ffmpeg -f null), in one run.
#pragma once

#include <QStringList>

class QTextStream;

namespace vigie::bench {

int runAnalyticsBench(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace vigie::bench
