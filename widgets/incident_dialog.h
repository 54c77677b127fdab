// The incident form, keyboard-first: the number of the category and of the sub-category is
// typed (a number that could still grow waits for its next digit, Enter or a short pause), Enter
// or Tab moves on, a digit toggles a partner (stamping the time it was alerted), Ctrl+Enter saves,
// Escape cancels. The state and its rules are records::form's reducer; this dialog only shows
// the state and sends the keys. A refused save keeps everything typed.
#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/records/incident.h"
#include "core/records/incident_form.h"
#include "core/records/incident_typology.h"
#include "widgets/help_dialog.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QImage;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTimer;

namespace vigie::widgets {

class IncidentDialog : public QDialog
{
    Q_OBJECT
public:
    using Saver = std::function<Result<records::Incident>(const records::IncidentDraft &)>;

    IncidentDialog(records::IncidentTypology typology, const records::IncidentDraft &prefilled,
                   const QString &heading, const QString &snapshotFile, Saver saver,
                   QWidget *parent = nullptr);

    // The keys eventFilter() handles, for F1: change both together.
    static QList<ShortcutInfo> keys();

    const records::form::State &state() const { return m_state; }
    const std::optional<records::Incident> &saved() const { return m_saved; }
    QString errorText() const;
    // The time source of typed numbers (tests move it on and fire digitTimer() by hand).
    void setClock(Clock clock) { m_clock = std::move(clock); }
    QTimer *digitTimer() const { return m_digitTimer; }
    // The picture of a new incident, still in memory until the incident is saved.
    void setSnapshotPreview(const QImage &picture);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void dispatch(const records::form::Action &action);
    void render();
    void save();
    void fillList(QListWidget *list, const QList<records::Category> &categories,
                  const QString &selected, bool withNone);

    records::IncidentTypology m_typology;
    records::form::State m_state;
    Saver m_saver;
    std::optional<records::Incident> m_saved;
    bool m_rendering = false;
    bool m_browsed = false; // the operator moved in the focused list with the arrows
    Clock m_clock = systemClock();
    QTimer *m_digitTimer = nullptr; // ends the wait of a number that could still grow

    QListWidget *m_categories = nullptr;
    QListWidget *m_subcategories = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_persons = nullptr;
    QListWidget *m_partners = nullptr;
    QLineEdit *m_outcome = nullptr;
    QCheckBox *m_closed = nullptr;
    QLabel *m_errors = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_snapshot = nullptr;
};

} // namespace vigie::widgets
