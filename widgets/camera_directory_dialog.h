// The camera directory for the administrator (Ctrl+Shift+D): the cameras in service and the
// retired ones apart (never deleted), searched as in the tree; a camera added, edited or
// retired in a form; the directory imported from or exported to CSV or JSON with the report
// of refused lines shown first; ONVIF cameras of the network discovered and added with their
// streams. Every change goes through core, which checks the right.
#pragma once

#include "widgets/camera_form.h"

#include <QDialog>
#include <QHostAddress>
#include <QPointer>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace vigie::cameras {
class OnvifClient;
class OnvifDiscovery;
struct DiscoveredDevice;
} // namespace vigie::cameras

namespace vigie::widgets {

class CameraImportDialog;

class CameraDirectoryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CameraDirectoryDialog(DirectoryContext context, QWidget *parent = nullptr);
    ~CameraDirectoryDialog() override;

    // What the dialog asks the administrator; file and message dialogs unless replaced (tests).
    using OpenPath = std::function<QString()>;
    using SavePath = std::function<QString(const QString &suggested)>;
    using Confirm = std::function<bool(const QString &question)>;
    struct Account
    {
        QString user;
        QString password;
    };
    using AskAccount = std::function<std::optional<Account>(const QString &device)>;
    void setOpenPath(OpenPath chooser) { m_openPath = std::move(chooser); }
    void setSavePath(SavePath chooser) { m_savePath = std::move(chooser); }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setAskAccount(AskAccount ask) { m_askAccount = std::move(ask); }
    // Where the WS-Discovery probe goes: the multicast group unless a test names its simulator.
    void setDiscoveryTarget(const QHostAddress &address, quint16 port, int timeout_ms);

    void refresh();
    void setSearch(const QString &text);
    // The form of a new camera or of the selected one (open, not modal); null when none.
    CameraForm *addCamera();
    CameraForm *editSelected();
    void retireSelected();
    void importFile();
    void exportFile();
    void discover();
    void addDiscovered(); // the device selected in the discovery list

    QTableWidget *inServiceTable() const { return m_inService; }
    QTableWidget *retiredTable() const { return m_retired; }
    QListWidget *discoveredList() const { return m_discovered; }
    QTabWidget *tabs() const { return m_tabs; }
    CameraForm *openForm() const { return m_form; }
    CameraImportDialog *importPreview() const;
    QString statusText() const; // the last outcome or error, in plain words

signals:
    void directoryChanged();
    void discoveryFinished(); // the list of discovered devices is shown
    void formOpened(vigie::widgets::CameraForm *form); // after discovery read a device

private:
    CameraForm *showForm(const cameras::Camera &camera, bool adding);
    void setStatus(const QString &text, bool problem = false);
    void applySearch();
    int selectedNumber() const;
    void fillDiscovered(const QList<cameras::DiscoveredDevice> &devices);

    DirectoryContext m_context;
    OpenPath m_openPath;
    SavePath m_savePath;
    Confirm m_confirm;
    AskAccount m_askAccount;
    QHostAddress m_probeAddress;
    quint16 m_probePort = 0;
    int m_probeTimeout_ms = 3000;
    QLineEdit *m_search = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_inService = nullptr;
    QTableWidget *m_retired = nullptr;
    QListWidget *m_discovered = nullptr;
    QPushButton *m_discover = nullptr;
    QPushButton *m_addDiscovered = nullptr;
    QLabel *m_status = nullptr;
    QPointer<CameraForm> m_form;
    QPointer<CameraImportDialog> m_importPreview;
    cameras::OnvifDiscovery *m_discovery = nullptr;
    cameras::OnvifClient *m_client = nullptr;
    QList<QUrl> m_discoveredAddresses; // by row of the discovery list
    QStringList m_discoveredNames;
    QString m_pendingName; // the device being read
    Account m_pendingAccount;
};

} // namespace vigie::widgets
