#include "widgets/tile_widget.h"

#include "widgets/camera_mime.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QDrag>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>

namespace vigie::widgets {

TileWidget::TileWidget(int index, QWidget *parent) : QWidget(parent), m_index(index)
{
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(40, 30);
}

void TileWidget::setCamera(int number, const QString &name)
{
    if (number == m_cameraNumber && name == m_name)
        return;
    m_cameraNumber = number;
    m_name = name;
    m_state = cameras::StreamState::Unknown;
    m_detail.clear();
    setAccessibleName(caption());
    update();
}

void TileWidget::setState(cameras::StreamState state, const QString &detail)
{
    if (state == m_state && detail == m_detail)
        return;
    m_state = state;
    m_detail = detail;
    setAccessibleName(caption());
    update();
}

void TileWidget::setBlockedReason(const QString &reason)
{
    if (reason == m_blocked)
        return;
    m_blocked = reason;
    setAccessibleName(caption());
    update();
}

void TileWidget::setTypedNumber(const QString &digits)
{
    if (digits == m_typed)
        return;
    m_typed = digits;
    update();
}

QString TileWidget::caption() const
{
    if (m_cameraNumber == 0)
        return tr("Empty tile");
    if (!m_blocked.isEmpty())
        return QStringLiteral("%1 %2 — %3")
            .arg(m_cameraNumber, 3, 10, QLatin1Char('0'))
            .arg(m_name, m_blocked);
    return QStringLiteral("%1 %2 — %3")
        .arg(m_cameraNumber, 3, 10, QLatin1Char('0'))
        .arg(m_name, cameras::stateLabel(m_state));
}

void TileWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect r = rect();
    painter.fillRect(r, colors::tile);

    QFont font = painter.font();
    const int base = qBound(8, height() / 18, 16);
    if (m_cameraNumber == 0) {
        font.setPixelSize(base);
        painter.setFont(font);
        painter.setPen(colors::dimText);
        painter.drawText(r, Qt::AlignCenter, tr("Drop a camera here"));
    } else {
        // Title band, top left: the number operators call the camera by, then its name.
        font.setPixelSize(base);
        font.setBold(true);
        painter.setFont(font);
        const QRect band(0, 0, width(), base * 2);
        painter.fillRect(band, QColor(0, 0, 0, 170));
        painter.setPen(Qt::white);
        painter.drawText(
            band.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft,
            QStringLiteral("%1  %2").arg(m_cameraNumber, 3, 10, QLatin1Char('0')).arg(m_name));

        // State in the middle, coloured by severity, with the reason under it; a refusal to
        // view replaces the state.
        const bool blocked = !m_blocked.isEmpty();
        const QColor stateColor
            = blocked ? colors::lost : severityColor(cameras::stateSeverity(m_state));
        font.setPixelSize(qBound(10, height() / 12, 28));
        painter.setFont(font);
        painter.setPen(stateColor);
        const QRect middle = r.adjusted(8, band.height(), -8, -base);
        painter.drawText(middle, Qt::AlignCenter,
                         blocked ? tr("Viewing not allowed") : cameras::stateLabel(m_state));
        const QString detail = blocked ? m_blocked : m_detail;
        if (!detail.isEmpty()) {
            font.setBold(false);
            font.setPixelSize(base);
            painter.setFont(font);
            painter.setPen(colors::text);
            const QRect below = middle.adjusted(0, middle.height() / 2 + base, 0, 0);
            painter.drawText(below, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, detail);
        }
        // State dot, top right, readable at a glance even on an 8x8 wall.
        const int dot = qMax(6, base / 2 + 2);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(stateColor);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QRect(width() - dot - 8, (band.height() - dot) / 2, dot, dot));
    }

    if (!m_typed.isEmpty()) {
        font.setPixelSize(qBound(14, height() / 6, 64));
        font.setBold(true);
        painter.setFont(font);
        painter.fillRect(r, QColor(0, 0, 0, 150));
        painter.setPen(colors::accent);
        painter.drawText(r, Qt::AlignCenter, QStringLiteral("→ %1").arg(m_typed));
    }
    if (hasFocus() || m_dropHover) {
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(m_dropHover ? colors::warning : colors::accent, 2));
        painter.drawRect(r.adjusted(1, 1, -1, -1));
    }
}

void TileWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_pressPos = event->position().toPoint();
    setFocus(Qt::MouseFocusReason);
    QWidget::mousePressEvent(event);
}

void TileWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_cameraNumber == 0)
        return;
    if ((event->position().toPoint() - m_pressPos).manhattanLength()
        < QApplication::startDragDistance())
        return;
    auto *drag = new QDrag(this);
    QMimeData *mime = cameraMimeData({ m_cameraNumber });
    mime->setData(QLatin1String(kTileMimeType), QByteArray::number(m_index));
    drag->setMimeData(mime);
    drag->exec(Qt::MoveAction | Qt::CopyAction);
}

void TileWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit activated(m_index);
}

void TileWidget::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(QLatin1String(kCameraMimeType))) {
        m_dropHover = true;
        update();
        event->acceptProposedAction();
    }
}

void TileWidget::dragLeaveEvent(QDragLeaveEvent *)
{
    m_dropHover = false;
    update();
}

void TileWidget::dropEvent(QDropEvent *event)
{
    m_dropHover = false;
    update();
    const QMimeData *mime = event->mimeData();
    if (mime->hasFormat(QLatin1String(kTileMimeType)) && event->source()
        && event->source()->parent() == parent()) {
        const int from = mime->data(QLatin1String(kTileMimeType)).toInt();
        if (from != m_index)
            emit swapRequested(from, m_index);
        event->acceptProposedAction();
        return;
    }
    const QList<int> numbers = camerasFromMime(mime);
    if (!numbers.isEmpty()) {
        emit camerasDropped(m_index, numbers);
        event->acceptProposedAction();
    }
}

void TileWidget::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void TileWidget::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

} // namespace vigie::widgets
