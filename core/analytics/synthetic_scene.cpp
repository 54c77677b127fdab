#include "core/analytics/synthetic_scene.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace vigie::analytics::synthetic {

cv::Mat street(double light, cv::RNG &rng, double noise)
{
    cv::Mat m(kHeight, kWidth, CV_8UC1);
    for (int y = 0; y < kHeight; ++y) {
        for (int x = 0; x < kWidth; ++x)
            m.at<uchar>(y, x)
                = cv::saturate_cast<uchar>((90 + y / 3 + ((x / 20 + y / 20) % 2) * 12) * light);
    }
    cv::Mat n(kHeight, kWidth, CV_16SC1);
    rng.fill(n, cv::RNG::NORMAL, 0, noise);
    cv::Mat out;
    m.convertTo(out, CV_16SC1);
    out += n;
    out.convertTo(out, CV_8UC1);
    return out;
}

void drawObject(cv::Mat &picture, const cv::Rect &box, double light)
{
    cv::rectangle(picture, box, cv::Scalar(25 * light), cv::FILLED);
    for (int i = 0; i < box.width; i += 6)
        cv::rectangle(picture,
                      cv::Rect(box.x + i, box.y + 2, 3, std::max(2, box.height / 3))
                          & cv::Rect(0, 0, picture.cols, picture.rows),
                      cv::Scalar(200 * light), cv::FILLED);
}

double flickering(int picture)
{
    double l = 1.0 + 0.25 * std::sin(picture / 15.0);
    if (picture >= 60 && picture < 90)
        l *= 0.6;
    return l;
}

} // namespace vigie::analytics::synthetic
