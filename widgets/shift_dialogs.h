// The keyboard-first dialogs of the 3x8 shift log: open a shift, hand it over, acknowledge the
// hand-over, sign it (visa), add an addendum. They only ask ShiftService: a refusal comes back
// as core's message, shown in the dialog, which keeps what the operator typed.
#pragma once

#include "core/access/access_policy.h"
#include "core/access/auth_service.h"
#include "core/access/shift_schedule.h"
#include "core/common/clock.h"
#include "core/records/shift_service.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace vigie::journal {
class Journal;
}

namespace vigie::store {
class Database;
}

namespace vigie::widgets {

// The core services the shift dialogs and the shift log view ask; the caller owns them all and
// keeps them alive longer than any dialog.
struct ShiftServices
{
    store::Database &db;
    journal::Journal &journal;
    access::AccessPolicy &policy;
    access::AuthService &auth;
    records::ShiftService &shifts;
    Clock clock = systemClock(); // the same clock as the services, to show the slot they will use
};

// Whether one of the user's roles grants `permission`: only to decide what to enable, since
// AccessPolicy::check() journals a refusal. Core still decides when the operator acts.
bool rolesGrant(const access::User &user, access::Permission permission);
// "Karim Benali (kbenali)", or the login alone for an unknown user.
QString userLabel(const access::AuthService &auth, const QString &login);

// What the dialogs share: core's refusal in red, and the shift that core returned on success.
class ShiftDialog : public QDialog
{
    Q_OBJECT
public:
    QString errorText() const; // empty while core has refused nothing
    const records::Shift &shift() const { return m_shift; } // as core last returned it

signals:
    // Core accepted the change; `shift` is the record as it now stands.
    void shiftChanged(const vigie::records::Shift &shift);

protected:
    ShiftDialog(const ShiftServices &services, const access::User &user,
                const records::Shift &shift, QWidget *parent);

    QLabel *errorLabel() const { return m_error; }
    // Shows core's refusal, or records the new state, signals it and closes the dialog.
    void finish(const Result<records::Shift> &result);
    void showError(const QString &message);
    // Ctrl+Enter (main and keypad Enter) runs `submit`, from any field of the dialog.
    void addSubmitShortcut(const std::function<void()> &submit);
    QString userLabel(const QString &login) const;

    ShiftServices m_services;
    access::User m_user;
    records::Shift m_shift;

private:
    QLabel *m_error = nullptr;
};

// A chef de salle (or an operator naming the chef) opens the shift of the schedule slot around
// now with its team. Enter opens it.
class OpenShiftDialog : public ShiftDialog
{
    Q_OBJECT
public:
    OpenShiftDialog(const ShiftServices &services, const access::User &user,
                    const access::ShiftSchedule &schedule, QWidget *parent = nullptr);

    QComboBox *chefField() const { return m_chef; }
    QListWidget *teamList() const { return m_team; }
    QPushButton *openButton() const { return m_open; }

private:
    void submit();

    access::ShiftSchedule m_schedule;
    QComboBox *m_chef = nullptr;
    QListWidget *m_team = nullptr;
    QPushButton *m_open = nullptr;
};

// The outgoing team hands the shift over with its note. "RAS" fills the empty fields;
// Ctrl+Enter hands over. Whether the note is complete enough is core's call.
class HandOverDialog : public ShiftDialog
{
    Q_OBJECT
public:
    HandOverDialog(const ShiftServices &services, const access::User &user,
                   const records::Shift &shift, QWidget *parent = nullptr);

    records::HandoverNote note() const;
    void fillEmptyWithRas();

    QPlainTextEdit *pendingActionsField() const { return m_pendingActions; }
    QPlainTextEdit *instructionsField() const { return m_instructions; }
    QPlainTextEdit *cameraFaultsField() const { return m_cameraFaults; }
    QPlainTextEdit *systemFaultsField() const { return m_systemFaults; }
    QPushButton *rasButton() const { return m_ras; }
    QPushButton *handOverButton() const { return m_handOver; }

private:
    void submit();

    QPlainTextEdit *m_pendingActions = nullptr;
    QPlainTextEdit *m_instructions = nullptr;
    QPlainTextEdit *m_cameraFaults = nullptr;
    QPlainTextEdit *m_systemFaults = nullptr;
    QPushButton *m_ras = nullptr;
    QPushButton *m_handOver = nullptr;
};

// The incoming chef de salle (the logged-in user) reads the hand-over note and takes the
// room over: Enter acknowledges, which closes the shift.
class AcknowledgeDialog : public ShiftDialog
{
    Q_OBJECT
public:
    AcknowledgeDialog(const ShiftServices &services, const access::User &user,
                      const records::Shift &shift, QWidget *parent = nullptr);

    QPushButton *acknowledgeButton() const { return m_acknowledge; }

private:
    void submit();

    QPushButton *m_acknowledge = nullptr;
};

// A supervisor signs (visa) a closed shift log after reading its summary; Ctrl+Enter signs.
class SignShiftDialog : public ShiftDialog
{
    Q_OBJECT
public:
    SignShiftDialog(const ShiftServices &services, const access::User &user,
                    const records::Shift &shift, QWidget *parent = nullptr);

    QPlainTextEdit *commentField() const { return m_comment; }
    QPushButton *signButton() const { return m_sign; }

private:
    void submit();

    QPlainTextEdit *m_comment = nullptr;
    QPushButton *m_sign = nullptr;
};

// The only way to add to a closed or signed shift; Ctrl+Enter adds it.
class AddendumDialog : public ShiftDialog
{
    Q_OBJECT
public:
    AddendumDialog(const ShiftServices &services, const access::User &user,
                   const records::Shift &shift, QWidget *parent = nullptr);

    QPlainTextEdit *textField() const { return m_text; }
    QPushButton *addButton() const { return m_add; }

private:
    void submit();

    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace vigie::widgets
