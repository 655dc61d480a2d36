#include "index/normalize.h"

#include "index/indexerror.h"
#include "common/format.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace sozialraum::index
{

namespace
{
const double NaN = std::numeric_limits<double>::quiet_NaN();

//! Collects the included rows with a finite value: their row numbers and (inverted) values.
void collectValid( const std::vector<double> &values, const std::vector<char> &included, bool invert, Workspace &ws )
{
  ws.rows.clear();
  ws.values.clear();
  for ( std::size_t i = 0; i < values.size(); ++i )
  {
    if ( included[ i ] && std::isfinite( values[ i ] ) )
    {
      ws.rows.push_back( i );
      ws.values.push_back( invert ? -values[ i ] : values[ i ] );
    }
  }
}

void requireRows( std::size_t count, const std::string &subject )
{
  if ( count < 3 )
    throw IndexError( subject + " has a value in only " + std::to_string( count ) +
                      " included area(s); at least 3 are needed" );
}

void requireVariance( double minimum, double maximum, const std::string &subject )
{
  if ( !( maximum > minimum ) )
    throw IndexError(
        subject + " has the same value in every included area; it cannot be standardized — remove it from the index" );
}

/**
 * Values near the limits of floating point (placeholders such as 1e308) overflow sums and
 * spreads; the results would become NaN and the indicator would silently drop out of the index.
 */
void requireFiniteResults( const std::vector<double> &values, const std::vector<std::size_t> &rows,
                           const std::vector<double> &out, const std::string &subject )
{
  // Squares of values beyond 1e150 overflow (the spread of a z-score would become infinite and
  // every z-score 0), so such values are refused even where the result happens to stay finite.
  constexpr double kLargest = 1e150;
  bool overflow = false;
  std::size_t largest = rows.empty() ? 0 : rows.front();
  for ( std::size_t row : rows )
  {
    overflow = overflow || !std::isfinite( out[ row ] ) || std::fabs( values[ row ] ) > kLargest;
    if ( std::fabs( values[ row ] ) > std::fabs( values[ largest ] ) )
      largest = row;
  }
  if ( overflow )
  {
    throw IndexError( subject + " has values too large to compute with (" + formatNumber( values[ largest ] ) + " in row " +
                      std::to_string( largest + 1 ) +
                      "); such numbers are usually placeholders for missing data: leave the cell empty instead" );
  }
}

double median( const std::vector<double> &sorted )
{
  const std::size_t n = sorted.size();
  return n % 2 ? sorted[ n / 2 ] : 0.5 * ( sorted[ n / 2 - 1 ] + sorted[ n / 2 ] );
}
} // namespace

const NameTable<Normalization> &normalizationNames()
{
  static const NameTable<Normalization> names{
      { "none", Normalization::None },
      { "zscore", Normalization::ZScore },
      { "minmax", Normalization::MinMax },
      { "percentile_rank", Normalization::PercentileRank },
      { "rank", Normalization::Rank },
      { "robust_z", Normalization::RobustZ },
      { "imd_exponential", Normalization::ImdExponential },
      { "log10", Normalization::Log10 },
      { "sigmoid", Normalization::Sigmoid },
  };
  return names;
}

const NameTable<RankTies> &rankTiesNames()
{
  static const NameTable<RankTies> names{
      { "average", RankTies::Average }, { "min", RankTies::Min },         { "max", RankTies::Max },
      { "dense", RankTies::Dense },     { "ordinal", RankTies::Ordinal },
  };
  return names;
}

std::string normalizationName( Normalization method )
{
  return nameOf( normalizationNames(), method );
}

double roundTo( double value, int decimals )
{
  if ( decimals < 0 || !std::isfinite( value ) )
    return value;
  static const double powers[] = { 1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                   1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15 };
  const double factor = decimals < 16 ? powers[ decimals ] : std::pow( 10.0, decimals );
  return std::round( value * factor ) / factor;
}

Moments populationMoments( const std::vector<double> &values, const std::vector<char> &included )
{
  Moments m;
  double sum = 0;
  for ( std::size_t i = 0; i < values.size(); ++i )
  {
    if ( included[ i ] && std::isfinite( values[ i ] ) )
    {
      sum += values[ i ];
      ++m.count;
    }
  }
  if ( m.count == 0 )
    return m;
  m.mean = sum / static_cast<double>( m.count );
  double squares = 0;
  for ( std::size_t i = 0; i < values.size(); ++i )
  {
    if ( included[ i ] && std::isfinite( values[ i ] ) )
      squares += ( values[ i ] - m.mean ) * ( values[ i ] - m.mean );
  }
  m.sd = std::sqrt( squares / static_cast<double>( m.count ) );
  return m;
}

void rankValues( const std::vector<double> &values, RankTies ties, std::vector<std::size_t> &order,
                 std::vector<double> &ranks )
{
  const std::size_t n = values.size();
  order.resize( n );
  std::iota( order.begin(), order.end(), std::size_t( 0 ) );
  // stable: Ordinal ranks ties in row order
  std::stable_sort( order.begin(), order.end(),
                    [ &values ]( std::size_t a, std::size_t b ) { return values[ a ] < values[ b ]; } );
  ranks.resize( n );
  std::size_t dense = 0;
  for ( std::size_t start = 0; start < n; )
  {
    std::size_t end = start;
    while ( end + 1 < n && values[ order[ end + 1 ] ] == values[ order[ start ] ] )
      ++end;
    ++dense;
    for ( std::size_t p = start; p <= end; ++p )
    {
      double rank = 0;
      switch ( ties )
      {
      case RankTies::Average:
        rank = 0.5 * static_cast<double>( start + end ) + 1.0;
        break;
      case RankTies::Min:
        rank = static_cast<double>( start + 1 );
        break;
      case RankTies::Max:
        rank = static_cast<double>( end + 1 );
        break;
      case RankTies::Dense:
        rank = static_cast<double>( dense );
        break;
      case RankTies::Ordinal:
        rank = static_cast<double>( p + 1 );
        break;
      }
      ranks[ order[ p ] ] = rank;
    }
    start = end + 1;
  }
}

void normalizeInto( const std::vector<double> &values, const std::vector<char> &included, const NormalizationSpec &spec,
                    bool invert, const std::string &subject, std::vector<double> &out, Workspace &ws )
{
  if ( values.size() != included.size() )
    throw IndexError( subject + ": " + std::to_string( values.size() ) + " values but " +
                      std::to_string( included.size() ) + " rows in the selection" );
  out.assign( values.size(), NaN );
  collectValid( values, included, invert, ws );
  const std::vector<std::size_t> &rows = ws.rows;
  const std::vector<double> &x = ws.values;
  const std::size_t n = x.size();

  switch ( spec.method )
  {
  case Normalization::None:
    for ( std::size_t j = 0; j < n; ++j )
      out[ rows[ j ] ] = x[ j ];
    break;

  case Normalization::Sigmoid:
    for ( std::size_t j = 0; j < n; ++j )
      out[ rows[ j ] ] = 1.0 / ( 1.0 + std::exp( -x[ j ] ) );
    break;

  case Normalization::Log10:
    for ( std::size_t j = 0; j < n; ++j )
    {
      // invert negates the result: log10(-x) does not exist
      const double v = values[ rows[ j ] ] + ( spec.log10AddOne ? 1.0 : 0.0 );
      if ( v > 0 )
        out[ rows[ j ] ] = invert ? -std::log10( v ) : std::log10( v );
    }
    break;

  case Normalization::ZScore:
  {
    requireRows( n, subject );
    const auto [ minIt, maxIt ] = std::minmax_element( x.begin(), x.end() );
    requireVariance( *minIt, *maxIt, subject );
    double mean = 0;
    for ( double v : x )
      mean += v;
    mean /= static_cast<double>( n );
    double squares = 0;
    for ( double v : x )
      squares += ( v - mean ) * ( v - mean );
    const double sd = std::sqrt( squares / static_cast<double>( n ) );
    for ( std::size_t j = 0; j < n; ++j )
      out[ rows[ j ] ] = ( x[ j ] - mean ) / sd;
    break;
  }

  case Normalization::MinMax:
  {
    requireRows( n, subject );
    const auto [ minIt, maxIt ] = std::minmax_element( x.begin(), x.end() );
    const double lo = *minIt, hi = *maxIt;
    requireVariance( lo, hi, subject );
    for ( std::size_t j = 0; j < n; ++j )
      out[ rows[ j ] ] = ( x[ j ] - lo ) / ( hi - lo );
    break;
  }

  case Normalization::PercentileRank:
  {
    requireRows( n, subject );
    ws.sorted.assign( x.begin(), x.end() );
    std::sort( ws.sorted.begin(), ws.sorted.end() );
    const double denominator = static_cast<double>( n - 1 );
    for ( std::size_t j = 0; j < n; ++j )
    {
      const auto below = std::lower_bound( ws.sorted.begin(), ws.sorted.end(), x[ j ] ) - ws.sorted.begin();
      out[ rows[ j ] ] = static_cast<double>( below ) / denominator;
    }
    break;
  }

  case Normalization::Rank:
  case Normalization::ImdExponential:
  {
    requireRows( n, subject );
    rankValues( x, spec.ties, ws.order, ws.ranks );
    if ( spec.method == Normalization::Rank )
    {
      for ( std::size_t j = 0; j < n; ++j )
        out[ rows[ j ] ] = ws.ranks[ j ];
    }
    else
    {
      const double c = 1.0 - std::exp( -100.0 / 23.0 );
      for ( std::size_t j = 0; j < n; ++j )
      {
        const double r = ws.ranks[ j ] / static_cast<double>( n ); // (0, 1], 1 = largest value = most deprived
        out[ rows[ j ] ] = -23.0 * std::log( 1.0 - r * c );
      }
    }
    break;
  }

  case Normalization::RobustZ:
  {
    requireRows( n, subject );
    ws.sorted.assign( x.begin(), x.end() );
    std::sort( ws.sorted.begin(), ws.sorted.end() );
    const double med = median( ws.sorted );
    for ( std::size_t j = 0; j < n; ++j )
      ws.sorted[ j ] = std::fabs( x[ j ] - med );
    std::sort( ws.sorted.begin(), ws.sorted.end() );
    const double mad = median( ws.sorted );
    if ( !( mad > 0 ) )
      throw IndexError( subject + ": half or more of the included areas have the same value (median absolute deviation "
                                  "0); the robust z-score cannot be computed — use another normalization" );
    for ( std::size_t j = 0; j < n; ++j )
      out[ rows[ j ] ] = ( x[ j ] - med ) / ( 1.4826 * mad );
    break;
  }
  }

  if ( spec.method != Normalization::Log10 )
    requireFiniteResults( values, rows, out, subject );
  if ( spec.round >= 0 )
  {
    for ( double &v : out )
      v = roundTo( v, spec.round );
  }
}

std::vector<double> normalize( const std::vector<double> &values, const std::vector<char> &included,
                               const NormalizationSpec &spec, bool invert, const std::string &subject )
{
  Workspace ws;
  std::vector<double> out;
  normalizeInto( values, included, spec, invert, subject, out, ws );
  return out;
}

} // namespace sozialraum::index
