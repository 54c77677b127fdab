// How long to wait before the next connection attempt: doubles from a first delay up to a cap,
// forever, so that a dead camera costs little and a camera that comes back is found again.
#pragma once

namespace vigie::video {

class ReconnectBackoff
{
public:
    // jitter spreads each delay by up to +-jitter (0.1: +-10 %), so that the cameras behind one
    // switch that went down together do not all knock again in the same millisecond.
    ReconnectBackoff(int initial_ms = 500, int max_ms = 30000, double jitter = 0.0);

    // The delay before the next attempt; each call counts one more failure.
    int nextDelay_ms();
    void reset();
    int failures() const { return m_failures; }

private:
    int m_initial_ms = 500;
    int m_max_ms = 30000;
    double m_jitter = 0.0;
    int m_next_ms = 500;
    int m_failures = 0;
};

} // namespace vigie::video
