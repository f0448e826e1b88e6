#include "ui/comboeditor.h"

#include "domain/moneyformat.h"
#include "ui/cartmodel.h"

#include <algorithm>

namespace kiosk {

ComboEditor::ComboEditor(QObject *parent) : QObject(parent)
{
    connect(&m_partEditor, &ItemEditor::itemChanged, this, &ComboEditor::customizingChanged);
    connect(&m_partEditor, &ItemEditor::itemChanged, this, &ComboEditor::partPriceChanged);
    connect(&m_partEditor, &ItemEditor::priceChanged, this, &ComboEditor::partPriceChanged);
}

void ComboEditor::openCombo(const Menu &menu, const Combo &combo)
{
    m_partEditor.close();
    m_menu = menu;
    m_selection.emplace(m_menu, combo);
    m_stepIndex = 0;
    refreshAll();
}

bool ComboEditor::openCombo(const Menu &menu, const Combo &combo, const ItemSelection &main)
{
    openCombo(menu, combo);
    if (combo.steps.isEmpty() || m_selection->pick(combo.steps.first().id, main) != ComboSelection::Pick::Picked) {
        close();
        return false;
    }
    // The main is chosen: the customer goes on from the step after it.
    setStep(isStepDone() && stepCount() > 1 ? 1 : 0);
    emit picksChanged();
    return true;
}

void ComboEditor::close()
{
    m_partEditor.close();
    m_selection.reset();
    m_stepIndex = 0;
    refreshAll();
}

void ComboEditor::setLanguage(const QString &language, const QString &currency)
{
    m_language = language;
    m_currency = currency;
    m_partEditor.setLanguage(language, currency);
    refresh();
    emit textChanged();
    emit picksChanged();
}

bool ComboEditor::addTo(CartModel *cart)
{
    if (!canAdd())
        return false;
    const Basket::Add result = cart->add(*m_selection, 1);
    return result == Basket::Add::Added || result == Basket::Add::Merged;
}

QString ComboEditor::comboId() const { return m_selection ? m_selection->combo().id : QString(); }
QString ComboEditor::name() const { return m_selection ? m_selection->combo().name.text(m_language) : QString(); }
QUrl ComboEditor::imageUrl() const
{
    return m_selection ? QUrl::fromLocalFile(m_selection->combo().image) : QUrl();
}
int ComboEditor::stepCount() const { return m_selection ? int(m_selection->combo().steps.size()) : 0; }

const ComboStep *ComboEditor::currentStep() const
{
    if (!m_selection || m_stepIndex < 0 || m_stepIndex >= stepCount())
        return nullptr;
    return &m_selection->combo().steps.at(m_stepIndex);
}

QString ComboEditor::stepName() const
{
    const ComboStep *step = currentStep();
    return step ? step->name.text(m_language) : QString();
}

int ComboEditor::stepPick() const
{
    const ComboStep *step = currentStep();
    return step ? step->pick : 0;
}

bool ComboEditor::isStepDone() const
{
    const ComboStep *step = currentStep();
    return step && m_selection->pickedCount(step->id) >= step->pick;
}

QString ComboEditor::unitPriceText() const
{
    return m_selection ? formatMoney(m_selection->unitPriceCents(), m_language, m_currency) : QString();
}

QString ComboEditor::savingsText() const
{
    const Cents savings = m_selection ? m_selection->savingsCents() : 0;
    return savings > 0 ? formatMoney(savings, m_language, m_currency) : QString();
}

bool ComboEditor::choose(int row)
{
    const ComboStep *step = currentStep();
    if (!step || row < 0 || row >= m_choices.rowCount())
        return false;
    const MenuItem *item = m_menu.item(m_choices.rows().at(row).itemId);
    if (!item || !item->available)
        return false;
    if (!item->modifierGroupIds.isEmpty()) {
        m_partEditor.openItem(m_menu, *item); // confirmPart() places it
        return true;
    }
    return place(ItemSelection::withDefaults(m_menu, *item));
}

bool ComboEditor::confirmPart()
{
    const ItemSelection *part = m_partEditor.selection();
    if (!part || !part->isComplete())
        return false;
    const ItemSelection chosen = *part;
    if (!place(chosen))
        return false;
    m_partEditor.close();
    return true;
}

void ComboEditor::cancelPart() { m_partEditor.close(); }

QString ComboEditor::partPriceText() const
{
    const ItemSelection *part = m_partEditor.selection();
    const ComboStep *step = currentStep();
    const ComboChoice *choice = part && step ? step->choice(part->item().id) : nullptr;
    if (!choice)
        return {};
    // As ComboSelection prices a part: the step's price difference plus the options' prices.
    const Cents adds = choice->priceDeltaCents + part->unitPriceCents() - part->item().priceCents;
    return adds > 0 ? QStringLiteral("+") + formatMoney(adds, m_language, m_currency) : QString();
}

bool ComboEditor::place(const ItemSelection &part)
{
    const ComboStep *step = currentStep();
    if (!step)
        return false;
    const QString stepId = step->id;
    ComboSelection::Pick result = ComboSelection::Pick::StepFull;
    if (m_selection->pickedCount(stepId) < step->pick) {
        result = m_selection->pick(stepId, part);
    } else if (step->pick == 1) {
        result = m_selection->change(stepId, 0, part);
    } else {
        ComboSelection trial = *m_selection; // starting over must not lose the picks on a refusal
        while (trial.unpick(stepId, 0)) {}
        result = trial.pick(stepId, part);
        if (result == ComboSelection::Pick::Picked)
            m_selection = trial;
    }
    if (result != ComboSelection::Pick::Picked && result != ComboSelection::Pick::Replaced)
        return false;
    // A filled step leads on to the next one, the quickest path through a meal.
    if (isStepDone() && m_stepIndex + 1 < stepCount())
        setStep(m_stepIndex + 1);
    else
        refresh();
    emit picksChanged();
    return true;
}

bool ComboEditor::next()
{
    if (!isStepDone() || m_stepIndex + 1 >= stepCount())
        return false;
    setStep(m_stepIndex + 1);
    return true;
}

bool ComboEditor::back()
{
    m_partEditor.close();
    if (!m_selection || m_stepIndex == 0)
        return false;
    setStep(m_stepIndex - 1);
    return true;
}

bool ComboEditor::goToStep(int index)
{
    if (!m_selection || index < 0 || index >= stepCount())
        return false;
    m_partEditor.close();
    setStep(index);
    return true;
}

void ComboEditor::refreshAll()
{
    refresh();
    emit comboChanged();
    emit stepChanged();
    emit textChanged();
    emit picksChanged();
}

void ComboEditor::setStep(int index)
{
    m_stepIndex = index;
    refresh();
    emit stepChanged();
    emit textChanged();
    emit picksChanged();
}

QString ComboEditor::partText(const ComboPart &part) const
{
    QStringList options;
    for (const ModifierOption *option : part.selection.selectedOptions())
        options.append(option->name.text(m_language));
    const QString name = part.selection.item().name.text(m_language);
    return options.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, options.join(QStringLiteral(", ")));
}

void ComboEditor::refresh()
{
    QList<ComboStepListModel::Row> steps;
    QList<ComboChoiceListModel::Row> choices;
    if (m_selection) {
        const QList<ComboStep> &all = m_selection->combo().steps;
        for (int i = 0; i < all.size(); ++i) {
            const ComboStep &step = all.at(i);
            QStringList picks;
            for (const ComboPart &part : m_selection->picks(step.id))
                picks.append(partText(part));
            steps.append({step.id, step.name.text(m_language), m_selection->pickedCount(step.id) >= step.pick,
                          i == m_stepIndex, picks.join(QStringLiteral(", "))});
        }
        if (const ComboStep *step = currentStep()) {
            const QList<ComboPart> picked = m_selection->picks(step->id);
            for (const ComboChoice &choice : step->choices) {
                const MenuItem *item = m_menu.item(choice.itemId);
                if (!item)
                    continue;
                const int count = int(std::count_if(picked.cbegin(), picked.cend(), [&](const ComboPart &p) {
                    return p.selection.item().id == item->id;
                }));
                const QString delta = choice.priceDeltaCents > 0
                        ? QStringLiteral("+") + formatMoney(choice.priceDeltaCents, m_language, m_currency)
                        : QString();
                choices.append({item->id, item->name.text(m_language), QUrl::fromLocalFile(item->image), delta,
                                item->available, count, !item->modifierGroupIds.isEmpty()});
            }
        }
    }
    m_steps.setRows(steps);
    m_choices.setRows(choices);
}

} // namespace kiosk
