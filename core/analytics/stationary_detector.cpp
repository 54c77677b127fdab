#include "core/analytics/stationary_detector.h"

#include <opencv2/imgproc.hpp>

#include <QBuffer>
#include <QDateTime>
#include <QImage>
#include <QJsonArray>

#include <cstring>

namespace vigie::analytics {
namespace {

// The re-checks kept with a candidate: a week of hourly ones, and then the latest.
constexpr qsizetype kMaxChecks = 400;

double similarity(const cv::Mat &a, const cv::Mat &b)
{
    if (a.size() != b.size() || a.empty())
        return 0;
    cv::Mat score;
    cv::matchTemplate(a, b, score, cv::TM_CCOEFF_NORMED);
    return double(score.at<float>(0, 0));
}

// The zone's crop, blurred (camera noise) and at a fixed small size.
cv::Mat appearance(const cv::Mat &grey, const cv::Rect &box)
{
    cv::Mat crop;
    cv::resize(grey(box), crop, cv::Size(64, std::max(8, 64 * box.height / std::max(1, box.width))),
               0, 0, cv::INTER_AREA);
    cv::GaussianBlur(crop, crop, cv::Size(5, 5), 0);
    return crop;
}

QByteArray encodeMat(const cv::Mat &m)
{
    if (m.empty())
        return QByteArray();
    const cv::Mat c = m.isContinuous() ? m : m.clone();
    return QByteArray(reinterpret_cast<const char *>(c.data), qsizetype(c.total())).toBase64();
}

cv::Mat decodeMat(const QJsonValue &value, int width, int height)
{
    const QByteArray bytes = QByteArray::fromBase64(value.toString().toLatin1());
    if (width <= 0 || height <= 0 || bytes.size() != qsizetype(width) * height)
        return cv::Mat();
    cv::Mat m(height, width, CV_8UC1);
    std::memcpy(m.data, bytes.constData(), size_t(bytes.size()));
    return m;
}

QByteArray pictureAsPng(const cv::Mat &grey)
{
    const QImage image(grey.data, grey.cols, grey.rows, int(grey.step), QImage::Format_Grayscale8);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace

StationaryDetector::StationaryDetector(const DetectorConfig &config) : Detector(config) { }

double StationaryDetector::sameThreshold() const
{
    return 0.85 - 0.15 * (m_config.sensitivity - 0.5);
}

bool StationaryDetector::occupied(const cv::Mat &zone) const
{
    if (!m_empty.empty()) {
        // Something stands where the ground was seen: another shape. Not another brightness:
        // the ground under another light is still the ground.
        cv::Scalar mean;
        cv::Scalar dev;
        cv::Scalar emptyMean;
        cv::Scalar emptyDev;
        cv::meanStdDev(zone, mean, dev);
        cv::meanStdDev(m_empty, emptyMean, emptyDev);
        if (std::max(dev[0], emptyDev[0]) > 6.0)
            return similarity(zone, m_empty) < 0.5 + 0.2 * (m_config.sensitivity - 0.5);
    }
    // Without a view of the empty ground: a vehicle has edges that asphalt has not.
    cv::Mat gx;
    cv::Mat gy;
    cv::Sobel(zone, gx, CV_32F, 1, 0);
    cv::Sobel(zone, gy, CV_32F, 0, 1);
    cv::Mat magnitude;
    cv::magnitude(gx, gy, magnitude);
    return cv::mean(magnitude)[0] > 40.0 * (1.5 - m_config.sensitivity);
}

void StationaryDetector::process(const cv::Mat &grey, qint64 t_ms, QList<AnalyticsEvent> &events)
{
    if (m_lastCheck_ms >= 0 && t_ms - m_lastCheck_ms < qint64(m_config.recheck_s * 1000))
        return;
    m_lastCheck_ms = t_ms;
    const cv::Mat zone = appearance(grey, zoneBox(grey.size()));

    if (m_firstSeen_ms >= 0) {
        const double same = similarity(zone, m_reference);
        if (same >= sameThreshold()) {
            m_checks.append({ t_ms, same });
            if (m_checks.size() > kMaxChecks)
                m_checks.remove(1); // keep the first re-check and the latest ones
            AnalyticsEvent check;
            check.type = QStringLiteral("stationary_check");
            check.t_ms = t_ms;
            check.value = same;
            check.details = { { QStringLiteral("first_seen_ms"), m_firstSeen_ms } };
            events.append(check);
            if (!m_alarmed && t_ms - m_firstSeen_ms >= qint64(m_config.stationary_s * 1000)) {
                m_alarmed = true;
                AnalyticsEvent e;
                e.type = QStringLiteral("stationary");
                e.alarm = true;
                e.t_ms = t_ms;
                e.value = same;
                QJsonArray checks;
                for (const auto &c : m_checks)
                    checks.append(QJsonObject { { QStringLiteral("t_ms"), c.first },
                                                { QStringLiteral("similarity"), c.second } });
                e.details = { { QStringLiteral("first_seen_ms"), m_firstSeen_ms },
                              { QStringLiteral("threshold_s"), m_config.stationary_s },
                              { QStringLiteral("checks"), checks } };
                e.picture = m_snapshotPng;
                events.append(e);
            }
            return;
        }
        // Another appearance: the vehicle left (or another took its place: a new sighting).
        m_firstSeen_ms = -1;
        m_reference.release();
        m_snapshotPng.clear();
        m_checks.clear();
        m_alarmed = false;
    }
    if (occupied(zone)) {
        m_firstSeen_ms = t_ms;
        m_reference = zone;
        m_snapshotPng = pictureAsPng(grey);
        AnalyticsEvent e;
        e.type = QStringLiteral("stationary_seen");
        e.t_ms = t_ms;
        events.append(e);
    } else {
        m_empty = zone;
    }
}

QJsonObject StationaryDetector::saveState() const
{
    QJsonArray checks;
    for (const auto &c : m_checks)
        checks.append(QJsonArray { c.first, c.second });
    return { { QStringLiteral("first_seen_ms"), m_firstSeen_ms },
             { QStringLiteral("last_check_ms"), m_lastCheck_ms },
             { QStringLiteral("alarmed"), m_alarmed },
             { QStringLiteral("width"), m_reference.empty() ? m_empty.cols : m_reference.cols },
             { QStringLiteral("height"), m_reference.empty() ? m_empty.rows : m_reference.rows },
             { QStringLiteral("reference"), QString::fromLatin1(encodeMat(m_reference)) },
             { QStringLiteral("empty"), QString::fromLatin1(encodeMat(m_empty)) },
             { QStringLiteral("snapshot_png"), QString::fromLatin1(m_snapshotPng.toBase64()) },
             { QStringLiteral("checks"), checks } };
}

void StationaryDetector::restoreState(const QJsonObject &state)
{
    const int width = state.value(QStringLiteral("width")).toInt();
    const int height = state.value(QStringLiteral("height")).toInt();
    m_reference = decodeMat(state.value(QStringLiteral("reference")), width, height);
    m_empty = decodeMat(state.value(QStringLiteral("empty")), width, height);
    m_firstSeen_ms = m_reference.empty()
        ? -1
        : qint64(state.value(QStringLiteral("first_seen_ms")).toDouble(-1));
    m_lastCheck_ms = qint64(state.value(QStringLiteral("last_check_ms")).toDouble(-1));
    m_alarmed = state.value(QStringLiteral("alarmed")).toBool();
    m_snapshotPng
        = QByteArray::fromBase64(state.value(QStringLiteral("snapshot_png")).toString().toLatin1());
    m_checks.clear();
    for (const QJsonValue &v : state.value(QStringLiteral("checks")).toArray())
        m_checks.append({ qint64(v.toArray().at(0).toDouble()), v.toArray().at(1).toDouble() });
}

} // namespace vigie::analytics
