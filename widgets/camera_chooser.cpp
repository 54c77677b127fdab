#include "widgets/camera_chooser.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace vigie::widgets {
namespace {

// "Hôtel de ville" is found by "hotel": operators type fast and without accents.
QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toCaseFolded());
    }
    return out;
}

} // namespace

CameraChooser::CameraChooser(const QList<cameras::Camera> &cameras, const QString &purpose,
                             QWidget *parent)
    : QDialog(parent), m_cameras(cameras)
{
    setWindowTitle(tr("Which camera?"));
    setObjectName(QStringLiteral("cameraChooser"));
    auto *heading = new QLabel(purpose, this);
    heading->setWordWrap(true);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("cameraSearch"));
    m_search->setPlaceholderText(tr("Camera number, or part of its name or place"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("cameraMatches"));
    m_list->setFocusPolicy(Qt::NoFocus); // the keys stay in the field; Up/Down pick
    m_list->setMinimumSize(420, 260);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("loginError"));
    auto *keys = new QLabel(tr("Up/Down to pick, Enter to choose, Escape to cancel."), this);
    keys->setObjectName(QStringLiteral("emptyState"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addWidget(m_hint);
    layout->addWidget(keys);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &CameraChooser::filter);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] { accept(); });
    filter(QString());
    m_search->setFocus();
}

int CameraChooser::matchCount() const
{
    return m_list->count();
}

void CameraChooser::filter(const QString &text)
{
    const QString wanted = folded(text.trimmed());
    bool isNumber = false;
    const int number = wanted.toInt(&isNumber);
    m_list->clear();
    m_hint->clear();
    // A number typed whole comes first: "12" picks camera 12 before 120 and 125.
    QList<const cameras::Camera *> matches;
    for (const cameras::Camera &camera : std::as_const(m_cameras)) {
        const bool hit = wanted.isEmpty()
            || (isNumber && QString::number(camera.number).startsWith(wanted))
            || folded(camera.name).contains(wanted) || folded(camera.place).contains(wanted);
        if (!hit)
            continue;
        if (isNumber && camera.number == number)
            matches.prepend(&camera);
        else
            matches.append(&camera);
    }
    for (const cameras::Camera *camera : std::as_const(matches)) {
        QString label = camera->title();
        if (!camera->place.isEmpty())
            label += QStringLiteral(" — ") + camera->place;
        auto *item = new QListWidgetItem(label, m_list);
        item->setData(Qt::UserRole, camera->number);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        m_hint->setText(tr("No camera matches \"%1\".").arg(text.trimmed()));
}

bool CameraChooser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            accept();
            return true;
        }
        const int step = key == Qt::Key_Down ? 1 : key == Qt::Key_Up ? -1 : 0;
        if (step != 0 && m_list->count() > 0) {
            m_list->setCurrentRow(qBound(0, m_list->currentRow() + step, m_list->count() - 1));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CameraChooser::accept()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item) {
        m_hint->setText(tr("Choose a camera in the list, or Escape to cancel."));
        return;
    }
    m_chosen = item->data(Qt::UserRole).toInt();
    QDialog::accept();
}

} // namespace vigie::widgets
