// The incident form as a state and a reducer, without any widget: the dialog sends actions
// (keys the operator pressed) and shows the state. Keyboard-first: a digit picks a category,
// Enter moves on, one key per partner stamps the time it was alerted, Ctrl+Enter saves.
#pragma once

#include "core/records/incident.h"
#include "core/records/incident_typology.h"

#include <QStringList>

#include <variant>

namespace vigie::records::form {

enum class Field { Category, Subcategory, Description, Persons, Partners, Outcome, Review };

struct State
{
    IncidentDraft draft;
    Field focus = Field::Category;
    QStringList errors; // in the operator's language
    bool readyToSave = false;
};

struct ChooseByNumber // a digit key: 1-based position in the list the focus shows; 0 = none
{
    int number = 0;
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
using Action = std::variant<ChooseByNumber, ChooseCode, SetText, TogglePartner, SetClosed, Next,
                            Back, Submit>;

State start(const IncidentDraft &prefilled);
State reduce(State state, const Action &action, const IncidentTypology &typology);
// The categories the focused field offers, in the order their digit keys pick them.
QList<Category> choices(const State &state, const IncidentTypology &typology);
QStringList validate(const IncidentDraft &draft, const IncidentTypology &typology);

} // namespace vigie::records::form
