#include "widgets/shift_log_view.h"

#include "widgets/theme.h"

#include "core/journal/journal.h"
#include "core/records/incident_typology.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace vigie::widgets {
namespace {

// How far back the shift field lists shifts; older ones are reached through a time range.
constexpr int kRecentDays = 31;
constexpr int kMaxCameraNumber = 99999;
const QString kTimeFormat = QStringLiteral("dd/MM/yyyy HH:mm:ss");
const QString kEditTimeFormat = QStringLiteral("dd/MM/yyyy HH:mm");

enum Column {
    TimeColumn,
    UserColumn,
    EventColumn,
    ReferenceColumn,
    CameraColumn,
    CategoryColumn,
    DetailsColumn,
    ColumnCount
};

QPushButton *plainButton(const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setAutoDefault(false); // Enter in the table or a filter never exports nor signs
    return button;
}

} // namespace

ShiftLogView::ShiftLogView(const ShiftServices &services, const access::User &user,
                           const QString &commune, const QString &centre, QWidget *parent)
    : QDialog(parent), m_services(services), m_user(user), m_commune(commune), m_centre(centre)
{
    setWindowTitle(tr("Shift log"));
    m_pathChooser = [this](const QString &format, const QString &suggested) {
        const bool pdf = format == QLatin1String("pdf");
        QString path = QFileDialog::getSaveFileName(this, tr("Export the shift log"), suggested,
                                                    pdf ? tr("PDF documents (*.pdf)")
                                                        : tr("CSV files (*.csv)"));
        if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
            path += QLatin1Char('.') + format;
        return path;
    };

    m_shift = new QComboBox(this);
    m_shift->setAccessibleName(tr("Shift"));
    m_from = new QDateTimeEdit(this);
    m_from->setDisplayFormat(kEditTimeFormat);
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("From"));
    m_to = new QDateTimeEdit(this);
    m_to->setDisplayFormat(kEditTimeFormat);
    m_to->setCalendarPopup(true);
    m_to->setAccessibleName(tr("To"));
    const QDateTime now = m_services.clock();
    m_from->setDateTime(now.addDays(-1));
    m_to->setDateTime(now);

    m_category = new QComboBox(this);
    m_category->setAccessibleName(tr("Category"));
    m_category->addItem(tr("All categories"), QString());
    for (const records::Category &c : records::IncidentTypology::load(m_services.db).topLevel())
        m_category->addItem(c.label, c.code);

    m_operator = new QComboBox(this);
    m_operator->setAccessibleName(tr("Operator"));
    m_operator->addItem(tr("All operators"), QString());
    QList<access::User> users = m_services.auth.users();
    std::sort(users.begin(), users.end(), [](const access::User &a, const access::User &b) {
        return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
    });
    for (const access::User &u : users)
        m_operator->addItem(QStringLiteral("%1 (%2)").arg(u.displayName, u.login), u.login);

    m_camera = new QSpinBox(this);
    m_camera->setRange(0, kMaxCameraNumber);
    m_camera->setSpecialValueText(tr("All cameras"));
    m_camera->setAccessibleName(tr("Camera"));

    auto *filters = new QGridLayout;
    auto addFilter = [&](int row, int column, const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label, row, column * 2);
        filters->addWidget(field, row, column * 2 + 1);
    };
    addFilter(0, 0, tr("&Shift"), m_shift);
    addFilter(0, 1, tr("&From"), m_from);
    addFilter(0, 2, tr("&To"), m_to);
    addFilter(1, 0, tr("&Category"), m_category);
    addFilter(1, 1, tr("&Operator"), m_operator);
    addFilter(1, 2, tr("Ca&mera"), m_camera);
    filters->setColumnStretch(1, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("shiftSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({ tr("Date and time"), tr("User"), tr("Event"),
                                         tr("Reference"), tr("Camera"), tr("Category"),
                                         tr("Details") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DetailsColumn, QHeaderView::Stretch);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dialogError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(colors::lost.name()));
    m_error->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    m_exportPdf = plainButton(tr("Export &PDF…"), this);
    m_exportCsv = plainButton(tr("Export CS&V…"), this);
    m_sign = plainButton(tr("Si&gn (visa)…"), this);
    m_addendum = plainButton(tr("&Addendum…"), this);
    auto *close = plainButton(tr("Close"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_exportPdf);
    buttons->addWidget(m_exportCsv);
    buttons->addStretch(1);
    buttons->addWidget(m_sign);
    buttons->addWidget(m_addendum);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    resize(1100, 640);

    connect(m_shift, &QComboBox::currentIndexChanged, this, &ShiftLogView::rebuild);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &ShiftLogView::rebuild);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &ShiftLogView::rebuild);
    connect(m_category, &QComboBox::currentIndexChanged, this, &ShiftLogView::rebuild);
    connect(m_operator, &QComboBox::currentIndexChanged, this, &ShiftLogView::rebuild);
    connect(m_camera, &QSpinBox::valueChanged, this, &ShiftLogView::rebuild);
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { exportLog(QStringLiteral("pdf")); });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportLog(QStringLiteral("csv")); });
    connect(m_sign, &QPushButton::clicked, this, [this] {
        if (const auto shift = selectedShift())
            openShiftDialog(new SignShiftDialog(m_services, m_user, *shift, this));
    });
    connect(m_addendum, &QPushButton::clicked, this, [this] {
        if (const auto shift = selectedShift())
            openShiftDialog(new AddendumDialog(m_services, m_user, *shift, this));
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    loadShifts();
    m_shift->setFocus();
}

void ShiftLogView::setPathChooser(PathChooser chooser)
{
    m_pathChooser = std::move(chooser);
}

void ShiftLogView::refresh()
{
    loadShifts();
}

bool ShiftLogView::selectShift(const QString &shiftId)
{
    const int index = m_shift->findData(shiftId);
    if (shiftId.isEmpty() || index < 0)
        return false;
    m_shift->setCurrentIndex(index);
    return true;
}

void ShiftLogView::selectRange(const QDateTime &from, const QDateTime &to)
{
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDateTime(from);
        m_to->setDateTime(to);
    }
    const int range = m_shift->count() - 1;
    if (m_shift->currentIndex() == range)
        rebuild();
    else
        m_shift->setCurrentIndex(range);
}

records::ShiftLogFilter ShiftLogView::filter() const
{
    records::ShiftLogFilter f;
    f.shiftId = m_shift->currentData().toString();
    if (f.shiftId.isEmpty()) {
        f.from = m_from->dateTime();
        f.to = m_to->dateTime();
    }
    f.cameraNumber = m_camera->value();
    f.category = m_category->currentData().toString();
    f.operatorLogin = m_operator->currentData().toString();
    return f;
}

std::optional<records::Shift> ShiftLogView::selectedShift() const
{
    const QString id = m_shift->currentData().toString();
    const auto it = std::find_if(m_recent.cbegin(), m_recent.cend(),
                                 [&](const records::Shift &s) { return s.id == id; });
    if (id.isEmpty() || it == m_recent.cend())
        return std::nullopt;
    return *it;
}

QString ShiftLogView::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString ShiftLogView::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void ShiftLogView::loadShifts()
{
    const QString selected = m_shift->count() > 0 ? m_shift->currentData().toString() : QString();
    const bool wasRange = m_shift->count() > 0 && selected.isEmpty();
    const QDateTime now = m_services.clock();
    m_recent = m_services.shifts.shifts(now.addDays(-kRecentDays), now.addDays(1));
    std::reverse(m_recent.begin(), m_recent.end());
    {
        const QSignalBlocker blocker(m_shift);
        m_shift->clear();
        const QString here = m_services.journal.workstation();
        for (const records::Shift &s : m_recent) {
            const QString status = records::shiftStatusLabel(s.status);
            m_shift->addItem(s.workstation == here
                                 ? tr("%1 — %2").arg(s.label, status)
                                 : tr("%1 (%2) — %3").arg(s.label, s.workstation, status),
                             s.id);
        }
        m_shift->addItem(tr("Time range (From, To)"), QString());
        int index = selected.isEmpty() ? -1 : m_shift->findData(selected);
        if (index < 0)
            index = wasRange || m_recent.isEmpty() ? m_shift->count() - 1 : 0;
        m_shift->setCurrentIndex(index);
    }
    rebuild();
}

void ShiftLogView::rebuild()
{
    const records::ShiftLogFilter f = filter();
    const bool range = f.shiftId.isEmpty();
    m_from->setEnabled(range);
    m_to->setEnabled(range);
    if (const auto shift = selectedShift()) {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDateTime(shift->startsAt);
        m_to->setDateTime(shift->endsAt);
    }

    auto built = records::ShiftLogBuilder(m_services.db).build(m_services.policy, m_user, f);
    m_table->setRowCount(0);
    if (!built.ok()) {
        m_log = {};
        m_summary->clear();
        showError(built.error());
        updateButtons();
        return;
    }
    m_error->hide();
    m_log = built.take();
    const int count = int(m_log.entries.size());
    m_table->setRowCount(count);
    for (int row = 0; row < count; ++row) {
        const records::ShiftLogEntry &e = m_log.entries[row];
        const QStringList cells { e.time.toString(kTimeFormat),
                                  e.user,
                                  e.kind,
                                  e.reference,
                                  e.cameraNumber > 0 ? QString::number(e.cameraNumber) : QString(),
                                  e.category,
                                  e.text };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column == CameraColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->scrollToBottom(); // the newest event at the bottom, in view

    if (const auto shift = selectedShift()) {
        m_summary->setText(tr("%1 — chef de salle: %2 — %3 — %n event(s)", nullptr, count)
                               .arg(m_log.title, m_log.person(shift->chef),
                                    records::shiftStatusLabel(shift->status)));
    } else {
        m_summary->setText(tr("%1 — %n event(s)", nullptr, count).arg(m_log.title));
    }
    updateButtons();
}

void ShiftLogView::updateButtons()
{
    const auto shift = selectedShift();
    using ShiftStatus = records::Shift::Status;
    const bool canExport = rolesGrant(m_user, access::Permission::ExportShiftLog);
    m_exportPdf->setEnabled(canExport);
    m_exportCsv->setEnabled(canExport);
    m_sign->setEnabled(shift && shift->status == ShiftStatus::Closed
                       && rolesGrant(m_user, access::Permission::SignShift));
    m_addendum->setEnabled(
        shift && (shift->status == ShiftStatus::Closed || shift->status == ShiftStatus::Signed)
        && rolesGrant(m_user, access::Permission::HandOverShift));
}

void ShiftLogView::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void ShiftLogView::openShiftDialog(ShiftDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ShiftDialog::shiftChanged, this, [this](const records::Shift &shift) {
        loadShifts();
        emit shiftChanged(shift);
    });
    dialog->open();
}

QString ShiftLogView::suggestedPath(const QString &format) const
{
    // The file name is in the reader's language; the shift is named by its date and start
    // time, which read the same in every language.
    QString name;
    if (const auto shift = selectedShift()) {
        name = tr("shift-log-%1").arg(shift->startsAt.toString(QStringLiteral("yyyy-MM-dd-HHmm")));
    } else {
        name = tr("shift-log-%1-%2")
                   .arg(m_from->dateTime().toString(QStringLiteral("yyyyMMdd-HHmm")),
                        m_to->dateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder.isEmpty() ? QDir::homePath() : folder)
        .filePath(name + QLatin1Char('.') + format);
}

void ShiftLogView::exportLog(const QString &format)
{
    m_status->hide();
    const records::ShiftLogFilter f = filter();
    const QString chosen = m_pathChooser ? m_pathChooser(format, suggestedPath(format)) : QString();
    if (chosen.isEmpty())
        return;
    const records::ExportHeader header { m_commune, m_centre, m_services.journal.workstation(),
                                         m_user.displayName, m_services.clock() };
    // Core decides who exports, writes the file and journals the export with its fingerprint.
    const auto result = records::exportShiftLog(
        m_services.db, m_services.journal, m_services.policy, m_user, f, format, chosen, header);
    if (!result.ok()) {
        showError(result.error());
        return;
    }
    const records::ExportedLog &done = result.value();
    m_error->hide();
    m_status->setText(
        tr("Shift log written to %1 (%n event(s), SHA-256 %2).", nullptr, done.entries)
            .arg(QDir::toNativeSeparators(done.path), QString::fromLatin1(done.sha256)));
    m_status->show();
    emit exported(done.path, format, done.sha256);
    rebuild(); // a time range that covers now now shows the export itself
}

} // namespace vigie::widgets
