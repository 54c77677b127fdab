#include "widgets/shift_dialogs.h"

#include "widgets/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace vigie::widgets {
namespace {

QString formatTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time, QLocale::ShortFormat) : QString();
}

QPlainTextEdit *noteField(const QString &accessibleName, QWidget *parent)
{
    auto *field = new QPlainTextEdit(parent);
    field->setAccessibleName(accessibleName);
    field->setTabChangesFocus(true); // Tab moves on: the form is filled from the keyboard
    field->setMinimumHeight(field->fontMetrics().lineSpacing() * 3 + 12);
    return field;
}

// A read-only view of text that the operator reads before confirming.
QLabel *readOnlyText(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text.isEmpty() ? QStringLiteral("—") : text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// The role a member holds on the shift, in the words of the shift log.
QString roleOnShift(const access::User &user, const QString &chefLogin)
{
    if (user.login.compare(chefLogin, Qt::CaseInsensitive) == 0)
        return access::roleLabel(access::Role::Supervisor);
    for (access::Role role : user.roles) {
        if (role != access::Role::Supervisor
            && access::roleGrants(role, access::Permission::ViewLive))
            return access::roleLabel(role);
    }
    return user.roles.isEmpty() ? QString() : access::roleLabel(user.roles.first());
}

} // namespace

bool rolesGrant(const access::User &user, access::Permission permission)
{
    return user.active && std::any_of(user.roles.cbegin(), user.roles.cend(), [&](access::Role r) {
               return access::roleGrants(r, permission);
           });
}

QString userLabel(const access::AuthService &auth, const QString &login)
{
    if (login.isEmpty())
        return QStringLiteral("—");
    const auto user = auth.findUser(login);
    if (!user || user->displayName.isEmpty())
        return login;
    return QStringLiteral("%1 (%2)").arg(user->displayName, login);
}

// --- ShiftDialog ---------------------------------------------------------------------------

ShiftDialog::ShiftDialog(const ShiftServices &services, const access::User &user,
                         const records::Shift &shift, QWidget *parent)
    : QDialog(parent), m_services(services), m_user(user), m_shift(shift)
{
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dialogError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(colors::lost.name()));
    m_error->hide();
    setMinimumWidth(520);
}

QString ShiftDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ShiftDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void ShiftDialog::finish(const Result<records::Shift> &result)
{
    if (!result.ok()) {
        showError(result.error());
        return;
    }
    m_error->hide();
    m_shift = result.value();
    emit shiftChanged(m_shift);
    accept();
}

void ShiftDialog::addSubmitShortcut(const std::function<void()> &submit)
{
    auto *shortcut = new QShortcut(this);
    shortcut->setKeys(
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    shortcut->setContext(Qt::WindowShortcut);
    connect(shortcut, &QShortcut::activated, this, submit);
}

QString ShiftDialog::userLabel(const QString &login) const
{
    return widgets::userLabel(m_services.auth, login);
}

// --- OpenShiftDialog -----------------------------------------------------------------------

OpenShiftDialog::OpenShiftDialog(const ShiftServices &services, const access::User &user,
                                 const access::ShiftSchedule &schedule, QWidget *parent)
    : ShiftDialog(services, user, {}, parent), m_schedule(schedule)
{
    setWindowTitle(tr("Open the shift"));
    const access::ShiftSlot slot = m_schedule.slotAt(m_services.clock());
    const QString slotText = slot.kind.code.isEmpty()
        ? access::ShiftSchedule::describe(slot)
        : tr("%1 — %2").arg(access::ShiftSchedule::describe(slot),
                            QLocale().toString(slot.start.date(), QLocale::ShortFormat));
    auto *slotLabel = new QLabel(slotText, this);
    slotLabel->setObjectName(QStringLiteral("shiftSlot"));

    m_chef = new QComboBox(this);
    m_chef->setAccessibleName(tr("Chef de salle"));
    m_team = new QListWidget(this);
    m_team->setAccessibleName(tr("Team"));
    QList<access::User> users = m_services.auth.users();
    std::sort(users.begin(), users.end(), [](const access::User &a, const access::User &b) {
        return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
    });
    for (const access::User &u : users) {
        if (!u.active)
            continue;
        const QString label = u.matricule.isEmpty()
            ? u.displayName
            : QStringLiteral("%1 (%2)").arg(u.displayName, u.matricule);
        if (u.hasRole(access::Role::Supervisor))
            m_chef->addItem(label, u.login);
        // The team: whoever works the desk (roles that view live images).
        if (!rolesGrant(u, access::Permission::ViewLive))
            continue;
        auto *item = new QListWidgetItem(label, m_team);
        item->setData(Qt::UserRole, u.login);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(u.login == m_user.login ? Qt::Checked : Qt::Unchecked);
    }
    m_chef->setCurrentIndex(qMax(0, m_chef->findData(m_user.login)));
    if (m_team->count() > 0)
        m_team->setCurrentRow(0);

    auto *form = new QFormLayout;
    form->addRow(tr("Shift"), slotLabel);
    form->addRow(tr("&Chef de salle"), m_chef);
    form->addRow(tr("&Team (Space ticks)"), m_team);

    auto *buttons = new QDialogButtonBox(this);
    m_open = buttons->addButton(tr("&Open the shift"), QDialogButtonBox::AcceptRole);
    m_open->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(errorLabel());
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &OpenShiftDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_chef->setFocus();
}

void OpenShiftDialog::submit()
{
    const QString chef = m_chef->currentData().toString();
    QList<records::TeamMember> team;
    const QList<access::User> users = m_services.auth.users();
    for (int row = 0; row < m_team->count(); ++row) {
        const QListWidgetItem *item = m_team->item(row);
        if (item->checkState() != Qt::Checked)
            continue;
        const QString login = item->data(Qt::UserRole).toString();
        const auto user = std::find_if(users.cbegin(), users.cend(),
                                       [&](const access::User &u) { return u.login == login; });
        if (user == users.cend())
            team.append({ login, QString(), QString() }); // core names the unknown member
        else
            team.append({ login, user->matricule, roleOnShift(*user, chef) });
    }
    finish(m_services.shifts.open(m_user, m_schedule, chef, team));
}

// --- HandOverDialog ------------------------------------------------------------------------

HandOverDialog::HandOverDialog(const ShiftServices &services, const access::User &user,
                               const records::Shift &shift, QWidget *parent)
    : ShiftDialog(services, user, shift, parent)
{
    setWindowTitle(tr("Hand over the shift"));
    auto *heading = new QLabel(
        tr("<b>%1</b> — chef de salle: %2")
            .arg(m_shift.label.toHtmlEscaped(), userLabel(m_shift.chef).toHtmlEscaped()),
        this);
    heading->setWordWrap(true);

    m_pendingActions = noteField(tr("Pending actions"), this);
    m_instructions = noteField(tr("Instructions"), this);
    m_cameraFaults = noteField(tr("Camera faults"), this);
    m_systemFaults = noteField(tr("System faults"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Pending actions"), m_pendingActions);
    form->addRow(tr("&Instructions"), m_instructions);
    form->addRow(tr("&Camera faults"), m_cameraFaults);
    form->addRow(tr("S&ystem faults"), m_systemFaults);

    auto *buttons = new QDialogButtonBox(this);
    m_ras = buttons->addButton(tr("&RAS in empty fields"), QDialogButtonBox::ActionRole);
    m_ras->setToolTip(tr("Fills every empty field with \"RAS\" (nothing to report)"));
    // No default button: Enter writes a new line in the note, Ctrl+Enter hands over.
    m_handOver = buttons->addButton(tr("&Hand over (Ctrl+Enter)"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(errorLabel());
    layout->addWidget(buttons);

    connect(m_ras, &QPushButton::clicked, this, &HandOverDialog::fillEmptyWithRas);
    connect(buttons, &QDialogButtonBox::accepted, this, &HandOverDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    addSubmitShortcut([this] { submit(); });
    m_pendingActions->setFocus();
}

records::HandoverNote HandOverDialog::note() const
{
    return { m_pendingActions->toPlainText().trimmed(), m_instructions->toPlainText().trimmed(),
             m_cameraFaults->toPlainText().trimmed(), m_systemFaults->toPlainText().trimmed() };
}

void HandOverDialog::fillEmptyWithRas()
{
    for (QPlainTextEdit *field :
         { m_pendingActions, m_instructions, m_cameraFaults, m_systemFaults }) {
        if (field->toPlainText().trimmed().isEmpty())
            field->setPlainText(QStringLiteral("RAS"));
    }
}

void HandOverDialog::submit()
{
    finish(m_services.shifts.handOver(m_user, m_shift.id, note()));
}

// --- AcknowledgeDialog ---------------------------------------------------------------------

AcknowledgeDialog::AcknowledgeDialog(const ShiftServices &services, const access::User &user,
                                     const records::Shift &shift, QWidget *parent)
    : ShiftDialog(services, user, shift, parent)
{
    setWindowTitle(tr("Take over the room"));
    const records::HandoverNote &note = m_shift.handover;
    auto *form = new QFormLayout;
    form->addRow(tr("Shift"), readOnlyText(m_shift.label, this));
    form->addRow(tr("Outgoing chef de salle"), readOnlyText(userLabel(m_shift.chef), this));
    form->addRow(
        tr("Handed over"),
        readOnlyText(tr("by %1 on %2")
                         .arg(userLabel(m_shift.handedOverBy), formatTime(m_shift.handedOverAt)),
                     this));
    form->addRow(tr("Pending actions"), readOnlyText(note.pendingActions, this));
    form->addRow(tr("Instructions"), readOnlyText(note.instructions, this));
    form->addRow(tr("Camera faults"), readOnlyText(note.cameraFaults, this));
    form->addRow(tr("System faults"), readOnlyText(note.systemFaults, this));
    form->addRow(tr("Incoming chef de salle"), readOnlyText(userLabel(m_user.login), this));

    auto *buttons = new QDialogButtonBox(this);
    m_acknowledge
        = buttons->addButton(tr("&Acknowledge and take over"), QDialogButtonBox::AcceptRole);
    m_acknowledge->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(errorLabel());
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &AcknowledgeDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_acknowledge->setFocus();
}

void AcknowledgeDialog::submit()
{
    finish(m_services.shifts.acknowledge(m_user, m_shift.id));
}

// --- SignShiftDialog -----------------------------------------------------------------------

SignShiftDialog::SignShiftDialog(const ShiftServices &services, const access::User &user,
                                 const records::Shift &shift, QWidget *parent)
    : ShiftDialog(services, user, shift, parent)
{
    setWindowTitle(tr("Sign the shift log (visa)"));
    QStringList team;
    for (const records::TeamMember &m : m_shift.team) {
        const QString who = userLabel(m.login);
        team.append(m.role.isEmpty() ? who : tr("%1, %2").arg(who, m.role));
    }
    const records::HandoverNote &note = m_shift.handover;
    QStringList handover;
    for (const auto &[title, text] : { std::pair { tr("Pending actions"), note.pendingActions },
                                       std::pair { tr("Instructions"), note.instructions },
                                       std::pair { tr("Camera faults"), note.cameraFaults },
                                       std::pair { tr("System faults"), note.systemFaults } }) {
        if (!text.isEmpty())
            handover.append(tr("%1: %2").arg(title, text));
    }

    auto *form = new QFormLayout;
    form->addRow(tr("Shift"), readOnlyText(m_shift.label, this));
    form->addRow(tr("Status"), readOnlyText(records::shiftStatusLabel(m_shift.status), this));
    form->addRow(tr("Chef de salle"), readOnlyText(userLabel(m_shift.chef), this));
    form->addRow(tr("Team"), readOnlyText(team.join(QLatin1Char('\n')), this));
    form->addRow(tr("Hand-over"),
                 readOnlyText(m_shift.handedOverBy.isEmpty()
                                  ? QString()
                                  : tr("by %1 on %2")
                                          .arg(userLabel(m_shift.handedOverBy),
                                               formatTime(m_shift.handedOverAt))
                                      + QLatin1Char('\n') + handover.join(QLatin1Char('\n')),
                              this));
    form->addRow(tr("Acknowledgement"),
                 readOnlyText(m_shift.incomingAckBy.isEmpty()
                                  ? QString()
                                  : tr("by %1 on %2")
                                        .arg(userLabel(m_shift.incomingAckBy),
                                             formatTime(m_shift.incomingAckAt)),
                              this));
    m_comment = noteField(tr("Comment"), this);
    form->addRow(tr("&Comment"), m_comment);

    auto *buttons = new QDialogButtonBox(this);
    m_sign = buttons->addButton(tr("&Sign (Ctrl+Enter)"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(errorLabel());
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SignShiftDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    addSubmitShortcut([this] { submit(); });
    m_comment->setFocus();
}

void SignShiftDialog::submit()
{
    finish(m_services.shifts.sign(m_user, m_shift.id, m_comment->toPlainText().trimmed()));
}

// --- AddendumDialog ------------------------------------------------------------------------

AddendumDialog::AddendumDialog(const ShiftServices &services, const access::User &user,
                               const records::Shift &shift, QWidget *parent)
    : ShiftDialog(services, user, shift, parent)
{
    setWindowTitle(tr("Addendum to the shift log"));
    auto *heading = new QLabel(tr("<b>%1</b> — %2")
                                   .arg(m_shift.label.toHtmlEscaped(),
                                        records::shiftStatusLabel(m_shift.status).toHtmlEscaped()),
                               this);
    heading->setWordWrap(true);
    m_text = noteField(tr("Addendum"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Addendum"), m_text);

    auto *buttons = new QDialogButtonBox(this);
    m_add = buttons->addButton(tr("A&dd (Ctrl+Enter)"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(errorLabel());
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &AddendumDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    addSubmitShortcut([this] { submit(); });
    m_text->setFocus();
}

void AddendumDialog::submit()
{
    const Status added = m_services.shifts.addAddendum(m_user, m_shift.id, m_text->toPlainText());
    if (!added.ok()) {
        finish(Result<records::Shift>(added));
        return;
    }
    finish(Result<records::Shift>(m_services.shifts.find(m_shift.id).value_or(m_shift)));
}

} // namespace vigie::widgets
