// The central link in the status bar: a coloured dot (green connected, amber offline or
// connecting, red journal refused, grey not configured), "Central: connected · synced 14:32 ·
// 3 waiting", and the last sync's figures and last problem in the tooltip. Shows what the
// SyncService reports; asks nothing itself.
#pragma once

#include "core/sync/sync_status.h"

#include <QWidget>

class QLabel;

namespace vigie::widgets {

class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    void setStatus(const sync::SyncStatus &status);
    const sync::SyncStatus &status() const { return m_status; }
    QString text() const;

private:
    QLabel *m_dot = nullptr;
    QLabel *m_text = nullptr;
    sync::SyncStatus m_status;
};

} // namespace vigie::widgets
