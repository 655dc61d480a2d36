#ifndef SOZIALRAUM_TESTS_GAPSTESTUTILS_H
#define SOZIALRAUM_TESTS_GAPSTESTUTILS_H

// Small cost tables and random instances for the service-gaps engine tests.

#include "gaps/costtable.h"

#include <cmath>
#include <random>
#include <vector>

namespace sozialraum::gaps::test
{

inline CostTable makeTable( std::size_t demandCount, std::size_t supplyCount, std::vector<CostTriplet> triplets )
{
  return CostTable( demandCount, supplyCount, std::move( triplets ) );
}

//! Relative comparison for values computed in a different order than the expectation.
inline bool near( double a, double b, double relative = 1e-12 )
{
  return std::fabs( a - b ) <= relative * std::max( 1.0, std::max( std::fabs( a ), std::fabs( b ) ) );
}

//! A random instance: points in a square, pairs within maxCost (all pairs when maxCost is infinite).
struct RandomInstance
{
  std::vector<double> demandX, demandY, supplyX, supplyY;
  std::vector<double> weight;
  CostTable table;
};

inline RandomInstance randomInstance( std::mt19937 &random, std::size_t demandCount, std::size_t supplyCount,
                                      double side, double maxCost, bool integerWeights = true )
{
  std::uniform_real_distribution<double> coordinate( 0.0, side );
  std::uniform_int_distribution<int> integerWeight( 0, 20 );
  std::uniform_real_distribution<double> realWeight( 0.0, 20.0 );
  RandomInstance instance;
  for ( std::size_t k = 0; k < demandCount; ++k )
  {
    instance.demandX.push_back( coordinate( random ) );
    instance.demandY.push_back( coordinate( random ) );
    instance.weight.push_back( integerWeights ? integerWeight( random ) : realWeight( random ) );
  }
  for ( std::size_t j = 0; j < supplyCount; ++j )
  {
    instance.supplyX.push_back( coordinate( random ) );
    instance.supplyY.push_back( coordinate( random ) );
  }
  std::vector<CostTriplet> triplets;
  for ( std::size_t k = 0; k < demandCount; ++k )
  {
    for ( std::size_t j = 0; j < supplyCount; ++j )
    {
      const double d =
          std::hypot( instance.demandX[ k ] - instance.supplyX[ j ], instance.demandY[ k ] - instance.supplyY[ j ] );
      if ( d <= maxCost )
        triplets.push_back( { static_cast<Index>( k ), static_cast<Index>( j ), d } );
    }
  }
  instance.table = CostTable( demandCount, supplyCount, std::move( triplets ) );
  return instance;
}

} // namespace sozialraum::gaps::test

#endif
