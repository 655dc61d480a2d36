#include "gaps/externalcosts.h"

#include "gaps/format.h"
#include "gaps/gapserror.h"

#include <cmath>
#include <limits>
#include <unordered_map>
#include <unordered_set>

namespace sozialraum::gaps
{

namespace
{
using IdIndex = std::unordered_map<std::string, std::vector<Index>>;

IdIndex indexIds( const std::vector<std::string> &ids )
{
  IdIndex index;
  for ( std::size_t i = 0; i < ids.size(); ++i )
    index[ ids[ i ] ].push_back( static_cast<Index>( i ) );
  return index;
}

void noteOnce( std::vector<std::string> &list, std::unordered_set<std::string> &seen, const std::string &id )
{
  if ( seen.insert( id ).second )
    list.push_back( id );
}
} // namespace

MatchedCosts matchCostRecords( const std::vector<CostRecord> &rows, const std::vector<std::string> &demandIds,
                               const std::vector<std::string> &supplyIds, double maxCost )
{
  const IdIndex demand = indexIds( demandIds );
  const IdIndex supply = indexIds( supplyIds );
  MatchedCosts result;
  std::unordered_set<std::string> seenOrigins, seenDestinations;
  std::vector<char> demandNamed( demandIds.size(), 0 ), supplyNamed( supplyIds.size(), 0 );
  std::vector<CostTriplet> triplets;
  for ( const CostRecord &record : rows )
  {
    if ( std::isnan( record.cost ) || record.cost < 0 )
      throw GapsError( "Row " + std::to_string( record.row ) + " of the cost table has the cost " + formatNumber( record.cost ) +
                           "; costs must be 0 or more (minutes or metres, as the catchment)",
                       record.row );
    const auto origin = demand.find( record.origin );
    const auto destination = supply.find( record.destination );
    if ( origin == demand.end() )
      noteOnce( result.unknownOrigins, seenOrigins, record.origin );
    if ( destination == supply.end() )
      noteOnce( result.unknownDestinations, seenDestinations, record.destination );
    if ( origin == demand.end() || destination == supply.end() )
      continue;
    for ( Index k : origin->second )
      demandNamed[ k ] = 1;
    for ( Index j : destination->second )
      supplyNamed[ j ] = 1;
    if ( record.cost > maxCost )
      continue;
    ++result.rowsUsed;
    for ( Index k : origin->second )
      for ( Index j : destination->second )
        triplets.push_back( CostTriplet{ k, j, record.cost } );
  }
  for ( std::size_t k = 0; k < demandIds.size(); ++k )
    if ( !demandNamed[ k ] )
      result.demandWithoutRows.push_back( demandIds[ k ] );
  for ( std::size_t j = 0; j < supplyIds.size(); ++j )
    if ( !supplyNamed[ j ] )
      result.supplyWithoutRows.push_back( supplyIds[ j ] );
  result.table = CostTable( demandIds.size(), supplyIds.size(), std::move( triplets ) );
  return result;
}

void nearestInTable( const CostTable &table, std::vector<double> &costs, std::vector<Index> &nearest )
{
  costs.assign( table.demandCount(), std::numeric_limits<double>::infinity() );
  nearest.assign( table.demandCount(), kNoIndex );
  for ( Index k = 0; k < table.demandCount(); ++k )
  {
    const CostRow row = table.facilitiesOf( k );
    for ( std::size_t i = 0; i < row.size(); ++i )
    {
      if ( row.cost( i ) < costs[ k ] )
      {
        costs[ k ] = row.cost( i );
        nearest[ k ] = row.index( i );
      }
    }
  }
}

} // namespace sozialraum::gaps
