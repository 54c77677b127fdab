// Moving objects of a grey picture: MOG2 background subtraction on a blurred picture (camera
// noise), cleaned by morphology, cut into blobs of a least size. A sudden change of the whole
// scene's lighting (a street lamp, a cloud, the camera's day/night switch) is not taken for an
// object: each picture is first brought to the brightness of the first one (a change of light
// scales the grey levels), and what is still left over half the picture makes the model relearn
// the scene from that picture and report nothing for it.
#pragma once

#include <opencv2/core/mat.hpp>
#include <opencv2/core/types.hpp>

#include <QList>

namespace cv {
class BackgroundSubtractorMOG2;
}

namespace vigie::analytics {

struct Blob
{
    cv::Rect box;
    cv::Point2d centroid;
    int area = 0; // pixels
};

class ForegroundModel
{
public:
    // `history`: pictures the background remembers (an object still for longer melts into it).
    ForegroundModel(double sensitivity, int history);
    ~ForegroundModel();

    // The foreground (0 or 255) of `grey`; all 0 while the model learns its first pictures and
    // for a picture whose whole lighting changed.
    const cv::Mat &apply(const cv::Mat &grey);
    // The blobs of the last foreground inside `mask` (empty: the whole picture), each at least
    // `minArea` pixels.
    QList<Blob> blobs(const cv::Mat &mask, int minArea) const;
    bool lastWasLightingChange() const { return m_lightingChange; }
    int lightingChanges() const { return m_lightingChanges; }

private:
    cv::Ptr<cv::BackgroundSubtractorMOG2> m_model;
    double m_learningRate = 0;
    double m_referenceMean = 0; // the first picture's brightness, which every other is brought to
    cv::Mat m_blurred;
    cv::Mat m_mask;
    int m_pictures = 0;
    bool m_lightingChange = false;
    int m_lightingChanges = 0;
};

} // namespace vigie::analytics
