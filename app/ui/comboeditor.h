#pragma once

#include "domain/comboselection.h"
#include "ui/combochoicelistmodel.h"
#include "ui/combosteplistmodel.h"
#include "ui/itemeditor.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace kiosk {

class CartModel;

// The meal a customer is putting together, one step at a time: the step on screen and its
// choices, the picks so far, the live price and what it saves. A choice with options opens
// them in `partEditor` first; the domain (ComboSelection) decides what may be picked.
class ComboEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by KioskSession")
    Q_PROPERTY(bool open READ isOpen NOTIFY comboChanged)
    Q_PROPERTY(QString comboId READ comboId NOTIFY comboChanged)
    Q_PROPERTY(QString name READ name NOTIFY textChanged)
    Q_PROPERTY(QUrl imageUrl READ imageUrl NOTIFY comboChanged)
    Q_PROPERTY(int stepIndex READ stepIndex NOTIFY stepChanged)
    Q_PROPERTY(int stepCount READ stepCount NOTIFY comboChanged)
    Q_PROPERTY(QString stepName READ stepName NOTIFY textChanged)
    // How many picks the step on screen takes, and whether they are all made.
    Q_PROPERTY(int stepPick READ stepPick NOTIFY stepChanged)
    Q_PROPERTY(bool stepDone READ isStepDone NOTIFY picksChanged)
    Q_PROPERTY(bool canAdd READ canAdd NOTIFY picksChanged)
    Q_PROPERTY(QString unitPriceText READ unitPriceText NOTIFY picksChanged)
    // Against the picks bought apart; "" when the meal saves nothing.
    Q_PROPERTY(QString savingsText READ savingsText NOTIFY picksChanged)
    Q_PROPERTY(bool customizing READ isCustomizing NOTIFY customizingChanged)
    // What the choice whose options are open adds to the meal with those options ("+$2.00"),
    // empty when it adds nothing: inside a meal the item's own price is not what it costs.
    Q_PROPERTY(QString partPriceText READ partPriceText NOTIFY partPriceChanged)
    Q_PROPERTY(kiosk::ComboChoiceListModel *choices READ choices CONSTANT)
    Q_PROPERTY(kiosk::ComboStepListModel *steps READ steps CONSTANT)
    Q_PROPERTY(kiosk::ItemEditor *partEditor READ partEditor CONSTANT)

public:
    explicit ComboEditor(QObject *parent = nullptr);

    // The first step on screen, nothing picked.
    void openCombo(const Menu &menu, const Combo &combo);
    // The main step filled with `main` (an item the customer already chose), the next step on
    // screen; false (nothing open) when `main` cannot fill it.
    bool openCombo(const Menu &menu, const Combo &combo, const ItemSelection &main);
    void close();
    void setLanguage(const QString &language, const QString &currency);
    // Adds the meal to `cart`; false when a step is not filled.
    bool addTo(CartModel *cart);

    bool isOpen() const { return m_selection.has_value(); }
    QString comboId() const;
    QString name() const;
    QUrl imageUrl() const;
    int stepIndex() const { return m_stepIndex; }
    int stepCount() const;
    QString stepName() const;
    int stepPick() const;
    bool isStepDone() const;
    bool canAdd() const { return m_selection && m_selection->isComplete(); }
    QString unitPriceText() const;
    QString savingsText() const;
    bool isCustomizing() const { return m_partEditor.isOpen(); }
    QString partPriceText() const;
    ComboChoiceListModel *choices() { return &m_choices; }
    ComboStepListModel *steps() { return &m_steps; }
    ItemEditor *partEditor() { return &m_partEditor; }

    // Picks the choice at `row` of the step on screen (one with options opens them first). A
    // full single-pick step takes it in place of its pick; a full multi-pick step starts over.
    Q_INVOKABLE bool choose(int row);
    // The options in `partEditor` are chosen: the part goes into the step.
    Q_INVOKABLE bool confirmPart();
    Q_INVOKABLE void cancelPart();
    // The next step once this one is done; false on the last.
    Q_INVOKABLE bool next();
    // The step before; false on the first (the page leaves the meal then).
    Q_INVOKABLE bool back();
    // Any step, to change its picks ("Change" in the summary).
    Q_INVOKABLE bool goToStep(int index);

signals:
    void comboChanged();
    void textChanged();
    void stepChanged();
    void picksChanged();
    void customizingChanged();
    void partPriceChanged();

private:
    const ComboStep *currentStep() const;
    bool place(const ItemSelection &part);
    void setStep(int index);
    // The models follow the meal; refreshAll() also tells every property (another meal).
    void refresh();
    void refreshAll();
    QString partText(const ComboPart &part) const;

    Menu m_menu; // a copy, as ItemSelection keeps: a reload never leaves the meal dangling
    std::optional<ComboSelection> m_selection;
    int m_stepIndex = 0;
    ComboChoiceListModel m_choices;
    ComboStepListModel m_steps;
    ItemEditor m_partEditor;
    QString m_language = QStringLiteral("en");
    QString m_currency = QStringLiteral("USD");
};

} // namespace kiosk
