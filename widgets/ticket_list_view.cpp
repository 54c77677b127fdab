#include "widgets/ticket_list_view.h"

#include "core/access/auth_service.h"
#include "core/verbalisation/natinf_catalogue.h"
#include "core/verbalisation/offence_choice.h"
#include "core/verbalisation/ticket_export.h"
#include "widgets/theme.h"
#include "widgets/ticket_dialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigie::widgets {

using verbalisation::Ticket;
using verbalisation::TicketState;

namespace {

constexpr int kDefaultDays = 7; // the list opens on the last week

enum Column { Number, Captured, Camera, Plate, Offence, Agent, State, ColumnCount };

} // namespace

TicketListView::TicketListView(verbalisation::TicketService &tickets,
                               const verbalisation::NatinfCatalogue &catalogue,
                               const access::User &user, QString dataDir, QString workstation,
                               QWidget *parent)
    : QDialog(parent), m_service(tickets), m_catalogue(catalogue),
      m_user(std::make_unique<access::User>(user)), m_dataDir(std::move(dataDir)),
      m_workstation(std::move(workstation))
{
    setWindowTitle(tr("Video-verbalisation tickets"));
    resize(1280, 760);

    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->addItem(tr("All states"), QString());
    for (TicketState state : { TicketState::Draft, TicketState::Validated, TicketState::Exported,
                               TicketState::Sent, TicketState::Cancelled })
        m_state->addItem(verbalisation::ticketStateLabel(state),
                         verbalisation::ticketStateCode(state));
    m_agent = new QLineEdit(this);
    m_agent->setObjectName(QStringLiteral("agentFilter"));
    m_agent->setPlaceholderText(tr("login"));
    m_camera = new QSpinBox(this);
    m_camera->setObjectName(QStringLiteral("cameraFilter"));
    m_camera->setRange(0, 99999);
    m_camera->setSpecialValueText(tr("all"));
    m_offence = new QLineEdit(this);
    m_offence->setObjectName(QStringLiteral("offenceFilter"));
    m_offence->setPlaceholderText(tr("NATINF code"));
    m_from = new QDateEdit(QDate::currentDate().addDays(-kDefaultDays + 1), this);
    m_from->setObjectName(QStringLiteral("fromFilter"));
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("toFilter"));
    for (QDateEdit *date : { m_from, m_to }) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }

    auto *filters = new QHBoxLayout;
    const QList<QPair<QString, QWidget *>> fields {
        { tr("&State"), m_state },     { tr("A&gent"), m_agent }, { tr("&Camera"), m_camera },
        { tr("&Offence"), m_offence }, { tr("&From"), m_from },   { tr("&To"), m_to },
    };
    for (const auto &[text, field] : fields) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
    }
    filters->addStretch(1);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("tickets"));
    m_table->setHorizontalHeaderLabels({ tr("Number"), tr("Seen live"), tr("Camera"), tr("Plate"),
                                         tr("Offence"), tr("Agent"), tr("State") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { openCurrent(); });

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("ticketCounts"));
    m_counts->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("ticketListMessage"));
    m_message->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    const QList<QPair<QString, std::function<void()>>> actions {
        { tr("&Open (Enter)"),
          [this] {
              openCurrent();
          } },
        { tr("Ca&ncel the ticket…"),
          [this] {
              askCancel();
          } },
        { tr("Export &JSON…"),
          [this] {
              askExport(QStringLiteral("json"));
          } },
        { tr("Export &PDF…"),
          [this] {
              askExport(QStringLiteral("pdf"));
          } },
        { tr("&Mark sent…"),
          [this] {
              askMarkSent();
          } },
    };
    for (const auto &[text, act] : actions) {
        QPushButton *button = buttons->addButton(text, QDialogButtonBox::ActionRole);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, act);
    }
    // Enter in a filter field applies it; it never closes the list.
    buttons->addButton(tr("Close (Esc)"), QDialogButtonBox::RejectRole)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_counts);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_state, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_agent, &QLineEdit::editingFinished, this, [this] { refresh(); });
    connect(m_offence, &QLineEdit::editingFinished, this, [this] { refresh(); });
    connect(m_camera, &QSpinBox::valueChanged, this, [this] { refresh(); });
    connect(m_from, &QDateEdit::dateChanged, this, [this] { refresh(); });
    connect(m_to, &QDateEdit::dateChanged, this, [this] { refresh(); });
    refresh();
    m_table->setFocus(Qt::OtherFocusReason);
}

TicketListView::~TicketListView() = default;

verbalisation::TicketFilter TicketListView::filter() const
{
    verbalisation::TicketFilter f;
    f.state = verbalisation::ticketStateFromCode(m_state->currentData().toString());
    f.agentLogin = m_agent->text().trimmed();
    f.cameraNumber = m_camera->value();
    f.natinfCode = m_offence->text().trimmed();
    f.from = m_from->date().startOfDay();
    f.to = m_to->date().addDays(1).startOfDay(); // the whole last day
    return f;
}

void TicketListView::setFilter(const verbalisation::TicketFilter &f)
{
    m_settingFilter = true;
    m_state->setCurrentIndex(f.state ? m_state->findData(verbalisation::ticketStateCode(*f.state))
                                     : 0);
    m_agent->setText(f.agentLogin);
    m_camera->setValue(f.cameraNumber);
    m_offence->setText(f.natinfCode);
    if (f.from.isValid())
        m_from->setDate(f.from.date());
    if (f.to.isValid())
        m_to->setDate(f.to.date());
    m_settingFilter = false;
    refresh();
}

void TicketListView::refresh()
{
    if (m_settingFilter)
        return;
    const std::optional<Ticket> selected = current();
    const verbalisation::TicketFilter f = filter();
    Result<QList<Ticket>> listed = m_service.list(*m_user, f);
    if (!listed.ok()) {
        m_shown.clear();
        m_table->setRowCount(0);
        m_counts->clear();
        (void)report(listed.status(), QString());
        return;
    }
    m_shown = listed.take();
    m_table->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const Ticket &t = m_shown[row];
        const QStringList cells {
            t.number,
            t.capturedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")),
            QStringLiteral("%1").arg(t.cameraNumber, 3, 10, QLatin1Char('0')),
            t.plate,
            t.natinfCode.isEmpty() ? QString() : t.natinfCode + QStringLiteral(" ") + t.natinfLabel,
            t.agentName.isEmpty() ? t.agentLogin : t.agentName,
            verbalisation::ticketStateLabel(t.state),
        };
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        if (selected && selected->id == t.id)
            m_table->selectRow(row);
    }
    if (m_table->currentRow() < 0 && !m_shown.isEmpty())
        m_table->selectRow(0);
    // Room for the focused cell's frame: a ticket number is never cut.
    m_table->resizeColumnsToContents();
    for (int column = 0; column < ColumnCount - 1; ++column)
        m_table->setColumnWidth(column, m_table->columnWidth(column) + 16);

    const Result<QList<verbalisation::TicketDayCount>> counts = m_service.countsPerDay(*m_user, f);
    QStringList days;
    int total = 0;
    if (counts.ok()) {
        for (const verbalisation::TicketDayCount &day : counts.value()) {
            days << tr("%1: %2").arg(day.day.toString(QStringLiteral("dd/MM")),
                                     QString::number(day.count));
            total += day.count;
        }
    }
    m_counts->setText(days.isEmpty() ? tr("No ticket in these dates.")
                                     : tr("%n ticket(s) — per day: %1", nullptr, total)
                                           .arg(days.join(QStringLiteral(" · "))));
}

QString TicketListView::countsText() const
{
    return m_counts->text();
}

QString TicketListView::message() const
{
    return m_message->text();
}

std::optional<Ticket> TicketListView::current() const
{
    const int row = m_table ? m_table->currentRow() : -1;
    if (row < 0 || row >= m_shown.size())
        return std::nullopt;
    return m_shown[row];
}

Status TicketListView::report(const Status &status, const QString &done)
{
    m_message->setText(status.ok() ? done : status.error());
    m_message->setStyleSheet(
        QStringLiteral("color: %1").arg((status.ok() ? colors::live : colors::lost).name()));
    return status;
}

Status TicketListView::cancelCurrent(const QString &reason)
{
    const auto ticket = current();
    if (!ticket)
        return report(Status::failure(tr("Select a ticket first.")), QString());
    const Result<Ticket> cancelled = m_service.cancel(*m_user, ticket->id, reason);
    if (cancelled.ok())
        refresh();
    return report(cancelled.status(), tr("Ticket %1 cancelled.").arg(ticket->number));
}

Status TicketListView::exportCurrent(const QString &path, const QString &format)
{
    const auto ticket = current();
    if (!ticket)
        return report(Status::failure(tr("Select a ticket first.")), QString());
    // Core checks the right and the state before any file is written, and journals the export
    // with the file's hash.
    const Result<verbalisation::ExportedTickets> written = verbalisation::TicketExport::write(
        m_service, *m_user, { ticket->id }, format, path, m_dataDir, m_workstation,
        QDateTime::currentDateTime());
    if (!written.ok())
        return report(written.status(), QString());
    refresh();
    return report(Status::success(),
                  tr("Ticket %1 exported to %2 (SHA-256 %3).")
                      .arg(ticket->number, QDir::toNativeSeparators(written.value().files.value(0)),
                           written.value().sha256.value(0)));
}

Status TicketListView::markSentCurrent(const QString &messageId)
{
    const auto ticket = current();
    if (!ticket)
        return report(Status::failure(tr("Select a ticket first.")), QString());
    const Result<Ticket> sent = m_service.markSent(*m_user, ticket->id, messageId);
    if (sent.ok())
        refresh();
    return report(sent.status(),
                  tr("Ticket %1 marked sent (message %2).").arg(ticket->number, messageId));
}

void TicketListView::openCurrent()
{
    const auto ticket = current();
    if (!ticket)
        return;
    TicketDialogContext context;
    context.heading
        = tr("Ticket %1 — camera %2 — seen live on %3")
              .arg(ticket->number)
              .arg(ticket->cameraNumber, 3, 10, QLatin1Char('0'))
              .arg(ticket->capturedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss t")));
    context.placeLine = tr("%1 — INSEE %2").arg(ticket->place, ticket->inseeCode);
    context.clockLine = ticket->clockDetail;
    for (const verbalisation::TicketFrame &frame : ticket->frames)
        context.frames.append(QImage(m_service.framePath(frame)));
    context.offences
        = verbalisation::offencesFor(*m_user, m_catalogue.offences(), ticket->capturedAt.date());
    context.matricule = m_user->matricule;
    TicketDialogActions actions;
    const access::User user = *m_user;
    actions.save = [this, user](const QString &id, const verbalisation::TicketInput &input) {
        return m_service.updateDraft(user, id, input);
    };
    actions.validate
        = [this, user](const QString &id, const QString &matricule, const QString &service) {
              return m_service.validate(user, id, matricule, service);
          };
    actions.warnings = [this, ticket](const verbalisation::TicketInput &input) {
        Ticket typed = *ticket;
        const auto plate = verbalisation::PlateRules::normalise(input.plate, input.country);
        typed.plate = plate.ok() ? plate.value().text : QString();
        return m_service.warnings(typed);
    };
    TicketDialog dialog(context, actions, ticket, this);
    dialog.exec();
    refresh();
}

void TicketListView::askCancel()
{
    const auto ticket = current();
    if (!ticket)
        return;
    bool ok = false;
    const QString reason
        = QInputDialog::getText(this, tr("Cancel ticket %1").arg(ticket->number),
                                tr("Why is the ticket cancelled? (kept in the register)"),
                                QLineEdit::Normal, QString(), &ok);
    if (ok)
        (void)cancelCurrent(reason);
}

void TicketListView::askExport(const QString &format)
{
    const auto ticket = current();
    if (!ticket)
        return;
    const QString suggested = QDir(m_dataDir).filePath(
        QStringLiteral("exports/%1.%2").arg(tr("ticket-%1").arg(ticket->number), format));
    QDir().mkpath(QFileInfo(suggested).absolutePath());
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export ticket %1").arg(ticket->number), suggested);
    if (!path.isEmpty())
        (void)exportCurrent(path, format);
}

void TicketListView::askMarkSent()
{
    const auto ticket = current();
    if (!ticket)
        return;
    bool ok = false;
    const QString id = QInputDialog::getText(this, tr("Ticket %1 sent").arg(ticket->number),
                                             tr("Message id given by the PVe chain:"),
                                             QLineEdit::Normal, QString(), &ok);
    if (ok)
        (void)markSentCurrent(id.trimmed());
}

bool TicketListView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace vigie::widgets
