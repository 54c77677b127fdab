#include "widgets/camera_directory_dialog.h"

#include "core/cameras/camera_directory.h"
#include "core/cameras/camera_file.h"
#include "core/cameras/onvif_client.h"
#include "core/cameras/onvif_discovery.h"
#include "widgets/camera_import_dialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigie::widgets {
namespace {

constexpr int kNumberRole = Qt::UserRole + 1;
constexpr int kSearchRole = Qt::UserRole + 2;

QTableWidget *cameraTable()
{
    auto *table = new QTableWidget(0, 7);
    table->setHorizontalHeaderLabels(
        { CameraDirectoryDialog::tr("Camera"), CameraDirectoryDialog::tr("Zone"),
          CameraDirectoryDialog::tr("Address"), CameraDirectoryDialog::tr("Owner"),
          CameraDirectoryDialog::tr("PTZ"), CameraDirectoryDialog::tr("Verbalisation"),
          CameraDirectoryDialog::tr("Retention") });
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QString ownerText(const cameras::Camera &camera)
{
    switch (camera.owner) {
    case cameras::CameraOwner::Commune:
        return CameraDirectoryDialog::tr("Commune");
    case cameras::CameraOwner::Bailleur:
        return CameraDirectoryDialog::tr("Bailleur (%1)").arg(camera.convention);
    case cameras::CameraOwner::Other:
        break;
    }
    return CameraDirectoryDialog::tr("Other");
}

void addRow(QTableWidget *table, const cameras::Camera &camera)
{
    const int row = table->rowCount();
    table->insertRow(row);
    const QStringList cells { camera.title(),
                              camera.zone,
                              camera.address,
                              ownerText(camera),
                              camera.ptz ? CameraDirectoryDialog::tr("yes") : QString(),
                              camera.verbalisation ? CameraDirectoryDialog::tr("yes") : QString(),
                              CameraDirectoryDialog::tr("%n day(s)", nullptr,
                                                        camera.retentionDays) };
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        item->setData(kNumberRole, camera.number);
        table->setItem(row, column, item);
    }
    // The tree's search: number and name, street address, place (and here the zone).
    table->item(row, 0)->setData(
        kSearchRole,
        QStringList { camera.title(), camera.address, camera.place, camera.zone }.join(u'\n'));
}

// The number after the highest in the directory, retired cameras included: a suggestion that
// the form lets the administrator change.
int nextNumber(const cameras::CameraDirectory &directory)
{
    int highest = 0;
    for (const cameras::Camera &known : directory.cameras())
        highest = std::max(highest, known.number);
    return highest + 1;
}

} // namespace

CameraDirectoryDialog::CameraDirectoryDialog(DirectoryContext context, QWidget *parent)
    : QDialog(parent), m_context(context),
      m_probeAddress(cameras::OnvifDiscovery::multicastGroup()),
      m_probePort(cameras::OnvifDiscovery::kPort)
{
    setWindowTitle(tr("Camera directory"));
    m_openPath = [this] {
        return QFileDialog::getOpenFileName(this, tr("Import cameras"), QString(),
                                            tr("Camera files (*.csv *.json)"));
    };
    m_savePath = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Export the directory"), suggested,
                                            tr("CSV (*.csv);;JSON (*.json)"));
    };
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Camera directory"), question) == QMessageBox::Yes;
    };
    m_askAccount = [this](const QString &device) -> std::optional<Account> {
        QDialog ask(this);
        ask.setWindowTitle(tr("Account of %1").arg(device));
        auto *user = new QLineEdit(&ask);
        auto *password = new QLineEdit(&ask);
        password->setEchoMode(QLineEdit::Password);
        auto *form = new QFormLayout(&ask);
        form->addRow(new QLabel(tr("The camera's ONVIF account (its administrator's), to read "
                                   "its streams. It goes to the keyring.")));
        form->addRow(tr("&User"), user);
        form->addRow(tr("&Password"), password);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        form->addRow(buttons);
        connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
        if (ask.exec() != QDialog::Accepted)
            return std::nullopt;
        return Account { user->text().trimmed(), password->text() };
    };

    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search by number, name, street or zone"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &CameraDirectoryDialog::applySearch);

    m_inService = cameraTable();
    m_retired = cameraTable();
    connect(m_inService, &QTableWidget::cellActivated, this, [this] { editSelected(); });

    auto *discoveryPage = new QWidget;
    m_discovered = new QListWidget;
    m_discover = new QPushButton(tr("&Discover"));
    m_addDiscovered = new QPushButton(tr("Add the selected &device…"));
    m_addDiscovered->setEnabled(false);
    connect(m_discover, &QPushButton::clicked, this, &CameraDirectoryDialog::discover);
    connect(m_addDiscovered, &QPushButton::clicked, this, &CameraDirectoryDialog::addDiscovered);
    connect(m_discovered, &QListWidget::itemActivated, this, &CameraDirectoryDialog::addDiscovered);
    connect(m_discovered, &QListWidget::currentRowChanged, this,
            [this](int row) { m_addDiscovered->setEnabled(row >= 0); });
    auto *discoveryLayout = new QVBoxLayout(discoveryPage);
    discoveryLayout->addWidget(new QLabel(
        tr("The ONVIF cameras answering on the network that are not in the directory yet.")));
    discoveryLayout->addWidget(m_discovered);
    auto *discoveryButtons = new QHBoxLayout;
    discoveryButtons->addWidget(m_discover);
    discoveryButtons->addWidget(m_addDiscovered);
    discoveryButtons->addStretch();
    discoveryLayout->addLayout(discoveryButtons);

    m_tabs = new QTabWidget;
    m_tabs->addTab(m_inService, tr("In service"));
    m_tabs->addTab(m_retired, tr("Retired (kept with their history)"));
    m_tabs->addTab(discoveryPage, tr("ONVIF discovery"));

    auto *add = new QPushButton(tr("&New camera… (Ins)"));
    auto *edit = new QPushButton(tr("&Edit… (Enter)"));
    auto *retire = new QPushButton(tr("&Retire… (Del)"));
    auto *import = new QPushButton(tr("&Import…"));
    auto *exportButton = new QPushButton(tr("E&xport…"));
    auto *close = new QPushButton(tr("Close"));
    connect(add, &QPushButton::clicked, this, &CameraDirectoryDialog::addCamera);
    connect(edit, &QPushButton::clicked, this, &CameraDirectoryDialog::editSelected);
    connect(retire, &QPushButton::clicked, this, &CameraDirectoryDialog::retireSelected);
    connect(import, &QPushButton::clicked, this, &CameraDirectoryDialog::importFile);
    connect(exportButton, &QPushButton::clicked, this, &CameraDirectoryDialog::exportFile);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(new QShortcut(QKeySequence(Qt::Key_Insert), this), &QShortcut::activated, this,
            &CameraDirectoryDialog::addCamera);
    auto *retireKey = new QShortcut(QKeySequence(Qt::Key_Delete), m_inService);
    retireKey->setContext(Qt::WidgetShortcut);
    connect(retireKey, &QShortcut::activated, this, &CameraDirectoryDialog::retireSelected);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : { add, edit, retire, import, exportButton }) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    buttons->addWidget(close);

    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    resize(980, 640);

    m_discovery = new cameras::OnvifDiscovery(this);
    connect(m_discovery, &cameras::OnvifDiscovery::finished, this,
            &CameraDirectoryDialog::fillDiscovered);
    connect(m_discovery, &cameras::OnvifDiscovery::failed, this, [this](const QString &message) {
        m_discover->setEnabled(true);
        setStatus(message, true);
        emit discoveryFinished();
    });
    refresh();
    m_search->setFocus();
}

CameraDirectoryDialog::~CameraDirectoryDialog() = default;

void CameraDirectoryDialog::setDiscoveryTarget(const QHostAddress &address, quint16 port,
                                               int timeout_ms)
{
    m_probeAddress = address;
    m_probePort = port;
    m_probeTimeout_ms = timeout_ms;
}

CameraImportDialog *CameraDirectoryDialog::importPreview() const
{
    return m_importPreview;
}

QString CameraDirectoryDialog::statusText() const
{
    return m_status->text();
}

void CameraDirectoryDialog::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #e05050; font-weight: bold;")
                                    : QString());
}

void CameraDirectoryDialog::refresh()
{
    const int selected = selectedNumber();
    for (QTableWidget *table : { m_inService, m_retired })
        table->setRowCount(0);
    const QList<cameras::Camera> cameras = m_context.directory.cameras();
    for (const cameras::Camera &camera : cameras)
        addRow(camera.retired ? m_retired : m_inService, camera);
    for (QTableWidget *table : { m_inService, m_retired })
        table->resizeColumnsToContents();
    m_tabs->setTabText(1, tr("Retired (kept with their history): %1").arg(m_retired->rowCount()));
    m_tabs->setTabText(0, tr("In service: %1").arg(m_inService->rowCount()));
    applySearch();
    for (int row = 0; row < m_inService->rowCount(); ++row) {
        if (m_inService->item(row, 0)->data(kNumberRole).toInt() == selected)
            m_inService->selectRow(row);
    }
}

void CameraDirectoryDialog::setSearch(const QString &text)
{
    m_search->setText(text);
}

void CameraDirectoryDialog::applySearch()
{
    const QString text = m_search->text().trimmed();
    for (QTableWidget *table : { m_inService, m_retired }) {
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString haystack = table->item(row, 0)->data(kSearchRole).toString();
            table->setRowHidden(row, !haystack.contains(text, Qt::CaseInsensitive));
        }
    }
}

int CameraDirectoryDialog::selectedNumber() const
{
    const QList<QTableWidgetItem *> items = m_inService->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(kNumberRole).toInt();
}

CameraForm *CameraDirectoryDialog::showForm(const cameras::Camera &camera, bool adding)
{
    if (m_form)
        m_form->close();
    m_form = new CameraForm(m_context, camera, adding, this);
    m_form->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_form, &CameraForm::saved, this, [this](int number) {
        refresh();
        setStatus(tr("Camera %1 saved.").arg(number));
        emit directoryChanged();
    });
    m_form->open();
    return m_form;
}

CameraForm *CameraDirectoryDialog::addCamera()
{
    cameras::Camera camera;
    camera.number = nextNumber(m_context.directory);
    return showForm(camera, true);
}

CameraForm *CameraDirectoryDialog::editSelected()
{
    const auto camera = m_context.directory.byNumber(selectedNumber());
    if (!camera) {
        setStatus(tr("Select a camera in service first."), true);
        return nullptr;
    }
    return showForm(*camera, false);
}

void CameraDirectoryDialog::retireSelected()
{
    const auto camera = m_context.directory.byNumber(selectedNumber());
    if (!camera) {
        setStatus(tr("Select a camera in service first."), true);
        return;
    }
    if (!m_confirm(tr("Retire camera %1? It leaves the walls for good; it stays in the directory "
                      "with its history and records, among the retired cameras.")
                       .arg(camera->title())))
        return;
    const Status retired = m_context.directory.retireCamera(m_context.actor, camera->number);
    if (!retired.ok()) {
        setStatus(retired.error(), true);
        return;
    }
    refresh();
    setStatus(tr("Camera %1 retired.").arg(camera->title()));
    emit directoryChanged();
}

void CameraDirectoryDialog::importFile()
{
    const QString path = m_openPath();
    if (path.isEmpty())
        return;
    if (m_importPreview) { // the last file's report: this one replaces it
        m_importPreview->hide();
        m_importPreview->deleteLater();
        m_importPreview = nullptr;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setStatus(tr("Cannot read %1: %2").arg(path, file.errorString()), true);
        return;
    }
    const QByteArray content = file.readAll();
    const QString name = QFileInfo(path).fileName();
    // Read and checked only: nothing is written before the administrator has seen the report.
    const auto preview = cameras::CameraFile::read(content, m_context.directory);
    if (!preview.ok()) {
        setStatus(tr("%1 cannot be imported: %2").arg(name, preview.error()), true);
        return;
    }
    m_importPreview = new CameraImportDialog(preview.value(), name, this);
    m_importPreview->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_importPreview, &QDialog::accepted, this, [this, content, name] {
        const bool validOnly = m_importPreview->validOnly();
        const auto imported
            = cameras::CameraFile::import(m_context.directory, m_context.actor, content, validOnly);
        if (!imported.ok()) {
            setStatus(
                tr("%1 was not imported, nothing was changed: %2").arg(name, imported.error()),
                true);
            return;
        }
        const cameras::CameraImport &result = imported.value();
        if (!result.saved) {
            setStatus(tr("%1 was not imported: lines are refused, nothing was changed.").arg(name),
                      true);
            return;
        }
        refresh();
        setStatus(tr("%1 imported: ").arg(name) + tr("%n camera(s) added, ", nullptr, result.added)
                  + tr("%n changed", nullptr, result.updated)
                  + (result.rejected.isEmpty() ? QStringLiteral(".")
                                               : tr("; %n refused line(s) left out.", nullptr,
                                                    static_cast<int>(result.rejected.size()))));
        emit directoryChanged();
    });
    connect(m_importPreview, &QDialog::rejected, this, [this, name] {
        setStatus(tr("Import of %1 cancelled: nothing was changed.").arg(name));
    });
    m_importPreview->open();
}

void CameraDirectoryDialog::exportFile()
{
    const QString path = m_savePath(QStringLiteral("annuaire-cameras.csv"));
    if (path.isEmpty())
        return;
    const QList<cameras::Camera> cameras = m_context.directory.cameras();
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(json ? cameras::CameraFile::toJson(cameras)
                           : cameras::CameraFile::toCsv(cameras))
            < 0
        || !file.commit()) {
        setStatus(tr("Cannot write %1: %2").arg(path, file.errorString()), true);
        return;
    }
    setStatus(tr("%n camera(s) exported to %1 (without their credentials).", nullptr,
                 static_cast<int>(cameras.size()))
                  .arg(path));
}

void CameraDirectoryDialog::discover()
{
    m_discover->setEnabled(false);
    m_discovered->clear();
    m_tabs->setCurrentIndex(2);
    setStatus(tr("Looking for ONVIF cameras on the network…"));
    m_discovery->probe(m_probeTimeout_ms, m_probeAddress, m_probePort);
}

void CameraDirectoryDialog::fillDiscovered(const QList<cameras::DiscoveredDevice> &devices)
{
    m_discover->setEnabled(true);
    m_discovered->clear();
    m_discoveredAddresses.clear();
    m_discoveredNames.clear();
    const QList<cameras::DiscoveredDevice> fresh
        = cameras::notInDirectory(devices, m_context.directory.cameras());
    for (const cameras::DiscoveredDevice &device : fresh) {
        if (device.addresses.isEmpty())
            continue;
        const QString name = device.name.isEmpty() ? device.endpoint : device.name;
        m_discovered->addItem(QStringLiteral("%1 — %2 — %3")
                                  .arg(name, device.hardware, device.addresses.first().host()));
        m_discoveredAddresses.append(device.addresses.first());
        m_discoveredNames.append(name);
    }
    if (m_discovered->count() > 0)
        m_discovered->setCurrentRow(0);
    setStatus(devices.isEmpty()
                  ? tr("No ONVIF camera answered.")
                  : tr("%n camera(s) answered, ", nullptr, static_cast<int>(devices.size()))
                      + tr("%n not in the directory yet.", nullptr, m_discovered->count()));
    emit discoveryFinished();
}

void CameraDirectoryDialog::addDiscovered()
{
    const int row = m_discovered->currentRow();
    if (row < 0 || row >= m_discoveredAddresses.size())
        return;
    const QString name = m_discoveredNames.at(row);
    const auto account = m_askAccount(name);
    if (!account)
        return;
    if (!m_client) {
        m_client = new cameras::OnvifClient(this);
        connect(m_client, &cameras::OnvifClient::finished, this,
                [this](const Result<cameras::OnvifDevice> &read) {
                    m_addDiscovered->setEnabled(true);
                    if (!read.ok()) {
                        m_pendingAccount = {};
                        setStatus(read.error(), true);
                        return;
                    }
                    const cameras::OnvifDevice &device = read.value();
                    cameras::Camera camera;
                    camera.number = nextNumber(m_context.directory);
                    camera.name = m_pendingName;
                    camera.place
                        = QStringLiteral("%1 %2").arg(device.manufacturer, device.model).trimmed();
                    camera.mainUrl = device.mainUrl;
                    camera.subUrl = device.subUrl;
                    // Steerable from the desk when the device offers PTZ on a profile.
                    camera.onvifUrl = device.address;
                    camera.ptz = !device.ptzProfile.isEmpty();
                    setStatus(tr("%1 read: its streams are filled in; complete the form and "
                                 "save.")
                                  .arg(camera.name));
                    CameraForm *form = showForm(camera, true);
                    form->setCredentials(m_pendingAccount.user, m_pendingAccount.password);
                    m_pendingAccount = {}; // now only in the form, until it saves them
                    emit formOpened(form);
                });
    }
    // Kept in memory only until the device's answer opens the form.
    m_pendingName = name;
    m_pendingAccount = *account;
    m_addDiscovered->setEnabled(false);
    setStatus(tr("Reading %1…").arg(name));
    m_client->inspect(m_discoveredAddresses.at(row), account->user, account->password);
}

} // namespace vigie::widgets
