#include "gaps/straightline.h"

#include "gaps/format.h"
#include "gaps/gapserror.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <unordered_map>

namespace sozialraum::gaps
{

namespace
{
void checkConversion( const StraightLineCost &conversion )
{
  if ( !( conversion.metresPerCost > 0 ) || !std::isfinite( conversion.metresPerCost ) )
    throw GapsError( "The speed that turns distances into travel times must be greater than 0" );
  if ( !( conversion.detourFactor > 0 ) || !std::isfinite( conversion.detourFactor ) )
    throw GapsError( "The detour factor must be greater than 0, not " + formatNumber( conversion.detourFactor ) );
}

//! Points binned into square cells; a cell is found by hashing its integer coordinates.
class PointGrid
{
public:
  PointGrid( const std::vector<PlanePoint> &points, double cellSize ) : mCellSize( cellSize )
  {
    for ( std::size_t i = 0; i < points.size(); ++i )
    {
      if ( !points[ i ].present || !std::isfinite( points[ i ].x ) || !std::isfinite( points[ i ].y ) )
        continue;
      const long long cx = cell( points[ i ].x );
      const long long cy = cell( points[ i ].y );
      mCells[ key( cx, cy ) ].push_back( static_cast<Index>( i ) );
      mMinX = std::min( mMinX, cx );
      mMaxX = std::max( mMaxX, cx );
      mMinY = std::min( mMinY, cy );
      mMaxY = std::max( mMaxY, cy );
      ++mCount;
    }
  }

  long long cell( double coordinate ) const { return static_cast<long long>( std::floor( coordinate / mCellSize ) ); }
  std::size_t count() const { return mCount; }

  const std::vector<Index> *at( long long cx, long long cy ) const
  {
    const auto it = mCells.find( key( cx, cy ) );
    return it == mCells.end() ? nullptr : &it->second;
  }

  //! The largest ring (in cells) around (cx, cy) that can still hold points.
  long long maxRing( long long cx, long long cy ) const
  {
    return std::max( { cx - mMinX, mMaxX - cx, cy - mMinY, mMaxY - cy, 0LL } );
  }

  double cellSize() const { return mCellSize; }

private:
  static std::uint64_t key( long long cx, long long cy )
  {
    return static_cast<std::uint64_t>( cx ) * 0x9E3779B97F4A7C15ULL ^ static_cast<std::uint64_t>( cy );
  }

  double mCellSize;
  std::unordered_map<std::uint64_t, std::vector<Index>> mCells;
  long long mMinX = std::numeric_limits<long long>::max();
  long long mMaxX = std::numeric_limits<long long>::min();
  long long mMinY = std::numeric_limits<long long>::max();
  long long mMaxY = std::numeric_limits<long long>::min();
  std::size_t mCount = 0;
};

double distance( const PlanePoint &a, const PlanePoint &b )
{
  return std::hypot( a.x - b.x, a.y - b.y );
}
} // namespace

CostTable straightLineCostTable( const std::vector<PlanePoint> &demand, const std::vector<PlanePoint> &supply, double maxCost,
                                 const StraightLineCost &conversion, const RunFeedback &feedback )
{
  checkConversion( conversion );
  if ( !( maxCost > 0 ) || !std::isfinite( maxCost ) )
    throw GapsError( "The catchment must be greater than 0, not " + formatNumber( maxCost ) );
  const double maxDistance = conversion.distanceFor( maxCost );
  const PointGrid grid( demand, maxDistance );
  std::vector<CostTriplet> triplets;
  for ( std::size_t j = 0; j < supply.size(); ++j )
  {
    if ( j % 256 == 0 )
    {
      if ( feedback.canceled() )
        return CostTable();
      feedback.report( 100.0 * static_cast<double>( j ) / static_cast<double>( supply.size() ) );
    }
    const PlanePoint &s = supply[ j ];
    if ( !s.present || !std::isfinite( s.x ) || !std::isfinite( s.y ) )
      continue;
    const long long cx = grid.cell( s.x );
    const long long cy = grid.cell( s.y );
    // Cells are as wide as the largest distance: every partner lies in the 3 × 3 block around s.
    for ( long long dx = -1; dx <= 1; ++dx )
      for ( long long dy = -1; dy <= 1; ++dy )
      {
        const std::vector<Index> *points = grid.at( cx + dx, cy + dy );
        if ( !points )
          continue;
        for ( Index k : *points )
        {
          const double cost = conversion.of( distance( demand[ k ], s ) );
          if ( cost <= maxCost )
            triplets.push_back( CostTriplet{ k, static_cast<Index>( j ), cost } );
        }
      }
  }
  return CostTable( demand.size(), supply.size(), std::move( triplets ) );
}

std::vector<double> nearestStraightLineCosts( const std::vector<PlanePoint> &demand, const std::vector<PlanePoint> &supply,
                                              const StraightLineCost &conversion )
{
  checkConversion( conversion );
  std::vector<double> costs( demand.size(), std::numeric_limits<double>::infinity() );
  // Cell size from the supply's density: about two points per occupied cell on average.
  double minX = std::numeric_limits<double>::infinity(), maxX = -minX, minY = minX, maxY = -minX;
  std::size_t present = 0;
  for ( const PlanePoint &p : supply )
  {
    if ( !p.present || !std::isfinite( p.x ) || !std::isfinite( p.y ) )
      continue;
    minX = std::min( minX, p.x );
    maxX = std::max( maxX, p.x );
    minY = std::min( minY, p.y );
    maxY = std::max( maxY, p.y );
    ++present;
  }
  if ( present == 0 )
    return costs;
  const double extent = std::max( { maxX - minX, maxY - minY, 1.0 } );
  const double cellSize = std::max( extent / std::ceil( std::sqrt( static_cast<double>( present ) / 2.0 ) ), 1e-6 );
  const PointGrid grid( supply, cellSize );

  for ( std::size_t k = 0; k < demand.size(); ++k )
  {
    const PlanePoint &d = demand[ k ];
    if ( !d.present || !std::isfinite( d.x ) || !std::isfinite( d.y ) )
      continue;
    const long long cx = grid.cell( d.x );
    const long long cy = grid.cell( d.y );
    const long long lastRing = grid.maxRing( cx, cy );
    double best = std::numeric_limits<double>::infinity();
    for ( long long ring = 0; ring <= lastRing; ++ring )
    {
      // Every point in ring r or beyond is at least (r − 1) cells away from d: stop once that exceeds the best.
      if ( ring > 0 && static_cast<double>( ring - 1 ) * cellSize > best )
        break;
      for ( long long dx = -ring; dx <= ring; ++dx )
      {
        const bool edgeColumn = dx == -ring || dx == ring;
        for ( long long dy = -ring; dy <= ring; dy += edgeColumn ? 1 : 2 * ring )
        {
          if ( const std::vector<Index> *points = grid.at( cx + dx, cy + dy ) )
            for ( Index j : *points )
              best = std::min( best, distance( d, supply[ j ] ) );
          if ( ring == 0 )
            break;
        }
      }
    }
    costs[ k ] = conversion.of( best );
  }
  return costs;
}

} // namespace sozialraum::gaps
