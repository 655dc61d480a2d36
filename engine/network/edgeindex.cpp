#include "network/edgeindex.h"

#include <algorithm>
#include <cmath>

namespace sozialraum::network
{

namespace
{
//! Fraction of the projection of \a p on segment a-b, clamped to the segment.
double projectionFraction( const Point &p, const Point &a, const Point &b )
{
  const double dx = b.x - a.x;
  const double dy = b.y - a.y;
  const double length2 = dx * dx + dy * dy;
  if ( length2 <= 0.0 )
    return 0.0;
  const double t = ( ( p.x - a.x ) * dx + ( p.y - a.y ) * dy ) / length2;
  return std::clamp( t, 0.0, 1.0 );
}
} // namespace

EdgeIndex::EdgeIndex( const Graph &graph ) : mGraph( graph )
{
  const std::size_t edgeCount = graph.edgeCount();
  if ( edgeCount == 0 )
  {
    mCellOffsets.assign( 2, 0 );
    return;
  }

  double minX = kUnreachable, minY = kUnreachable, maxX = -kUnreachable, maxY = -kUnreachable;
  double totalLength = 0.0;
  for ( EdgeId e = 0; e < edgeCount; ++e )
  {
    for ( const NodeId node : { graph.edgeFrom( e ), graph.edgeTo( e ) } )
    {
      const Point &p = graph.nodePoint( node );
      minX = std::min( minX, p.x );
      minY = std::min( minY, p.y );
      maxX = std::max( maxX, p.x );
      maxY = std::max( maxY, p.y );
    }
    totalLength += graph.edgeLength( e );
  }
  const double width = maxX - minX;
  const double height = maxY - minY;

  // About one edge per cell: cells no smaller than a typical edge (an edge then spans few
  // cells) and no more cells than a few per edge (the grid stays small for sparse networks).
  const double meanLength = totalLength / static_cast<double>( edgeCount );
  double cellSize = std::max( meanLength, std::sqrt( width * height / static_cast<double>( edgeCount ) ) );
  if ( !( cellSize > 0.0 ) )
    cellSize = 1.0;
  const double maxCells = 4.0 * static_cast<double>( edgeCount ) + 16.0;
  while ( ( std::floor( width / cellSize ) + 1.0 ) * ( std::floor( height / cellSize ) + 1.0 ) > maxCells )
    cellSize *= 1.5;

  mMinX = minX;
  mMinY = minY;
  mCellSize = cellSize;
  mColumns = static_cast<std::int64_t>( std::floor( width / cellSize ) ) + 1;
  mRows = static_cast<std::int64_t>( std::floor( height / cellSize ) ) + 1;

  // Two passes over the edges' cell ranges: count, then fill (CSR, no per-cell vectors).
  const std::size_t cellCount = static_cast<std::size_t>( mColumns * mRows );
  mCellOffsets.assign( cellCount + 1, 0 );
  const auto forEachCell = [ & ]( EdgeId e, auto &&visit )
  {
    const Point &a = graph.nodePoint( graph.edgeFrom( e ) );
    const Point &b = graph.nodePoint( graph.edgeTo( e ) );
    std::int64_t x0, y0, x1, y1;
    cellOf( Point{ std::min( a.x, b.x ), std::min( a.y, b.y ) }, x0, y0 );
    cellOf( Point{ std::max( a.x, b.x ), std::max( a.y, b.y ) }, x1, y1 );
    for ( std::int64_t y = y0; y <= y1; ++y )
      for ( std::int64_t x = x0; x <= x1; ++x )
        visit( static_cast<std::size_t>( y * mColumns + x ) );
  };
  for ( EdgeId e = 0; e < edgeCount; ++e )
    forEachCell( e, [ & ]( std::size_t cell ) { ++mCellOffsets[ cell + 1 ]; } );
  for ( std::size_t c = 0; c < cellCount; ++c )
    mCellOffsets[ c + 1 ] += mCellOffsets[ c ];
  mCellEdges.resize( mCellOffsets[ cellCount ] );
  std::vector<std::uint32_t> next( mCellOffsets.begin(), mCellOffsets.end() - 1 );
  for ( EdgeId e = 0; e < edgeCount; ++e )
    forEachCell( e, [ & ]( std::size_t cell ) { mCellEdges[ next[ cell ]++ ] = e; } );
}

void EdgeIndex::cellOf( const Point &point, std::int64_t &cx, std::int64_t &cy ) const
{
  // Points outside the grid use the nearest border cell; see snap() for why the search stays exact.
  const double fx = std::floor( ( point.x - mMinX ) / mCellSize );
  const double fy = std::floor( ( point.y - mMinY ) / mCellSize );
  cx = static_cast<std::int64_t>( std::clamp( fx, 0.0, static_cast<double>( mColumns - 1 ) ) );
  cy = static_cast<std::int64_t>( std::clamp( fy, 0.0, static_cast<double>( mRows - 1 ) ) );
}

SnapResult EdgeIndex::snap( const Point &point, double maxDistance ) const
{
  SnapResult result;
  if ( mGraph.edgeCount() == 0 || !std::isfinite( point.x ) || !std::isfinite( point.y ) )
    return result;

  std::int64_t cx, cy;
  cellOf( point, cx, cy );

  double bestDistance2 = kUnreachable;
  double bestFraction = 0.0;
  EdgeId bestEdge = kInvalidId;
  const auto visitCell = [ & ]( std::int64_t x, std::int64_t y )
  {
    if ( x < 0 || y < 0 || x >= mColumns || y >= mRows )
      return;
    const std::size_t cell = static_cast<std::size_t>( y * mColumns + x );
    for ( std::uint32_t i = mCellOffsets[ cell ]; i < mCellOffsets[ cell + 1 ]; ++i )
    {
      const EdgeId e = mCellEdges[ i ];
      const Point &a = mGraph.nodePoint( mGraph.edgeFrom( e ) );
      const Point &b = mGraph.nodePoint( mGraph.edgeTo( e ) );
      const double t = projectionFraction( point, a, b );
      const double px = a.x + t * ( b.x - a.x ) - point.x;
      const double py = a.y + t * ( b.y - a.y ) - point.y;
      const double distance2 = px * px + py * py;
      if ( distance2 < bestDistance2 || ( distance2 == bestDistance2 && e < bestEdge ) )
      {
        bestDistance2 = distance2;
        bestFraction = t;
        bestEdge = e;
      }
    }
  };

  // Rings of cells around the start cell. Every cell not yet visited after ring r is at least
  // r cells away from the start cell, so no point in it is closer than r * cellSize to the
  // query point (for a point outside the grid: projecting it onto the grid's box only brings
  // it closer to every cell). Once the best edge is that close, it is the nearest.
  const std::int64_t maxRing = std::max( mColumns, mRows );
  for ( std::int64_t r = 0; r <= maxRing; ++r )
  {
    if ( r == 0 )
      visitCell( cx, cy );
    else
    {
      for ( std::int64_t d = -r; d <= r; ++d )
      {
        visitCell( cx + d, cy - r );
        visitCell( cx + d, cy + r );
      }
      for ( std::int64_t d = -r + 1; d <= r - 1; ++d )
      {
        visitCell( cx - r, cy + d );
        visitCell( cx + r, cy + d );
      }
    }
    const double bound = static_cast<double>( r ) * mCellSize;
    // Strictly closer: an equally distant edge in the next ring could have a lower id.
    if ( bestEdge != kInvalidId && bestDistance2 < bound * bound )
      break;
  }

  result.edge = bestEdge;
  result.fraction = bestFraction;
  result.distance = std::sqrt( bestDistance2 );
  result.point = mGraph.pointAlongEdge( bestEdge, bestFraction );
  result.snapped = result.distance <= maxDistance;
  return result;
}

std::size_t EdgeIndex::memoryBytes() const
{
  return mCellOffsets.capacity() * sizeof( std::uint32_t ) + mCellEdges.capacity() * sizeof( EdgeId ) +
         sizeof( EdgeIndex );
}

} // namespace sozialraum::network
