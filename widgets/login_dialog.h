// The login dialog. It only asks: the check itself is the Authenticator given to it (core's
// AuthService in the application), so that the dialog holds no rule.
#pragma once

#include "core/access/auth_service.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace vigie::widgets {

class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    using Authenticator = std::function<access::LoginOutcome(const QString &, const QString &)>;

    LoginDialog(Authenticator authenticator, const QString &workstationId,
                QWidget *parent = nullptr);

    const std::optional<access::User> &user() const { return m_user; }
    void setLogin(const QString &login);
    QString errorText() const;

    QLineEdit *loginField() const { return m_login; }
    QLineEdit *passwordField() const { return m_password; }
    QPushButton *connectButton() const { return m_connect; }

private:
    void attempt();

    Authenticator m_authenticator;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_connect = nullptr;
    std::optional<access::User> m_user;
};

} // namespace vigie::widgets
