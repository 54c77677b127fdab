#include "core/cameras/directory_watch.h"

#include "core/cameras/camera_credentials.h"
#include "core/cameras/camera_directory.h"
#include "core/cameras/camera_status_board.h"
#include "core/common/logging.h"
#include "core/store/database.h"

#include <QSet>
#include <QSqlQuery>
#include <QTimer>

namespace vigie::cameras {
namespace {

// Above this many cameras changed at once (an import), the whole directory is read in one
// query rather than camera by camera.
constexpr int kReadOneByOneUpTo = 50;

} // namespace

DirectoryWatch::DirectoryWatch(store::Database &db, const CameraDirectory &directory,
                               CameraStatusBoard &board, QObject *parent)
    : QObject(parent), m_db(db), m_directory(directory), m_board(board)
{
    m_revision = latestRevision();
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &DirectoryWatch::check);
}

void DirectoryWatch::start(int interval_ms)
{
    m_timer->start(interval_ms);
}

qint64 DirectoryWatch::latestRevision() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(revision), 0) FROM camera_changes"))
        || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

void DirectoryWatch::check()
{
    // Nothing new: the index answers with no row, at no cost worth counting.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT number, revision FROM camera_changes WHERE revision > ?"));
    q.addBindValue(m_revision);
    if (!q.exec())
        return;
    QSet<int> numbers;
    qint64 latest = m_revision;
    while (q.next()) {
        numbers.insert(q.value(0).toInt());
        latest = qMax(latest, q.value(1).toLongLong());
    }
    if (numbers.isEmpty())
        return;
    m_revision = latest;

    QList<Camera> changed;
    QList<int> retired;
    const auto sort = [&](const Camera &camera) {
        if (camera.retired)
            retired.append(camera.number);
        else
            changed.append(camera);
    };
    if (numbers.size() <= kReadOneByOneUpTo) {
        for (int number : std::as_const(numbers)) {
            if (const auto camera = m_directory.byNumber(number))
                sort(*camera);
        }
    } else {
        for (const Camera &camera : m_directory.cameras()) {
            if (numbers.contains(camera.number))
                sort(camera);
        }
    }
    // The streams open with their accounts, as at start; only the changed cameras are asked.
    QString problem;
    changed = CameraCredentials::withCredentials(changed, &problem);
    if (!problem.isEmpty() && !m_keyringMissing)
        qCWarning(lcCameras).noquote() << problem;
    m_keyringMissing = !problem.isEmpty();
    m_board.updateCameras(changed, retired);
}

} // namespace vigie::cameras
