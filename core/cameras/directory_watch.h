// Keeps the status board's cameras as the directory stands while the desk runs, whoever changed
// it: this desk's directory dialog, vigiectl on the same register, an import, another desk's
// events projected by sync. The register marks each camera a write touches (camera_changes,
// filled by triggers on cameras), so that a look is one indexed read that names the cameras to
// read again, however large the directory.
#pragma once

#include <QObject>

class QTimer;

namespace vigie::store {
class Database;
}

namespace vigie::cameras {

class CameraDirectory;
class CameraStatusBoard;

class DirectoryWatch : public QObject
{
    Q_OBJECT
public:
    // Starts from the directory as it stands now: the board is assumed to hold it.
    DirectoryWatch(store::Database &db, const CameraDirectory &directory, CameraStatusBoard &board,
                   QObject *parent = nullptr);

    // Looks again every `interval_ms` (vigiectl on the same register, which tells nobody).
    void start(int interval_ms = 1000);
    // Looks now: the cameras changed since the last look go to the board (with their
    // credentials from the keyring), which says which changed (camerasChanged).
    void check();
    qint64 revision() const { return m_revision; }

private:
    qint64 latestRevision() const;

    store::Database &m_db;
    const CameraDirectory &m_directory;
    CameraStatusBoard &m_board;
    qint64 m_revision = 0;
    QTimer *m_timer = nullptr;
    bool m_keyringMissing = false; // said once in the log, not at every change
};

} // namespace vigie::cameras
