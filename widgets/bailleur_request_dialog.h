// A landlord's request to view its cameras, from a logged call or a landlord's alert: the
// convention, the situation invoked (only those the convention allows), the linked incident
// or intervention, the building and the cameras asked for (only the convention's scope), the
// duration. Ctrl+Enter accepts it (core opens the session), Ctrl+Shift+Enter refuses it with
// the reason typed. Core's refusal (expired convention, camera outside scope, situation not
// allowed) is shown with its reason, and the request stays recorded as refused.
#pragma once

#include "core/common/result.h"
#include "core/records/bailleur_types.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace vigie::widgets {

class BailleurRequestDialog : public QDialog
{
    Q_OBJECT
public:
    // Core's requests and sessions, as the desk hands them (records::BailleurRegister).
    struct Backend
    {
        std::function<Result<records::BailleurRequest>(const records::BailleurRequest &)> record;
        std::function<Result<records::BailleurSession>(const QString &requestId)> accept;
        std::function<Status(const QString &requestId, const QString &reason)> refuse;
    };
    // An incident of the main courante the request may be linked to.
    struct IncidentChoice
    {
        QString id;
        QString label; // "2026-0042 — Occupation de hall, 14:02"
    };

    // `prefilled`: the call it comes with (callId, channel, convention) or a landlord's alert.
    // `heading` says which. `cameraNames`: the directory's names of the cameras in scope.
    BailleurRequestDialog(const QList<records::Convention> &conventions,
                          const records::BailleurRequest &prefilled, const QString &heading,
                          const QList<IncidentChoice> &incidents,
                          const QHash<int, QString> &cameraNames, Backend backend,
                          QWidget *parent = nullptr);

    // The request as the form says now.
    records::BailleurRequest request() const;
    QString errorText() const;
    // Once accepted: the session core opened. Once refused: the request, refused.
    const std::optional<records::BailleurSession> &session() const { return m_session; }
    bool refused() const { return m_refused; }

    QComboBox *conventionBox() const { return m_convention; }
    QListWidget *situationList() const { return m_situations; }
    QListWidget *cameraList() const { return m_cameras; }
    QLineEdit *refusalField() const { return m_refusal; }

    void acceptRequest(); // Ctrl+Enter
    void refuseRequest(); // Ctrl+Shift+Enter

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showConvention(int index);
    void showBuilding(int index);
    // The request recorded once, whatever the operator then decides (core keeps it).
    bool recordOnce();

    QList<records::Convention> m_conventions;
    records::BailleurRequest m_prefilled;
    QHash<int, QString> m_cameraNames;
    Backend m_backend;
    QString m_requestId; // recorded, pending the decision
    std::optional<records::BailleurSession> m_session;
    bool m_refused = false;

    QComboBox *m_convention = nullptr;
    QLabel *m_conventionInfo = nullptr;
    QListWidget *m_situations = nullptr;
    QComboBox *m_incident = nullptr;
    QLineEdit *m_intervention = nullptr;
    QComboBox *m_building = nullptr;
    QListWidget *m_cameras = nullptr;
    QSpinBox *m_duration = nullptr;
    QLineEdit *m_refusal = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace vigie::widgets
