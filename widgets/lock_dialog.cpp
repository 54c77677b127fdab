#include "widgets/lock_dialog.h"

#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigie::widgets {

LockDialog::LockDialog(const access::User &lockedUser, const QDateTime &lockedAt, Unlocker unlocker,
                       QWidget *parent)
    : QDialog(parent, Qt::Dialog | Qt::CustomizeWindowHint | Qt::WindowTitleHint),
      m_unlocker(std::move(unlocker))
{
    setWindowTitle(tr("Vigie — Desk locked"));
    setModal(true);
    setWindowModality(Qt::ApplicationModal);
    setMinimumWidth(420);
    auto *title = new QLabel(
        tr("<b>Desk locked</b> since %1").arg(lockedAt.toString(QStringLiteral("HH:mm"))), this);
    QString who = lockedUser.displayName;
    if (!lockedUser.matricule.isEmpty())
        who += QStringLiteral(" (%1)").arg(lockedUser.matricule);
    auto *owner = new QLabel(tr("Session of %1. It can be unlocked by this operator or by a "
                                "supervisor.")
                                 .arg(who),
                             this);
    owner->setWordWrap(true);
    m_login = new QLineEdit(lockedUser.login, this);
    m_login->setAccessibleName(tr("Login"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    auto *unlock = new QPushButton(tr("Unlock"), this);
    unlock->setDefault(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Login"), m_login);
    form->addRow(tr("&Password"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(owner);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(unlock);
    connect(unlock, &QPushButton::clicked, this, &LockDialog::attempt);
    m_password->setFocus();
}

QString LockDialog::errorText() const
{
    return m_error->text();
}

void LockDialog::reject()
{
    // Deliberately nothing: a locked desk is left only by unlocking it.
}

void LockDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        attempt();
        return;
    }
    QDialog::keyPressEvent(event);
}

void LockDialog::attempt()
{
    const access::LoginOutcome outcome = m_unlocker(m_login->text().trimmed(), m_password->text());
    m_password->clear();
    if (outcome.kind == access::LoginOutcome::Kind::Success && outcome.user) {
        m_unlockedBy = outcome.user;
        accept();
        return;
    }
    m_error->setText(outcome.message);
    m_password->setFocus();
}

} // namespace vigie::widgets
