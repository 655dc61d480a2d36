#ifndef COSTTABLEINPUT_H
#define COSTTABLEINPUT_H

#include "gaps/externalcosts.h"

#include <QList>
#include <QString>
#include <QVariantMap>
#include <optional>
#include <vector>

class QgsProcessingAlgorithm;
class QgsProcessingContext;
class QgsProcessingFeedback;
class QgsProcessingParameterDefinition;

/**
 * COST_TABLE: costs made elsewhere (sozialraum:odmatrix, a transit tool, a spreadsheet) used
 * instead of network or straight-line costs. The table has an origin id, a destination id and a
 * cost per row; origins are matched with the demand side's ids (the algorithm's id field, else
 * the feature id, as odmatrix writes it without ORIGIN_ID), destinations with the supply side's.
 */
namespace Sozialraum
{
  //! The help paragraph on COST_TABLE that every algorithm taking it appends to its help.
  QString costTableHelp();

  //! COST_TABLE (optional table), COST_ORIGIN_FIELD, COST_DESTINATION_FIELD and COST_FIELD.
  QList<QgsProcessingParameterDefinition *> costTableParameters();

  //! The rows of COST_TABLE, or nothing when it is not given; throws naming the row and field of a bad value.
  std::optional<std::vector<sozialraum::gaps::CostRecord>> readCostTable( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters,
                                                                          QgsProcessingContext &context, QgsProcessingFeedback *feedback );

  //! Logs what did not match: ids of the table that name no point, and points the table does not name.
  void reportCostMatch( const sozialraum::gaps::MatchedCosts &match, const QString &demandDescription, const QString &supplyDescription,
                        QgsProcessingFeedback *feedback );
} // namespace Sozialraum

#endif // COSTTABLEINPUT_H
