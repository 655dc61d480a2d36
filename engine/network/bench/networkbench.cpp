// Benchmark of the network engine on a synthetic grid of about a million edges (not a test:
// it prints timings). Targets from issue 4: nearest facility for 100,000 origins on 1,000,000
// edges in under 2 s; under 100 bytes per edge.

#include "network/components.h"
#include "network/edgeindex.h"
#include "network/graphbuilder.h"
#include "network/isochrones.h"
#include "network/nearestfacility.h"
#include "network/odmatrix.h"
#include "network/sourcesearch.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>
#include <thread>

using namespace sozialraum::network;

namespace
{
class Stopwatch
{
public:
  double seconds() const { return std::chrono::duration<double>( std::chrono::steady_clock::now() - mStart ).count(); }

private:
  std::chrono::steady_clock::time_point mStart = std::chrono::steady_clock::now();
};

std::string peakMemory()
{
  std::ifstream status( "/proc/self/status" );
  std::string line;
  while ( std::getline( status, line ) )
  {
    if ( line.rfind( "VmHWM:", 0 ) == 0 )
      return line.substr( 6 );
  }
  return " unknown";
}

std::vector<NetworkPoint> snapAll( const Graph &graph, const EdgeIndex &index, const std::vector<Point> &points,
                                   double maxSnap, std::size_t &notSnapped )
{
  std::vector<NetworkPoint> result;
  result.reserve( points.size() );
  notSnapped = 0;
  for ( const Point &point : points )
  {
    const SnapResult snap = index.snap( point, maxSnap );
    if ( !snap.snapped )
      ++notSnapped;
    result.push_back( snap.snapped ? networkPoint( graph, snap, true ) : NetworkPoint() );
  }
  return result;
}
} // namespace

int main( int argc, char **argv )
{
  // A square grid of side n has 2 n (n - 1) edges: n = 708 gives 1,001,112.
  const int n = argc > 1 ? std::atoi( argv[ 1 ] ) : 708;
  const double spacing = 50.0;
  const std::size_t facilityCount = 1000;
  const std::size_t originCount = 100000;
  const double isochroneBound = 1000.0;
  std::printf( "Synthetic grid %d x %d nodes, %.0f m spacing, %u hardware threads\n", n, n, spacing,
               std::thread::hardware_concurrency() );

  // Rows are lines, columns are lines; the columns' vertices are moved by 1 cm, so the
  // 0.1 m topology tolerance has to merge every crossing. Every tenth row is one-way.
  Stopwatch buildClock;
  GraphOptions options;
  options.costType = CostType::Distance;
  options.tolerance = 0.1;
  GraphBuilder builder( options );
  std::vector<Point> line( n );
  for ( int row = 0; row < n; ++row )
  {
    for ( int col = 0; col < n; ++col )
      line[ col ] = Point{ col * spacing, row * spacing };
    builder.addLine( line, row % 10 == 5 ? Direction::Forward : Direction::Both );
  }
  for ( int col = 0; col < n; ++col )
  {
    for ( int row = 0; row < n; ++row )
      line[ row ] = Point{ col * spacing + 0.01, row * spacing - 0.01 };
    builder.addLine( line );
  }
  const Graph graph = builder.build();
  const double buildSeconds = buildClock.seconds();
  std::printf( "graph build:            %8.3f s  (%zu nodes, %zu edges, %zu arcs, %zu vertices merged)\n", buildSeconds,
               graph.nodeCount(), graph.edgeCount(), graph.arcCount(), graph.report().verticesMerged );
  std::printf( "graph memory:           %8.1f bytes per edge (%.1f MB)\n", graph.bytesPerEdge(),
               graph.memoryBytes() / 1e6 );

  Stopwatch indexClock;
  const EdgeIndex index( graph );
  std::printf(
      "edge index build:       %8.3f s  (%.1f bytes per edge, cell %.0f m; graph + index %.1f bytes per edge)\n",
      indexClock.seconds(), static_cast<double>( index.memoryBytes() ) / graph.edgeCount(), index.cellSize(),
      static_cast<double>( graph.memoryBytes() + index.memoryBytes() ) / graph.edgeCount() );

  Stopwatch componentClock;
  const Components components = connectedComponents( graph );
  std::printf( "components:             %8.3f s  (%zu parts, largest %.1f %% of length)\n", componentClock.seconds(),
               components.count(), 100.0 * components.largestLengthShare() );

  std::mt19937_64 random( 42 );
  const double extent = ( n - 1 ) * spacing;
  std::uniform_real_distribution<double> coordinate( -20.0, extent + 20.0 );
  std::vector<Point> facilityPoints( facilityCount ), originPoints( originCount );
  for ( Point &p : facilityPoints )
    p = Point{ coordinate( random ), coordinate( random ) };
  for ( Point &p : originPoints )
    p = Point{ coordinate( random ), coordinate( random ) };

  std::size_t facilitiesNotSnapped = 0, originsNotSnapped = 0;
  Stopwatch snapClock;
  const std::vector<NetworkPoint> facilities = snapAll( graph, index, facilityPoints, 30.0, facilitiesNotSnapped );
  const std::vector<NetworkPoint> origins = snapAll( graph, index, originPoints, 30.0, originsNotSnapped );
  const double snapSeconds = snapClock.seconds();
  std::printf( "snap %zu + %zu points: %8.3f s  (%zu facilities, %zu origins beyond 30 m)\n", facilityCount,
               originCount, snapSeconds, facilitiesNotSnapped, originsNotSnapped );

  Stopwatch nearestClock;
  const std::vector<Arrival> nearest = nearestFacilities( graph, facilities, origins );
  const double nearestSeconds = nearestClock.seconds();
  double meanCost = 0.0;
  std::size_t reached = 0;
  for ( const Arrival &arrival : nearest )
  {
    if ( arrival.source != kInvalidId )
    {
      meanCost += arrival.cost;
      ++reached;
    }
  }
  std::printf( "nearest facility:       %8.3f s  for %zu origins (one multi-source search; mean cost %.0f m; "
               "with snapping %.3f s) %s\n",
               nearestSeconds, originCount, reached ? meanCost / reached : 0.0, nearestSeconds + snapSeconds,
               nearestSeconds + snapSeconds < 2.0 ? "[target < 2 s: met]" : "[target < 2 s: MISSED]" );

  RunControl control;
  std::atomic<std::size_t> settled{ 0 };
  Stopwatch searchClock;
  forEachSource( graph, facilities, isochroneBound, control,
                 [ & ]( std::size_t, const DijkstraWorkspace &workspace, unsigned )
                 { settled += workspace.settledCount(); } );
  const double searchSeconds = searchClock.seconds();
  std::printf( "isochrone searches:     %8.3f s  for %zu facilities to %.0f m in parallel (%.2f ms each, %zu nodes "
               "settled on average)\n",
               searchSeconds, facilityCount, isochroneBound, 1000.0 * searchSeconds / facilityCount,
               settled.load() / facilityCount );

  std::vector<std::vector<unsigned char>> outerPolygons;
  for ( const PolygonMethod method : { PolygonMethod::NetworkBuffer, PolygonMethod::ConcaveHull } )
  {
    IsochroneOptions isochroneOptions;
    isochroneOptions.bands = { 500.0, isochroneBound };
    isochroneOptions.method = method;
    isochroneOptions.bufferWidth = 25.0;
    double area = 0.0;
    Stopwatch polygonClock;
    computeIsochrones( graph, facilities, isochroneOptions, control,
                       [ & ]( Isochrone &&isochrone )
                       {
                         area += isochrone.bands.back().polygon.area;
                         if ( method == PolygonMethod::NetworkBuffer )
                           outerPolygons.push_back( std::move( isochrone.bands.back().polygon.wkb ) );
                       } );
    const double polygonSeconds = polygonClock.seconds();
    std::printf( "isochrone polygons:     %8.3f s  for %zu facilities, bands 500/1000 m, %s (%.2f ms each, mean outer "
                 "area %.2f km2)\n",
                 polygonSeconds, facilityCount,
                 method == PolygonMethod::NetworkBuffer ? "network buffer 25 m" : "concave hull 0.3",
                 1000.0 * polygonSeconds / facilityCount, area / facilityCount / 1e6 );
  }

  Stopwatch dissolveClock;
  const WkbPolygon dissolved = dissolvePolygons( outerPolygons );
  std::printf( "dissolve:               %8.3f s  (%zu polygons, %.1f km2 covered within %.0f m)\n",
               dissolveClock.seconds(), outerPolygons.size(), dissolved.area / 1e6, isochroneBound );

  // A sparse OD matrix that streams millions of rows: 20,000 origins to all 100,000 origins within 1,000 m.
  const std::vector<NetworkPoint> odOrigins( origins.begin(), origins.begin() + 20000 );
  std::size_t rows = 0;
  double costSum = 0.0;
  Stopwatch odClock;
  enumerateOd( graph, odOrigins, origins, 1000.0, control,
               [ & ]( std::uint32_t, std::uint32_t, double cost )
               {
                 ++rows;
                 costSum += cost;
               } );
  const double odSeconds = odClock.seconds();
  std::printf( "OD matrix stream:       %8.3f s  %zu origins x %zu destinations within 1000 m: %zu rows streamed "
               "(%.1f million rows/s, %.3f ms per origin)\n",
               odSeconds, odOrigins.size(), origins.size(), rows, rows / odSeconds / 1e6,
               1000.0 * odSeconds / odOrigins.size() );

  std::printf( "peak memory:            %s\n", peakMemory().c_str() );
  return 0;
}
