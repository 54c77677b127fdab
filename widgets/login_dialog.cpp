#include "widgets/login_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigie::widgets {

LoginDialog::LoginDialog(Authenticator authenticator, const QString &workstationId, QWidget *parent)
    : QDialog(parent), m_authenticator(std::move(authenticator))
{
    setWindowTitle(tr("Vigie — Login"));
    setMinimumWidth(380);

    auto *title = new QLabel(tr("<b>Vigie</b> — urban video supervision centre"), this);
    auto *station = new QLabel(tr("Workstation %1").arg(workstationId), this);
    station->setObjectName(QStringLiteral("emptyState"));

    m_login = new QLineEdit(this);
    m_login->setAccessibleName(tr("Login"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Login"), m_login);
    form->addRow(tr("&Password"), m_password);

    auto *buttons = new QDialogButtonBox(this);
    m_connect = buttons->addButton(tr("Log in"), QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(station);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::attempt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_login->setFocus();
}

void LoginDialog::setLogin(const QString &login)
{
    m_login->setText(login);
    m_password->setFocus();
}

QString LoginDialog::errorText() const
{
    return m_error->isVisible() || !m_error->isHidden() ? m_error->text() : QString();
}

void LoginDialog::attempt()
{
    const QString login = m_login->text().trimmed();
    if (login.isEmpty()) {
        m_error->setText(tr("Enter your login."));
        m_error->show();
        m_login->setFocus();
        return;
    }
    const access::LoginOutcome outcome = m_authenticator(login, m_password->text());
    m_password->clear();
    if (outcome.kind == access::LoginOutcome::Kind::Success && outcome.user) {
        m_user = outcome.user;
        accept();
        return;
    }
    m_error->setText(outcome.message);
    m_error->show();
    m_password->setFocus();
}

} // namespace vigie::widgets
