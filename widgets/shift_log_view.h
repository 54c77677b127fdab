// A supervisor's review of the shift log: pick a recent shift (or a time range), filter by
// incident category, operator or camera, read every event, export it as PDF or CSV under the
// commune's header (journaled with the file's SHA-256), sign the shift (visa) or add an
// addendum. Every rule stays in core: the view enables what the user's roles allow and lets
// core decide when they act.
#pragma once

#include "widgets/shift_dialogs.h"

#include "core/records/shift_log.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace vigie::widgets {

class ShiftLogView : public QDialog
{
    Q_OBJECT
public:
    // `commune` and `centre` head every export ("Ville d'Antony", "Centre de supervision
    // urbain").
    ShiftLogView(const ShiftServices &services, const access::User &user, const QString &commune,
                 const QString &centre, QWidget *parent = nullptr);

    // Asks where to write an export of `format` ("pdf" or "csv"), proposing `suggestedPath`;
    // an empty answer cancels. A QFileDialog unless replaced (tests).
    using PathChooser = std::function<QString(const QString &format, const QString &suggestedPath)>;
    void setPathChooser(PathChooser chooser);

    // Reloads the recent shifts and the entries (after a change made elsewhere).
    void refresh();
    // Shows this shift's log if it is among the recent shifts; returns whether it is.
    bool selectShift(const QString &shiftId);
    // Shows the log of a time range instead of a shift.
    void selectRange(const QDateTime &from, const QDateTime &to);

    records::ShiftLogFilter filter() const;
    std::optional<records::Shift> selectedShift() const;
    const records::ShiftLog &log() const { return m_log; } // what the table shows
    QString errorText() const; // core's refusal or error; empty when none
    QString statusText() const; // the last export written

    // Exports what the view shows; "pdf" or "csv".
    void exportLog(const QString &format);

    QComboBox *shiftField() const { return m_shift; }
    QComboBox *categoryField() const { return m_category; }
    QComboBox *operatorField() const { return m_operator; }
    QSpinBox *cameraField() const { return m_camera; }
    QDateTimeEdit *fromField() const { return m_from; }
    QDateTimeEdit *toField() const { return m_to; }
    QTableWidget *table() const { return m_table; }
    QPushButton *exportPdfButton() const { return m_exportPdf; }
    QPushButton *exportCsvButton() const { return m_exportCsv; }
    QPushButton *signButton() const { return m_sign; }
    QPushButton *addendumButton() const { return m_addendum; }

signals:
    // A shift was signed or completed by an addendum from this view.
    void shiftChanged(const vigie::records::Shift &shift);
    // An export was written and journaled.
    void exported(const QString &path, const QString &format, const QByteArray &sha256);

private:
    void loadShifts();
    void rebuild();
    void updateButtons();
    void showError(const QString &message);
    void openShiftDialog(ShiftDialog *dialog);
    QString suggestedPath(const QString &format) const;

    ShiftServices m_services;
    access::User m_user;
    QString m_commune;
    QString m_centre;
    PathChooser m_pathChooser;
    QList<records::Shift> m_recent; // newest first, as the shift field lists them
    records::ShiftLog m_log;

    QComboBox *m_shift = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_operator = nullptr;
    QSpinBox *m_camera = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_exportPdf = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_sign = nullptr;
    QPushButton *m_addendum = nullptr;
};

} // namespace vigie::widgets
