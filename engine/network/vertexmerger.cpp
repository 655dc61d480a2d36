#include "network/vertexmerger.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace sozialraum::network
{

namespace
{
// splitmix64 finalizer: spreads grid coordinates and coordinate bits evenly over the slots.
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

std::uint64_t hashOf( const Point &point )
{
  return mix( bitsOf( point.x ) * 0x9e3779b97f4a7c15ULL ^ mix( bitsOf( point.y ) ) );
}

//! Slots for \a entries at most half full: a power of two, at least 64.
std::size_t slotsFor( std::size_t entries )
{
  std::size_t slots = 64;
  while ( slots < 2 * entries )
    slots *= 2;
  return slots;
}
} // namespace

VertexMerger::VertexMerger( double tolerance ) : mTolerance( tolerance > 0.0 ? tolerance : 0.0 ) {}

void VertexMerger::reserve( std::size_t nodes )
{
  mPoints.reserve( nodes );
  if ( mTolerance > 0.0 )
  {
    mNextInCell.reserve( nodes );
    if ( slotsFor( nodes ) > mCellKeys.size() )
      growCells( nodes );
  }
  else if ( slotsFor( nodes ) > mExactSlots.size() )
  {
    growExact( nodes );
  }
}

std::uint64_t VertexMerger::cellKey( std::int64_t cx, std::int64_t cy ) const
{
  return static_cast<std::uint64_t>( cx ) * 0x9e3779b97f4a7c15ULL ^ mix( static_cast<std::uint64_t>( cy ) );
}

NodeId VertexMerger::add( const Point &point )
{
  return mTolerance > 0.0 ? addWithinTolerance( point ) : addExact( point );
}

void VertexMerger::growExact( std::size_t entries )
{
  mExactSlots.assign( slotsFor( entries ), kInvalidId );
  mExactMask = mExactSlots.size() - 1;
  for ( NodeId node = 0; node < mPoints.size(); ++node )
  {
    std::size_t slot = hashOf( mPoints[ node ] ) & mExactMask;
    while ( mExactSlots[ slot ] != kInvalidId )
      slot = ( slot + 1 ) & mExactMask;
    mExactSlots[ slot ] = node;
  }
}

NodeId VertexMerger::addExact( const Point &point )
{
  if ( 2 * ( mPoints.size() + 1 ) > mExactSlots.size() )
    growExact( std::max<std::size_t>( 2 * mPoints.size(), 1024 ) );
  std::size_t slot = hashOf( point ) & mExactMask;
  for ( NodeId node = mExactSlots[ slot ]; node != kInvalidId; node = mExactSlots[ slot ] )
  {
    if ( mPoints[ node ] == point )
    {
      ++mMerged;
      return node;
    }
    slot = ( slot + 1 ) & mExactMask;
  }
  const NodeId node = static_cast<NodeId>( mPoints.size() );
  mPoints.push_back( point );
  mExactSlots[ slot ] = node;
  return node;
}

std::size_t VertexMerger::cellSlot( std::uint64_t key ) const
{
  std::size_t slot = mix( key ) & mCellMask;
  while ( mCellHeads[ slot ] != kInvalidId && mCellKeys[ slot ] != key )
    slot = ( slot + 1 ) & mCellMask;
  return slot;
}

void VertexMerger::growCells( std::size_t entries )
{
  std::vector<std::uint64_t> keys( slotsFor( entries ) );
  std::vector<NodeId> heads( keys.size(), kInvalidId );
  keys.swap( mCellKeys );
  heads.swap( mCellHeads );
  mCellMask = mCellKeys.size() - 1;
  for ( std::size_t old = 0; old < heads.size(); ++old )
  {
    if ( heads[ old ] == kInvalidId )
      continue;
    const std::size_t slot = cellSlot( keys[ old ] );
    mCellKeys[ slot ] = keys[ old ];
    mCellHeads[ slot ] = heads[ old ];
  }
}

NodeId VertexMerger::addWithinTolerance( const Point &point )
{
  const std::int64_t cx = static_cast<std::int64_t>( std::floor( point.x / mTolerance ) );
  const std::int64_t cy = static_cast<std::int64_t>( std::floor( point.y / mTolerance ) );
  if ( 2 * ( mCellCount + 1 ) > mCellKeys.size() )
    growCells( std::max<std::size_t>( 2 * mCellCount, 1024 ) );

  NodeId best = kInvalidId;
  double bestDistance2 = mTolerance * mTolerance;
  for ( std::int64_t dx = -1; dx <= 1; ++dx )
  {
    for ( std::int64_t dy = -1; dy <= 1; ++dy )
    {
      const std::size_t slot = cellSlot( cellKey( cx + dx, cy + dy ) );
      for ( NodeId node = mCellHeads[ slot ]; node != kInvalidId; node = mNextInCell[ node ] )
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
  const std::uint64_t key = cellKey( cx, cy );
  const std::size_t slot = cellSlot( key );
  if ( mCellHeads[ slot ] == kInvalidId )
  {
    mCellKeys[ slot ] = key;
    ++mCellCount;
  }
  mNextInCell.push_back( mCellHeads[ slot ] );
  mCellHeads[ slot ] = node;
  return node;
}

std::vector<Point> VertexMerger::takePoints()
{
  std::vector<Point> points;
  points.swap( mPoints );
  std::vector<NodeId>().swap( mExactSlots );
  mExactMask = 0;
  std::vector<std::uint64_t>().swap( mCellKeys );
  std::vector<NodeId>().swap( mCellHeads );
  mCellMask = 0;
  mCellCount = 0;
  std::vector<NodeId>().swap( mNextInCell );
  return points;
}

} // namespace sozialraum::network
