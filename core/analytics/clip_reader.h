// Reads a video file through the engine's own demuxer and decoder and hands over its pictures
// as the detectors take them: grey, a given width, at a given rate (every picture of the file
// is decoded, those between two samples are dropped). For `vigiectl analyze` and the bench.
#pragma once

#include "core/common/result.h"

#include <opencv2/core/mat.hpp>

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace vigie::analytics {

struct Picture
{
    cv::Mat grey;
    qint64 t_ms = 0; // from the file's start
    qint64 frame = 0; // the file's picture number, from 0
};

class ClipReader
{
    Q_DECLARE_TR_FUNCTIONS(vigie::analytics::ClipReader)
public:
    ClipReader();
    ~ClipReader();

    // `fps` 0: every picture. `width` 0: the file's own.
    Status open(const QString &path, double fps, int width);
    // The next sampled picture; false at the end of the file, or when it breaks off (error()).
    bool next(Picture &picture);
    // Empty, or why the file could not be read to its end (in the operator's language).
    QString error() const { return m_error; }
    double fileFps() const;
    qint64 decodedPictures() const { return m_decoded; }

private:
    QString reason(int error) const;

    struct Private;
    std::unique_ptr<Private> d;
    QString m_error;
    qint64 m_decoded = 0;
};

} // namespace vigie::analytics
