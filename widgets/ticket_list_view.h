// The video-verbalisation tickets for agents and chefs de salle (ReadTickets): filtered by
// state, agent, camera, offence and capture date, with the count per day; a ticket opens in
// the ticket dialog (read-only once validated), and is validated there, cancelled with a
// reason, exported (JSON per the schema, or the one-page PDF) and marked sent with the PVe
// chain's message id. Core checks every step; a refusal is shown, nothing is lost.
#pragma once

#include "core/common/result.h"
#include "core/verbalisation/ticket_service.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace vigie::access {
struct User;
}

namespace vigie::widgets {

class TicketListView : public QDialog
{
    Q_OBJECT
public:
    TicketListView(verbalisation::TicketService &tickets,
                   const verbalisation::NatinfCatalogue &catalogue, const access::User &user,
                   QString dataDir, QString workstation, QWidget *parent = nullptr);
    ~TicketListView() override;

    // The filter the widgets show; setting it refreshes the list.
    verbalisation::TicketFilter filter() const;
    void setFilter(const verbalisation::TicketFilter &filter);
    void refresh();

    const QList<verbalisation::Ticket> &tickets() const { return m_shown; }
    QString countsText() const;
    QString message() const;
    QTableWidget *table() const { return m_table; }
    std::optional<verbalisation::Ticket> current() const;

    // What the buttons do on the selected ticket, the dialogs' answers given (tests call these).
    Status cancelCurrent(const QString &reason);
    // "json" or "pdf", through core (TicketExport::write): the file and the ticket marked
    // exported with its SHA-256, or neither.
    Status exportCurrent(const QString &path, const QString &format);
    Status markSentCurrent(const QString &messageId);
    void openCurrent();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void askCancel();
    void askExport(const QString &format);
    void askMarkSent();
    Status report(const Status &status, const QString &done);

    verbalisation::TicketService &m_service;
    const verbalisation::NatinfCatalogue &m_catalogue;
    std::unique_ptr<access::User> m_user;
    QString m_dataDir;
    QString m_workstation; // this desk, named in the export document
    QList<verbalisation::Ticket> m_shown;
    bool m_settingFilter = false;

    QComboBox *m_state = nullptr;
    QLineEdit *m_agent = nullptr;
    QSpinBox *m_camera = nullptr;
    QLineEdit *m_offence = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace vigie::widgets
