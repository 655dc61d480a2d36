#include "network/graph.h"

namespace sozialraum::network
{

namespace
{
template <typename T> std::size_t bytesOf( const std::vector<T> &values )
{
  return values.capacity() * sizeof( T );
}
} // namespace

Point Graph::pointAlongEdge( EdgeId edge, double fraction ) const
{
  const Point &a = mNodePoints[ mEdgeFrom[ edge ] ];
  const Point &b = mNodePoints[ mEdgeTo[ edge ] ];
  // Exact node coordinates at the ends, so segments that meet at a node share their end point bit for bit.
  if ( fraction <= 0.0 )
    return a;
  if ( fraction >= 1.0 )
    return b;
  return Point{ a.x + fraction * ( b.x - a.x ), a.y + fraction * ( b.y - a.y ) };
}

double Graph::distanceToCost( double metres ) const
{
  if ( mCostType == CostType::Distance )
    return metres;
  return metres / ( mDefaultSpeedKmh * 1000.0 / 60.0 );
}

std::size_t Graph::memoryBytes() const
{
  return bytesOf( mNodePoints ) + bytesOf( mNodeOffsets ) + bytesOf( mArcTargets ) + bytesOf( mArcCosts ) +
         bytesOf( mArcEdges ) + bytesOf( mEdgeFrom ) + bytesOf( mEdgeTo ) + bytesOf( mEdgeLength ) +
         bytesOf( mEdgeForwardCost ) + bytesOf( mEdgeBackwardCost ) + bytesOf( mEdgeLine ) + sizeof( Graph );
}

double Graph::bytesPerEdge() const
{
  return edgeCount() == 0 ? 0.0 : static_cast<double>( memoryBytes() ) / static_cast<double>( edgeCount() );
}

} // namespace sozialraum::network
