// What a camera's stream address may be, wherever it comes from (the directory, an import, the
// central database): a network camera's RTSP or HTTP stream, never a local file or one of
// FFmpeg's other protocols (concat:, subfile:, file: behind an HLS playlist...).
#pragma once

#include "core/common/result.h"

#include <QUrl>

namespace vigie::cameras {

// Success for rtsp, rtsps, http and https with a host; otherwise the reason, in the operator's
// language, naming the camera.
Status checkStreamUrl(int cameraNumber, const QUrl &url);
// Both streams of a camera; an empty sub-stream means the camera has a single stream.
Status checkStreamUrls(int cameraNumber, const QUrl &mainUrl, const QUrl &subUrl);

} // namespace vigie::cameras
