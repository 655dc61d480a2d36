#ifndef SOZIALRAUM_GAPS_COSTTABLE_H
#define SOZIALRAUM_GAPS_COSTTABLE_H

#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

namespace sozialraum::gaps
{

//! Demand points, facilities, candidate sites and areas are numbered from 0 with 32-bit indices.
using Index = std::uint32_t;
constexpr Index kNoIndex = std::numeric_limits<Index>::max();
//! The cost of a pair that is not in the table: unreachable.
constexpr double kNoCost = std::numeric_limits<double>::infinity();

//! One reachable pair: demand point, facility (or candidate site) and the cost between them.
struct CostTriplet
{
  Index demand = 0;
  Index supply = 0;
  double cost = 0.0;
};

/**
 * One row (the facilities of a demand point) or column (the demand points of a facility) of a
 * CostTable: parallel arrays of the other side's indices, ascending, and the costs.
 */
class CostRow
{
public:
  CostRow( const Index *indices, const double *costs, std::size_t size )
      : mIndices( indices ), mCosts( costs ), mSize( size )
  {
  }

  std::size_t size() const { return mSize; }
  bool empty() const { return mSize == 0; }
  Index index( std::size_t i ) const { return mIndices[ i ]; }
  double cost( std::size_t i ) const { return mCosts[ i ]; }

private:
  const Index *mIndices = nullptr;
  const double *mCosts = nullptr;
  std::size_t mSize = 0;
};

/**
 * A sparse cost table between demand points and facilities (or candidate sites), stored twice
 * as compressed sparse rows: by demand point and by facility. Pairs absent from the table are
 * unreachable, so a table holds only the pairs within the largest cost that matters (for
 * example what network::enumerateOd yields with maxCost = the catchment).
 *
 * Built in linear time from triplets in any order. A pair given twice keeps its smaller cost
 * (counted in mergedDuplicates()); a pair with an infinite cost is dropped (skippedUnreachable()).
 * Memory: 24 bytes per pair.
 */
class CostTable
{
public:
  CostTable() = default;

  /**
   * Builds the table; \a triplets is consumed. Throws GapsError for an index out of range or a
   * cost that is negative or not a number.
   */
  CostTable( std::size_t demandCount, std::size_t supplyCount, std::vector<CostTriplet> triplets );

  std::size_t demandCount() const { return mDemandCount; }
  std::size_t supplyCount() const { return mSupplyCount; }
  std::size_t pairCount() const { return mDemandSupply.size(); }

  //! The facilities demand point \a demand reaches, ascending, with their costs.
  CostRow facilitiesOf( Index demand ) const;
  //! The demand points that reach facility \a supply, ascending, with their costs.
  CostRow demandOf( Index supply ) const;

  //! Cost of one pair, kNoCost when it is not in the table (a binary search in the demand point's row).
  double cost( Index demand, Index supply ) const;

  //! Largest cost in the table (0 for an empty table).
  double maxCost() const { return mMaxCost; }

  //! Per demand point the smallest cost to any facility of the table, kNoCost where it reaches none.
  std::vector<double> nearestCosts() const;

  std::size_t mergedDuplicates() const { return mMergedDuplicates; }
  std::size_t skippedUnreachable() const { return mSkippedUnreachable; }

private:
  std::size_t mDemandCount = 0;
  std::size_t mSupplyCount = 0;
  std::vector<std::size_t> mDemandOffsets = std::vector<std::size_t>( 1, 0 ); // demandCount + 1
  std::vector<Index> mDemandSupply;
  std::vector<double> mDemandCost;
  std::vector<std::size_t> mSupplyOffsets = std::vector<std::size_t>( 1, 0 ); // supplyCount + 1
  std::vector<Index> mSupplyDemand;
  std::vector<double> mSupplyCost;
  double mMaxCost = 0.0;
  std::size_t mMergedDuplicates = 0;
  std::size_t mSkippedUnreachable = 0;
};

/**
 * Collects pairs one at a time (for example from network::enumerateOd's row callback) and builds
 * the CostTable at the end.
 */
class CostTableBuilder
{
public:
  CostTableBuilder( std::size_t demandCount, std::size_t supplyCount );

  void reserve( std::size_t pairs ) { mTriplets.reserve( pairs ); }
  void add( Index demand, Index supply, double cost ) { mTriplets.push_back( { demand, supply, cost } ); }
  std::size_t size() const { return mTriplets.size(); }

  //! Builds the table; the builder is empty afterwards.
  CostTable build();

private:
  std::size_t mDemandCount = 0;
  std::size_t mSupplyCount = 0;
  std::vector<CostTriplet> mTriplets;
};

} // namespace sozialraum::gaps

#endif
