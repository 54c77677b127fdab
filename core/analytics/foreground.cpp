#include "core/analytics/foreground.h"

#include <opencv2/imgproc.hpp>
#include <opencv2/video/background_segm.hpp>

namespace vigie::analytics {
namespace {

// The model's first pictures only teach it the scene.
constexpr int kWarmUpPictures = 10;
// Above this share of the picture in the foreground, it is the light that changed, not the
// scene: nothing real covers half of a CCTV picture from one picture to the next.
constexpr double kLightingShare = 0.45;

} // namespace

ForegroundModel::ForegroundModel(double sensitivity, int history)
    // A pixel is foreground beyond varThreshold (squared Mahalanobis distance): 12 at the most
    // sensitive, 40 at the least; shadows are not marked (they would join objects).
    : m_model(cv::createBackgroundSubtractorMOG2(history, 40.0 - 28.0 * sensitivity, false)),
      // MOG2's own rate is 1/(2n) over its first n pictures: a jam in the first minutes would
      // melt into the background long before its history says.
      m_learningRate(1.0 / std::max(1, history))
{
}

ForegroundModel::~ForegroundModel() = default;

const cv::Mat &ForegroundModel::apply(const cv::Mat &grey)
{
    const double mean = cv::mean(grey)[0];
    if (m_referenceMean <= 0)
        m_referenceMean = std::max(1.0, mean);
    grey.convertTo(m_blurred, CV_8U, m_referenceMean / std::max(1.0, mean));
    cv::GaussianBlur(m_blurred, m_blurred, cv::Size(5, 5), 0);
    ++m_pictures;
    m_model->apply(m_blurred, m_mask, m_pictures <= kWarmUpPictures ? -1.0 : m_learningRate);
    m_lightingChange = false;
    if (m_pictures <= kWarmUpPictures) {
        m_mask.setTo(0);
        return m_mask;
    }
    if (cv::countNonZero(m_mask) > kLightingShare * double(m_mask.total())) {
        // Forget the old scene: learn this picture as the background at once.
        m_model->apply(m_blurred, m_mask, 1.0);
        m_mask.setTo(0);
        m_lightingChange = true;
        ++m_lightingChanges;
        return m_mask;
    }
    // Single noisy pixels out, then the parts of one object (a person's legs and torso) joined.
    static const cv::Mat open = cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(3, 3));
    static const cv::Mat close = cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(9, 9));
    cv::morphologyEx(m_mask, m_mask, cv::MORPH_OPEN, open);
    cv::morphologyEx(m_mask, m_mask, cv::MORPH_CLOSE, close);
    return m_mask;
}

QList<Blob> ForegroundModel::blobs(const cv::Mat &mask, int minArea) const
{
    QList<Blob> list;
    if (m_mask.empty())
        return list;
    cv::Mat region = m_mask;
    if (!mask.empty()) {
        cv::Mat inside;
        cv::bitwise_and(m_mask, mask, inside);
        region = inside;
    }
    cv::Mat labels;
    cv::Mat stats;
    cv::Mat centroids;
    const int count = cv::connectedComponentsWithStats(region, labels, stats, centroids, 8);
    for (int i = 1; i < count; ++i) {
        const int area = stats.at<int>(i, cv::CC_STAT_AREA);
        if (area < minArea)
            continue;
        Blob b;
        b.box = cv::Rect(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP),
                         stats.at<int>(i, cv::CC_STAT_WIDTH), stats.at<int>(i, cv::CC_STAT_HEIGHT));
        b.centroid = cv::Point2d(centroids.at<double>(i, 0), centroids.at<double>(i, 1));
        b.area = area;
        list.append(b);
    }
    return list;
}

} // namespace vigie::analytics
