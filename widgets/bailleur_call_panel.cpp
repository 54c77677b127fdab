#include "widgets/bailleur_call_panel.h"

#include "widgets/bailleur_ui.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vigie::widgets {

namespace {

// A choice of an enum's values, each shown in the operator's language.
template <typename E>
QComboBox *choices(QWidget *parent, const QString &name, std::initializer_list<E> values,
                   QString (*label)(E))
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    for (E value : values)
        box->addItem(label(value), int(value));
    return box;
}

template <typename E> void choose(QComboBox *box, E value)
{
    box->setCurrentIndex(qMax(0, box->findData(int(value))));
}

QString partyText(const records::CallParty &party)
{
    QStringList parts;
    for (const QString &part : { party.name, party.service, party.matricule }) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

BailleurCallPanel::BailleurCallPanel(Backend backend, const QDateTime &now, QWidget *parent)
    : QDialog(parent), m_backend(std::move(backend))
{
    setWindowTitle(tr("Bailleur calls"));
    setObjectName(QStringLiteral("bailleurCallPanel"));
    resize(900, 640);

    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("callNumber"));
    m_number->setPlaceholderText(tr("Call-back number"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("callName"));
    m_name->setPlaceholderText(tr("Name: the last callers and the landlords' contacts are "
                                  "suggested"));
    m_service = new QLineEdit(this);
    m_service->setObjectName(QStringLiteral("callService"));
    m_matricule = new QLineEdit(this);
    m_matricule->setObjectName(QStringLiteral("callMatricule"));
    using namespace records;
    m_direction = choices(this, QStringLiteral("callDirection"),
                          { CallDirection::In, CallDirection::Out }, &directionLabel);
    m_channel = choices(this, QStringLiteral("callChannel"),
                        { CallChannel::Phone, CallChannel::Radio, CallChannel::LandlordAlert },
                        &channelLabel);
    m_outcome = choices(this, QStringLiteral("callOutcome"),
                        { CallOutcome::Answered, CallOutcome::Unanswered, CallOutcome::Refused },
                        &outcomeLabel);
    // The time the key was pressed: the call is happening, or has just happened.
    // Shown and typed as the centre's clock reads; read back in the register clock's zone.
    m_zone = now.timeZone();
    m_time = new QDateTimeEdit(QDateTime(now.date(), now.time()), this);
    m_time->setObjectName(QStringLiteral("callTime"));
    m_time->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm:ss"));

    auto *form = new QFormLayout;
    auto row = [&](const QString &label, QWidget *field) {
        addLabelledRow(form, label, field);
    };
    row(tr("&Number"), m_number);
    row(tr("N&ame"), m_name);
    row(tr("&Service"), m_service);
    row(tr("&Matricule"), m_matricule);
    row(tr("&Direction"), m_direction);
    row(tr("&Channel"), m_channel);
    row(tr("&Outcome"), m_outcome);
    row(tr("&Time"), m_time);

    // Shown only while a call is being corrected.
    m_correctionLabel = new QLabel(this);
    m_correctionLabel->setObjectName(QStringLiteral("emptyState"));
    m_correctionLabel->setWordWrap(true);
    m_correctionReason = new QLineEdit(this);
    m_correctionReason->setObjectName(QStringLiteral("correctionReason"));
    m_correctionReason->setPlaceholderText(tr("Why the entry is corrected (required)"));
    form->addRow(m_correctionLabel, m_correctionReason);
    m_correctionLabel->hide();
    m_correctionReason->hide();

    m_error = errorLine(this);
    auto *hint = new QLabel(tr("Enter saves the call, Ctrl+Enter saves it and opens its request; "
                               "Escape closes without saving."),
                            this);
    hint->setObjectName(QStringLiteral("emptyState"));
    hint->setWordWrap(true);

    m_recent = new QTreeWidget(this);
    m_recent->setObjectName(QStringLiteral("recentCalls"));
    m_recent->setRootIsDecorated(false);
    m_recent->setHeaderLabels(
        { tr("Time"), tr("Direction"), tr("Outcome"), tr("Who"), tr("Number"), tr("Notes") });
    m_recent->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_recent->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *saveButton = buttons->addButton(tr("Save (Enter)"), QDialogButtonBox::AcceptRole);
    QPushButton *request = buttons->addButton(tr("Request of the selected call (Ctrl+R)"),
                                              QDialogButtonBox::ActionRole);
    QPushButton *addendum = buttons->addButton(tr("Correct the selected call (Ctrl+E)"),
                                               QDialogButtonBox::ActionRole);
    buttons->addButton(tr("Close (Esc)"), QDialogButtonBox::RejectRole);
    for (QPushButton *b : { saveButton, request, addendum })
        b->setAutoDefault(false);
    connect(saveButton, &QPushButton::clicked, this, [this] { save(false); });
    connect(request, &QPushButton::clicked, this, &BailleurCallPanel::requestSelected);
    connect(addendum, &QPushButton::clicked, this, &BailleurCallPanel::startCorrection);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(new QLabel(tr("Recent calls"), this));
    layout->addWidget(m_recent, 1);
    layout->addWidget(buttons);

    // Suggestions as the number or the name is typed; picking one fills the caller's fields.
    m_suggestions = new QStandardItemModel(this);
    m_completer = new QCompleter(m_suggestions, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->popup()->setObjectName(QStringLiteral("callSuggestions"));
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { applySuggestion(index.row()); });
    for (QLineEdit *field : { m_number, m_name }) {
        connect(field, &QLineEdit::textEdited, this, [this, field](const QString &text) {
            m_completer->setWidget(field);
            suggest(text);
        });
    }

    for (QWidget *w : std::initializer_list<QWidget *> { m_number, m_name, m_service, m_matricule,
                                                         m_direction, m_channel, m_outcome, m_time,
                                                         m_correctionReason, m_recent })
        w->installEventFilter(this);
    setTabOrder(m_number, m_name);
    setTabOrder(m_name, m_service);
    setTabOrder(m_service, m_matricule);
    setTabOrder(m_matricule, m_direction);
    setTabOrder(m_direction, m_channel);
    setTabOrder(m_channel, m_outcome);
    setTabOrder(m_outcome, m_time);
    setTabOrder(m_time, m_correctionReason);
    setTabOrder(m_correctionReason, m_recent);
    refreshRecent();
    m_number->setFocus(Qt::OtherFocusReason);
}

records::BailleurCall BailleurCallPanel::call() const
{
    records::BailleurCall c;
    const QDateTime typed = m_time->dateTime();
    c.at = QDateTime(typed.date(), typed.time(), m_zone);
    c.direction = records::CallDirection(m_direction->currentData().toInt());
    c.channel = records::CallChannel(m_channel->currentData().toInt());
    c.outcome = records::CallOutcome(m_outcome->currentData().toInt());
    c.party.number = m_number->text().trimmed();
    c.party.name = m_name->text().trimmed();
    c.party.service = m_service->text().trimmed();
    c.party.matricule = m_matricule->text().trimmed();
    return c;
}

QString BailleurCallPanel::errorText() const
{
    return m_error->text();
}

void BailleurCallPanel::refreshRecent()
{
    m_recent->clear();
    if (!m_backend.recent)
        return;
    for (const records::BailleurCall &c : m_backend.recent()) {
        QStringList notes;
        if (!c.corrects.isEmpty())
            notes.append(tr("Correction: %1").arg(c.correctionReason));
        if (c.source == records::CallSource::Exchange)
            notes.append(tr("from the telephone exchange"));
        if (!c.note.isEmpty())
            notes.append(c.note);
        auto *item = new QTreeWidgetItem(
            m_recent,
            { QLocale().toString(c.at, QStringLiteral("dd/MM HH:mm:ss")),
              records::directionLabel(c.direction), records::outcomeLabel(c.outcome),
              partyText(c.party), c.party.number, notes.join(QStringLiteral(" — ")) });
        item->setData(0, Qt::UserRole, c.id);
    }
}

void BailleurCallPanel::suggest(const QString &prefix)
{
    m_suggestions->clear();
    m_suggested.clear();
    if (prefix.trimmed().size() < 2 || !m_backend.suggest) {
        m_completer->popup()->hide();
        return;
    }
    m_suggested = m_backend.suggest(prefix.trimmed());
    for (const records::CallSuggestion &s : std::as_const(m_suggested)) {
        QString text = partyText(s.party);
        if (!s.party.number.isEmpty())
            text += QStringLiteral(" — ") + s.party.number;
        const QString origin = s.fromConvention ? tr("contact of %1").arg(s.landlord)
                                                : tr("recent caller, %1").arg(s.landlord);
        text += QStringLiteral("  (%1)").arg(origin);
        m_suggestions->appendRow(new QStandardItem(text));
    }
    if (m_suggested.isEmpty())
        m_completer->popup()->hide();
    else
        m_completer->complete();
}

void BailleurCallPanel::applySuggestion(int row)
{
    if (row < 0 || row >= m_suggested.size())
        return;
    const records::CallParty party = m_suggested[row].party;
    m_name->setText(party.name);
    m_service->setText(party.service);
    m_matricule->setText(party.matricule);
    if (!party.number.isEmpty())
        m_number->setText(party.number);
    // The caller is known: what is left to say is how the call went.
    m_outcome->setFocus(Qt::OtherFocusReason);
}

void BailleurCallPanel::save(bool thenRequest)
{
    Result<records::BailleurCall> saved = Status::failure(tr("The call log is not available."));
    if (m_correcting.isEmpty() && m_backend.log) {
        saved = m_backend.log(call());
    } else if (!m_correcting.isEmpty() && m_backend.correct) {
        const QString reason = m_correctionReason->text().trimmed();
        if (reason.isEmpty()) {
            m_error->setText(tr("Say why the entry is corrected: the original stays in the "
                                "register beside the correction."));
            m_correctionReason->setFocus(Qt::OtherFocusReason);
            return;
        }
        saved = m_backend.correct(m_correcting, call(), reason);
    }
    if (!saved.ok()) {
        // Nothing typed is lost: the form stays as it was, with core's reason.
        m_error->setText(saved.error());
        return;
    }
    m_savedId = saved.value().id;
    m_requestWanted = thenRequest;
    m_requestCallId = thenRequest ? m_savedId : QString();
    accept();
}

void BailleurCallPanel::requestSelected()
{
    const QTreeWidgetItem *item = m_recent->currentItem();
    if (!item) {
        m_error->setText(tr("Select a call in the list first (Tab to the list, then the arrows)."));
        return;
    }
    m_requestWanted = true;
    m_requestCallId = item->data(0, Qt::UserRole).toString();
    accept();
}

void BailleurCallPanel::startCorrection()
{
    const QTreeWidgetItem *item = m_recent->currentItem();
    const auto calls = m_backend.recent ? m_backend.recent() : QList<records::BailleurCall>();
    const QString id = item ? item->data(0, Qt::UserRole).toString() : QString();
    const auto found = std::find_if(calls.cbegin(), calls.cend(),
                                    [&](const records::BailleurCall &c) { return c.id == id; });
    if (found == calls.cend()) {
        m_error->setText(tr("Select a call in the list first (Tab to the list, then the arrows)."));
        return;
    }
    // A correction of a correction corrects the original entry.
    m_correcting = found->corrects.isEmpty() ? found->id : found->corrects;
    const QDateTime at = found->at.toTimeZone(m_zone);
    m_time->setDateTime(QDateTime(at.date(), at.time()));
    choose(m_direction, found->direction);
    choose(m_channel, found->channel);
    choose(m_outcome, found->outcome);
    m_number->setText(found->party.number);
    m_name->setText(found->party.name);
    m_service->setText(found->party.service);
    m_matricule->setText(found->party.matricule);
    m_correctionLabel->setText(
        tr("Correcting the call of %1:")
            .arg(QLocale().toString(found->at, QStringLiteral("dd/MM HH:mm"))));
    m_correctionLabel->show();
    m_correctionReason->show();
    m_error->clear();
    m_number->setFocus(Qt::OtherFocusReason);
}

bool BailleurCallPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool ctrl = key->modifiers() & Qt::ControlModifier;
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (ctrl && key->key() == Qt::Key_R) {
        requestSelected();
        return true;
    }
    if (ctrl && key->key() == Qt::Key_E) {
        startCorrection();
        return true;
    }
    if (enter && watched != m_recent) {
        save(ctrl);
        return true;
    }
    if (enter && watched == m_recent && ctrl) {
        requestSelected();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace vigie::widgets
