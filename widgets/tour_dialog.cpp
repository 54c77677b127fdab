#include "widgets/tour_dialog.h"

#include "widgets/theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vigie::widgets {

TourDialog::TourDialog(const QList<int> &cameras, int focusedTile, const walls::Tour *current,
                       QWidget *parent)
    : QDialog(parent), m_focusedTile(focusedTile)
{
    setWindowTitle(tr("Tour"));
    auto *form = new QFormLayout;
    m_cameras = new QLineEdit(walls::formatCameraList(current ? current->cameras : cameras), this);
    m_cameras->setPlaceholderText(tr("e.g. 1, 4-7, 12"));
    form->addRow(tr("&Cameras:"), m_cameras);
    m_period = new QSpinBox(this);
    m_period->setRange(walls::Tour::kMinPeriod_s, walls::Tour::kMaxPeriod_s);
    m_period->setSuffix(tr(" s"));
    m_period->setValue(current ? current->period_s : 10);
    form->addRow(tr("&Each camera for:"), m_period);
    m_tile = new QRadioButton(focusedTile >= 0 ? tr("The focused &tile (%1)").arg(focusedTile + 1)
                                               : tr("The focused &tile (none)"),
                              this);
    m_wall = new QRadioButton(tr("The whole &wall, page by page"), this);
    m_tile->setEnabled(focusedTile >= 0);
    const bool wall = current ? current->isWallTour() : focusedTile < 0;
    (wall ? m_wall : m_tile)->setChecked(true);
    auto *scope = new QVBoxLayout;
    scope->addWidget(m_tile);
    scope->addWidget(m_wall);
    form->addRow(tr("Cycles:"), scope);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, colors::lost);
    m_error->setPalette(palette);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(current ? tr("&Change the tour") : tr("&Start the tour"));
    if (current) {
        QPushButton *stop
            = buttons->addButton(tr("Sto&p the tour"), QDialogButtonBox::DestructiveRole);
        connect(stop, &QPushButton::clicked, this, [this] {
            m_stop = true;
            QDialog::accept();
        });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &TourDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_cameras->setFocus();
    m_cameras->selectAll();
}

void TourDialog::accept()
{
    QString error;
    const QList<int> cameras = walls::parseCameraList(m_cameras->text(), &error);
    if (cameras.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        m_cameras->setFocus();
        return;
    }
    m_tour = walls::Tour();
    m_tour.cameras = cameras;
    m_tour.period_s = m_period->value();
    m_tour.tile = m_wall->isChecked() ? -1 : m_focusedTile;
    m_stop = false;
    QDialog::accept();
}

} // namespace vigie::widgets
