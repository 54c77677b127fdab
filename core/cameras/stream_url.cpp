#include "core/cameras/stream_url.h"

#include <QCoreApplication>
#include <QStringList>

namespace vigie::cameras {

Status checkStreamUrl(int cameraNumber, const QUrl &url)
{
    static const QStringList schemes { QStringLiteral("rtsp"), QStringLiteral("rtsps"),
                                       QStringLiteral("http"), QStringLiteral("https") };
    if (!url.isValid() || url.scheme().isEmpty())
        return Status::failure(
            QCoreApplication::translate("vigie::cameras::StreamUrl",
                                        "The stream address of camera %1 is not valid.")
                .arg(cameraNumber));
    if (!schemes.contains(url.scheme().toLower()))
        return Status::failure(
            QCoreApplication::translate(
                "vigie::cameras::StreamUrl",
                "The stream address of camera %1 is refused: only rtsp, rtsps, http and https "
                "addresses of a camera are accepted (\"%2\").")
                .arg(cameraNumber)
                .arg(url.scheme()));
    if (url.host().isEmpty())
        return Status::failure(
            QCoreApplication::translate("vigie::cameras::StreamUrl",
                                        "The stream address of camera %1 names no camera host.")
                .arg(cameraNumber));
    return Status::success();
}

Status checkStreamUrls(int cameraNumber, const QUrl &mainUrl, const QUrl &subUrl)
{
    if (const Status main = checkStreamUrl(cameraNumber, mainUrl); !main.ok())
        return main;
    return subUrl.isEmpty() ? Status::success() : checkStreamUrl(cameraNumber, subUrl);
}

} // namespace vigie::cameras
