// A register (RecordsFixture) with its camera directory, and the directory's journal events:
// for the tests of the directory and of its import.
#pragma once

#include "core/cameras/camera_directory.h"
#include "core/journal/journal.h"
#include "tests/core/records/records_fixture.h"

namespace vigie::test {

struct DirectoryFixture : RecordsFixture
{
    cameras::CameraDirectory directory { *db, journal };

    QList<journal::Event> directoryEvents() const
    {
        QList<journal::Event> list;
        for (const journal::Event &e : journal.events(QStringLiteral("CSU-A"), 0, 100000)) {
            if (e.objectType == QLatin1String(cameras::kDirectoryObject))
                list.append(e);
        }
        return list;
    }
};

} // namespace vigie::test
