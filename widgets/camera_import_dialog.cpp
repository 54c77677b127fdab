#include "widgets/camera_import_dialog.h"

#include "core/cameras/camera_file.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigie::widgets {

CameraImportDialog::CameraImportDialog(const cameras::CameraImport &preview,
                                       const QString &fileName, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import %1").arg(fileName));
    const int rejected = static_cast<int>(preview.rejected.size());
    auto *summary = new QLabel(
        tr("%n valid camera(s) in %1: ", nullptr, static_cast<int>(preview.cameras.size()))
            .arg(fileName)
        + tr("%n new, ", nullptr, preview.added) + tr("%n changed.", nullptr, preview.updated)
        + QLatin1Char(' ')
        + (rejected == 0 ? tr("No line is refused.")
                         : tr("%n line(s) refused, listed below: the file imports whole only "
                              "once they are corrected.",
                              nullptr, rejected)));
    summary->setWordWrap(true);
    m_rejected = new QListWidget;
    m_rejected->addItems(preview.report());
    m_rejected->setVisible(rejected > 0);

    auto *buttons = new QDialogButtonBox;
    m_all = buttons->addButton(tr("Import the &whole file"), QDialogButtonBox::AcceptRole);
    m_valid = buttons->addButton(tr("Import the &valid lines only"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("&Cancel: import nothing"), QDialogButtonBox::RejectRole);
    m_all->setEnabled(rejected == 0 && !preview.cameras.isEmpty());
    m_valid->setVisible(rejected > 0);
    m_valid->setEnabled(rejected > 0 && !preview.cameras.isEmpty());
    connect(m_all, &QPushButton::clicked, this, [this] {
        m_validOnly = false;
        accept();
    });
    connect(m_valid, &QPushButton::clicked, this, [this] {
        m_validOnly = true;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_rejected, 1);
    layout->addWidget(buttons);
    resize(640, rejected > 0 ? 420 : 160);
}

} // namespace vigie::widgets
