// The locked desk: after a time without input (or Ctrl+L) nothing can be done at this desk until
// the same operator, or a supervisor, types their password. The walls keep showing.
#pragma once

#include "core/access/auth_service.h"

#include <QDateTime>
#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

namespace vigie::widgets {

class LockDialog : public QDialog
{
    Q_OBJECT
public:
    using Unlocker
        = std::function<access::LoginOutcome(const QString &login, const QString &password)>;

    LockDialog(const access::User &lockedUser, const QDateTime &lockedAt, Unlocker unlocker,
               QWidget *parent = nullptr);

    QLineEdit *loginField() const { return m_login; }
    QLineEdit *passwordField() const { return m_password; }
    QString errorText() const;
    const std::optional<access::User> &unlockedBy() const { return m_unlockedBy; }

protected:
    void reject() override; // Escape does not unlock
    void keyPressEvent(QKeyEvent *event) override;

private:
    void attempt();

    Unlocker m_unlocker;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    std::optional<access::User> m_unlockedBy;
};

} // namespace vigie::widgets
