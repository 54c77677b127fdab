#include "app/ptz_control.h"

#include "core/access/auth_service.h"
#include "core/cameras/camera_directory.h"
#include "core/cameras/onvif_ptz.h"
#include "core/cameras/ptz_steering.h"
#include "widgets/ptz_presets_dialog.h"
#include "widgets/tile_widget.h"
#include "widgets/wall_view.h"

#include <QTimer>

namespace vigie::app {

PtzControl::PtzControl(store::Database &db, journal::Journal &journal, access::AccessPolicy &policy,
                       cameras::CameraDirectory &directory, const access::User &user, Clock clock,
                       QObject *parent)
    : QObject(parent), m_directory(directory), m_user(user),
      m_steering(std::make_unique<cameras::PtzSteering>(db, journal, policy, std::move(clock))),
      m_credentials([](int camera) {
          return cameras::CameraCredentials::read(camera, cameras::CameraStream::Onvif);
      })
{
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &PtzControl::refresh);
    timer->start(1000);
}

PtzControl::~PtzControl() = default;

int PtzControl::cameraOn(widgets::WallView *wall, int tile) const
{
    const widgets::TileWidget *widget = wall ? wall->tile(tile) : nullptr;
    return widget ? widget->cameraNumber() : 0;
}

void PtzControl::attach(widgets::WallView *wall)
{
    m_walls.append(wall);
    wall->setPtzCameras([this](int camera) {
        const auto found = m_directory.byNumber(camera);
        return found && found->ptz;
    });
    connect(wall, &widgets::WallView::ptzMove, this,
            [this, wall](int tile, double pan, double tilt, double zoom) {
                const int camera = cameraOn(wall, tile);
                if (mayCommand(camera))
                    device(camera)->continuousMove(pan, tilt, zoom);
            });
    connect(wall, &widgets::WallView::ptzStop, this, [this, wall](int tile) {
        const int camera = cameraOn(wall, tile);
        // A stop always goes out, lease or not: a head must never be left turning.
        if (camera != 0 && m_devices.contains(camera))
            m_devices.value(camera)->stop();
    });
    connect(wall, &widgets::WallView::ptzHome, this, [this, wall](int tile) {
        const int camera = cameraOn(wall, tile);
        if (mayCommand(camera))
            device(camera)->gotoHome();
    });
    connect(wall, &widgets::WallView::ptzTakeOver, this, [this, wall](int tile) {
        const int camera = cameraOn(wall, tile);
        if (camera == 0 || !device(camera))
            return;
        const Status taken = m_steering->takeOver(m_user, camera);
        emit message(taken.ok()
                         ? tr("You now steer camera %1.").arg(camera, 3, 10, QLatin1Char('0'))
                         : taken.error());
        refresh();
    });
    connect(wall, &widgets::WallView::ptzPresets, this,
            [this, wall](int tile) { openPresets(wall, tile); });
    connect(wall, &widgets::WallView::ptzPreset, this,
            [this, wall](int tile, int preset, bool save) {
                const int camera = cameraOn(wall, tile);
                if (camera == 0 || !device(camera))
                    return;
                const Status recorded = m_steering->recordPreset(m_user, camera, preset, save);
                if (!recorded.ok()) {
                    emit message(recorded.error());
                    return;
                }
                // The preset's number is its token, as the operators' procedures name it.
                if (save)
                    device(camera)->setPreset(tr("Preset %1").arg(preset), QString::number(preset));
                else
                    device(camera)->gotoPreset(QString::number(preset));
            });
}

bool PtzControl::mayCommand(int camera)
{
    if (camera == 0 || !device(camera))
        return false;
    const Status steering = m_steering->steer(m_user, camera);
    if (!steering.ok()) {
        // Said once per key press or drag, not for every step of a drag.
        if (steering.error() != m_lastRefusal)
            emit message(steering.error());
        m_lastRefusal = steering.error();
        return false;
    }
    m_lastRefusal.clear();
    return true;
}

void PtzControl::openPresets(widgets::WallView *wall, int tile)
{
    const int camera = cameraOn(wall, tile);
    cameras::OnvifPtz *ptz = camera != 0 ? device(camera) : nullptr;
    if (!ptz)
        return; // device() said why
    const QString number = QStringLiteral("%1").arg(camera, 3, 10, QLatin1Char('0'));
    const auto found = m_directory.byNumber(camera);
    // The UI only offers what core would allow; core checks again on every change.
    auto *dialog = new widgets::PtzPresetsDialog(
        found ? found->title() : number, m_steering->maySavePresets(m_user), wall->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    // What the dialog waits for from the device. ONVIF has no rename: a rename goes to the
    // preset, and once there (its answer), saves it under the new name at that position.
    struct Pending
    {
        bool reading = true; // the first list: its count is said
        QString gotoToken;
        QString renameToken;
        QString renameName;
        QString savedName;
        QString removedToken;
    };
    auto pending = std::make_shared<Pending>();
    const auto list = [dialog, ptz] {
        dialog->setBusy(true);
        ptz->presets();
    };
    connect(ptz, &cameras::OnvifPtz::answered, dialog,
            [this, dialog, ptz, pending, number, list](const cameras::PtzAnswer &answer) {
                if (!answer.ok()) {
                    *pending = Pending();
                    pending->reading = false;
                    dialog->setBusy(false);
                    dialog->setStatus(tr("Camera %1: %2").arg(number, answer.error), true);
                    return;
                }
                switch (answer.operation) {
                case cameras::PtzOperation::Presets: {
                    QList<widgets::PtzPresetsDialog::Preset> presets;
                    for (const cameras::PtzPreset &p : answer.presets)
                        presets.append({ p.token, p.name });
                    dialog->setPresets(presets);
                    dialog->setBusy(false);
                    if (pending->reading)
                        dialog->setStatus(
                            presets.isEmpty()
                                ? tr("Camera %1 has no preset yet.").arg(number)
                                : tr("%n preset(s) on the camera.", nullptr, int(presets.size())));
                    pending->reading = false;
                    break;
                }
                case cameras::PtzOperation::GotoPreset:
                    if (!pending->renameToken.isEmpty()) {
                        ptz->setPreset(pending->renameName, pending->renameToken);
                        break;
                    }
                    dialog->setBusy(false);
                    dialog->setStatus(
                        tr("Camera %1 goes to preset %2.").arg(number, pending->gotoToken));
                    break;
                case cameras::PtzOperation::SetPreset:
                    dialog->setStatus(pending->renameToken.isEmpty()
                                          ? tr("Preset %1 saved here as \"%2\".")
                                                .arg(answer.presetToken, pending->savedName)
                                          : tr("Preset %1 renamed \"%2\".")
                                                .arg(pending->renameToken, pending->renameName));
                    *pending = Pending();
                    pending->reading = false;
                    list();
                    break;
                case cameras::PtzOperation::RemovePreset:
                    dialog->setStatus(tr("Preset %1 removed.").arg(pending->removedToken));
                    list();
                    break;
                default:
                    break;
                }
            });
    // Each change asks core first (the right, the lease), which journals it.
    const auto allowed = [dialog](const Status &status) {
        if (!status.ok())
            dialog->setStatus(status.error(), true);
        return status.ok();
    };
    using Change = cameras::PtzSteering::PresetChange;
    connect(dialog, &widgets::PtzPresetsDialog::gotoRequested, this,
            [this, camera, ptz, dialog, pending, allowed](const QString &token) {
                if (!allowed(m_steering->recordPreset(m_user, camera, token.toInt(), false)))
                    return;
                pending->gotoToken = token;
                dialog->setBusy(true);
                ptz->gotoPreset(token);
            });
    connect(
        dialog, &widgets::PtzPresetsDialog::saveRequested, this,
        [this, camera, ptz, dialog, pending, allowed](const QString &token, const QString &name) {
            if (!allowed(m_steering->changePreset(m_user, camera, token, name, Change::Save)))
                return;
            pending->savedName = name;
            dialog->setBusy(true);
            ptz->setPreset(name, token);
        });
    connect(
        dialog, &widgets::PtzPresetsDialog::renameRequested, this,
        [this, camera, ptz, dialog, pending, allowed](const QString &token, const QString &name) {
            if (!allowed(m_steering->changePreset(m_user, camera, token, name, Change::Rename)))
                return;
            pending->renameToken = token;
            pending->renameName = name;
            dialog->setBusy(true);
            ptz->gotoPreset(token);
        });
    connect(dialog, &widgets::PtzPresetsDialog::removeRequested, this,
            [this, camera, ptz, dialog, pending, allowed](const QString &token) {
                if (!allowed(
                        m_steering->changePreset(m_user, camera, token, QString(), Change::Remove)))
                    return;
                pending->removedToken = token;
                dialog->setBusy(true);
                ptz->removePreset(token);
            });
    dialog->setStatus(tr("Reading the presets of camera %1…").arg(number));
    dialog->show();
    list();
}

cameras::OnvifPtz *PtzControl::device(int camera)
{
    if (cameras::OnvifPtz *known = m_devices.value(camera))
        return known;
    const auto found = m_directory.byNumber(camera);
    if (!found || !found->ptz)
        return nullptr;
    if (found->onvifUrl.isEmpty()) {
        emit message(tr("Camera %1 has no ONVIF address in the directory: it cannot be steered.")
                         .arg(camera, 3, 10, QLatin1Char('0')));
        return nullptr;
    }
    const Result<cameras::StreamCredentials> credentials = m_credentials(camera);
    if (!credentials.ok()) {
        emit message(credentials.error());
        return nullptr;
    }
    auto *ptz = new cameras::OnvifPtz(this);
    connect(ptz, &cameras::OnvifPtz::answered, this, [this, camera](const cameras::PtzAnswer &a) {
        if (!a.ok())
            emit message(tr("Camera %1: %2").arg(camera, 3, 10, QLatin1Char('0')).arg(a.error));
    });
    ptz->open(found->onvifUrl, credentials.value().user, credentials.value().password);
    m_devices.insert(camera, ptz);
    return ptz;
}

void PtzControl::refresh()
{
    for (const QPointer<widgets::WallView> &wall : std::as_const(m_walls)) {
        if (!wall)
            continue;
        for (int i = 0; i < wall->tileCount(); ++i) {
            widgets::TileWidget *tile = wall->tile(i);
            const int camera = tile->cameraNumber();
            const auto lease = camera != 0 ? m_steering->lease(camera) : std::nullopt;
            const bool other = lease && lease->holder != m_user.login;
            tile->setPtzLabel(other ? tr("PTZ: %1").arg(lease->holderName) : QString());
            if (other && lease->takenFrom == m_user.login && !m_toldTakenOver.contains(camera)) {
                m_toldTakenOver.insert(camera);
                emit message(tr("%1 took camera %2 over: you no longer steer it.")
                                 .arg(lease->holderName)
                                 .arg(camera, 3, 10, QLatin1Char('0')));
            } else if (other && !m_toldTakenOver.contains(camera)
                       && m_steering->overruled(m_user, camera)) {
                // Another desk granted it at the same moment, first: every desk names them.
                m_toldTakenOver.insert(camera);
                emit message(tr("%1 steers camera %2 (desk %3 took it first): you no longer "
                                "steer it.")
                                 .arg(lease->holderName)
                                 .arg(camera, 3, 10, QLatin1Char('0'))
                                 .arg(lease->workstation));
            } else if (!other) {
                m_toldTakenOver.remove(camera);
            }
        }
    }
}

} // namespace vigie::app
