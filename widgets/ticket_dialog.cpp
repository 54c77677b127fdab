#include "widgets/ticket_dialog.h"

#include "core/ocr/plate_reader.h"
#include "core/verbalisation/plate.h"
#include "widgets/plate_frame_view.h"
#include "widgets/theme.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStringListModel>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

namespace vigie::widgets {

using verbalisation::NatinfOffence;
using verbalisation::Ticket;
using verbalisation::TicketInput;

struct TicketDialog::OcrOutcome
{
    std::optional<Result<std::optional<ocr::PlateSuggestion>>> result;
};

namespace {

QString euros(int cents)
{
    return QLocale().toString(cents / 100.0, 'f', 2) + QStringLiteral(" €");
}

QString offenceEntry(const NatinfOffence &offence)
{
    return TicketDialog::tr("%1 — %2 (class %3, %4)")
        .arg(offence.code, offence.label)
        .arg(offence.offenceClass)
        .arg(euros(offence.standardCents));
}

void colour(QLabel *label, const QColor &color)
{
    label->setStyleSheet(QStringLiteral("color: %1").arg(color.name()));
}

} // namespace

TicketDialog::TicketDialog(TicketDialogContext context, TicketDialogActions actions,
                           std::optional<Ticket> existing, QWidget *parent)
    : QDialog(parent), m_context(std::move(context)), m_actions(std::move(actions)),
      m_ticket(std::move(existing))
{
    setWindowTitle(tr("Video-verbalisation"));
    resize(1400, 820);
    buildForm();
    if (m_ticket)
        fillFrom(*m_ticket);
    checkPlate();
    updateOffence();
    updateWarnings();
    showFrame(0);
    m_dirty = false;
    if (m_ticket && m_ticket->state != verbalisation::TicketState::Draft)
        setReadOnly(true);
    m_plate->setFocus(Qt::OtherFocusReason);
}

TicketDialog::~TicketDialog()
{
    // Hiding the dialog takes the focus from the plate field, whose editingFinished would
    // reach a dialog already half destroyed.
    m_plate->disconnect(this);
    // The reader runs in its thread on a copy of the frame; wait for it rather than leave it
    // writing into an outcome nobody reads.
    if (m_ocrThread)
        m_ocrThread->wait();
}

void TicketDialog::buildForm()
{
    auto *heading
        = new QLabel(QStringLiteral("<b>%1</b>").arg(m_context.heading.toHtmlEscaped()), this);
    heading->setObjectName(QStringLiteral("ticketHeading"));
    auto *place = new QLabel(m_context.placeLine, this);
    auto *clock = new QLabel(m_context.clockLine, this);

    m_view = new PlateFrameView(this);
    m_view->setObjectName(QStringLiteral("frameView"));
    connect(m_view, &PlateFrameView::areaChosen, this, &TicketDialog::readPlateIn);
    auto *thumbnails = new QHBoxLayout;
    for (int i = 0; i < m_context.frames.size(); ++i) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("frame%1").arg(i + 1));
        button->setIcon(QPixmap::fromImage(
            m_context.frames[i].scaled(160, 90, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        button->setIconSize(QSize(160, 90));
        button->setCheckable(true);
        button->setAutoExclusive(true);
        button->setToolTip(tr("Frame %1 of %2 (Ctrl+%1): %3×%4")
                               .arg(i + 1)
                               .arg(m_context.frames.size())
                               .arg(m_context.frames[i].width())
                               .arg(m_context.frames[i].height()));
        connect(button, &QToolButton::clicked, this, [this, i] { showFrame(i); });
        auto *key = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(key, &QShortcut::activated, this, [this, i] { showFrame(i); });
        thumbnails->addWidget(button);
        m_thumbnails.append(button);
    }
    thumbnails->addStretch(1);

    m_ocrStatus = new QLabel(tr("Drag a rectangle over the plate to have it read."), this);
    m_ocrStatus->setObjectName(QStringLiteral("ocrStatus"));
    m_useSuggestion = new QPushButton(this);
    m_useSuggestion->setObjectName(QStringLiteral("useSuggestion"));
    m_useSuggestion->setVisible(false);
    connect(m_useSuggestion, &QPushButton::clicked, this, &TicketDialog::acceptSuggestion);
    auto *ocrRow = new QHBoxLayout;
    ocrRow->addWidget(m_ocrStatus, 1);
    ocrRow->addWidget(m_useSuggestion);

    auto *left = new QVBoxLayout;
    left->addWidget(heading);
    left->addWidget(place);
    left->addWidget(clock);
    left->addWidget(m_view, 1);
    left->addLayout(thumbnails);
    left->addLayout(ocrRow);

    m_plate = new QLineEdit(this);
    m_plate->setObjectName(QStringLiteral("plate"));
    m_plate->setPlaceholderText(tr("AB-123-CD, 1234 AB 75…"));
    m_plateStatus = new QLabel(this);
    m_plateStatus->setObjectName(QStringLiteral("plateStatus"));
    m_plateStatus->setWordWrap(true);
    m_country = new QLineEdit(this);
    m_country->setObjectName(QStringLiteral("country"));
    m_country->setMaxLength(2);
    m_country->setPlaceholderText(tr("FR"));
    m_country->setToolTip(
        tr("ISO country code of a foreign plate (DE, BE, ES…); empty for France"));
    m_make = new QLineEdit(this);
    m_make->setObjectName(QStringLiteral("make"));
    m_model = new QLineEdit(this);
    m_model->setObjectName(QStringLiteral("model"));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("category"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    // The usual categories of the SIV; any other can be typed.
    for (const QString &code :
         { QString(), QStringLiteral("VP"), QStringLiteral("VU"), QStringLiteral("MOTO"),
           QStringLiteral("CYCLO"), QStringLiteral("PL"), QStringLiteral("TCP"),
           QStringLiteral("QUAD") })
        m_category->addItem(code);
    m_category->setToolTip(tr("VP car, VU van, MOTO motorcycle, CYCLO moped, PL heavy goods "
                              "vehicle, TCP bus or coach"));
    m_colour = new QLineEdit(this);
    m_colour->setObjectName(QStringLiteral("colour"));

    m_natinf = new QLineEdit(this);
    m_natinf->setObjectName(QStringLiteral("natinf"));
    m_natinf->setPlaceholderText(tr("Code or words of the offence"));
    QStringList entries;
    for (const NatinfOffence &offence : std::as_const(m_context.offences))
        entries << offenceEntry(offence);
    m_offenceModel = new QStringListModel(entries, this);
    auto *completer = new QCompleter(m_offenceModel, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    m_natinf->setCompleter(completer);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this] { updateOffence(); });
    m_offence = new QLabel(this);
    m_offence->setObjectName(QStringLiteral("offence"));
    m_offence->setWordWrap(true);
    if (m_context.offences.isEmpty()) {
        m_offence->setText(tr("No offence may be recorded: the NATINF catalogue has no code "
                              "valid today that you may use. Ask an administrator to import it."));
        colour(m_offence, colors::lost);
    }
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("ticketWarnings"));
    m_warnings->setWordWrap(true);
    colour(m_warnings, colors::warning);
    m_matricule = new QLineEdit(m_context.matricule, this);
    m_matricule->setObjectName(QStringLiteral("matricule"));
    m_service = new QLineEdit(m_context.serviceCode, this);
    m_service->setObjectName(QStringLiteral("serviceCode"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Plate"), m_plate);
    form->addRow(QString(), m_plateStatus);
    form->addRow(tr("C&ountry"), m_country);
    form->addRow(tr("&Make"), m_make);
    form->addRow(tr("Mo&del"), m_model);
    form->addRow(tr("Ca&tegory"), m_category);
    form->addRow(tr("Co&lour"), m_colour);
    form->addRow(tr("&NATINF offence"), m_natinf);
    form->addRow(QString(), m_offence);
    form->addRow(QString(), m_warnings);
    form->addRow(tr("Matric&ule"), m_matricule);
    form->addRow(tr("&Service code"), m_service);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("ticketMessage"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("Save draft (Ctrl+S)"), QDialogButtonBox::ActionRole);
    m_validateButton
        = buttons->addButton(tr("Validate (Ctrl+Enter)"), QDialogButtonBox::ActionRole);
    QPushButton *close = buttons->addButton(tr("Close (Esc)"), QDialogButtonBox::RejectRole);
    // Enter in a field moves on; it never saves, validates or closes by accident.
    for (QPushButton *b : { m_saveButton, m_validateButton, close })
        b->setAutoDefault(false);
    connect(m_saveButton, &QPushButton::clicked, this, &TicketDialog::saveDraft);
    connect(m_validateButton, &QPushButton::clicked, this, &TicketDialog::validateTicket);
    connect(buttons, &QDialogButtonBox::rejected, this, &TicketDialog::reject);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_S), this), &QShortcut::activated, this,
            &TicketDialog::saveDraft);

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addStretch(1);
    right->addWidget(m_message);
    right->addWidget(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);

    for (QLineEdit *edit :
         { m_plate, m_country, m_make, m_model, m_colour, m_natinf, m_matricule, m_service })
        edit->installEventFilter(this);
    m_category->installEventFilter(this);
    m_useSuggestion->installEventFilter(this);

    connect(m_plate, &QLineEdit::textEdited, this, [this] {
        m_dirty = true;
        checkPlate();
    });
    connect(m_country, &QLineEdit::textEdited, this, [this] {
        m_dirty = true;
        checkPlate();
    });
    connect(m_plate, &QLineEdit::editingFinished, this, [this] {
        normalisePlateField();
        updateWarnings();
    });
    connect(m_natinf, &QLineEdit::textEdited, this, [this] {
        m_dirty = true;
        updateOffence();
    });
    for (QLineEdit *edit : { m_make, m_model, m_colour })
        connect(edit, &QLineEdit::textEdited, this, [this] { m_dirty = true; });
    connect(m_category, &QComboBox::currentTextChanged, this, [this] { m_dirty = true; });
}

void TicketDialog::fillFrom(const Ticket &ticket)
{
    const TicketInput in = ticket.input();
    m_plate->setText(in.plate);
    m_country->setText(in.country == QStringLiteral("FR") ? QString() : in.country);
    m_make->setText(in.make);
    m_model->setText(in.model);
    m_category->setCurrentText(in.category);
    m_colour->setText(in.colour);
    const auto offence = std::find_if(m_context.offences.cbegin(), m_context.offences.cend(),
                                      [&](const NatinfOffence &o) { return o.code == in.natinf; });
    m_natinf->setText(offence != m_context.offences.cend() ? offenceEntry(*offence) : in.natinf);
    if (!ticket.matricule.isEmpty())
        m_matricule->setText(ticket.matricule);
    if (!ticket.serviceCode.isEmpty())
        m_service->setText(ticket.serviceCode);
}

void TicketDialog::setOcrDataPath(const QString &path)
{
    m_ocrDataPath = path;
    m_reader.reset();
}

TicketInput TicketDialog::input() const
{
    TicketInput in;
    in.plate = m_plate->text().trimmed();
    in.country = m_country->text().trimmed().toUpper();
    in.make = m_make->text().trimmed();
    in.model = m_model->text().trimmed();
    in.category = m_category->currentText().trimmed();
    in.colour = m_colour->text().trimmed();
    in.natinf = offenceCode();
    return in;
}

QString TicketDialog::offenceCode() const
{
    // "6215 — Arrêt…": the code is the leading digits, whether picked or typed.
    const QString text = m_natinf->text().trimmed();
    qsizetype end = 0;
    while (end < text.size() && text[end].isDigit())
        ++end;
    return text.left(end);
}

QString TicketDialog::plateStatus() const
{
    return m_plateStatus->text();
}

QString TicketDialog::message() const
{
    return m_message->text();
}

QString TicketDialog::warningText() const
{
    return m_warnings->text();
}

void TicketDialog::checkPlate()
{
    const QString typed = m_plate->text().trimmed();
    if (typed.isEmpty()) {
        m_plateValid = false;
        m_plateStatus->setText(tr("Type the plate: lower case, spaces or no separator are fine."));
        colour(m_plateStatus, colors::dimText);
        return;
    }
    const Result<verbalisation::Plate> plate
        = verbalisation::PlateRules::normalise(typed, m_country->text().trimmed());
    m_plateValid = plate.ok();
    if (plate.ok()) {
        m_plateStatus->setText(
            tr("✔ %1 (%2)").arg(plate.value().text, plate.value().formatLabel()));
        colour(m_plateStatus, colors::live);
    } else {
        m_plateStatus->setText(tr("✖ %1").arg(plate.error()));
        colour(m_plateStatus, colors::lost);
    }
}

void TicketDialog::normalisePlateField()
{
    const Result<verbalisation::Plate> plate = verbalisation::PlateRules::normalise(
        m_plate->text().trimmed(), m_country->text().trimmed());
    if (plate.ok() && plate.value().text != m_plate->text())
        m_plate->setText(plate.value().text);
}

void TicketDialog::updateOffence()
{
    if (m_context.offences.isEmpty())
        return;
    const QString code = offenceCode();
    const auto offence = std::find_if(m_context.offences.cbegin(), m_context.offences.cend(),
                                      [&](const NatinfOffence &o) { return o.code == code; });
    if (code.isEmpty()) {
        m_offence->setText(tr("Type the code or words of the offence; ↓ lists the matches."));
        colour(m_offence, colors::dimText);
        return;
    }
    if (offence == m_context.offences.cend()) {
        m_offence->setText(tr("NATINF %1 is not in the offences you may record today (unknown, "
                              "expired, or not open to your status).")
                               .arg(code));
        colour(m_offence, colors::lost);
        return;
    }
    QString text = tr("%1 — %2 — class %3 — %4")
                       .arg(offence->label, offence->legalReference)
                       .arg(offence->offenceClass)
                       .arg(euros(offence->standardCents));
    if (offence->reducedCents > 0 || offence->increasedCents > 0)
        text += tr(" (reduced %1, increased %2)")
                    .arg(euros(offence->reducedCents), euros(offence->increasedCents));
    if (offence->toBeChecked)
        text += tr(" — to be checked by a jurist");
    m_offence->setText(text);
    colour(m_offence, offence->toBeChecked ? colors::warning : colors::text);
}

void TicketDialog::updateWarnings()
{
    QStringList lines;
    if (m_actions.warnings)
        lines = m_actions.warnings(input());
    m_warnings->setText(lines.join(QLatin1Char('\n')));
    m_warnings->setVisible(!lines.isEmpty());
}

void TicketDialog::showFrame(int index)
{
    if (index < 0 || index >= m_context.frames.size()) {
        m_view->setPicture(QImage());
        return;
    }
    m_view->setPicture(m_context.frames[index]);
    m_thumbnails[index]->setChecked(true);
}

void TicketDialog::readPlateIn(const QRect &pictureRect)
{
    if (m_ocrThread) // one read at a time: the next drag waits for this one
        return;
    if (!m_reader)
        m_reader = std::make_shared<ocr::PlateReader>(m_ocrDataPath);
    m_suggestion.clear();
    m_useSuggestion->setVisible(false);
    m_ocrStatus->setText(tr("Reading the plate…"));
    colour(m_ocrStatus, colors::dimText);
    auto outcome = std::make_shared<OcrOutcome>();
    // The reader and the picture are shared with the thread; the dialog waits for it on close.
    m_ocrThread
        = QThread::create([reader = m_reader, picture = m_view->picture(), pictureRect, outcome] {
              outcome->result.emplace(reader->read(picture, pictureRect));
          });
    m_ocrThread->setParent(this);
    connect(m_ocrThread, &QThread::finished, this, [this, outcome] { onOcrDone(outcome); });
    m_ocrThread->start(QThread::LowPriority);
}

void TicketDialog::onOcrDone(const std::shared_ptr<OcrOutcome> &outcome)
{
    m_ocrThread->deleteLater();
    m_ocrThread = nullptr;
    const auto &result = *outcome->result;
    if (!result.ok()) {
        m_ocrStatus->setText(result.error());
        colour(m_ocrStatus, colors::lost);
    } else if (!result.value()) {
        m_ocrStatus->setText(tr("No plate read in this rectangle: draw it closer around the "
                                "plate, or type the plate."));
        colour(m_ocrStatus, colors::warning);
    } else {
        const ocr::PlateSuggestion &found = *result.value();
        m_suggestion = found.text;
        // Offered, never applied: the agent reads it against the picture and accepts it.
        m_ocrStatus->setText(tr("Read: %1 (confidence %2 %). Check it against the picture.")
                                 .arg(found.text)
                                 .arg(found.confidence));
        colour(m_ocrStatus, colors::text);
        m_useSuggestion->setText(tr("Use %1 (Enter)").arg(found.text));
        m_useSuggestion->setVisible(true);
        m_useSuggestion->setFocus(Qt::OtherFocusReason);
    }
    emit ocrFinished();
}

void TicketDialog::acceptSuggestion()
{
    if (m_suggestion.isEmpty() || m_plate->isReadOnly())
        return;
    m_plate->setText(m_suggestion);
    m_dirty = true;
    m_suggestion.clear();
    m_useSuggestion->setVisible(false);
    m_ocrStatus->setText(tr("Plate taken from the reading; correct it if needed."));
    colour(m_ocrStatus, colors::dimText);
    checkPlate();
    updateWarnings();
    m_plate->setFocus(Qt::OtherFocusReason);
}

void TicketDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    colour(m_message, error ? colors::lost : colors::live);
}

bool TicketDialog::persist()
{
    if (m_plate->isReadOnly() || !m_actions.save)
        return false;
    normalisePlateField();
    const Result<Ticket> saved = m_actions.save(m_ticket ? m_ticket->id : QString(), input());
    if (!saved.ok()) {
        // Core refused or failed (rights, camera, disk...): say why, keep everything typed.
        showMessage(saved.error(), true);
        return false;
    }
    m_ticket = saved.value();
    m_dirty = false;
    emit ticketSaved(*m_ticket);
    return true;
}

void TicketDialog::saveDraft()
{
    if (persist()) {
        showMessage(tr("Draft %1 saved.").arg(m_ticket->number), false);
        updateWarnings();
    }
}

void TicketDialog::validateTicket()
{
    if (m_plate->isReadOnly() || !m_actions.validate)
        return;
    if (!persist())
        return;
    const Result<Ticket> validated = m_actions.validate(m_ticket->id, m_matricule->text().trimmed(),
                                                        m_service->text().trimmed());
    if (!validated.ok()) {
        showMessage(validated.error(), true);
        return;
    }
    m_ticket = validated.value();
    emit ticketSaved(*m_ticket);
    accept();
}

void TicketDialog::setReadOnly(bool readOnly)
{
    for (QLineEdit *edit :
         { m_plate, m_country, m_make, m_model, m_colour, m_natinf, m_matricule, m_service })
        edit->setReadOnly(readOnly);
    m_category->setEnabled(!readOnly);
    m_saveButton->setVisible(!readOnly);
    m_validateButton->setVisible(!readOnly);
    if (readOnly && m_ticket)
        showMessage(tr("Ticket %1 is %2: it can no longer be edited, only cancelled from the "
                       "ticket list.")
                        .arg(m_ticket->number, verbalisation::ticketStateLabel(m_ticket->state)),
                    false);
}

void TicketDialog::reject()
{
    if (m_dirty && !m_plate->isReadOnly()) {
        QMessageBox box(QMessageBox::Question, tr("Video-verbalisation"),
                        tr("Close without saving? What was typed since the last save is lost."),
                        QMessageBox::NoButton, this);
        QPushButton *close = box.addButton(tr("Close without saving"), QMessageBox::AcceptRole);
        QPushButton *stay = box.addButton(tr("Keep editing"), QMessageBox::RejectRole);
        box.setDefaultButton(stay);
        box.setEscapeButton(stay);
        box.exec();
        if (box.clickedButton() != close)
            return;
    }
    QDialog::reject();
}

bool TicketDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (!enter)
        return QDialog::eventFilter(watched, event);
    if (key->modifiers() & Qt::ControlModifier) {
        validateTicket();
        return true;
    }
    if (watched == m_useSuggestion) {
        acceptSuggestion();
        return true;
    }
    if (watched == m_natinf && m_natinf->completer()->popup()->isVisible())
        return QDialog::eventFilter(watched, event);
    // Enter moves on to the next field, as in the incident dialog.
    focusNextChild();
    return true;
}

QList<ShortcutInfo> TicketDialog::keys()
{
    const QString section = tr("Video-verbalisation dialog");
    return {
        { QKeySequence(), tr("Enter or Tab"), tr("Next field; accepts the plate read"), section },
        { QKeySequence(), tr("Down arrow"), tr("List the NATINF offences matching what is typed"),
          section },
        { QKeySequence(), tr("Ctrl+1 to Ctrl+3"), tr("Show frame 1 to 3"), section },
        { QKeySequence(), tr("Mouse drag"), tr("Read the plate in a rectangle of the frame"),
          section },
        { QKeySequence(), tr("Ctrl+S"), tr("Save the draft"), section },
        { QKeySequence(), tr("Ctrl+Enter"), tr("Validate the ticket"), section },
        { QKeySequence(), tr("Escape"), tr("Close"), section },
    };
}

} // namespace vigie::widgets
