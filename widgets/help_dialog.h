// F1: every key of the desk on one screen, grouped in sections (the main window's menus, the
// walls, the incident dialog...), listed from the same tables the windows bind them from.
#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

namespace vigie::widgets {

struct ShortcutInfo
{
    QKeySequence keys; // empty for keys handled by a widget itself (see keysText)
    QString keysText; // used when keys is empty: "0-9 then Enter"
    QString description;
    QString section; // "Walls", "Incident dialog"...: the heading it is listed under
};

class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    // Sections keep the order of their first shortcut; they are spread over as many columns
    // (up to three) as it takes to fit a 1080p monitor without scrolling.
    HelpDialog(const QList<ShortcutInfo> &shortcuts, QWidget *parent = nullptr);

    static QString keysText(const ShortcutInfo &info); // as shown: "Ctrl+Maj+L"
};

} // namespace vigie::widgets
