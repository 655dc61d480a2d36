#include "gaps/costtable.h"

#include "gaps/format.h"
#include "gaps/gapserror.h"

#include <algorithm>
#include <cmath>

namespace sozialraum::gaps
{

namespace
{

void checkTriplet( const CostTriplet &t, std::size_t position, std::size_t demandCount, std::size_t supplyCount )
{
  if ( t.demand >= demandCount )
    throw GapsError( "Cost pair " + std::to_string( position ) + " refers to demand point " +
                         std::to_string( t.demand ) + ", but there are only " + std::to_string( demandCount ) +
                         " demand points",
                     static_cast<long long>( position ) );
  if ( t.supply >= supplyCount )
    throw GapsError( "Cost pair " + std::to_string( position ) + " refers to facility " + std::to_string( t.supply ) +
                         ", but there are only " + std::to_string( supplyCount ) + " facilities",
                     static_cast<long long>( position ) );
  if ( std::isnan( t.cost ) || t.cost < 0.0 )
    throw GapsError( "The cost between demand point " + std::to_string( t.demand ) + " and facility " +
                         std::to_string( t.supply ) + " is " + formatNumber( t.cost ) +
                         "; costs must be zero or positive",
                     static_cast<long long>( position ) );
}

//! Turns per-bucket counts into offsets (size n + 1) and returns the write cursors (copy of the starts).
std::vector<std::size_t> offsetsFromCounts( std::vector<std::size_t> &counts )
{
  std::vector<std::size_t> offsets( counts.size() + 1, 0 );
  for ( std::size_t i = 0; i < counts.size(); ++i )
    offsets[ i + 1 ] = offsets[ i ] + counts[ i ];
  return offsets;
}

} // namespace

CostTable::CostTable( std::size_t demandCount, std::size_t supplyCount, std::vector<CostTriplet> triplets )
    : mDemandCount( demandCount ), mSupplyCount( supplyCount )
{
  if ( demandCount >= kNoIndex || supplyCount >= kNoIndex )
    throw GapsError( "Too many demand points or facilities for one cost table" );

  // Counting sort by facility first, then by demand point: the demand rows come out ordered by
  // facility without a comparison sort, and a second pass orders the facility columns.
  std::vector<std::size_t> counts( supplyCount, 0 );
  for ( std::size_t i = 0; i < triplets.size(); ++i )
  {
    const CostTriplet &t = triplets[ i ];
    checkTriplet( t, i, demandCount, supplyCount );
    if ( std::isinf( t.cost ) )
      ++mSkippedUnreachable;
    else
      ++counts[ t.supply ];
  }
  std::vector<std::size_t> bySupplyOffsets = offsetsFromCounts( counts );
  const std::size_t kept = bySupplyOffsets.back();
  std::vector<Index> bySupplyDemand( kept );
  std::vector<double> bySupplyCost( kept );
  {
    std::vector<std::size_t> cursor( bySupplyOffsets.begin(), bySupplyOffsets.end() - 1 );
    for ( const CostTriplet &t : triplets )
    {
      if ( std::isinf( t.cost ) )
        continue;
      const std::size_t at = cursor[ t.supply ]++;
      bySupplyDemand[ at ] = t.demand;
      bySupplyCost[ at ] = t.cost;
    }
  }
  std::vector<CostTriplet>().swap( triplets );

  counts.assign( demandCount, 0 );
  for ( Index k : bySupplyDemand )
    ++counts[ k ];
  mDemandOffsets = offsetsFromCounts( counts );
  mDemandSupply.resize( kept );
  mDemandCost.resize( kept );
  {
    std::vector<std::size_t> cursor( mDemandOffsets.begin(), mDemandOffsets.end() - 1 );
    for ( std::size_t j = 0; j < supplyCount; ++j )
    {
      for ( std::size_t p = bySupplyOffsets[ j ]; p < bySupplyOffsets[ j + 1 ]; ++p )
      {
        const std::size_t at = cursor[ bySupplyDemand[ p ] ]++;
        mDemandSupply[ at ] = static_cast<Index>( j );
        mDemandCost[ at ] = bySupplyCost[ p ];
      }
    }
  }

  // Rows are ordered by facility, so a duplicate pair sits next to its twin: keep the smaller cost.
  std::size_t write = 0;
  for ( std::size_t k = 0; k < demandCount; ++k )
  {
    const std::size_t begin = mDemandOffsets[ k ];
    const std::size_t end = mDemandOffsets[ k + 1 ];
    mDemandOffsets[ k ] = write;
    for ( std::size_t p = begin; p < end; ++p )
    {
      if ( write > mDemandOffsets[ k ] && mDemandSupply[ write - 1 ] == mDemandSupply[ p ] )
      {
        mDemandCost[ write - 1 ] = std::min( mDemandCost[ write - 1 ], mDemandCost[ p ] );
        ++mMergedDuplicates;
        continue;
      }
      mDemandSupply[ write ] = mDemandSupply[ p ];
      mDemandCost[ write ] = mDemandCost[ p ];
      mMaxCost = std::max( mMaxCost, mDemandCost[ p ] );
      ++write;
    }
  }
  mDemandOffsets[ demandCount ] = write;
  mDemandSupply.resize( write );
  mDemandCost.resize( write );
  mDemandSupply.shrink_to_fit();
  mDemandCost.shrink_to_fit();

  // The final facility columns, written from the demand rows so that they are ordered by demand point.
  std::vector<Index>().swap( bySupplyDemand );
  std::vector<double>().swap( bySupplyCost );
  counts.assign( supplyCount, 0 );
  for ( Index j : mDemandSupply )
    ++counts[ j ];
  mSupplyOffsets = offsetsFromCounts( counts );
  mSupplyDemand.resize( write );
  mSupplyCost.resize( write );
  std::vector<std::size_t> cursor( mSupplyOffsets.begin(), mSupplyOffsets.end() - 1 );
  for ( std::size_t k = 0; k < demandCount; ++k )
  {
    for ( std::size_t p = mDemandOffsets[ k ]; p < mDemandOffsets[ k + 1 ]; ++p )
    {
      const std::size_t at = cursor[ mDemandSupply[ p ] ]++;
      mSupplyDemand[ at ] = static_cast<Index>( k );
      mSupplyCost[ at ] = mDemandCost[ p ];
    }
  }
}

CostRow CostTable::facilitiesOf( Index demand ) const
{
  const std::size_t begin = mDemandOffsets[ demand ];
  return CostRow( mDemandSupply.data() + begin, mDemandCost.data() + begin, mDemandOffsets[ demand + 1 ] - begin );
}

CostRow CostTable::demandOf( Index supply ) const
{
  const std::size_t begin = mSupplyOffsets[ supply ];
  return CostRow( mSupplyDemand.data() + begin, mSupplyCost.data() + begin, mSupplyOffsets[ supply + 1 ] - begin );
}

double CostTable::cost( Index demand, Index supply ) const
{
  if ( demand >= mDemandCount || supply >= mSupplyCount )
    return kNoCost;
  const auto begin = mDemandSupply.begin() + static_cast<std::ptrdiff_t>( mDemandOffsets[ demand ] );
  const auto end = mDemandSupply.begin() + static_cast<std::ptrdiff_t>( mDemandOffsets[ demand + 1 ] );
  const auto it = std::lower_bound( begin, end, supply );
  if ( it == end || *it != supply )
    return kNoCost;
  return mDemandCost[ static_cast<std::size_t>( it - mDemandSupply.begin() ) ];
}

std::vector<double> CostTable::nearestCosts() const
{
  std::vector<double> nearest( mDemandCount, kNoCost );
  for ( std::size_t k = 0; k < mDemandCount; ++k )
  {
    for ( std::size_t p = mDemandOffsets[ k ]; p < mDemandOffsets[ k + 1 ]; ++p )
      nearest[ k ] = std::min( nearest[ k ], mDemandCost[ p ] );
  }
  return nearest;
}

CostTableBuilder::CostTableBuilder( std::size_t demandCount, std::size_t supplyCount )
    : mDemandCount( demandCount ), mSupplyCount( supplyCount )
{
}

CostTable CostTableBuilder::build()
{
  std::vector<CostTriplet> triplets;
  triplets.swap( mTriplets );
  return CostTable( mDemandCount, mSupplyCount, std::move( triplets ) );
}

} // namespace sozialraum::gaps
