// The administrator's form for one camera of the directory: every field a camera has, the
// credentials of its streams (which go to the keyring, never to the directory), and core's
// refusal shown beside the field it names, with nothing typed lost.
#pragma once

#include "core/cameras/camera.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace vigie::cameras {
class CameraDirectory;
}
namespace vigie::journal {
class Journal;
}
namespace vigie::access {
class AccessPolicy;
struct User;
} // namespace vigie::access

namespace vigie::widgets {

// What the directory's editors change the directory with, and as whom (checked in core).
struct DirectoryContext
{
    cameras::CameraDirectory &directory;
    access::AccessPolicy &policy;
    journal::Journal &journal;
    const access::User &actor;
};

class CameraForm : public QDialog
{
    Q_OBJECT
public:
    // `adding`: a new camera (its number may be chosen); otherwise the camera of that number.
    CameraForm(DirectoryContext context, const cameras::Camera &camera, bool adding,
               QWidget *parent = nullptr);

    // Pre-fills the credentials of a stream (ONVIF discovery: the device's account).
    void setCredentials(const QString &user, const QString &password);

    // Saves as the context's actor: the camera through the directory, then the credentials
    // typed through the keyring. Closes the form (accepted) on success; otherwise shows each
    // reason beside its field and keeps everything typed.
    bool save();

    // The field of a canonical key ("number", "main_url", "credentials_main"...), for tests.
    QLineEdit *field(const QString &key) const { return m_edits.value(key); }
    QSpinBox *retention() const { return m_retention; }
    QComboBox *owner() const { return m_owner; }
    QCheckBox *ptz() const { return m_ptz; }
    QCheckBox *verbalisation() const { return m_verbalisation; }
    // The reason shown beside a field (key) or above the form (empty key); empty when none.
    QString problemAt(const QString &key) const;

signals:
    void saved(int cameraNumber);

private:
    QLineEdit *addEdit(const QString &key, const QString &label, const QString &placeholder = {});
    QLabel *problemLabel(const QString &key);
    void clearProblems();
    void showProblem(const QString &key, const QString &message);
    // The camera as the fields read; a field that is not a value shows why and gives nothing.
    std::optional<cameras::Camera> readCamera();
    // Moves a user and password typed in a stream address into that stream's credentials.
    void takeCredentialsFromUrl(const QString &urlKey, const QString &credentialsKey);

    DirectoryContext m_context;
    cameras::Camera m_camera;
    bool m_adding = false;
    QHash<QString, QLineEdit *> m_edits;
    QHash<QString, QLineEdit *> m_passwords; // by credentials key
    QHash<QString, QLabel *> m_problems;
    QSpinBox *m_retention = nullptr;
    QComboBox *m_owner = nullptr;
    QCheckBox *m_ptz = nullptr;
    QCheckBox *m_verbalisation = nullptr;
    QFormLayout *m_layout = nullptr;
};

} // namespace vigie::widgets
