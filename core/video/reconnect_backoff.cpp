#include "core/video/reconnect_backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace vigie::video {

ReconnectBackoff::ReconnectBackoff(int initial_ms, int max_ms, double jitter)
    : m_initial_ms(std::max(1, initial_ms)), m_max_ms(std::max(m_initial_ms, max_ms)),
      m_jitter(std::clamp(jitter, 0.0, 0.5)), m_next_ms(m_initial_ms)
{
}

int ReconnectBackoff::nextDelay_ms()
{
    int delay_ms = m_next_ms;
    // Doubling in 64 bits: the cap may be close to INT_MAX in a test that wants "never again".
    m_next_ms = int(std::min<long long>(m_max_ms, 2LL * m_next_ms));
    ++m_failures;
    if (m_jitter > 0.0) {
        const double spread = (QRandomGenerator::global()->generateDouble() * 2.0 - 1.0) * m_jitter;
        delay_ms = int(std::clamp<double>(delay_ms * (1.0 + spread), 1.0, double(m_max_ms)));
    }
    return delay_ms;
}

void ReconnectBackoff::reset()
{
    m_next_ms = m_initial_ms;
    m_failures = 0;
}

} // namespace vigie::video
