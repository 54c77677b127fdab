// What a camera search matches (the tree's filter and the map's search): its number and name,
// street address, place and district, case-insensitively. One definition so that both find the
// same.
#pragma once

#include <QString>

namespace vigie::cameras {
struct Camera;
}

namespace vigie::widgets {

// The text a query is looked for in: "012 Parvis de la gare", the address, the place, the zone.
QString cameraSearchText(const cameras::Camera &camera);
// Whether `query` (trimmed) is found in that text; an empty query matches nothing.
bool cameraMatches(const cameras::Camera &camera, const QString &query);

} // namespace vigie::widgets
