#include "network/networkpoint.h"

#include <cmath>

namespace sozialraum::network
{

namespace
{
//! \a share of an edge's \a cost; a point on the node itself costs nothing even on a forbidden direction.
double partialCost( double share, float cost )
{
  if ( share <= 0.0 )
    return 0.0;
  if ( std::isinf( cost ) )
    return kUnreachable;
  return share * static_cast<double>( cost );
}
} // namespace

NetworkPoint networkPoint( const Graph &graph, const SnapResult &snap, bool withAccessCost )
{
  NetworkPoint point;
  point.edge = snap.edge;
  point.fraction = snap.fraction;
  point.offCost = withAccessCost && std::isfinite( snap.distance ) ? graph.distanceToCost( snap.distance ) : 0.0;
  return point;
}

double costToEdgeFrom( const Graph &graph, const NetworkPoint &point )
{
  return partialCost( point.fraction, graph.backwardCost( point.edge ) );
}

double costToEdgeTo( const Graph &graph, const NetworkPoint &point )
{
  return partialCost( 1.0 - point.fraction, graph.forwardCost( point.edge ) );
}

double costFromEdgeFrom( const Graph &graph, const NetworkPoint &point )
{
  return partialCost( point.fraction, graph.forwardCost( point.edge ) );
}

double costFromEdgeTo( const Graph &graph, const NetworkPoint &point )
{
  return partialCost( 1.0 - point.fraction, graph.backwardCost( point.edge ) );
}

double costAlongEdge( const Graph &graph, const NetworkPoint &from, const NetworkPoint &to )
{
  if ( from.edge != to.edge || from.edge == kInvalidId )
    return kUnreachable;
  if ( to.fraction >= from.fraction )
    return partialCost( to.fraction - from.fraction, graph.forwardCost( from.edge ) );
  return partialCost( from.fraction - to.fraction, graph.backwardCost( from.edge ) );
}

} // namespace sozialraum::network
