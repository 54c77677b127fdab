// The bailleur call panel (F7): every call with a landlord logged in a few seconds from the
// keyboard, even one nobody answered. The time is the key press's (editable), the last callers
// and the convention's contacts are suggested as the name or the number is typed, Enter saves
// (Ctrl+Enter saves and opens the request of that call). A refused save keeps everything typed.
// The recent calls are listed under the form; a correction is an addendum, never an edit: the
// call comes back in the form, and is saved beside the original with why.
#pragma once

#include "core/common/result.h"
#include "core/records/bailleur_types.h"

#include <QDateTime>
#include <QDialog>
#include <QTimeZone>

#include <functional>

class QComboBox;
class QCompleter;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTreeWidget;

namespace vigie::widgets {

class BailleurCallPanel : public QDialog
{
    Q_OBJECT
public:
    // Core's call log, as the desk hands it (records::BailleurRegister).
    struct Backend
    {
        std::function<Result<records::BailleurCall>(const records::BailleurCall &)> log;
        // The addendum to the call `callId`: the corrected call, with why.
        std::function<Result<records::BailleurCall>(
            const QString &callId, const records::BailleurCall &corrected, const QString &reason)>
            correct;
        std::function<QList<records::CallSuggestion>(const QString &prefix)> suggest;
        std::function<QList<records::BailleurCall>()> recent; // most recent first
    };

    BailleurCallPanel(Backend backend, const QDateTime &now, QWidget *parent = nullptr);

    // The call as typed now.
    records::BailleurCall call() const;
    QString errorText() const;
    QString savedCallId() const { return m_savedId; } // empty until a call was saved
    // Whether the operator asked for the request of the saved (or selected) call.
    bool requestWanted() const { return m_requestWanted; }
    QString requestCallId() const { return m_requestCallId; }
    QTreeWidget *recentCalls() const { return m_recent; }
    QCompleter *completer() const { return m_completer; }
    void refreshRecent();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void suggest(const QString &prefix);
    void applySuggestion(int row);
    void save(bool thenRequest);
    // Ctrl+E: the selected call back in the form, to be saved as its correction (with why).
    void startCorrection();
    void requestSelected();

    Backend m_backend;
    QDateTimeEdit *m_time = nullptr;
    QTimeZone m_zone; // the register clock's
    QComboBox *m_direction = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_outcome = nullptr;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_service = nullptr;
    QLineEdit *m_matricule = nullptr;
    QLabel *m_correctionLabel = nullptr;
    QLineEdit *m_correctionReason = nullptr;
    QString m_correcting; // the call being corrected ("" for a new call)
    QLabel *m_error = nullptr;
    QTreeWidget *m_recent = nullptr;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_suggestions = nullptr;
    QList<records::CallSuggestion> m_suggested;
    QString m_savedId;
    QString m_requestCallId;
    bool m_requestWanted = false;
};

} // namespace vigie::widgets
