#include "widgets/settings_dialog.h"

#include "core/access/session_settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vigie::widgets {

SettingsDialog::SettingsDialog(const QString &language, const QList<walls::ScreenInfo> &screens,
                               const QString &mainScreen, const QSet<QString> &screensWithoutWall,
                               QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    m_language = new QComboBox(this);
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));

    m_screens = new QListWidget(this);
    for (const walls::ScreenInfo &screen : screens) {
        const bool isMain = screen.name == mainScreen;
        const QString label = isMain ? tr("%1 (%2×%3, main window)") : tr("%1 (%2×%3)");
        auto *item = new QListWidgetItem(
            label.arg(screen.name).arg(screen.geometry.width()).arg(screen.geometry.height()),
            m_screens);
        item->setData(Qt::UserRole, screen.name);
        if (isMain) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setCheckState(Qt::Checked);
        } else {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(screensWithoutWall.contains(screen.name) ? Qt::Unchecked
                                                                         : Qt::Checked);
        }
    }

    m_idleLock = new QSpinBox(this);
    m_idleLock->setObjectName(QStringLiteral("idleLock"));
    m_idleLock->setRange(access::kIdleLockMin_min, access::kIdleLockMax_min);
    m_idleLock->setSuffix(tr(" min"));
    m_idleLock->setValue(access::kIdleLockDefault_min);
    m_idleLock->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Language (applied at next start)"), m_language);
    form->addRow(tr("Lock the desk after, without input (administrators)"), m_idleLock);
    form->addRow(new QLabel(tr("Monitors that carry a wall:"), this));
    form->addRow(m_screens);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

QSet<QString> SettingsDialog::screensWithoutWall() const
{
    QSet<QString> without;
    for (int row = 0; row < m_screens->count(); ++row) {
        const QListWidgetItem *item = m_screens->item(row);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Unchecked)
            without.insert(item->data(Qt::UserRole).toString());
    }
    return without;
}

} // namespace vigie::widgets

namespace vigie::widgets {

void SettingsDialog::setIdleLock(int minutes, bool editable)
{
    m_idleLock->setValue(minutes);
    m_idleLock->setEnabled(editable);
    m_idleLock->setToolTip(editable ? QString()
                                    : tr("Only an administrator changes the idle-lock delay."));
}

int SettingsDialog::idleLockMinutes() const
{
    return m_idleLock->value();
}

} // namespace vigie::widgets
