#ifndef SOZIALRAUM_GAPS_EXTERNALCOSTS_H
#define SOZIALRAUM_GAPS_EXTERNALCOSTS_H

#include "gaps/costtable.h"

#include <string>
#include <vector>

namespace sozialraum::gaps
{

/**
 * One row of a cost table made elsewhere (sozialraum:odmatrix, a transit tool, a spreadsheet):
 * origin id, destination id and the cost between them, in the unit of the catchment.
 */
struct CostRecord
{
  std::string origin;
  std::string destination;
  double cost = 0.0;
  long long row = 0; //!< row number for messages (1 = first row)
};

//! A cost table matched to the demand and supply points of a run, with what did not match.
struct MatchedCosts
{
  CostTable table;
  std::size_t rowsUsed = 0;                      //!< rows whose two ids matched (and within the limit)
  std::vector<std::string> unknownOrigins;       //!< origin ids that are no demand point, first-seen order
  std::vector<std::string> unknownDestinations;  //!< destination ids that are no supply point
  std::vector<std::string> demandWithoutRows;    //!< demand ids no row names
  std::vector<std::string> supplyWithoutRows;    //!< supply ids no row names
};

/**
 * Builds the sparse CostTable between \a demandIds and \a supplyIds from \a rows, keeping costs
 * up to \a maxCost (infinity = all). A row whose origin or destination id names several points
 * (an id used twice) applies to each of them. Throws GapsError naming the row for a cost that is
 * negative or not a number.
 */
MatchedCosts matchCostRecords( const std::vector<CostRecord> &rows, const std::vector<std::string> &demandIds,
                               const std::vector<std::string> &supplyIds, double maxCost );

/**
 * The smallest cost in \a table from every demand point (infinity where it has none) and the
 * supply point it belongs to (kNoIndex where none).
 */
void nearestInTable( const CostTable &table, std::vector<double> &costs, std::vector<Index> &nearest );

} // namespace sozialraum::gaps

#endif
