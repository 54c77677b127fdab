// What the bailleur views share: how they say a session's time (on a tile, in the lists), and
// their forms' labelled rows and error line.
#pragma once

#include "widgets/help_dialog.h"

#include <QList>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace vigie::widgets {

// "12:05" (minutes:seconds), "1:02:05" past an hour; "0:00" once over.
QString remainingText(qint64 seconds);
// What a bailleur tile under a session says: "12:05 left — bailleur Hauts-de-Seine Habitat".
QString bailleurTileLabel(const QString &landlord, qint64 remaining_s);

// The keys of the call panel, the request and the sessions dialogs, for F1 (the dialogs name
// the rest on their buttons).
QList<ShortcutInfo> bailleurKeys();

// A row of `form`: the label (its underlined letter, Alt+letter, goes to the field) and field.
void addLabelledRow(QFormLayout *form, const QString &label, QWidget *field);
// The red line where a form says what core refused, word-wrapped.
QLabel *errorLine(QWidget *parent);

} // namespace vigie::widgets
