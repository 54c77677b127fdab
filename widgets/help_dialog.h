// The keyboard shortcuts, listed from the same table the main window binds them from.
#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

namespace vigie::widgets {

struct ShortcutInfo
{
    QKeySequence keys; // empty for keys handled by the walls themselves (see keysText)
    QString keysText; // used when keys is empty: "0-9 then Enter"
    QString description;
};

class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    HelpDialog(const QList<ShortcutInfo> &shortcuts, QWidget *parent = nullptr);
};

} // namespace vigie::widgets
