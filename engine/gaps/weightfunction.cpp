#include "gaps/weightfunction.h"

#include "gaps/format.h"
#include "gaps/gapserror.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace sozialraum::gaps
{

namespace
{

const char *const kStepsExample = "write cost:weight pairs separated by commas, e.g. '10:1,20:0.68,30:0.22'";

std::string trimmed( const std::string &text )
{
  const std::size_t begin = text.find_first_not_of( " \t\r\n" );
  if ( begin == std::string::npos )
    return std::string();
  const std::size_t end = text.find_last_not_of( " \t\r\n" );
  return text.substr( begin, end - begin + 1 );
}

//! Locale-independent: a German QGIS must read "0.68" the same way.
bool parseNumber( const std::string &text, double &value )
{
  const std::string t = trimmed( text );
  if ( t.empty() )
    return false;
  const char *begin = t.data();
  if ( *begin == '+' )
    ++begin;
  const char *end = t.data() + t.size();
  const auto result = std::from_chars( begin, end, value );
  return result.ec == std::errc() && result.ptr == end && std::isfinite( value );
}

std::string stepsText( const std::vector<WeightStep> &steps )
{
  std::string text;
  for ( std::size_t i = 0; i < steps.size(); ++i )
  {
    if ( i > 0 )
      text += ',';
    text += formatNumber( steps[ i ].upperBound, false ) + ':' + formatNumber( steps[ i ].weight, false );
  }
  return text;
}

} // namespace

WeightFunction WeightFunction::steps( const std::vector<WeightStep> &steps )
{
  if ( steps.empty() )
    throw GapsError( std::string( "No steps given: " ) + kStepsExample );
  for ( std::size_t i = 0; i < steps.size(); ++i )
  {
    const WeightStep &s = steps[ i ];
    if ( !std::isfinite( s.upperBound ) || s.upperBound < 0.0 )
      throw GapsError( "Step costs must be zero or positive numbers, not " + formatNumber( s.upperBound ) );
    if ( !std::isfinite( s.weight ) || s.weight < 0.0 )
      throw GapsError( "Step weights must be zero or positive, not " + formatNumber( s.weight ) + " (step up to " +
                       formatNumber( s.upperBound ) + ")" );
    if ( i > 0 && !( s.upperBound > steps[ i - 1 ].upperBound ) )
      throw GapsError( "Steps must be ascending: '" + stepsText( steps ) + "'" );
  }
  WeightFunction f;
  f.mKind = Kind::Steps;
  f.mSteps = steps;
  return f;
}

WeightFunction WeightFunction::parseSteps( const std::string &text )
{
  std::vector<WeightStep> steps;
  std::size_t start = 0;
  const std::string all = trimmed( text );
  if ( all.empty() )
    throw GapsError( std::string( "No steps given: " ) + kStepsExample );
  while ( start <= all.size() )
  {
    std::size_t comma = all.find( ',', start );
    if ( comma == std::string::npos )
      comma = all.size();
    const std::string item = trimmed( all.substr( start, comma - start ) );
    const std::size_t colon = item.find( ':' );
    if ( item.empty() )
      throw GapsError( "Empty step in '" + text + "': " + kStepsExample );
    if ( colon == std::string::npos )
      throw GapsError( "Step '" + item + "' lacks a weight: " + kStepsExample );
    WeightStep step;
    if ( !parseNumber( item.substr( 0, colon ), step.upperBound ) ||
         !parseNumber( item.substr( colon + 1 ), step.weight ) )
      throw GapsError( "Step '" + item + "' is not a pair of numbers: " + kStepsExample );
    if ( step.upperBound < 0.0 )
      throw GapsError( "Step costs must be zero or positive: '" + item + "'" );
    if ( step.weight < 0.0 )
      throw GapsError( "Step weights must be zero or positive: '" + item + "'" );
    if ( !steps.empty() && !( step.upperBound > steps.back().upperBound ) )
      throw GapsError( "Steps must be ascending: '" + text + "'" );
    steps.push_back( step );
    start = comma + 1;
  }
  return WeightFunction::steps( steps );
}

WeightFunction WeightFunction::gaussian( double sigma )
{
  if ( !std::isfinite( sigma ) || !( sigma > 0.0 ) )
    throw GapsError( "The width (sigma) of a Gaussian weight must be larger than zero, not " + formatNumber( sigma ) );
  WeightFunction f;
  f.mKind = Kind::Gaussian;
  f.mA = sigma;
  return f;
}

WeightFunction WeightFunction::gaussianNormalized( double catchment )
{
  if ( !std::isfinite( catchment ) || !( catchment > 0.0 ) )
    throw GapsError( "The catchment of a Gaussian weight must be larger than zero, not " + formatNumber( catchment ) );
  WeightFunction f;
  f.mKind = Kind::GaussianNormalized;
  f.mA = catchment;
  return f;
}

WeightFunction WeightFunction::gravity( double scale, double alpha, double minCost )
{
  if ( !std::isfinite( scale ) || !( scale > 0.0 ) )
    throw GapsError( "The scale of a gravity weight must be larger than zero, not " + formatNumber( scale ) );
  if ( !std::isfinite( alpha ) )
    throw GapsError( "The exponent of a gravity weight must be a number" );
  if ( !std::isfinite( minCost ) || minCost < 0.0 )
    throw GapsError( "The minimum cost of a gravity weight must be zero or positive, not " + formatNumber( minCost ) );
  if ( alpha < 0.0 && minCost == 0.0 )
    throw GapsError( "A gravity weight with a negative exponent needs a minimum cost above zero (else the weight "
                     "at cost 0 is infinite)" );
  WeightFunction f;
  f.mKind = Kind::Gravity;
  f.mA = scale;
  f.mB = alpha;
  f.mC = minCost;
  return f;
}

double WeightFunction::weight( double cost ) const
{
  switch ( mKind )
  {
  case Kind::Binary:
    return 1.0;
  case Kind::Steps:
    for ( const WeightStep &s : mSteps )
    {
      if ( cost <= s.upperBound )
        return s.weight;
    }
    return 0.0;
  case Kind::Gaussian:
    return std::exp( -cost * cost / ( 2.0 * mA * mA ) );
  case Kind::GaussianNormalized:
  {
    if ( cost > mA )
      return 0.0;
    const double r = cost / mA;
    const double floor = std::exp( -0.5 );
    return ( std::exp( -0.5 * r * r ) - floor ) / ( 1.0 - floor );
  }
  case Kind::Gravity:
    return std::pow( std::max( cost, mC ) / mA, mB );
  }
  return 0.0;
}

double WeightFunction::reach() const
{
  switch ( mKind )
  {
  case Kind::Steps:
    return mSteps.back().upperBound;
  case Kind::GaussianNormalized:
    return mA;
  case Kind::Binary:
  case Kind::Gaussian:
  case Kind::Gravity:
    break;
  }
  return std::numeric_limits<double>::infinity();
}

std::string WeightFunction::description() const
{
  switch ( mKind )
  {
  case Kind::Binary:
    return "binary";
  case Kind::Steps:
    return "steps " + stepsText( mSteps );
  case Kind::Gaussian:
    return "gaussian sigma=" + formatNumber( mA );
  case Kind::GaussianNormalized:
    return "normalized gaussian d0=" + formatNumber( mA );
  case Kind::Gravity:
    return "gravity scale=" + formatNumber( mA ) + " alpha=" + formatNumber( mB ) + " min=" + formatNumber( mC );
  }
  return std::string();
}

} // namespace sozialraum::gaps
