// Time source injected into services so that tests control it.
#pragma once

#include <QDateTime>

#include <functional>

namespace vigie {

using Clock = std::function<QDateTime()>;

inline Clock systemClock()
{
    return [] {
        return QDateTime::currentDateTime();
    };
}

} // namespace vigie
