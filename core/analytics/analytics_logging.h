// The analytics' log category ("vigie.analytics").
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcAnalytics)
