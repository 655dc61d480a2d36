// Benchmark of the service-gaps engine on synthetic city-sized problems (not a test).
// Points are uniform in a 10 km square, costs straight-line metres.
//   1. Floating catchment: 100,000 demand points, 2,000 facilities, ~5 million pairs.
//   2. Location models: 100,000 demand points, 5,000 candidates, ~50 covering candidates each, P = 20.

#include "gaps/catchment.h"
#include "gaps/maximalcovering.h"
#include "gaps/pmedian.h"
#include "gaps/setcovering.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

using namespace sozialraum::gaps;

namespace
{

constexpr double kSide = 10000.0;
constexpr double kPi = 3.14159265358979323846;

struct Xy
{
  double x = 0.0;
  double y = 0.0;
};

std::vector<Xy> randomPoints( std::size_t count, std::mt19937 &random )
{
  std::uniform_real_distribution<double> coordinate( 0.0, kSide );
  std::vector<Xy> points( count );
  for ( Xy &p : points )
  {
    p.x = coordinate( random );
    p.y = coordinate( random );
  }
  return points;
}

//! All pairs within maxCost, found through a grid of maxCost-sized cells.
CostTable pairsWithin( const std::vector<Xy> &demand, const std::vector<Xy> &supply, double maxCost )
{
  const int cells = std::max( 1, static_cast<int>( kSide / maxCost ) );
  const double cellSize = kSide / cells;
  std::vector<std::vector<Index>> grid( static_cast<std::size_t>( cells * cells ) );
  const auto cellOf = [ & ]( double v ) { return std::min( cells - 1, static_cast<int>( v / cellSize ) ); };
  for ( std::size_t j = 0; j < supply.size(); ++j )
    grid[ static_cast<std::size_t>( cellOf( supply[ j ].y ) * cells + cellOf( supply[ j ].x ) ) ].push_back(
        static_cast<Index>( j ) );
  CostTableBuilder builder( demand.size(), supply.size() );
  for ( std::size_t k = 0; k < demand.size(); ++k )
  {
    const int cx = cellOf( demand[ k ].x );
    const int cy = cellOf( demand[ k ].y );
    for ( int gy = std::max( 0, cy - 1 ); gy <= std::min( cells - 1, cy + 1 ); ++gy )
    {
      for ( int gx = std::max( 0, cx - 1 ); gx <= std::min( cells - 1, cx + 1 ); ++gx )
      {
        for ( Index j : grid[ static_cast<std::size_t>( gy * cells + gx ) ] )
        {
          const double d = std::hypot( demand[ k ].x - supply[ j ].x, demand[ k ].y - supply[ j ].y );
          if ( d <= maxCost )
            builder.add( static_cast<Index>( k ), j, d );
        }
      }
    }
  }
  return builder.build();
}

class Stopwatch
{
public:
  double seconds() const { return std::chrono::duration<double>( std::chrono::steady_clock::now() - mStart ).count(); }
  void restart() { mStart = std::chrono::steady_clock::now(); }

private:
  std::chrono::steady_clock::time_point mStart = std::chrono::steady_clock::now();
};

void benchCatchment()
{
  std::mt19937 random( 2024 );
  const std::vector<Xy> demandPoints = randomPoints( 100000, random );
  const std::vector<Xy> facilities = randomPoints( 2000, random );
  std::uniform_real_distribution<double> population( 0.0, 100.0 );
  std::uniform_real_distribution<double> places( 10.0, 150.0 );
  std::vector<double> demand( demandPoints.size() );
  for ( double &p : demand )
    p = population( random );
  std::vector<double> capacity( facilities.size() );
  for ( double &s : capacity )
    s = std::round( places( random ) );

  // About 50 facilities per demand point: pi r^2 * 2000 / 10 km^2 = 50.
  const double d0 = std::sqrt( 50.0 * kSide * kSide / ( kPi * 2000.0 ) );
  Stopwatch watch;
  const CostTable table = pairsWithin( demandPoints, facilities, d0 );
  std::printf( "catchment: %zu demand points, %zu facilities, %zu pairs within %.0f m (%.2f pairs per point)\n",
               table.demandCount(), table.supplyCount(), table.pairCount(), d0,
               static_cast<double>( table.pairCount() ) / static_cast<double>( table.demandCount() ) );
  std::printf( "  generate pairs + build cost table: %.3f s\n", watch.seconds() );

  const std::string steps =
      std::to_string( d0 / 3 ) + ":1," + std::to_string( 2 * d0 / 3 ) + ":0.68," + std::to_string( d0 ) + ":0.22";
  const std::string steps3 =
      std::to_string( d0 / 3 ) + ":0.962," + std::to_string( 2 * d0 / 3 ) + ":0.704," + std::to_string( d0 ) + ":0.377";
  struct Run
  {
    const char *name;
    CatchmentOptions options;
  };
  const Run runs[] = {
      { "2SFCA", CatchmentOptions::twoStep( d0 ) },
      { "E2SFCA (3 steps)", CatchmentOptions::enhancedTwoStep( steps ) },
      { "Gaussian 2SFCA (normalized)", CatchmentOptions::normalizedGaussianTwoStep( d0 ) },
      { "3SFCA (3 steps)", CatchmentOptions::threeStep( WeightFunction::parseSteps( steps3 ) ) },
  };
  for ( const Run &run : runs )
  {
    watch.restart();
    const CatchmentResult result = computeCatchment( table, demand, capacity, run.options );
    std::printf( "  %-28s %.3f s  (mean access %.6g, %zu uncovered, %zu facilities without demand)\n", run.name,
                 watch.seconds(), result.weightedMeanAccess, result.demandUncovered, result.facilitiesWithoutDemand );
  }
}

void benchLocation()
{
  std::mt19937 random( 7 );
  const std::vector<Xy> demandPoints = randomPoints( 100000, random );
  const std::vector<Xy> candidates = randomPoints( 5000, random );
  std::uniform_real_distribution<double> population( 0.0, 100.0 );
  std::vector<double> weight( demandPoints.size() );
  for ( double &w : weight )
    w = population( random );

  // About 50 candidates within the radius of a demand point.
  const double radius = std::sqrt( 50.0 * kSide * kSide / ( kPi * 5000.0 ) );
  Stopwatch watch;
  const CostTable table = pairsWithin( demandPoints, candidates, radius );
  std::printf( "location: %zu demand points, %zu candidates, %zu pairs within %.0f m (%.2f per point)\n",
               table.demandCount(), table.supplyCount(), table.pairCount(), radius,
               static_cast<double>( table.pairCount() ) / static_cast<double>( table.demandCount() ) );
  std::printf( "  generate pairs + build cost table: %.3f s\n", watch.seconds() );
  const LocationProblem problem( table, weight );

  watch.restart();
  const CoveringSolution mclp = solveMaximalCovering( problem, 20, radius );
  std::printf( "  MCLP P=20 (greedy + swap, restarts, perturbation): %.3f s  covered %.1f%% of weight, %zu local "
               "searches, %zu swaps\n",
               watch.seconds(), 100.0 * mclp.coveredAfter / mclp.totalWeight, mclp.starts, mclp.swaps );

  watch.restart();
  const MedianSolution median = solvePMedian( problem, 20 );
  std::printf( "  p-median P=20 (greedy + Teitz-Bart, restarts, perturbation): %.3f s  cost %.4g -> %.4g, %zu local "
               "searches, %zu swaps\n",
               watch.seconds(), median.costBefore, median.costAfter, median.starts, median.swaps );

  watch.restart();
  const CoveringSolution lscp = solveSetCovering( problem, radius );
  std::printf( "  LSCP (greedy + redundancy removal): %.3f s  %zu sites cover %.1f%% of weight\n", watch.seconds(),
               lscp.sites.size(), 100.0 * lscp.coveredAfter / lscp.totalWeight );
}

} // namespace

int main()
{
  benchCatchment();
  benchLocation();
  return 0;
}
