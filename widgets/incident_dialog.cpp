#include "widgets/incident_dialog.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace vigie::widgets {

using namespace records::form;

IncidentDialog::IncidentDialog(records::IncidentTypology typology,
                               const records::IncidentDraft &prefilled, const QString &heading,
                               const QString &snapshotFile, Saver saver, QWidget *parent)
    : QDialog(parent), m_typology(std::move(typology)), m_state(start(prefilled)),
      m_saver(std::move(saver))
{
    setWindowTitle(tr("Incident — main courante"));
    resize(980, 780);

    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(heading.toHtmlEscaped()), this);
    auto *snapshot = m_snapshot = new QLabel(this);
    if (!snapshotFile.isEmpty())
        setSnapshotPreview(QImage(snapshotFile));

    m_categories = new QListWidget(this);
    m_categories->setObjectName(QStringLiteral("categories"));
    m_subcategories = new QListWidget(this);
    m_subcategories->setObjectName(QStringLiteral("subcategories"));
    // Every category visible at once: the operator reads the number, no scrolling.
    for (QListWidget *list : { m_categories, m_subcategories })
        list->setMinimumHeight(230);
    m_description = new QPlainTextEdit(prefilled.description, this);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_persons = new QLineEdit(prefilled.persons, this);
    m_persons->setObjectName(QStringLiteral("persons"));
    m_persons->setPlaceholderText(tr("Only where the intervention needs it"));
    m_partners = new QListWidget(this);
    m_partners->setObjectName(QStringLiteral("partners"));
    m_outcome = new QLineEdit(prefilled.outcome, this);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_closed = new QCheckBox(tr("Incident closed"), this);
    m_closed->setChecked(prefilled.closed);
    m_errors = new QLabel(this);
    m_errors->setObjectName(QStringLiteral("loginError"));
    m_errors->setWordWrap(true);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("emptyState"));
    m_digitTimer = new QTimer(this);
    m_digitTimer->setSingleShot(true);
    connect(m_digitTimer, &QTimer::timeout, this, [this] { dispatch(Tick { m_clock() }); });

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("1. Category (number, Enter)"), this), 0, 0);
    grid->addWidget(new QLabel(tr("2. Sub-category (number, 0 or Enter for none)"), this), 0, 1);
    grid->addWidget(m_categories, 1, 0);
    grid->addWidget(m_subcategories, 1, 1);
    grid->addWidget(new QLabel(tr("3. What happened"), this), 2, 0, 1, 2);
    grid->addWidget(m_description, 3, 0, 1, 2);
    grid->addWidget(new QLabel(tr("4. Persons involved"), this), 4, 0, 1, 2);
    grid->addWidget(m_persons, 5, 0, 1, 2);
    grid->addWidget(new QLabel(tr("5. Partners alerted (digit stamps the time)"), this), 6, 0);
    grid->addWidget(new QLabel(tr("6. Outcome"), this), 6, 1);
    grid->addWidget(m_partners, 7, 0, 2, 1);
    grid->addWidget(m_outcome, 7, 1);
    grid->addWidget(m_closed, 8, 1, Qt::AlignTop);
    grid->setRowStretch(1, 2);
    grid->setRowStretch(3, 1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *saveButton
        = buttons->addButton(tr("Save (Ctrl+Enter)"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Cancel (Esc)"), QDialogButtonBox::RejectRole);
    saveButton->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { dispatch(Submit {}); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(title, 1);
    top->addWidget(snapshot);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(grid);
    layout->addWidget(m_hint);
    layout->addWidget(m_errors);
    layout->addWidget(buttons);

    for (QWidget *w :
         std::initializer_list<QWidget *> { m_categories, m_subcategories, m_description, m_persons,
                                            m_partners, m_outcome, m_closed })
        w->installEventFilter(this);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_rendering)
            dispatch(SetText { Field::Description, m_description->toPlainText() });
    });
    connect(m_persons, &QLineEdit::textEdited, this, [this](const QString &text) {
        dispatch(SetText { Field::Persons, text });
    });
    connect(m_outcome, &QLineEdit::textEdited, this, [this](const QString &text) {
        dispatch(SetText { Field::Outcome, text });
    });
    connect(m_closed, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_rendering)
            dispatch(SetClosed { on });
    });
    connect(m_categories, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        dispatch(ChooseCode { item->data(Qt::UserRole).toString() });
    });
    connect(m_subcategories, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString code = item->data(Qt::UserRole).toString();
        if (code.isEmpty())
            dispatch(ChooseByNumber { 0 });
        else
            dispatch(ChooseCode { code });
    });
    connect(m_partners, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        dispatch(TogglePartner { item->data(Qt::UserRole).toString(), m_clock() });
    });
    render();
}

void IncidentDialog::setSnapshotPreview(const QImage &picture)
{
    if (!picture.isNull())
        m_snapshot->setPixmap(QPixmap::fromImage(
            picture.scaled(240, 135, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

QString IncidentDialog::errorText() const
{
    return m_errors->text();
}

void IncidentDialog::fillList(QListWidget *list, const QList<records::Category> &categories,
                              const QString &selected, bool withNone)
{
    list->clear();
    if (withNone) {
        auto *none = new QListWidgetItem(tr("0  (none)"), list);
        none->setData(Qt::UserRole, QString());
    }
    for (int i = 0; i < categories.size(); ++i) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  %2").arg(i + 1).arg(categories[i].label), list);
        item->setData(Qt::UserRole, categories[i].code);
        if (categories[i].code == selected)
            list->setCurrentItem(item);
    }
}

void IncidentDialog::render()
{
    m_rendering = true;
    const records::IncidentDraft &d = m_state.draft;
    fillList(m_categories, m_typology.topLevel(), d.category, false);
    fillList(m_subcategories, m_typology.children(d.category), d.subcategory,
             !d.category.isEmpty());
    // The number being typed shows as the entry it will pick.
    if (!m_state.digits.isEmpty()) {
        QListWidget *list = m_state.focus == Field::Category ? m_categories : m_subcategories;
        const int number = m_state.digits.toInt();
        const int row = list == m_subcategories ? number : number - 1; // row 0: "none"
        if (row >= 0 && row < list->count())
            list->setCurrentRow(row);
    }
    if (m_description->toPlainText() != d.description)
        m_description->setPlainText(d.description);
    m_closed->setChecked(d.closed);
    m_partners->clear();
    const QStringList codes = records::partnerCodes();
    for (int i = 0; i < codes.size(); ++i) {
        const auto alert
            = std::find_if(d.partners.cbegin(), d.partners.cend(),
                           [&](const records::PartnerAlert &p) { return p.partner == codes[i]; });
        QString text = QStringLiteral("%1  %2").arg(i + 1).arg(records::partnerLabel(codes[i]));
        if (alert != d.partners.cend())
            text = QStringLiteral("✔ ") + text + QStringLiteral("  — ")
                + alert->alertedAt.toString(QStringLiteral("HH:mm:ss"));
        auto *item = new QListWidgetItem(text, m_partners);
        item->setData(Qt::UserRole, codes[i]);
    }
    m_errors->setText(m_state.errors.join(QLatin1Char('\n')));
    QWidget *focus = nullptr;
    QString hint;
    switch (m_state.focus) {
    case Field::Category:
        focus = m_categories;
        hint = m_state.digits.isEmpty()
            ? tr("Type the number of the category.")
            : tr("Category %1… type its second digit, or Enter.").arg(m_state.digits);
        break;
    case Field::Subcategory:
        focus = m_subcategories;
        hint = m_state.digits.isEmpty()
            ? tr("Type the number of the sub-category; 0 or Enter for none.")
            : tr("Sub-category %1… type its second digit, or Enter.").arg(m_state.digits);
        break;
    case Field::Description:
        focus = m_description;
        hint = tr("Describe what happened; Enter moves on, Shift+Enter starts a new line.");
        break;
    case Field::Persons:
        focus = m_persons;
        hint = tr("Persons involved, only where needed; Enter moves on.");
        break;
    case Field::Partners:
        focus = m_partners;
        hint = tr("Type the number of each partner alerted; Enter moves on.");
        break;
    case Field::Outcome:
    case Field::Review:
        focus = m_outcome;
        hint = tr("Outcome; Ctrl+Enter saves.");
        break;
    }
    m_hint->setText(hint);
    if (focus && !focus->hasFocus()) {
        m_browsed = false;
        focus->setFocus(Qt::OtherFocusReason);
    }
    m_rendering = false;
}

void IncidentDialog::dispatch(const Action &action)
{
    m_state = reduce(m_state, action, m_typology);
    if (m_state.digits.isEmpty())
        m_digitTimer->stop();
    else
        m_digitTimer->start(m_state.digitWait_ms);
    if (m_state.readyToSave) {
        save();
        return;
    }
    render();
}

void IncidentDialog::save()
{
    const Result<records::Incident> result = m_saver(m_state.draft);
    if (result.ok()) {
        m_saved = result.value();
        accept();
        return;
    }
    // Core refused (rights, full disk...): say why and keep everything typed.
    m_state.readyToSave = false;
    m_state.errors = { result.error() };
    render();
}

QList<ShortcutInfo> IncidentDialog::keys()
{
    const QString section = tr("Incident dialog");
    return {
        { QKeySequence(), tr("Digit"),
          tr("Choose the category or sub-category (0: none); tick a partner and stamp the time"),
          section },
        { QKeySequence(), tr("Enter or Tab"), tr("Next field"), section },
        { QKeySequence(), tr("Shift+Tab"), tr("Previous field"), section },
        { QKeySequence(), tr("Shift+Enter"), tr("New line in the description"), section },
        { QKeySequence(), tr("Ctrl+Enter"), tr("Save the incident"), section },
        { QKeySequence(), tr("Escape"), tr("Cancel"), section },
    };
}

bool IncidentDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool ctrl = key->modifiers() & Qt::ControlModifier;
    const bool shift = key->modifiers() & Qt::ShiftModifier;
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (enter && ctrl) {
        dispatch(Submit {});
        return true;
    }
    const bool inList
        = watched == m_categories || watched == m_subcategories || watched == m_partners;
    if (inList && key->key() >= Qt::Key_0 && key->key() <= Qt::Key_9) {
        const int digit = key->key() - Qt::Key_0;
        if (watched == m_partners) {
            const QStringList codes = records::partnerCodes();
            if (digit >= 1 && digit <= codes.size())
                dispatch(TogglePartner { codes[digit - 1], m_clock() });
        } else {
            dispatch(TypeDigit { digit, m_clock() });
        }
        return true;
    }
    if (watched == m_categories || watched == m_subcategories) {
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
        case Qt::Key_Home:
        case Qt::Key_End:
            m_browsed = true;
            break;
        default:
            break;
        }
        // Enter never saves from a list: it takes the entry the arrows chose, or the number
        // being typed, or moves on to the next field.
        if (enter) {
            auto *list = static_cast<QListWidget *>(watched);
            const QListWidgetItem *item = list->currentItem();
            if (m_browsed && item && m_state.digits.isEmpty()) {
                const QString code = item->data(Qt::UserRole).toString();
                if (code.isEmpty())
                    dispatch(ChooseByNumber { 0 });
                else
                    dispatch(ChooseCode { code });
            } else {
                dispatch(Next {});
            }
            return true;
        }
    }
    if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
        dispatch(key->key() == Qt::Key_Backtab ? Action(Back {}) : Action(Next {}));
        return true;
    }
    if (enter && !shift
        && (watched == m_description || watched == m_persons || watched == m_partners
            || watched == m_outcome)) {
        if (watched == m_outcome)
            dispatch(Submit {});
        else
            dispatch(Next {});
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace vigie::widgets
