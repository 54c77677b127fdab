// Workstation settings: the UI language and which monitors carry a wall (any operator), and the
// idle-lock delay (shown to all, editable by an administrator; core checks the right again).
#pragma once

#include "core/walls/wall_planner.h"

#include <QDialog>
#include <QSet>

class QComboBox;
class QListWidget;
class QSpinBox;

namespace vigie::widgets {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const QString &language, const QList<walls::ScreenInfo> &screens,
                   const QString &mainScreen, const QSet<QString> &screensWithoutWall,
                   QWidget *parent = nullptr);

    QString language() const;
    QSet<QString> screensWithoutWall() const;
    // The idle-lock delay in minutes, bounded like core's; only an administrator edits it.
    void setIdleLock(int minutes, bool editable);
    int idleLockMinutes() const;
    QSpinBox *idleLockField() const { return m_idleLock; }

private:
    QComboBox *m_language = nullptr;
    QListWidget *m_screens = nullptr;
    QSpinBox *m_idleLock = nullptr;
};

} // namespace vigie::widgets
