// make bench: 2SFCA with 100,000 demand points and 2,000 facilities on a synthetic grid of about
// a million edges (issue 6: target under 5 s), and the social index with 1,000 Monte-Carlo runs
// on 500 areas x 10 indicators (issue 3: target under 2 s). Engine level, no QGIS; not a test.

#include "gaps/catchment.h"
#include "gaps/costtable.h"
#include "index/builder.h"
#include "index/compute.h"
#include "index/sensitivity.h"
#include "network/edgeindex.h"
#include "network/graphbuilder.h"
#include "network/odmatrix.h"

#include <chrono>
#include <cstdio>
#include <random>

using namespace sozialraum;

namespace
{
  double since( std::chrono::steady_clock::time_point start )
  {
    return std::chrono::duration<double>( std::chrono::steady_clock::now() - start ).count();
  }

  void catchmentOnGrid()
  {
    const int n = 708; // 2 n (n - 1) = 1,001,112 edges
    const double spacing = 50.0;
    auto start = std::chrono::steady_clock::now();
    network::GraphOptions options;
    network::GraphBuilder builder( options );
    std::vector<network::Point> line( n );
    for ( int r = 0; r < n; ++r )
    {
      for ( int c = 0; c < n; ++c )
        line[c] = { c * spacing, r * spacing };
      builder.addLine( line );
      for ( int c = 0; c < n; ++c )
        line[c] = { r * spacing, c * spacing };
      builder.addLine( line );
    }
    const network::Graph graph = builder.build();
    const network::EdgeIndex index( graph );
    const double buildSeconds = since( start );

    std::mt19937_64 random( 42 );
    std::uniform_real_distribution<double> coordinate( 0, ( n - 1 ) * spacing );
    const auto snapRandom = [&]( std::size_t count ) {
      std::vector<network::NetworkPoint> points;
      for ( std::size_t i = 0; i < count; ++i )
        points.push_back( network::networkPoint( graph, index.snap( { coordinate( random ), coordinate( random ) }, 100 ), true ) );
      return points;
    };
    start = std::chrono::steady_clock::now();
    const std::vector<network::NetworkPoint> demand = snapRandom( 100000 );
    const std::vector<network::NetworkPoint> supply = snapRandom( 2000 );
    std::vector<double> population( demand.size() ), capacity( supply.size() );
    for ( double &p : population )
      p = 1 + random() % 200;
    for ( double &c : capacity )
      c = 20 + random() % 100;
    const double snapSeconds = since( start );

    start = std::chrono::steady_clock::now();
    const double catchment = 1500; // metres
    std::vector<gaps::CostTriplet> triplets;
    network::RunControl control;
    network::enumerateOd( graph, supply, demand, catchment, control, [&]( std::uint32_t facility, std::uint32_t point, double cost ) {
      triplets.push_back( { point, facility, cost } );
    } );
    const std::size_t pairs = triplets.size();
    const gaps::CostTable costs( demand.size(), supply.size(), std::move( triplets ) );
    const double costSeconds = since( start );
    start = std::chrono::steady_clock::now();
    const gaps::CatchmentResult result = gaps::computeCatchment( costs, population, capacity, gaps::CatchmentOptions::twoStep( catchment ) );
    const double ratioSeconds = since( start );
    std::printf( "2SFCA on a grid of %zu edges: 100,000 demand points, 2,000 facilities, catchment %.0f m\n", graph.edgeCount(), catchment );
    std::printf( "  graph and edge index   %7.3f s\n", buildSeconds );
    std::printf( "  snapping 102,000 points%7.3f s\n", snapSeconds );
    std::printf( "  network costs (%zu pairs, 2,000 bounded searches) %7.3f s\n", pairs, costSeconds );
    std::printf( "  2SFCA                  %7.3f s\n", ratioSeconds );
    std::printf( "  total after the graph  %7.3f s   (target < 5 s); mean access %.4f\n", snapSeconds + costSeconds + ratioSeconds, result.weightedMeanAccess );
  }

  void sensitivity()
  {
    std::mt19937_64 random( 7 );
    std::normal_distribution<double> value( 10, 3 );
    const std::size_t areas = 500;
    index::IndicatorTable table( areas );
    index::FlatParameters flat;
    for ( int i = 0; i < 10; ++i )
    {
      std::vector<double> column( areas );
      for ( double &v : column )
        v = value( random );
      const std::string name = "i" + std::to_string( i );
      table.setColumn( name, column );
      flat.indicators.push_back( name );
    }
    flat.normalization.method = index::Normalization::ZScore;
    flat.finalScaling.method = index::Scaling::ZScore;
    flat.classification.method = index::ClassificationMethod::MssStatus;
    const auto start = std::chrono::steady_clock::now();
    const index::IndexDefinition definition = index::buildFlatDefinition( flat );
    const index::RowSelection selection( areas );
    const index::IndexResult result = index::computeIndex( definition, table, selection );
    index::SensitivitySpec spec;
    spec.runs = 1000;
    spec.perturbNormalization = true;
    index::runSensitivity( definition, table, selection, result, spec );
    std::printf( "Social index, 500 areas x 10 indicators, 1,000 Monte-Carlo runs (weights and normalization): %.3f s   (target < 2 s)\n", since( start ) );
  }
} // namespace

int main()
{
  sensitivity();
  catchmentOnGrid();
  return 0;
}
