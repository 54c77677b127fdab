#include "widgets/ptz_presets_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vigie::widgets {

namespace {

// ONVIF cameras keep up to a few hundred presets; the room's procedures number them.
constexpr int kMaxPreset = 255;

} // namespace

PtzPresetsDialog::PtzPresetsDialog(const QString &cameraTitle, bool mayEdit, QWidget *parent)
    : QDialog(parent), m_mayEdit(mayEdit)
{
    setObjectName(QStringLiteral("ptzPresets"));
    setWindowTitle(tr("Presets of camera %1").arg(cameraTitle));
    auto *layout = new QVBoxLayout(this);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("presets"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({ tr("No."), tr("Name") });
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->setMinimumSize(420, 240);
    layout->addWidget(m_list);

    // The number and name to save or rename with: only for who may (an operator's list says
    // it all).
    auto *editor = new QWidget(this);
    editor->setVisible(m_mayEdit);
    auto *form = new QFormLayout(editor);
    form->setContentsMargins(0, 0, 0, 0);
    m_number = new QSpinBox(this);
    m_number->setObjectName(QStringLiteral("number"));
    m_number->setRange(1, kMaxPreset);
    form->addRow(tr("N&umber:"), m_number);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(64);
    m_name->setPlaceholderText(tr("e.g. Town hall entrance"));
    form->addRow(tr("&Name:"), m_name);
    layout->addWidget(editor);
    if (!m_mayEdit) {
        auto *note = new QLabel(tr("Saving, renaming and removing presets is the chef de "
                                   "salle's: a preset is shared by the whole room."),
                                this);
        note->setObjectName(QStringLiteral("presetsNote"));
        note->setWordWrap(true);
        layout->addWidget(note);
    }

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("presetsStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    const auto button = [&](const char *name, const QString &text) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setAutoDefault(false);
        buttons->addWidget(b);
        return b;
    };
    m_goto = button("goto", tr("&Go to"));
    m_goto->setDefault(true); // Enter on the list goes to the preset
    m_save = button("save", tr("&Save here"));
    m_rename = button("rename", tr("&Rename"));
    m_remove = button("remove", tr("Re&move"));
    buttons->addStretch();
    auto *close = button("close", tr("Close"));
    layout->addLayout(buttons);
    for (QPushButton *b : { m_save, m_rename, m_remove })
        b->setVisible(m_mayEdit);

    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item) {
            m_number->setValue(item->text(0).toInt());
            m_name->setText(item->text(1));
        }
        m_armedRemoval.clear();
        updateButtons();
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { m_goto->click(); });
    connect(m_number, &QSpinBox::valueChanged, this, [this] { updateButtons(); });
    connect(m_name, &QLineEdit::textChanged, this, [this] { updateButtons(); });
    connect(m_goto, &QPushButton::clicked, this, [this] {
        if (!selectedToken().isEmpty())
            emit gotoRequested(selectedToken());
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        emit saveRequested(QString::number(m_number->value()), m_name->text().trimmed());
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (!selectedToken().isEmpty())
            emit renameRequested(selectedToken(), m_name->text().trimmed());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString token = selectedToken();
        if (token.isEmpty())
            return;
        // Removing changes every operator's camera: the first press only asks.
        if (m_armedRemoval != token) {
            m_armedRemoval = token;
            setStatus(tr("Press Remove again to remove preset %1 for the whole room.").arg(token));
            updateButtons();
            return;
        }
        m_armedRemoval.clear();
        emit removeRequested(token);
    });
    updateButtons();
    m_list->setFocus();
}

void PtzPresetsDialog::setPresets(const QList<Preset> &presets)
{
    const QString selected = selectedToken();
    m_list->clear();
    QList<Preset> sorted = presets;
    // By number, as the room says them; tokens that are not numbers after.
    std::sort(sorted.begin(), sorted.end(), [](const Preset &a, const Preset &b) {
        bool aNumber = false;
        bool bNumber = false;
        const int x = a.first.toInt(&aNumber);
        const int y = b.first.toInt(&bNumber);
        if (aNumber != bNumber)
            return aNumber;
        return aNumber ? x < y : a.first < b.first;
    });
    for (const Preset &preset : std::as_const(sorted)) {
        auto *item = new QTreeWidgetItem(m_list, { preset.first, preset.second });
        item->setData(0, Qt::UserRole, preset.first);
        if (preset.first == selected)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void PtzPresetsDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828; font-weight: bold;")
                                  : QString());
}

QString PtzPresetsDialog::status() const
{
    return m_status->text();
}

void PtzPresetsDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

QString PtzPresetsDialog::selectedToken() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void PtzPresetsDialog::updateButtons()
{
    const QString token = selectedToken();
    m_goto->setEnabled(!m_busy && !token.isEmpty());
    if (!m_mayEdit)
        return;
    const QString number = QString::number(m_number->value());
    bool exists = false;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        exists = exists || m_list->topLevelItem(i)->data(0, Qt::UserRole).toString() == number;
    // Saving over an existing preset moves it for the whole room: the button says so.
    m_save->setText(exists ? tr("Mo&ve preset %1 here").arg(number)
                           : tr("&Save here as preset %1").arg(number));
    const bool named = !m_name->text().trimmed().isEmpty();
    m_save->setEnabled(!m_busy && named);
    m_rename->setEnabled(!m_busy && named && !token.isEmpty());
    m_remove->setEnabled(!m_busy && !token.isEmpty());
    m_remove->setText(!m_armedRemoval.isEmpty() ? tr("Confir&m removal") : tr("Re&move"));
}

} // namespace vigie::widgets
