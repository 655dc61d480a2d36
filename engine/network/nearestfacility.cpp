#include "network/nearestfacility.h"

namespace sozialraum::network
{

std::vector<Arrival> nearestFacilities( const Graph &graph, const std::vector<NetworkPoint> &facilities,
                                        const std::vector<NetworkPoint> &origins, double maxCost )
{
  DijkstraWorkspace workspace( graph );
  return nearestFacilities( workspace, facilities, origins, maxCost );
}

std::vector<Arrival> nearestFacilities( DijkstraWorkspace &workspace, const std::vector<NetworkPoint> &facilities,
                                        const std::vector<NetworkPoint> &origins, double maxCost )
{
  workspace.run( facilities, maxCost );
  std::vector<Arrival> result;
  result.reserve( origins.size() );
  for ( const NetworkPoint &origin : origins )
  {
    Arrival arrival = workspace.arrival( origin );
    if ( !( arrival.cost <= maxCost ) )
      arrival = Arrival();
    result.push_back( arrival );
  }
  return result;
}

} // namespace sozialraum::network
