// Generated street scenes with known answers, for the tests and the evaluation bench (never
// used by the program itself): a grey street with some fixed texture, the light's level, the
// camera's noise, and objects (vehicles, people) drawn where the scene says.
#pragma once

#include <opencv2/core/mat.hpp>
#include <opencv2/core/types.hpp>

namespace cv {
class RNG;
}

namespace vigie::analytics::synthetic {

inline constexpr int kWidth = 160;
inline constexpr int kHeight = 120;

// The empty street at `light` (1: the reference) with Gaussian noise of `noise` grey levels.
cv::Mat street(double light, cv::RNG &rng, double noise = 4.0);
// A vehicle or a person: a dark box with a lighter, textured top (windows), so that it has
// both a shape and a motion to follow.
void drawObject(cv::Mat &picture, const cv::Rect &box, double light);
// Light that ramps up and down, and drops by 40 % between pictures 60 and 89 (a cloud, a lamp).
double flickering(int picture);

} // namespace vigie::analytics::synthetic
