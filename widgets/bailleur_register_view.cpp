#include "widgets/bailleur_register_view.h"

#include "widgets/bailleur_ui.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace vigie::widgets {

namespace {

QString camerasText(const QList<int> &cameras)
{
    QStringList numbers;
    for (int n : cameras)
        numbers.append(QString::number(n));
    return numbers.join(QStringLiteral(", "));
}

struct Line
{
    QDateTime at;
    QString kind;
    QString convention;
    QString details;
    QString by;
};

} // namespace

BailleurRegisterView::BailleurRegisterView(Backend backend, const QDate &today, QWidget *parent)
    : QDialog(parent), m_backend(std::move(backend))
{
    setWindowTitle(tr("Bailleur camera access register"));
    setObjectName(QStringLiteral("bailleurRegisterView"));
    resize(1200, 820);
    m_conventions = m_backend.conventions ? m_backend.conventions() : QList<records::Convention>();

    m_pathChooser = [this](const QString &format, const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Export the register"), suggested,
                                            format == QLatin1String("pdf") ? tr("PDF (*.pdf)")
                                                                           : tr("CSV (*.csv)"));
    };

    m_expiry = new QLabel(this);
    m_expiry->setObjectName(QStringLiteral("loginError"));
    m_expiry->setWordWrap(true);
    m_from = new QDateEdit(QDate(today.year(), today.month(), 1), this);
    m_from->setObjectName(QStringLiteral("registerFrom"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("registerTo"));
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    auto *show = new QPushButton(tr("&Show"), this);
    connect(show, &QPushButton::clicked, this, &BailleurRegisterView::showPeriod);

    m_entries = new QTreeWidget(this);
    m_entries->setObjectName(QStringLiteral("registerEntries"));
    m_entries->setRootIsDecorated(false);
    m_entries->setHeaderLabels(
        { tr("Time"), tr("Entry"), tr("Landlord"), tr("By"), tr("Details") });
    m_entries->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_entries->header()->setStretchLastSection(true);
    m_totals = new QTreeWidget(this);
    m_totals->setObjectName(QStringLiteral("registerTotals"));
    m_totals->setRootIsDecorated(false);
    m_totals->setHeaderLabels({ tr("Month"), tr("Landlord"), tr("Calls"), tr("Unanswered"),
                                tr("Requests"), tr("Sessions"), tr("Viewing time"),
                                tr("Refusals") });
    m_totals->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_totals->setMaximumHeight(180);
    m_visas = new QLabel(this);
    m_visas->setObjectName(QStringLiteral("registerVisas"));
    m_visas->setWordWrap(true);
    m_remark = new QLineEdit(this);
    m_remark->setObjectName(QStringLiteral("visaRemark"));
    m_remark->setPlaceholderText(tr("The supervisor's remark on the period (optional)"));
    auto *visa = new QPushButton(tr("Review and &visa the period"), this);
    connect(visa, &QPushButton::clicked, this, &BailleurRegisterView::giveVisa);
    m_landlord = new QComboBox(this);
    m_landlord->setObjectName(QStringLiteral("csvLandlord"));
    m_landlord->addItem(tr("Every landlord"), QString());
    for (const records::Convention &c : std::as_const(m_conventions))
        m_landlord->addItem(QStringLiteral("%1 — %2").arg(c.landlord, c.reference), c.reference);
    auto *pdf = new QPushButton(tr("Export &PDF (authorities)"), this);
    auto *csv = new QPushButton(tr("Export &CSV (landlord)"), this);
    connect(pdf, &QPushButton::clicked, this, [this] { exportRegister(QStringLiteral("pdf")); });
    connect(csv, &QPushButton::clicked, this, [this] { exportRegister(QStringLiteral("csv")); });
    auto *close = new QPushButton(tr("Close (Esc)"), this);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("emptyState"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *period = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To (included)"), this);
    toLabel->setBuddy(m_to);
    period->addWidget(fromLabel);
    period->addWidget(m_from);
    period->addWidget(toLabel);
    period->addWidget(m_to);
    period->addWidget(show);
    period->addStretch(1);
    auto *review = new QHBoxLayout;
    review->addWidget(m_remark, 1);
    review->addWidget(visa);
    auto *exports = new QHBoxLayout;
    exports->addWidget(pdf);
    exports->addWidget(m_landlord);
    exports->addWidget(csv);
    exports->addStretch(1);
    exports->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_expiry);
    layout->addLayout(period);
    layout->addWidget(m_entries, 1);
    layout->addWidget(new QLabel(tr("Totals per month and per landlord"), this));
    layout->addWidget(m_totals);
    layout->addWidget(m_visas);
    layout->addLayout(review);
    layout->addLayout(exports);
    layout->addWidget(m_status);

    const QStringList warnings
        = m_backend.expiryWarnings ? m_backend.expiryWarnings() : QStringList();
    m_expiry->setText(warnings.join(QLatin1Char('\n')));
    m_expiry->setVisible(!warnings.isEmpty());
    showPeriod();
    m_from->setFocus(Qt::OtherFocusReason);
}

QString BailleurRegisterView::statusText() const
{
    return m_status->text();
}

void BailleurRegisterView::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    showPeriod();
}

QString BailleurRegisterView::landlordOf(const QString &convention) const
{
    for (const records::Convention &c : m_conventions) {
        if (c.reference == convention)
            return c.landlord;
    }
    return convention;
}

void BailleurRegisterView::showPeriod()
{
    const auto report = m_backend.report(m_from->date(), m_to->date());
    if (!report.ok()) {
        m_entries->clear();
        m_totals->clear();
        m_status->setText(report.error());
        return;
    }
    m_status->clear();
    fill(report.value());
}

void BailleurRegisterView::fill(const records::BailleurReport &report)
{
    using namespace records;
    QList<Line> lines;
    for (const BailleurCall &c : report.calls) {
        QString details = tr("%1 call (%2), %3: %4 %5")
                              .arg(directionLabel(c.direction), channelLabel(c.channel),
                                   outcomeLabel(c.outcome), c.party.name, c.party.number)
                              .trimmed();
        if (!c.party.service.isEmpty() || !c.party.matricule.isEmpty())
            details
                += QStringLiteral(" (%1)").arg(QStringList { c.party.service, c.party.matricule }
                                                   .join(QStringLiteral(" "))
                                                   .trimmed());
        if (c.source == CallSource::Exchange)
            details += tr(" — from the telephone exchange");
        if (!c.corrects.isEmpty())
            details = tr("Correction (%1): %2").arg(c.correctionReason, details);
        lines.append({ c.at, tr("Call"), c.convention, details, c.operatorLogin });
    }
    for (const BailleurRequest &r : report.requests) {
        QString details
            = tr("%1; cameras %2").arg(situationLabel(r.situation), camerasText(r.cameras));
        if (!r.intervention.isEmpty())
            details += tr("; intervention %1").arg(r.intervention);
        if (r.state == RequestState::Refused)
            details += tr(" — refused: %1").arg(r.refusal);
        else if (r.state == RequestState::Accepted)
            details += tr(" — accepted");
        lines.append({ r.at, tr("Request"), r.convention, details, r.operatorLogin });
    }
    for (const BailleurSession &s : report.sessions) {
        QString details
            = tr("Cameras %1; %2")
                  .arg(camerasText(s.cameras),
                       remainingText(s.duration_s(s.closedAt.isValid() ? s.closedAt : s.endsAt)));
        switch (s.end) {
        case SessionEnd::Open:
            details += tr(" — open until %1")
                           .arg(QLocale().toString(s.endsAt, QStringLiteral("HH:mm")));
            break;
        case SessionEnd::ByHand:
            details
                += tr(" — closed by hand at %1 by %2")
                       .arg(QLocale().toString(s.closedAt, QStringLiteral("HH:mm:ss")), s.closedBy);
            break;
        case SessionEnd::Limit:
            details += tr(" — closed at its limit, %1")
                           .arg(QLocale().toString(s.closedAt, QStringLiteral("HH:mm:ss")));
            break;
        }
        if (!s.extensions.isEmpty())
            details += tr("; %n extension(s)", nullptr, int(s.extensions.size()));
        lines.append({ s.openedAt, tr("Session"), s.convention, details, s.openedBy });
    }
    for (const BailleurRefusal &f : report.refusals)
        lines.append({ f.at, tr("Refusal"), f.convention,
                       tr("%1: %2 (cameras %3)")
                           .arg(refusalKindLabel(f.kind), f.reason, camerasText(f.cameras)),
                       f.user });
    std::stable_sort(lines.begin(), lines.end(),
                     [](const Line &a, const Line &b) { return a.at < b.at; });
    m_entries->clear();
    for (const Line &line : std::as_const(lines))
        new QTreeWidgetItem(m_entries,
                            { QLocale().toString(line.at, QStringLiteral("dd/MM/yyyy HH:mm:ss")),
                              line.kind, landlordOf(line.convention), line.by, line.details });
    if (lines.isEmpty())
        new QTreeWidgetItem(m_entries, { QString(), tr("Nothing in this period.") });

    m_totals->clear();
    for (const RegisterTotal &t : report.totals)
        new QTreeWidgetItem(m_totals,
                            { t.month, t.landlord, QString::number(t.calls),
                              QString::number(t.unansweredCalls), QString::number(t.requests),
                              QString::number(t.sessions), remainingText(t.sessionSeconds),
                              QString::number(t.refusals) });
    QStringList visas;
    for (const RegisterVisa &v : report.visas)
        visas.append(tr("Visa of %1 on %2 for %3 – %4%5")
                         .arg(v.supervisorName.isEmpty() ? v.supervisor : v.supervisorName,
                              QLocale().toString(v.at, QStringLiteral("dd/MM/yyyy HH:mm")),
                              QLocale().toString(v.from, QLocale::ShortFormat),
                              QLocale().toString(v.to, QLocale::ShortFormat),
                              v.remark.isEmpty() ? QString() : QStringLiteral(" : ") + v.remark));
    m_visas->setText(visas.isEmpty() ? tr("No visa on this period yet.")
                                     : visas.join(QLatin1Char('\n')));
}

void BailleurRegisterView::giveVisa()
{
    const Status given = m_backend.visa(m_from->date(), m_to->date(), m_remark->text().trimmed());
    if (!given.ok()) {
        m_status->setText(given.error());
        return;
    }
    m_remark->clear();
    showPeriod();
    m_status->setText(tr("Visa recorded for %1 – %2.")
                          .arg(QLocale().toString(m_from->date(), QLocale::ShortFormat),
                               QLocale().toString(m_to->date(), QLocale::ShortFormat)));
}

void BailleurRegisterView::exportRegister(const QString &format)
{
    const QString convention
        = format == QLatin1String("csv") ? m_landlord->currentData().toString() : QString();
    const QString name = tr("bailleur-register-%1-%2")
                             .arg(m_from->date().toString(QStringLiteral("yyyyMMdd")),
                                  m_to->date().toString(QStringLiteral("yyyyMMdd")));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder.isEmpty() ? QDir::homePath() : folder)
                                  .filePath(name + QLatin1Char('.') + format);
    const QString path = m_pathChooser ? m_pathChooser(format, suggested) : QString();
    if (path.isEmpty())
        return;
    const auto done = m_backend.exportTo(m_from->date(), m_to->date(), format, path, convention);
    if (!done.ok()) {
        m_status->setText(done.error());
        return;
    }
    m_status->setText(
        tr("Register written to %1 (%n entry(ies), SHA-256 %2).", nullptr, done.value().entries)
            .arg(QDir::toNativeSeparators(done.value().path),
                 QString::fromLatin1(done.value().sha256)));
}

} // namespace vigie::widgets
