#include "ui/combosteplistmodel.h"

namespace kiosk {

ComboStepListModel::ComboStepListModel(QObject *parent)
    : RowListModel(parent),
      m_rows(this, &Row::stepId,
             {{StepIdRole, "stepId", &Row::stepId},
              {NameRole, "name", &Row::name},
              {DoneRole, "done", &Row::done},
              {CurrentRole, "current", &Row::current},
              {PicksTextRole, "picksText", &Row::picksText}},
             NameRole)
{
}

} // namespace kiosk
