// The video-verbalisation ticket, keyboard-first: the frames captured live (thumbnails, the
// chosen one large, a rectangle dragged over the plate gets an OCR suggestion that the agent
// accepts with Enter or ignores), the plate checked and normalised as it is typed, the vehicle,
// the NATINF offence picked with completion, then Save draft (Ctrl+S) or Validate (Ctrl+Enter)
// with matricule and service code. Core decides; a refusal or a failure is shown in the dialog,
// which stays open with everything typed. A validated ticket opens read-only.
#pragma once

#include "core/common/result.h"
#include "core/verbalisation/natinf_catalogue.h"
#include "core/verbalisation/ticket.h"
#include "widgets/help_dialog.h"

#include <QDialog>
#include <QImage>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QThread;
class QToolButton;

namespace vigie::ocr {
class PlateReader;
}

namespace vigie::widgets {

class PlateFrameView;

// What the dialog shows of the capture, and the offences this agent may pick on its day.
struct TicketDialogContext
{
    QString heading; // "Caméra 012 Rue de la Mairie — 05/12/2026 02:10:33"
    QString placeLine; // place and INSEE code
    QString clockLine; // the clock's state at capture (ClockSync::describe())
    QList<QImage> frames;
    // Offences valid on the capture day that this agent may record (an ASVP: parking only).
    QList<verbalisation::NatinfOffence> offences;
    QString matricule; // the agent's, prefilled for validation
    QString serviceCode;
};

// Core's side of the dialog; each call may refuse with a message in the operator's language.
struct TicketDialogActions
{
    // Creates the draft (an empty id) or updates the draft with that id.
    std::function<Result<verbalisation::Ticket>(const QString &ticketId,
                                                const verbalisation::TicketInput &)>
        save;
    std::function<Result<verbalisation::Ticket>(const QString &ticketId, const QString &matricule,
                                                const QString &serviceCode)>
        validate;
    // Warnings that do not stop the ticket (duplicate plate at this place, clock not
    // synchronised, frames missing), for the input as typed so far.
    std::function<QStringList(const verbalisation::TicketInput &)> warnings;
};

class TicketDialog : public QDialog
{
    Q_OBJECT
public:
    // `existing`: a ticket opened from the list (read-only unless still a draft).
    TicketDialog(TicketDialogContext context, TicketDialogActions actions,
                 std::optional<verbalisation::Ticket> existing = std::nullopt,
                 QWidget *parent = nullptr);
    ~TicketDialog() override;

    // The keys of the dialog, for F1.
    static QList<ShortcutInfo> keys();
    // OCR from this folder of Tesseract data instead of the system's (tests).
    void setOcrDataPath(const QString &path);

    verbalisation::TicketInput input() const;
    const std::optional<verbalisation::Ticket> &ticket() const { return m_ticket; }
    bool plateValid() const { return m_plateValid; }
    QString plateStatus() const;
    QString message() const;
    QString warningText() const;
    // The OCR's offer, empty when none is pending; it is never written into the plate field
    // until accepted.
    QString suggestion() const { return m_suggestion; }
    bool ocrBusy() const { return m_ocrThread != nullptr; }

    // Reads the plate in this rectangle of the frame shown (what a drag does).
    void readPlateIn(const QRect &pictureRect);
    void acceptSuggestion();
    void showFrame(int index);
    PlateFrameView *frameView() const { return m_view; }

signals:
    // The OCR finished: a suggestion is on offer (suggestion() non-empty) or it said why not.
    void ocrFinished();
    void ticketSaved(const vigie::verbalisation::Ticket &ticket);

protected:
    void reject() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct OcrOutcome;
    void buildForm();
    void fillFrom(const verbalisation::Ticket &ticket);
    void checkPlate();
    void normalisePlateField();
    void updateOffence();
    void updateWarnings();
    void onOcrDone(const std::shared_ptr<OcrOutcome> &outcome);
    void saveDraft();
    void validateTicket();
    bool persist(); // saves the draft as typed; false with the message shown
    void setReadOnly(bool readOnly);
    void showMessage(const QString &text, bool error);
    QString offenceCode() const;

    TicketDialogContext m_context;
    TicketDialogActions m_actions;
    std::optional<verbalisation::Ticket> m_ticket;
    bool m_plateValid = false;
    bool m_dirty = false;
    QString m_suggestion;
    QString m_ocrDataPath;
    std::shared_ptr<ocr::PlateReader> m_reader;
    QThread *m_ocrThread = nullptr;

    PlateFrameView *m_view = nullptr;
    QList<QToolButton *> m_thumbnails;
    QLabel *m_ocrStatus = nullptr;
    QPushButton *m_useSuggestion = nullptr;
    QLineEdit *m_plate = nullptr;
    QLabel *m_plateStatus = nullptr;
    QLineEdit *m_country = nullptr;
    QLineEdit *m_make = nullptr;
    QLineEdit *m_model = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_colour = nullptr;
    QLineEdit *m_natinf = nullptr;
    QStringListModel *m_offenceModel = nullptr;
    QLabel *m_offence = nullptr;
    QLabel *m_warnings = nullptr;
    QLineEdit *m_matricule = nullptr;
    QLineEdit *m_service = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_validateButton = nullptr;
};

} // namespace vigie::widgets
