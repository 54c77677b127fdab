#include "core/walls/tour.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace vigie::walls {
namespace {

constexpr int kMaxCameraNumber = 99999;
constexpr int kMaxListSize = 2000; // a typo such as "1-99999" must not build a huge list

} // namespace

QList<int> Tour::page(int tileCount) const
{
    if (cameras.isEmpty())
        return {};
    const int n = int(cameras.size());
    const int from = ((position % n) + n) % n;
    if (!isWallTour())
        return { cameras.at(from) };
    const int shown = qMin(qMax(1, tileCount), n);
    QList<int> numbers;
    numbers.reserve(shown);
    for (int i = 0; i < shown; ++i)
        numbers.append(cameras.at((from + i) % n));
    return numbers;
}

bool Tour::moves(int tileCount) const
{
    return isWallTour() ? cameras.size() > qMax(1, tileCount) : cameras.size() > 1;
}

void Tour::advance(int tileCount)
{
    if (cameras.isEmpty() || !moves(tileCount))
        return;
    const int n = int(cameras.size());
    const int step = isWallTour() ? qMax(1, tileCount) : 1;
    position = (((position + step) % n) + n) % n;
}

QJsonObject Tour::toJson() const
{
    QJsonArray list;
    for (int number : cameras)
        list.append(number);
    return { { QStringLiteral("cameras"), list },
             { QStringLiteral("period_s"), period_s },
             { QStringLiteral("tile"), tile },
             { QStringLiteral("paused"), paused },
             { QStringLiteral("position"), position } };
}

Tour Tour::fromJson(const QJsonObject &object)
{
    Tour tour;
    for (const QJsonValue &value : object.value(QStringLiteral("cameras")).toArray()) {
        const int number = value.toInt();
        if (number > 0 && tour.cameras.size() < kMaxListSize)
            tour.cameras.append(number);
    }
    tour.period_s = qBound(0, object.value(QStringLiteral("period_s")).toInt(), kMaxPeriod_s);
    tour.tile = qMax(-1, object.value(QStringLiteral("tile")).toInt(-1));
    tour.paused = object.value(QStringLiteral("paused")).toBool();
    tour.position = qMax(0, object.value(QStringLiteral("position")).toInt());
    if (!tour.cameras.isEmpty())
        tour.position %= int(tour.cameras.size());
    return tour;
}

QList<int> parseCameraList(const QString &text, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QList<int> {};
    };
    QList<int> numbers;
    const QStringList parts = QString(text)
                                  .replace(QLatin1Char(';'), QLatin1Char(','))
                                  .split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            continue;
        const QStringList bounds = part.split(QLatin1Char('-'));
        bool okFirst = false;
        bool okLast = false;
        const int first = bounds.value(0).trimmed().toInt(&okFirst);
        const int last = bounds.size() == 2 ? bounds.at(1).trimmed().toInt(&okLast) : first;
        if (bounds.size() > 2 || !okFirst || (bounds.size() == 2 && !okLast) || first <= 0
            || last <= 0 || first > kMaxCameraNumber || last > kMaxCameraNumber)
            return fail(QCoreApplication::translate("vigie::walls::Tour",
                                                    "\"%1\" is not a camera number or a range "
                                                    "such as 4-7.")
                            .arg(part));
        const int step = first <= last ? 1 : -1;
        for (int n = first;; n += step) {
            if (!numbers.contains(n))
                numbers.append(n);
            if (numbers.size() > kMaxListSize)
                return fail(QCoreApplication::translate("vigie::walls::Tour",
                                                        "A tour holds at most %1 cameras.")
                                .arg(kMaxListSize));
            if (n == last)
                break;
        }
    }
    if (numbers.isEmpty())
        return fail(QCoreApplication::translate("vigie::walls::Tour", "No camera in the tour."));
    if (error)
        error->clear();
    return numbers;
}

QString formatCameraList(const QList<int> &cameras)
{
    QStringList parts;
    for (int i = 0; i < cameras.size();) {
        int j = i;
        while (j + 1 < cameras.size() && cameras.at(j + 1) == cameras.at(j) + 1)
            ++j;
        if (j - i >= 2)
            parts.append(QStringLiteral("%1-%2").arg(cameras.at(i)).arg(cameras.at(j)));
        else
            for (int k = i; k <= j; ++k)
                parts.append(QString::number(cameras.at(k)));
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace vigie::walls
