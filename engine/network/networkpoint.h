#ifndef SOZIALRAUM_NETWORK_NETWORKPOINT_H
#define SOZIALRAUM_NETWORK_NETWORKPOINT_H

#include "network/edgeindex.h"
#include "network/graph.h"

namespace sozialraum::network
{

/**
 * A place on the network: at \a fraction along \a edge (0 = edgeFrom, 1 = edgeTo), plus a
 * cost spent off the network (offCost), such as walking the straight line from a facility
 * to the street. As a source, offCost is paid before entering the network; as a target,
 * after leaving it.
 *
 * The engine never splits the graph. The functions below give the same costs as splitting
 * the edge at the point would, one-way restrictions included, so one graph serves any
 * number of facilities and origins at once.
 */
struct NetworkPoint
{
  EdgeId edge = kInvalidId;
  double fraction = 0.0;
  double offCost = 0.0;
};

/**
 * The network point for a snap result. With \a withAccessCost the straight snap distance is
 * added as offCost, converted to the graph's cost unit (minutes at the default speed in time mode).
 */
NetworkPoint networkPoint( const Graph &graph, const SnapResult &snap, bool withAccessCost );

// Costs along the point's own edge, without offCost; +infinity where a one-way forbids the way.

//! From the point to the edge's from-node.
double costToEdgeFrom( const Graph &graph, const NetworkPoint &point );
//! From the point to the edge's to-node.
double costToEdgeTo( const Graph &graph, const NetworkPoint &point );
//! From the edge's from-node to the point.
double costFromEdgeFrom( const Graph &graph, const NetworkPoint &point );
//! From the edge's to-node to the point.
double costFromEdgeTo( const Graph &graph, const NetworkPoint &point );

/**
 * Direct cost from \a from to \a to when both lie on the same edge, travelling along it
 * without passing a node; +infinity when they are on different edges or the edge is one-way
 * the other way (the way round through the network is then found by the search itself).
 */
double costAlongEdge( const Graph &graph, const NetworkPoint &from, const NetworkPoint &to );

} // namespace sozialraum::network

#endif
