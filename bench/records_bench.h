// vigie-bench records: searching the main courante as operators do (a word, a prefix, a
// category, a camera, a day, open incidents, all of them combined) on 100,000 incidents
// recorded through IncidentService, beside the same questions asked of a bare copy of the rows
// with LIKE and no index.
#pragma once

#include <QStringList>

class QTextStream;

namespace vigie::bench {

int runRecordsBench(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace vigie::bench
