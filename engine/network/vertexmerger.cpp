#include "network/vertexmerger.h"

#include <cmath>
#include <cstring>

namespace sozialraum::network
{

namespace
{
// splitmix64 finalizer: spreads grid coordinates and coordinate bits evenly over the buckets.
std::uint64_t mix( std::uint64_t value )
{
  value += 0x9e3779b97f4a7c15ULL;
  value = ( value ^ ( value >> 30 ) ) * 0xbf58476d1ce4e5b9ULL;
  value = ( value ^ ( value >> 27 ) ) * 0x94d049bb133111ebULL;
  return value ^ ( value >> 31 );
}

std::uint64_t bitsOf( double value )
{
  value += 0.0; // -0.0 and 0.0 are the same coordinate
  std::uint64_t bits;
  std::memcpy( &bits, &value, sizeof bits );
  return bits;
}
} // namespace

std::size_t VertexMerger::CellHash::operator()( std::uint64_t key ) const
{
  return static_cast<std::size_t>( mix( key ) );
}

VertexMerger::VertexMerger( double tolerance ) : mTolerance( tolerance > 0.0 ? tolerance : 0.0 ) {}

std::uint64_t VertexMerger::cellKey( std::int64_t cx, std::int64_t cy ) const
{
  return static_cast<std::uint64_t>( cx ) * 0x9e3779b97f4a7c15ULL ^ mix( static_cast<std::uint64_t>( cy ) );
}

NodeId VertexMerger::add( const Point &point )
{
  return mTolerance > 0.0 ? addWithinTolerance( point ) : addExact( point );
}

NodeId VertexMerger::addExact( const Point &point )
{
  // Keyed by the coordinate bits; a collision of two different points in the key is resolved by
  // walking the chain and comparing coordinates, as for the tolerance grid.
  const std::uint64_t key = bitsOf( point.x ) * 0x9e3779b97f4a7c15ULL ^ mix( bitsOf( point.y ) );
  auto [ it, inserted ] = mCellHeads.try_emplace( key, static_cast<NodeId>( mPoints.size() ) );
  if ( !inserted )
  {
    for ( NodeId node = it->second; node != kInvalidId; node = mNextInCell[ node ] )
    {
      if ( mPoints[ node ] == point )
      {
        ++mMerged;
        return node;
      }
    }
    const NodeId node = static_cast<NodeId>( mPoints.size() );
    mPoints.push_back( point );
    mNextInCell.push_back( it->second );
    it->second = node;
    return node;
  }
  mPoints.push_back( point );
  mNextInCell.push_back( kInvalidId );
  return it->second;
}

NodeId VertexMerger::addWithinTolerance( const Point &point )
{
  const std::int64_t cx = static_cast<std::int64_t>( std::floor( point.x / mTolerance ) );
  const std::int64_t cy = static_cast<std::int64_t>( std::floor( point.y / mTolerance ) );

  NodeId best = kInvalidId;
  double bestDistance2 = mTolerance * mTolerance;
  for ( std::int64_t dx = -1; dx <= 1; ++dx )
  {
    for ( std::int64_t dy = -1; dy <= 1; ++dy )
    {
      const auto it = mCellHeads.find( cellKey( cx + dx, cy + dy ) );
      if ( it == mCellHeads.end() )
        continue;
      for ( NodeId node = it->second; node != kInvalidId; node = mNextInCell[ node ] )
      {
        const double ex = mPoints[ node ].x - point.x;
        const double ey = mPoints[ node ].y - point.y;
        const double distance2 = ex * ex + ey * ey;
        if ( distance2 <= bestDistance2 && ( best == kInvalidId || distance2 < bestDistance2 || node < best ) )
        {
          best = node;
          bestDistance2 = distance2;
        }
      }
    }
  }
  if ( best != kInvalidId )
  {
    ++mMerged;
    return best;
  }

  const NodeId node = static_cast<NodeId>( mPoints.size() );
  mPoints.push_back( point );
  auto [ it, inserted ] = mCellHeads.try_emplace( cellKey( cx, cy ), node );
  mNextInCell.push_back( inserted ? kInvalidId : it->second );
  it->second = node;
  return node;
}

std::vector<Point> VertexMerger::takePoints()
{
  std::vector<Point> points;
  points.swap( mPoints );
  mCellHeads.clear();
  mNextInCell.clear();
  mNextInCell.shrink_to_fit();
  return points;
}

} // namespace sozialraum::network
