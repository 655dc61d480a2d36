#include "index/classify.h"

#include "index/indexerror.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace sozialraum::index
{

namespace
{
std::string formatValue( double v, int decimals )
{
  char buffer[ 64 ];
  std::snprintf( buffer, sizeof( buffer ), "%.*f", std::max( 0, decimals ), v );
  std::string text( buffer );
  // "-0.00" reads as a negative value to a planner
  if ( text[ 0 ] == '-' && text.find_first_not_of( "-0.," ) == std::string::npos )
    text.erase( 0, 1 );
  return text;
}

std::vector<std::string> rangeLabels( const std::vector<CutPoint> &cuts, const std::vector<double> &sorted,
                                      int decimals )
{
  const std::size_t k = cuts.size() + 1;
  std::vector<std::string> labels;
  for ( std::size_t c = 0; c < k; ++c )
  {
    const bool first = c == 0, last = c + 1 == k;
    if ( sorted.empty() && ( first || last ) )
    {
      if ( first && last )
        labels.push_back( "all values" );
      else if ( first )
        labels.push_back( "below " + formatValue( cuts[ 0 ].value, decimals ) );
      else
        labels.push_back( "above " + formatValue( cuts.back().value, decimals ) );
      continue;
    }
    const double lower = first ? sorted.front() : cuts[ c - 1 ].value;
    const double upper = last ? sorted.back() : cuts[ c ].value;
    labels.push_back( formatValue( lower, decimals ) + " – " + formatValue( upper, decimals ) );
  }
  return labels;
}

//! Sum of squared deviations of sorted[j..i] from their mean, from prefix sums of centred values.
struct SquaredDeviation
{
  std::vector<double> s1, s2;

  explicit SquaredDeviation( const std::vector<double> &x ) : s1( x.size() + 1, 0.0 ), s2( x.size() + 1, 0.0 )
  {
    double mean = 0;
    for ( double v : x )
      mean += v;
    mean /= static_cast<double>( x.size() );
    for ( std::size_t i = 0; i < x.size(); ++i )
    {
      const double d = x[ i ] - mean; // centring keeps the prefix sums small and the differences exact enough
      s1[ i + 1 ] = s1[ i ] + d;
      s2[ i + 1 ] = s2[ i ] + d * d;
    }
  }

  double operator()( std::size_t j, std::size_t i ) const
  {
    const double count = static_cast<double>( i - j + 1 );
    const double a = s1[ i + 1 ] - s1[ j ];
    return std::max( 0.0, s2[ i + 1 ] - s2[ j ] - a * a / count );
  }
};

//! One layer of the Jenks dynamic programme: cur[i] = min over j of prev[j-1] + cost(j, i); the optimal j grows with i.
void jenksLayer( const SquaredDeviation &cost, const std::vector<double> &prev, std::vector<double> &cur,
                 std::vector<std::size_t> &back, std::size_t m, std::size_t lo, std::size_t hi, std::size_t optLo,
                 std::size_t optHi )
{
  if ( lo > hi )
    return;
  const std::size_t mid = lo + ( hi - lo ) / 2;
  double best = std::numeric_limits<double>::infinity();
  std::size_t bestJ = std::max( m, optLo );
  for ( std::size_t j = std::max( m, optLo ); j <= std::min( mid, optHi ); ++j )
  {
    const double candidate = prev[ j - 1 ] + cost( j, mid );
    if ( candidate < best )
    {
      best = candidate;
      bestJ = j;
    }
  }
  cur[ mid ] = best;
  back[ mid ] = bestJ;
  if ( mid > lo )
    jenksLayer( cost, prev, cur, back, m, lo, mid - 1, optLo, bestJ );
  jenksLayer( cost, prev, cur, back, m, mid + 1, hi, bestJ, optHi );
}

} // namespace

std::vector<std::string> fixedLabels( ClassificationMethod method )
{
  if ( method == ClassificationMethod::MssStatus )
    return { "hoch", "mittel", "niedrig", "sehr niedrig" };
  return { "positiv", "stabil", "negativ" };
}

const NameTable<ClassificationMethod> &classificationNames()
{
  static const NameTable<ClassificationMethod> names{
      { "none", ClassificationMethod::None },
      { "fixed", ClassificationMethod::Fixed },
      { "mss_status", ClassificationMethod::MssStatus },
      { "mss_dynamics", ClassificationMethod::MssDynamics },
      { "stddev", ClassificationMethod::StdDev },
      { "quantile", ClassificationMethod::Quantile },
      { "equal_interval", ClassificationMethod::EqualInterval },
      { "jenks", ClassificationMethod::Jenks },
  };
  return names;
}

Classification::Classification( std::vector<CutPoint> cuts, std::vector<std::string> labels )
    : mCuts( std::move( cuts ) ), mLabels( std::move( labels ) )
{
  if ( mLabels.size() != mCuts.size() + 1 )
    throw IndexError( std::to_string( mCuts.size() + 1 ) + " classes need " + std::to_string( mCuts.size() + 1 ) +
                      " labels, not " + std::to_string( mLabels.size() ) );
}

int Classification::classOf( double value ) const
{
  if ( mLabels.empty() || !std::isfinite( value ) )
    return 0;
  int cls = 1;
  for ( const CutPoint &cut : mCuts )
  {
    if ( value > cut.value || ( value == cut.value && cut.equalGoesUp ) )
      ++cls;
    else
      break;
  }
  return cls;
}

std::string Classification::label( int cls ) const
{
  return cls >= 1 && cls <= static_cast<int>( mLabels.size() ) ? mLabels[ static_cast<std::size_t>( cls - 1 ) ]
                                                               : std::string();
}

std::vector<double> quantileBreaks( const std::vector<double> &sorted, int classes )
{
  std::vector<double> breaks;
  const std::size_t n = sorted.size();
  if ( n == 0 )
    return breaks;
  for ( int j = 1; j < classes; ++j )
  {
    const double a = static_cast<double>( j ) / classes * static_cast<double>( n - 1 );
    const std::size_t lo = static_cast<std::size_t>( a );
    const double fraction = a - static_cast<double>( lo );
    breaks.push_back( lo + 1 < n ? sorted[ lo ] + ( sorted[ lo + 1 ] - sorted[ lo ] ) * fraction : sorted[ lo ] );
  }
  return breaks;
}

std::vector<double> equalIntervalBreaks( const std::vector<double> &sorted, int classes )
{
  std::vector<double> breaks;
  if ( sorted.empty() )
    return breaks;
  const double lo = sorted.front(), width = ( sorted.back() - sorted.front() ) / classes;
  for ( int j = 1; j < classes; ++j )
    breaks.push_back( lo + width * j );
  return breaks;
}

std::vector<double> stdDevBreaks( const std::vector<double> &sorted, int classes )
{
  std::vector<double> breaks;
  if ( sorted.empty() )
    return breaks;
  double mean = 0;
  for ( double v : sorted )
    mean += v;
  mean /= static_cast<double>( sorted.size() );
  double squares = 0;
  for ( double v : sorted )
    squares += ( v - mean ) * ( v - mean );
  const double sd = std::sqrt( squares / static_cast<double>( sorted.size() ) );
  for ( int j = 1; j < classes; ++j )
    breaks.push_back( mean + sd * ( j - classes / 2.0 ) );
  return breaks;
}

std::vector<double> jenksBreaks( const std::vector<double> &sorted, int classes )
{
  std::vector<double> breaks;
  const std::size_t n = sorted.size();
  if ( n == 0 || classes < 2 )
    return breaks;
  std::vector<double> distinct( sorted );
  distinct.erase( std::unique( distinct.begin(), distinct.end() ), distinct.end() );
  if ( distinct.size() <= static_cast<std::size_t>( classes ) )
  {
    // every distinct value its own class
    breaks.assign( distinct.begin(), distinct.end() - 1 );
    return breaks;
  }

  const std::size_t k = static_cast<std::size_t>( classes );
  const SquaredDeviation cost( sorted );
  std::vector<double> prev( n ), cur( n, std::numeric_limits<double>::infinity() );
  std::vector<std::vector<std::size_t>> back( k, std::vector<std::size_t>( n, 0 ) );
  for ( std::size_t i = 0; i < n; ++i )
    prev[ i ] = cost( 0, i );
  for ( std::size_t m = 1; m < k; ++m )
  {
    jenksLayer( cost, prev, cur, back[ m ], m, m, n - 1, m, n - 1 );
    std::swap( prev, cur );
  }
  breaks.assign( k - 1, 0.0 );
  std::size_t i = n - 1;
  for ( std::size_t m = k - 1; m >= 1; --m )
  {
    const std::size_t j = back[ m ][ i ]; // first element of class m
    breaks[ m - 1 ] = sorted[ j - 1 ];
    i = j - 1;
  }
  return breaks;
}

Classification buildClassification( const ClassificationSpec &spec, const std::vector<double> &values,
                                    const std::vector<char> &included )
{
  std::vector<double> sorted;
  for ( std::size_t i = 0; i < values.size() && i < included.size(); ++i )
  {
    if ( included[ i ] && std::isfinite( values[ i ] ) )
      sorted.push_back( values[ i ] );
  }
  std::sort( sorted.begin(), sorted.end() );

  std::vector<CutPoint> cuts;
  std::vector<std::string> defaultLabels;
  switch ( spec.method )
  {
  case ClassificationMethod::None:
    return Classification();

  case ClassificationMethod::MssStatus:
    cuts = { { -1.0, true }, { 1.0, false }, { 1.5, false } };
    defaultLabels = fixedLabels( spec.method );
    break;

  case ClassificationMethod::MssDynamics:
    cuts = { { -1.0, true }, { 1.0, false } };
    defaultLabels = fixedLabels( spec.method );
    break;

  case ClassificationMethod::Fixed:
    if ( spec.breaks.empty() )
      throw IndexError( "classification: \"fixed\" needs at least one break value" );
    for ( std::size_t j = 0; j < spec.breaks.size(); ++j )
    {
      if ( !std::isfinite( spec.breaks[ j ] ) || ( j > 0 && !( spec.breaks[ j ] > spec.breaks[ j - 1 ] ) ) )
        throw IndexError( "classification: the break values must be numbers in increasing order" );
      cuts.push_back( { spec.breaks[ j ], false } );
    }
    break;

  case ClassificationMethod::StdDev:
  case ClassificationMethod::Quantile:
  case ClassificationMethod::EqualInterval:
  case ClassificationMethod::Jenks:
  {
    if ( spec.classes < 2 )
      throw IndexError( "classification: at least 2 classes are needed, not " + std::to_string( spec.classes ) );
    std::vector<double> breaks;
    if ( spec.method == ClassificationMethod::StdDev )
      breaks = stdDevBreaks( sorted, spec.classes );
    else if ( spec.method == ClassificationMethod::Quantile )
      breaks = quantileBreaks( sorted, spec.classes );
    else if ( spec.method == ClassificationMethod::EqualInterval )
      breaks = equalIntervalBreaks( sorted, spec.classes );
    else
      breaks = jenksBreaks( sorted, spec.classes );
    for ( double b : breaks )
    {
      // coinciding breaks (ties) and breaks at the maximum would make empty classes
      if ( !cuts.empty() && !( b > cuts.back().value ) )
        continue;
      if ( spec.method != ClassificationMethod::StdDev && !sorted.empty() && !( b < sorted.back() ) )
        continue;
      cuts.push_back( { b, false } );
    }
    break;
  }
  }

  std::vector<std::string> labels;
  if ( !spec.labels.empty() )
  {
    if ( spec.labels.size() != cuts.size() + 1 )
      throw IndexError( "classification: " + std::to_string( spec.labels.size() ) + " labels were given for " +
                        std::to_string( cuts.size() + 1 ) + " classes" );
    labels = spec.labels;
  }
  else if ( !defaultLabels.empty() )
  {
    labels = defaultLabels;
  }
  else
  {
    labels = rangeLabels( cuts, sorted, spec.labelDecimals );
  }
  return Classification( std::move( cuts ), std::move( labels ) );
}

std::string mssOverallLabel( int statusClass, int dynamicsClass )
{
  const auto status = fixedLabels( ClassificationMethod::MssStatus );
  const auto dynamics = fixedLabels( ClassificationMethod::MssDynamics );
  if ( statusClass < 1 || statusClass > 4 || dynamicsClass < 1 || dynamicsClass > 3 )
    return std::string();
  return "Status " + status[ static_cast<std::size_t>( statusClass - 1 ) ] + ", Dynamik " +
         dynamics[ static_cast<std::size_t>( dynamicsClass - 1 ) ];
}

} // namespace sozialraum::index
