#include "core/analytics/analytics_logging.h"

Q_LOGGING_CATEGORY(lcAnalytics, "vigie.analytics")
