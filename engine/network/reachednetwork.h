#ifndef SOZIALRAUM_NETWORK_REACHEDNETWORK_H
#define SOZIALRAUM_NETWORK_REACHEDNETWORK_H

#include "network/dijkstra.h"

#include <vector>

namespace sozialraum::network
{

//! A reached piece of an edge, from \a a to \a b (a closer to the edge's from-node).
struct Segment
{
  Point a;
  Point b;
  EdgeId edge = kInvalidId;
};

//! The part of the network within a cost band: what QGIS's service area draws as lines.
struct ReachedNetwork
{
  std::vector<Segment> segments;
  double length = 0.0; //!< metres, for comparison with QGIS's service area
};

/**
 * The network within \a band of the sources of the last search in \a workspace (its
 * maxCost() must be at least \a band).
 *
 * An edge is reached from each end whose node cost is within the band, as far as the rest of
 * the band takes it along the edge in an allowed direction, and around a source that lies
 * on it. Where these parts cover the whole edge, the edge is whole; otherwise it is cut where
 * the cost reaches the band (the cut point lies on the edge's straight segment).
 */
ReachedNetwork reachedNetwork( const DijkstraWorkspace &workspace, double band );

/**
 * Joins segments that meet end to end (bit-identical end points, as at nodes) into longer
 * lines, breaking at junctions. Fewer, longer lines make buffering much cheaper and are what
 * a planner wants to see as a service-area line layer.
 */
std::vector<std::vector<Point>> chainSegments( const std::vector<Segment> &segments );

} // namespace sozialraum::network

#endif
