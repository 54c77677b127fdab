#include "widgets/bailleur_request_dialog.h"

#include "widgets/bailleur_ui.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vigie::widgets {

BailleurRequestDialog::BailleurRequestDialog(const QList<records::Convention> &conventions,
                                             const records::BailleurRequest &prefilled,
                                             const QString &heading,
                                             const QList<IncidentChoice> &incidents,
                                             const QHash<int, QString> &cameraNames,
                                             Backend backend, QWidget *parent)
    : QDialog(parent), m_conventions(conventions), m_prefilled(prefilled),
      m_cameraNames(cameraNames), m_backend(std::move(backend))
{
    setWindowTitle(tr("Bailleur request"));
    setObjectName(QStringLiteral("bailleurRequestDialog"));
    resize(820, 720);

    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(heading.toHtmlEscaped()), this);
    title->setWordWrap(true);
    m_convention = new QComboBox(this);
    m_convention->setObjectName(QStringLiteral("requestConvention"));
    for (const records::Convention &c : std::as_const(m_conventions))
        m_convention->addItem(QStringLiteral("%1 — %2").arg(c.landlord, c.reference), c.reference);
    m_conventionInfo = new QLabel(this);
    m_conventionInfo->setWordWrap(true);
    m_situations = new QListWidget(this);
    m_situations->setObjectName(QStringLiteral("requestSituations"));
    m_situations->setMaximumHeight(130);
    m_incident = new QComboBox(this);
    m_incident->setObjectName(QStringLiteral("requestIncident"));
    m_incident->addItem(tr("(no incident)"), QString());
    for (const IncidentChoice &i : incidents)
        m_incident->addItem(i.label, i.id);
    m_incident->setCurrentIndex(qMax(0, m_incident->findData(prefilled.incidentId)));
    m_intervention = new QLineEdit(prefilled.intervention, this);
    m_intervention->setObjectName(QStringLiteral("requestIntervention"));
    m_intervention->setPlaceholderText(tr("The intervention it serves: crew, address"));
    m_building = new QComboBox(this);
    m_building->setObjectName(QStringLiteral("requestBuilding"));
    m_cameras = new QListWidget(this);
    m_cameras->setObjectName(QStringLiteral("requestCameras"));
    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("requestDuration"));
    m_duration->setSuffix(tr(" min"));
    m_refusal = new QLineEdit(this);
    m_refusal->setObjectName(QStringLiteral("requestRefusal"));
    m_refusal->setPlaceholderText(tr("Only to refuse: why"));
    m_error = errorLine(this);

    auto *form = new QFormLayout;
    auto row = [&](const QString &label, QWidget *field) {
        addLabelledRow(form, label, field);
    };
    row(tr("&Convention"), m_convention);
    form->addRow(QString(), m_conventionInfo);
    row(tr("&Situation (digit)"), m_situations);
    row(tr("&Incident"), m_incident);
    row(tr("Inter&vention"), m_intervention);
    row(tr("&Building"), m_building);
    row(tr("C&ameras (Space ticks)"), m_cameras);
    row(tr("&Duration asked"), m_duration);
    row(tr("&Reason of a refusal"), m_refusal);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *accept = buttons->addButton(tr("Accept and open the session (Ctrl+Enter)"),
                                             QDialogButtonBox::ActionRole);
    QPushButton *refuse
        = buttons->addButton(tr("Refuse (Ctrl+Shift+Enter)"), QDialogButtonBox::ActionRole);
    buttons->addButton(tr("Close (Esc)"), QDialogButtonBox::RejectRole);
    for (QPushButton *b : { accept, refuse })
        b->setAutoDefault(false);
    connect(accept, &QPushButton::clicked, this, &BailleurRequestDialog::acceptRequest);
    connect(refuse, &QPushButton::clicked, this, &BailleurRequestDialog::refuseRequest);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_convention, &QComboBox::currentIndexChanged, this,
            &BailleurRequestDialog::showConvention);
    connect(m_building, &QComboBox::currentIndexChanged, this,
            &BailleurRequestDialog::showBuilding);
    for (QWidget *w :
         std::initializer_list<QWidget *> { m_convention, m_situations, m_incident, m_intervention,
                                            m_building, m_cameras, m_duration, m_refusal })
        w->installEventFilter(this);

    int first = qMax(0, m_convention->findData(prefilled.convention));
    m_convention->setCurrentIndex(first);
    showConvention(first);
    m_situations->setFocus(Qt::OtherFocusReason);
}

void BailleurRequestDialog::showConvention(int index)
{
    m_situations->clear();
    m_building->clear();
    m_cameras->clear();
    if (index < 0 || index >= m_conventions.size()) {
        m_conventionInfo->setText(tr("No convention: no landlord's camera may be viewed."));
        return;
    }
    const records::Convention &c = m_conventions[index];
    m_conventionInfo->setText(tr("Approved by the préfet on %1, in force until %2; sessions of "
                                 "%n minute(s) at most.",
                                 nullptr, c.maxSession_min)
                                  .arg(QLocale().toString(c.approvedOn, QLocale::ShortFormat),
                                       QLocale().toString(c.expiresOn, QLocale::ShortFormat)));
    // Only the situations this convention allows are offered (core checks them again).
    for (int i = 0; i < c.situations.size(); ++i) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  %2").arg(i + 1).arg(records::situationLabel(c.situations[i])),
            m_situations);
        item->setData(Qt::UserRole, c.situations[i]);
        if (c.situations[i] == m_prefilled.situation)
            m_situations->setCurrentItem(item);
    }
    if (!m_situations->currentItem() && m_situations->count() == 1)
        m_situations->setCurrentRow(0);
    m_building->addItem(tr("Every building of the convention"), QString());
    for (const records::ConventionBuilding &b : c.buildings)
        m_building->addItem(b.address.isEmpty() ? b.name : tr("%1, %2").arg(b.name, b.address),
                            b.name);
    m_building->setCurrentIndex(qMax(0, m_building->findData(m_prefilled.building)));
    m_duration->setRange(1, qMax(1, c.maxSession_min));
    m_duration->setValue(m_prefilled.asked_min > 0 ? qMin(m_prefilled.asked_min, c.maxSession_min)
                                                   : c.maxSession_min);
    showBuilding(m_building->currentIndex());
}

void BailleurRequestDialog::showBuilding(int index)
{
    m_cameras->clear();
    const int conventionIndex = m_convention->currentIndex();
    if (conventionIndex < 0 || conventionIndex >= m_conventions.size() || index < 0)
        return;
    const records::Convention &c = m_conventions[conventionIndex];
    const QString building = m_building->itemData(index).toString();
    QList<int> cameras;
    for (const records::ConventionBuilding &b : c.buildings) {
        if (building.isEmpty() || b.name == building) {
            for (int n : b.cameras) {
                if (!cameras.contains(n))
                    cameras.append(n);
            }
        }
    }
    // The building's cameras ticked: what the landlord usually asks for; the operator unticks.
    for (int n : std::as_const(cameras)) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  %2").arg(n, 3, 10, QLatin1Char('0')).arg(m_cameraNames.value(n)),
            m_cameras);
        item->setData(Qt::UserRole, n);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool asked
            = m_prefilled.cameras.isEmpty() ? !building.isEmpty() : m_prefilled.cameras.contains(n);
        item->setCheckState(asked ? Qt::Checked : Qt::Unchecked);
    }
}

records::BailleurRequest BailleurRequestDialog::request() const
{
    records::BailleurRequest r = m_prefilled;
    r.id.clear();
    r.convention = m_convention->currentData().toString();
    r.situation = m_situations->currentItem()
        ? m_situations->currentItem()->data(Qt::UserRole).toString()
        : QString();
    r.incidentId = m_incident->currentData().toString();
    r.intervention = m_intervention->text().trimmed();
    r.building = m_building->currentData().toString();
    r.cameras.clear();
    for (int i = 0; i < m_cameras->count(); ++i) {
        if (m_cameras->item(i)->checkState() == Qt::Checked)
            r.cameras.append(m_cameras->item(i)->data(Qt::UserRole).toInt());
    }
    r.asked_min = m_duration->value();
    return r;
}

QString BailleurRequestDialog::errorText() const
{
    return m_error->text();
}

bool BailleurRequestDialog::recordOnce()
{
    if (!m_requestId.isEmpty())
        return true;
    const records::BailleurRequest asked = request();
    if (asked.situation.isEmpty()) {
        m_error->setText(tr("Choose the situation the landlord invokes (its digit)."));
        m_situations->setFocus(Qt::OtherFocusReason);
        return false;
    }
    if (asked.cameras.isEmpty()) {
        m_error->setText(tr("Tick at least one camera (Space in the list)."));
        m_cameras->setFocus(Qt::OtherFocusReason);
        return false;
    }
    const auto recorded = m_backend.record(asked);
    if (!recorded.ok()) {
        // Core refused it, and recorded the refusal: say why; another try is a new request.
        m_error->setText(recorded.error());
        return false;
    }
    m_requestId = recorded.value().id;
    // Recorded as typed: what is decided now is this request, not another.
    for (QWidget *w :
         std::initializer_list<QWidget *> { m_convention, m_situations, m_incident, m_intervention,
                                            m_building, m_cameras, m_duration })
        w->setEnabled(false);
    return true;
}

void BailleurRequestDialog::acceptRequest()
{
    if (!recordOnce())
        return;
    const auto opened = m_backend.accept(m_requestId);
    if (!opened.ok()) {
        m_error->setText(opened.error());
        return;
    }
    m_session = opened.value();
    accept();
}

void BailleurRequestDialog::refuseRequest()
{
    const QString reason = m_refusal->text().trimmed();
    if (reason.isEmpty()) {
        m_error->setText(tr("Type why the request is refused: the refusal goes into the "
                            "register with its reason."));
        m_refusal->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!recordOnce())
        return;
    const Status refused = m_backend.refuse(m_requestId, reason);
    if (!refused.ok()) {
        m_error->setText(refused.error());
        return;
    }
    m_refused = true;
    accept();
}

bool BailleurRequestDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool ctrl = key->modifiers() & Qt::ControlModifier;
    const bool shift = key->modifiers() & Qt::ShiftModifier;
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (enter && ctrl) {
        if (shift)
            refuseRequest();
        else
            acceptRequest();
        return true;
    }
    if (watched == m_situations && key->key() >= Qt::Key_1 && key->key() <= Qt::Key_9) {
        const int row = key->key() - Qt::Key_1;
        if (row < m_situations->count())
            m_situations->setCurrentRow(row);
        return true;
    }
    // Enter moves on, as in the other forms; only Ctrl+Enter decides.
    if (enter && !shift) {
        focusNextChild();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace vigie::widgets
