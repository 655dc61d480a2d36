#ifndef SOZIALRAUM_NETWORK_NEARESTFACILITY_H
#define SOZIALRAUM_NETWORK_NEARESTFACILITY_H

#include "network/dijkstra.h"

#include <vector>

namespace sozialraum::network
{

/**
 * For every origin the nearest facility (Arrival::source, an index into \a facilities) and its
 * cost, offCosts of both included; Arrival::source is kInvalidId where no facility lies within
 * \a maxCost or the origin is not on the network (edge == kInvalidId).
 *
 * One multi-source search from all facilities at once answers every origin, so the cost
 * grows with the network, not with facilities × origins.
 */
std::vector<Arrival> nearestFacilities( const Graph &graph, const std::vector<NetworkPoint> &facilities,
                                        const std::vector<NetworkPoint> &origins, double maxCost = kUnreachable );

//! The same with a caller's workspace (reused across calls, no allocation of graph-sized arrays).
std::vector<Arrival> nearestFacilities( DijkstraWorkspace &workspace, const std::vector<NetworkPoint> &facilities,
                                        const std::vector<NetworkPoint> &origins, double maxCost = kUnreachable );

} // namespace sozialraum::network

#endif
