// Workstation settings an operator may change: the UI language and which monitors carry a
// wall.
#pragma once

#include "core/walls/wall_planner.h"

#include <QDialog>
#include <QSet>

class QComboBox;
class QListWidget;

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

private:
    QComboBox *m_language = nullptr;
    QListWidget *m_screens = nullptr;
};

} // namespace vigie::widgets
