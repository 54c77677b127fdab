#include "widgets/camera_form.h"

#include "core/access/auth_service.h"
#include "core/cameras/camera_credentials.h"
#include "core/cameras/camera_directory.h"
#include "core/cameras/camera_file.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vigie::widgets {
namespace {

const QString kMainCredentials = QStringLiteral("credentials_main");
const QString kSubCredentials = QStringLiteral("credentials_sub");
const QString kOnvifCredentials = QStringLiteral("credentials_onvif");

cameras::CameraStream streamOf(const QString &credentialsKey)
{
    if (credentialsKey == kMainCredentials)
        return cameras::CameraStream::Main;
    return credentialsKey == kSubCredentials ? cameras::CameraStream::Sub
                                             : cameras::CameraStream::Onvif;
}

QString degrees(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 10) : QString();
}

// A row's label whose Alt+letter goes to its field (QFormLayout does it only for a widget row).
QLabel *buddyLabel(const QString &text, QWidget *field)
{
    auto *label = new QLabel(text);
    label->setBuddy(field);
    return label;
}

} // namespace

CameraForm::CameraForm(DirectoryContext context, const cameras::Camera &camera, bool adding,
                       QWidget *parent)
    : QDialog(parent), m_context(context), m_camera(camera), m_adding(adding)
{
    setWindowTitle(adding ? tr("New camera") : tr("Camera %1").arg(camera.title()));
    auto *content = new QWidget;
    m_layout = new QFormLayout(content);
    // Errors that name no field: a refusal, a register that cannot be written.
    m_layout->addRow(problemLabel(QString()));

    addEdit(QStringLiteral("number"), tr("&Number"), tr("what operators call it on the radio"))
        ->setText(camera.number > 0 ? QString::number(camera.number) : QString());
    m_edits.value(QStringLiteral("number"))->setReadOnly(!adding);
    addEdit(QStringLiteral("name"), tr("N&ame"))->setText(camera.name);
    addEdit(QStringLiteral("zone"), tr("&Zone"), tr("district or sector"))->setText(camera.zone);
    addEdit(QStringLiteral("address"), tr("A&ddress"), tr("the street it looks onto"))
        ->setText(camera.address);
    addEdit(QStringLiteral("place"), tr("&Place"))->setText(camera.place);
    addEdit(QStringLiteral("insee_code"), tr("&INSEE code"), tr("92002"))
        ->setText(camera.inseeCode);
    addEdit(QStringLiteral("latitude"), tr("La&titude"), tr("degrees, e.g. 48.7543"))
        ->setText(degrees(camera.latitude));
    addEdit(QStringLiteral("longitude"), tr("Lon&gitude"), tr("degrees, e.g. 2.2976"))
        ->setText(degrees(camera.longitude));
    addEdit(QStringLiteral("bearing_deg"), tr("&Direction"), tr("degrees, 0 north, 90 east"))
        ->setText(degrees(camera.bearingDeg));

    m_owner = new QComboBox;
    m_owner->addItem(tr("Commune"), QStringLiteral("commune"));
    m_owner->addItem(tr("Bailleur (under a convention)"), QStringLiteral("bailleur"));
    m_owner->addItem(tr("Other owner"), QStringLiteral("other"));
    m_owner->setCurrentIndex(m_owner->findData(cameras::ownerName(camera.owner)));
    auto *ownerRow = new QVBoxLayout;
    ownerRow->addWidget(m_owner);
    ownerRow->addWidget(problemLabel(QStringLiteral("owner")));
    m_layout->addRow(buddyLabel(tr("O&wner"), m_owner), ownerRow);
    addEdit(QStringLiteral("convention"), tr("&Convention"), tr("the bailleur's convention"))
        ->setText(camera.convention);

    addEdit(QStringLiteral("main_url"), tr("&Main stream"), tr("rtsp://host:554/..."))
        ->setText(camera.mainUrl.toString());
    addEdit(QStringLiteral("sub_url"), tr("&Sub-stream"), tr("empty: a single stream"))
        ->setText(camera.subUrl.toString());
    // The device service PTZ commands go to; its account is the device's, kept like the streams'.
    addEdit(QStringLiteral("onvif_url"), tr("ONVIF add&ress"),
            tr("http://host/onvif/device_service (PTZ)"))
        ->setText(camera.onvifUrl.toString());
    const QString unchanged = adding ? QString() : tr("empty: unchanged");
    for (const QString &key : { kMainCredentials, kSubCredentials, kOnvifCredentials }) {
        auto *user = new QLineEdit;
        user->setPlaceholderText(unchanged.isEmpty() ? tr("user") : unchanged);
        auto *password = new QLineEdit;
        password->setEchoMode(QLineEdit::Password);
        password->setPlaceholderText(tr("password"));
        m_edits.insert(key, user);
        m_passwords.insert(key, password);
        auto *row = new QHBoxLayout;
        row->addWidget(user);
        row->addWidget(password);
        auto *column = new QVBoxLayout;
        column->addLayout(row);
        column->addWidget(problemLabel(key));
        const QString label = key == kMainCredentials ? tr("Main stream's &account")
            : key == kSubCredentials                  ? tr("Sub-stream's acc&ount")
                                                      : tr("ONVIF device's account");
        m_layout->addRow(buddyLabel(label, user), column);
    }
    auto *keyringNote = new QLabel(tr("The credentials go to this desk's keyring, never to the "
                                      "directory, its journal or an export."));
    keyringNote->setWordWrap(true);
    m_layout->addRow(keyringNote);

    m_retention = new QSpinBox;
    m_retention->setRange(1, 30); // article L252-5: thirty days at most
    m_retention->setSuffix(tr(" days"));
    m_retention->setValue(qBound(1, camera.retentionDays, 30));
    auto *retentionRow = new QVBoxLayout;
    retentionRow->addWidget(m_retention);
    retentionRow->addWidget(problemLabel(QStringLiteral("retention_days")));
    m_layout->addRow(buddyLabel(tr("&Retention"), m_retention), retentionRow);
    m_ptz = new QCheckBox(tr("Motorised (&PTZ)"));
    m_ptz->setChecked(camera.ptz);
    m_layout->addRow(m_ptz);
    m_verbalisation = new QCheckBox(tr("Named by the prefectoral authorisation for "
                                       "&video-verbalisation"));
    m_verbalisation->setChecked(camera.verbalisation);
    m_layout->addRow(m_verbalisation);

    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save (Ctrl+Enter)"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CameraForm::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *saveKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(saveKey, &QShortcut::activated, this, &CameraForm::save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(buttons);
    resize(560, 720);
    m_edits.value(adding ? QStringLiteral("number") : QStringLiteral("name"))->setFocus();
}

QLineEdit *CameraForm::addEdit(const QString &key, const QString &label, const QString &placeholder)
{
    auto *edit = new QLineEdit;
    edit->setPlaceholderText(placeholder);
    m_edits.insert(key, edit);
    auto *column = new QVBoxLayout;
    column->addWidget(edit);
    column->addWidget(problemLabel(key));
    m_layout->addRow(buddyLabel(label, edit), column);
    return edit;
}

QLabel *CameraForm::problemLabel(const QString &key)
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #e05050; font-weight: bold;"));
    label->hide();
    m_problems.insert(key, label);
    return label;
}

QString CameraForm::problemAt(const QString &key) const
{
    const QLabel *label = m_problems.value(key);
    return label && !label->isHidden() ? label->text() : QString();
}

void CameraForm::clearProblems()
{
    for (QLabel *label : std::as_const(m_problems)) {
        label->clear();
        label->hide();
    }
}

void CameraForm::showProblem(const QString &key, const QString &message)
{
    QLabel *label = m_problems.value(key, m_problems.value(QString()));
    label->setText(message);
    label->show();
    if (QWidget *edit = m_edits.value(key))
        edit->setFocus();
    else if (key == QLatin1String("owner"))
        m_owner->setFocus();
    else if (key == QLatin1String("retention_days"))
        m_retention->setFocus();
}

void CameraForm::setCredentials(const QString &user, const QString &password)
{
    for (const QString &key : { kMainCredentials, kSubCredentials, kOnvifCredentials }) {
        m_edits.value(key)->setText(user);
        m_passwords.value(key)->setText(password);
    }
}

void CameraForm::takeCredentialsFromUrl(const QString &urlKey, const QString &credentialsKey)
{
    QLineEdit *edit = m_edits.value(urlKey);
    QUrl url(edit->text().trimmed(), QUrl::StrictMode);
    if (url.userName().isEmpty() && url.password().isEmpty())
        return;
    m_edits.value(credentialsKey)->setText(url.userName());
    m_passwords.value(credentialsKey)->setText(url.password());
    url.setUserInfo(QString());
    edit->setText(url.toString());
}

std::optional<cameras::Camera> CameraForm::readCamera()
{
    cameras::Camera camera = m_camera;
    const QString numberText = m_edits.value(QStringLiteral("number"))->text().trimmed();
    bool ok = false;
    camera.number = numberText.toInt(&ok);
    if (!ok || camera.number <= 0) {
        showProblem(QStringLiteral("number"),
                    tr("The number \"%1\" is not a positive whole number.").arg(numberText));
        return std::nullopt;
    }
    // The same reading as an imported file's cells, so that the form and a file agree.
    static const QStringList keys { QStringLiteral("name"),       QStringLiteral("zone"),
                                    QStringLiteral("address"),    QStringLiteral("place"),
                                    QStringLiteral("insee_code"), QStringLiteral("latitude"),
                                    QStringLiteral("longitude"),  QStringLiteral("bearing_deg"),
                                    QStringLiteral("convention"), QStringLiteral("main_url"),
                                    QStringLiteral("sub_url"),    QStringLiteral("onvif_url") };
    bool readable = true;
    for (const QString &key : keys) {
        const QString text = m_edits.value(key)->text();
        if (text.trimmed().isEmpty()) {
            if (key == QLatin1String("latitude"))
                camera.latitude.reset();
            else if (key == QLatin1String("longitude"))
                camera.longitude.reset();
            else if (key == QLatin1String("bearing_deg"))
                camera.bearingDeg.reset();
            else
                cameras::CameraFile::setField(camera, key, QString());
            continue;
        }
        if (const auto problem = cameras::CameraFile::setField(camera, key, text)) {
            QString sentence = *problem;
            sentence[0] = sentence[0].toUpper();
            showProblem(key, sentence);
            readable = false;
        }
    }
    camera.owner = cameras::ownerFromName(m_owner->currentData().toString())
                       .value_or(cameras::CameraOwner::Other);
    camera.retentionDays = m_retention->value();
    camera.ptz = m_ptz->isChecked();
    camera.verbalisation = m_verbalisation->isChecked();
    if (!readable)
        return std::nullopt;
    return camera;
}

bool CameraForm::save()
{
    clearProblems();
    takeCredentialsFromUrl(QStringLiteral("main_url"), kMainCredentials);
    takeCredentialsFromUrl(QStringLiteral("sub_url"), kSubCredentials);
    takeCredentialsFromUrl(QStringLiteral("onvif_url"), kOnvifCredentials);
    const auto camera = readCamera();
    if (!camera)
        return false;
    cameras::CameraDirectory &directory = m_context.directory;
    const Status saved = m_adding ? directory.addCamera(m_context.actor, *camera).status()
                                  : directory.updateCamera(m_context.actor, *camera);
    if (!saved.ok()) {
        // Core's own sentence, beside the field it is about when it is about one.
        const cameras::CameraDirectory::Problem problem
            = cameras::CameraDirectory::findProblem(*camera);
        QString key;
        if (problem.message == saved.error())
            key = problem.field;
        else if (m_adding
                 && saved.error()
                     == cameras::CameraDirectory::tr("Camera number %1 is already used.")
                            .arg(camera->number))
            key = QStringLiteral("number");
        showProblem(key, saved.error());
        return false;
    }
    m_camera = *camera;
    // Saved: trying again (the keyring refused) changes it rather than adding it twice.
    m_adding = false;
    m_edits.value(QStringLiteral("number"))->setReadOnly(true);
    emit this->saved(camera->number);
    bool credentialsStored = true;
    for (const QString &key : { kMainCredentials, kSubCredentials, kOnvifCredentials }) {
        const QString user = m_edits.value(key)->text().trimmed();
        const QString password = m_passwords.value(key)->text();
        if (user.isEmpty() && password.isEmpty())
            continue;
        const Status stored = cameras::CameraCredentials::store(m_context.policy, m_context.journal,
                                                                m_context.actor, camera->number,
                                                                streamOf(key), { user, password });
        if (!stored.ok()) {
            showProblem(key,
                        tr("Camera %1 is saved, but not this account: %2")
                            .arg(camera->number)
                            .arg(stored.error()));
            credentialsStored = false;
            continue;
        }
        m_edits.value(key)->clear();
        m_passwords.value(key)->clear();
    }
    if (!credentialsStored)
        return false;
    accept();
    return true;
}

} // namespace vigie::widgets
