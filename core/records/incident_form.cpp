#include "core/records/incident_form.h"

#include <QCoreApplication>

namespace vigie::records::form {
namespace {

Field after(Field field, const State &state)
{
    switch (field) {
    case Field::Category:
        // Every chosen category stops on its sub-categories, even with none to offer: the
        // operator's "digit, then 0 for none" never lands in the description.
        return state.draft.category.isEmpty() ? Field::Description : Field::Subcategory;
    case Field::Subcategory:
        return Field::Description;
    case Field::Description:
        return Field::Persons;
    case Field::Persons:
        return Field::Partners;
    case Field::Partners:
        return Field::Outcome;
    case Field::Outcome:
    case Field::Review:
        return Field::Review;
    }
    return Field::Review;
}

Field before(Field field, const State &state)
{
    switch (field) {
    case Field::Category:
    case Field::Subcategory:
        return Field::Category;
    case Field::Description:
        return state.draft.category.isEmpty() ? Field::Category : Field::Subcategory;
    case Field::Persons:
        return Field::Description;
    case Field::Partners:
        return Field::Persons;
    case Field::Outcome:
        return Field::Partners;
    case Field::Review:
        return Field::Outcome;
    }
    return Field::Category;
}

void choose(State &state, const QString &code)
{
    if (state.focus == Field::Category) {
        if (state.draft.category != code)
            state.draft.subcategory.clear();
        state.draft.category = code;
    } else {
        state.draft.subcategory = code;
    }
    state.focus = after(state.focus, state);
}

// Takes the number typed in the focused list: 0 is "no sub-category", a number past the list
// picks nothing.
void chooseNumber(State &state, int number, const IncidentTypology &typology)
{
    state.digits.clear();
    const QList<Category> list = choices(state, typology);
    if (state.focus == Field::Subcategory && number == 0) {
        state.draft.subcategory.clear();
        state.focus = Field::Description;
    } else if (number >= 1 && number <= list.size()) {
        choose(state, list[number - 1].code);
    }
}

// A number still waiting for its next digit is taken as it stands.
void settle(State &state, const IncidentTypology &typology)
{
    if (!state.digits.isEmpty())
        chooseNumber(state, state.digits.toInt(), typology);
}

bool waitedEnough(const State &state, const QDateTime &at)
{
    return !state.digits.isEmpty()
        && (!at.isValid() || !state.digitsAt.isValid()
            || state.digitsAt.msecsTo(at) >= state.digitWait_ms);
}

void typeDigit(State &state, const TypeDigit &key, const IncidentTypology &typology)
{
    if (waitedEnough(state, key.at))
        settle(state, typology); // the pause ended the previous number: this digit starts anew
    if ((state.focus != Field::Category && state.focus != Field::Subcategory) || key.digit < 0
        || key.digit > 9)
        return;
    state.digits.append(QChar(u'0' + key.digit));
    state.digitsAt = key.at;
    const int count = int(choices(state, typology).size());
    const int number = state.digits.toInt();
    // Below ten entries every number has one digit; from ten on, "1" may become "10" to "19"
    // and "0" may become "01" to "09", so they wait. A number that no digit can extend is taken.
    const bool couldGrow = count >= 10 && number * 10 <= count && state.digits.size() < 2;
    if (!couldGrow)
        chooseNumber(state, number, typology);
}

} // namespace

State start(const IncidentDraft &prefilled)
{
    State state;
    state.draft = prefilled;
    return state;
}

QList<Category> choices(const State &state, const IncidentTypology &typology)
{
    if (state.focus == Field::Category)
        return typology.topLevel();
    if (state.focus == Field::Subcategory)
        return typology.children(state.draft.category);
    return {};
}

QStringList validate(const IncidentDraft &draft, const IncidentTypology &typology)
{
    QStringList errors;
    const Category *category = typology.find(draft.category);
    if (!category || !category->parentCode.isEmpty())
        errors.append(QCoreApplication::translate("vigie::records::form", "Choose a category."));
    else if (!draft.subcategory.isEmpty()) {
        const Category *sub = typology.find(draft.subcategory);
        if (!sub || sub->parentCode != draft.category)
            errors.append(QCoreApplication::translate(
                "vigie::records::form", "The sub-category does not belong to the category."));
    }
    if (draft.description.trimmed().size() < 3)
        errors.append(QCoreApplication::translate("vigie::records::form",
                                                  "Describe what happened, in a few words."));
    if (!draft.occurredAt.isValid())
        errors.append(QCoreApplication::translate("vigie::records::form",
                                                  "The time of the incident is missing."));
    if (draft.closed && draft.outcome.trimmed().isEmpty())
        errors.append(QCoreApplication::translate("vigie::records::form",
                                                  "A closed incident needs its outcome."));
    return errors;
}

State reduce(State state, const Action &action, const IncidentTypology &typology)
{
    state.readyToSave = false;
    std::visit(
        [&](const auto &a) {
            using A = std::decay_t<decltype(a)>;
            if constexpr (std::is_same_v<A, ChooseByNumber>) {
                chooseNumber(state, a.number, typology);
            } else if constexpr (std::is_same_v<A, TypeDigit>) {
                typeDigit(state, a, typology);
            } else if constexpr (std::is_same_v<A, Tick>) {
                if (waitedEnough(state, a.at))
                    settle(state, typology);
            } else if constexpr (std::is_same_v<A, ChooseCode>) {
                state.digits.clear();
                const Category *c = typology.find(a.code);
                if (c && c->parentCode.isEmpty()) {
                    state.focus = Field::Category;
                    choose(state, c->code);
                } else if (c) {
                    state.draft.category = c->parentCode;
                    state.focus = Field::Subcategory;
                    choose(state, c->code);
                }
            } else if constexpr (std::is_same_v<A, SetText>) {
                switch (a.field) {
                case Field::Description:
                    state.draft.description = a.text;
                    break;
                case Field::Persons:
                    state.draft.persons = a.text;
                    break;
                case Field::Outcome:
                    state.draft.outcome = a.text;
                    break;
                default:
                    break;
                }
            } else if constexpr (std::is_same_v<A, TogglePartner>) {
                auto &partners = state.draft.partners;
                auto it
                    = std::find_if(partners.begin(), partners.end(),
                                   [&](const PartnerAlert &p) { return p.partner == a.partner; });
                if (it != partners.end())
                    partners.erase(it);
                else if (partnerCodes().contains(a.partner))
                    partners.append({ a.partner, a.at });
            } else if constexpr (std::is_same_v<A, SetClosed>) {
                state.draft.closed = a.closed;
            } else if constexpr (std::is_same_v<A, Next>) {
                // Enter takes a number still waiting for its digit (which moves on by itself),
                // or else moves to the next field.
                if (!state.digits.isEmpty())
                    settle(state, typology);
                else
                    state.focus = after(state.focus, state);
            } else if constexpr (std::is_same_v<A, Back>) {
                state.digits.clear();
                state.focus = before(state.focus, state);
            } else if constexpr (std::is_same_v<A, Submit>) {
                settle(state, typology);
                state.errors = validate(state.draft, typology);
                state.readyToSave = state.errors.isEmpty();
                if (!state.readyToSave) {
                    const Category *category = typology.find(state.draft.category);
                    if (!category)
                        state.focus = Field::Category;
                    else if (state.draft.description.trimmed().size() < 3)
                        state.focus = Field::Description;
                    else if (state.draft.closed && state.draft.outcome.trimmed().isEmpty())
                        state.focus = Field::Outcome;
                }
            }
        },
        action);
    if (!std::holds_alternative<Submit>(action) && !state.errors.isEmpty())
        state.errors = validate(state.draft, typology); // errors fade as they are fixed
    return state;
}

} // namespace vigie::records::form
