// The incident form as a state and a reducer, without any widget: the dialog sends actions
// (keys the operator pressed) and shows the state. Keyboard-first: the number of a category is
// typed (a number that could still grow, such as 1 among ten categories, waits for its next
// digit, for Enter or for a short pause), Enter always moves to the next field, one key per
// partner stamps the time it was alerted, Ctrl+Enter saves.
#pragma once

#include "core/records/incident.h"
#include "core/records/incident_typology.h"

#include <QDateTime>
#include <QStringList>

#include <variant>

namespace vigie::records::form {

enum class Field { Category, Subcategory, Description, Persons, Partners, Outcome, Review };

// How long a number that could still grow waits for its next digit before it is taken.
inline constexpr int kDigitWait_ms = 1200;

struct State
{
    IncidentDraft draft;
    Field focus = Field::Category;
    QStringList errors; // in the operator's language
    bool readyToSave = false;
    // The number being typed in the focused list while another digit could still extend it
    // ("1" among ten categories may become "10"), and when its last digit came.
    QString digits;
    QDateTime digitsAt;
    int digitWait_ms = kDigitWait_ms;
};

struct ChooseByNumber // 1-based position in the list the focus shows; 0 = no sub-category
{
    int number = 0;
};
struct TypeDigit // a digit key in the category or sub-category list, at the clock's time
{
    int digit = 0;
    QDateTime at;
};
struct Tick // the clock moved on: a number that waited long enough for its next digit is taken
{
    QDateTime at;
};
struct ChooseCode
{
    QString code;
};
struct SetText
{
    Field field;
    QString text;
};
struct TogglePartner
{
    QString partner;
    QDateTime at;
};
struct SetClosed
{
    bool closed = false;
};
struct Next
{
};
struct Back
{
};
struct Submit
{
};
using Action = std::variant<ChooseByNumber, TypeDigit, Tick, ChooseCode, SetText, TogglePartner,
                            SetClosed, Next, Back, Submit>;

State start(const IncidentDraft &prefilled);
State reduce(State state, const Action &action, const IncidentTypology &typology);
// The categories the focused field offers, in the order their digit keys pick them.
QList<Category> choices(const State &state, const IncidentTypology &typology);
QStringList validate(const IncidentDraft &draft, const IncidentTypology &typology);

} // namespace vigie::records::form
