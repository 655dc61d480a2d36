#include "index/builder.h"

#include "common/format.h"

#include "index/indexerror.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>

namespace sozialraum::index
{

IndexDefinition buildFlatDefinition( const FlatParameters &parameters )
{
  if ( parameters.indicators.empty() )
    throw IndexError( "choose at least one indicator field" );
  std::set<std::string> seen;
  for ( const std::string &field : parameters.indicators )
  {
    if ( !seen.insert( field ).second )
      throw IndexError( "indicator field \"" + field + "\" is chosen twice" );
  }
  for ( const std::string &field : parameters.inverted )
  {
    if ( !seen.count( field ) )
      throw IndexError( "field \"" + field + "\" is marked as inverted but is not one of the indicators" );
  }
  if ( !parameters.weights.empty() && parameters.weights.size() != parameters.indicators.size() )
  {
    throw IndexError(
        std::to_string( parameters.weights.size() ) + " weights were given for " +
        std::to_string( parameters.indicators.size() ) +
        " indicators; give one weight per indicator, in the order of the indicators, or none for equal weights" );
  }

  IndexDefinition definition;
  definition.name = "custom";
  definition.title = "Composite social index";
  definition.missingValues = parameters.missingValues;
  definition.classification = parameters.classification;
  IndexNode &root = definition.root;
  root.id = seen.count( "index" ) ? "si_index" : "index"; // ids must be unique, and "index" may be a field name
  root.aggregation = parameters.aggregation;
  root.scaling = parameters.finalScaling;
  for ( std::size_t i = 0; i < parameters.indicators.size(); ++i )
  {
    const std::string &field = parameters.indicators[ i ];
    IndexNode leaf;
    leaf.id = field;
    leaf.field = field;
    leaf.invert =
        std::find( parameters.inverted.begin(), parameters.inverted.end(), field ) != parameters.inverted.end();
    leaf.normalization = parameters.normalization;
    if ( !parameters.weights.empty() )
    {
      leaf.weight = parameters.weights[ i ];
      if ( !std::isfinite( leaf.weight ) || !( leaf.weight > 0 ) )
      {
        throw IndexError( "the weight of indicator \"" + field + "\" is " + formatNumber( leaf.weight ) +
                          "; weights must be numbers above 0" );
      }
    }
    leaf.output.raw = "n_" + field;
    root.children.push_back( std::move( leaf ) );
  }
  validateDefinition( definition );
  return definition;
}

} // namespace sozialraum::index
