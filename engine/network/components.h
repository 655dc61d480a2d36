#ifndef SOZIALRAUM_NETWORK_COMPONENTS_H
#define SOZIALRAUM_NETWORK_COMPONENTS_H

#include "network/graph.h"

#include <vector>

namespace sozialraum::network
{

//! One connected part of the network, ignoring one-way restrictions.
struct Component
{
  std::size_t nodeCount = 0;
  std::size_t edgeCount = 0;
  double length = 0.0; //!< metres
};

struct Components
{
  //! Component index of every node (index into components); kInvalidId for a node without edges.
  std::vector<std::uint32_t> nodeComponent;
  //! Largest total length first, so components.front() is the main network.
  std::vector<Component> components;

  std::size_t count() const { return components.size(); }
  //! Share (0..1) of the network's length in the largest component, for "the largest part holds X %".
  double largestLengthShare() const;
};

/**
 * The undirected connected components. A network of several parts is usually a data problem
 * (a missing vertex where two streets meet, a tolerance too small), and facilities in a small
 * part reach almost nothing, so callers report the parts to the planner.
 */
Components connectedComponents( const Graph &graph );

} // namespace sozialraum::network

#endif
