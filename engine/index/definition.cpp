#include "index/definition.h"

#include "index/indexerror.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>

namespace sozialraum::index
{

using nlohmann::json;

namespace
{

//! Where an error is: `node "theme1" (path index/theme1)`, `classification` or `definition`.
class Place
{
public:
  explicit Place( std::string text ) : mText( std::move( text ) ) {}

  [[noreturn]] void fail( const std::string &message ) const { throw IndexError( mText + ": " + message ); }

  [[noreturn]] void failKey( const std::string &key, const std::string &message ) const
  {
    fail( "key \"" + key + "\" " + message );
  }

  const std::string &text() const { return mText; }

private:
  std::string mText;
};

std::string nodePlace( const std::string &id, const std::string &path )
{
  return "node \"" + id + "\" (path " + path + ")";
}

std::string shown( const json &value )
{
  return value.is_string() ? "\"" + value.get<std::string>() + "\"" : value.dump();
}

void checkKeys( const json &object, const std::set<std::string> &allowed, const Place &place )
{
  for ( auto it = object.begin(); it != object.end(); ++it )
  {
    if ( !allowed.count( it.key() ) )
    {
      std::string list;
      for ( const std::string &key : allowed )
        list += ( list.empty() ? "" : ", " ) + key;
      place.fail( "unknown key \"" + it.key() + "\"; expected one of " + list );
    }
  }
}

template <typename E>
E enumValue( const json &value, const NameTable<E> &names, const std::string &key, const Place &place,
             const NameTable<E> &aliases = {} )
{
  if ( !value.is_string() )
    place.failKey( key, "must be a text, one of " + joinNames( names ) + ", not " + shown( value ) );
  const std::string text = value.get<std::string>();
  if ( auto e = valueOf( names, text ) )
    return *e;
  if ( auto e = valueOf( aliases, text ) )
    return *e;
  place.failKey( key, "has unknown value \"" + text + "\"; expected one of " + joinNames( names ) );
}

std::string text( const json &value, const std::string &key, const Place &place, bool allowNull = false )
{
  if ( allowNull && value.is_null() )
    return std::string();
  if ( !value.is_string() )
    place.failKey( key, "must be a text, not " + shown( value ) );
  return value.get<std::string>();
}

double number( const json &value, const std::string &key, const Place &place )
{
  if ( !value.is_number() || !std::isfinite( value.get<double>() ) )
    place.failKey( key, "must be a number, not " + shown( value ) );
  return value.get<double>();
}

bool boolean( const json &value, const std::string &key, const Place &place )
{
  if ( !value.is_boolean() )
    place.failKey( key, "must be true or false, not " + shown( value ) );
  return value.get<bool>();
}

int decimals( const json &value, const std::string &key, const Place &place )
{
  if ( !value.is_number_integer() || value.get<int>() < 0 || value.get<int>() > 15 )
    place.failKey( key, "must be a whole number of decimals from 0 to 15, not " + shown( value ) );
  return value.get<int>();
}

//! "zscore" or { "method": "percentile_rank", "round": 4 }
NormalizationSpec parseNormalization( const json &value, const Place &place )
{
  NormalizationSpec spec;
  if ( value.is_string() )
  {
    spec.method = enumValue( value, normalizationNames(), "normalization", place );
    return spec;
  }
  if ( !value.is_object() )
    place.failKey( "normalization", "must be a method name or an object with \"method\", not " + shown( value ) );
  const Place inner( place.text() + ", normalization" );
  checkKeys( value, { "method", "round", "ties", "add_one" }, inner );
  if ( !value.contains( "method" ) )
    inner.failKey( "method", "is missing; expected one of " + joinNames( normalizationNames() ) );
  spec.method = enumValue( value[ "method" ], normalizationNames(), "method", inner );
  if ( value.contains( "round" ) )
    spec.round = decimals( value[ "round" ], "round", inner );
  if ( value.contains( "ties" ) )
    spec.ties = enumValue( value[ "ties" ], rankTiesNames(), "ties", inner );
  if ( value.contains( "add_one" ) )
    spec.log10AddOne = boolean( value[ "add_one" ], "add_one", inner );
  return spec;
}

template <typename Spec, typename E>
Spec parseMethodAndRound( const json &value, const std::string &key, const NameTable<E> &names, const Place &place,
                          const NameTable<E> &aliases = {} )
{
  Spec spec;
  if ( value.is_string() )
  {
    spec.method = enumValue( value, names, key, place, aliases );
    return spec;
  }
  if ( !value.is_object() )
    place.failKey( key, "must be a method name or an object with \"method\", not " + shown( value ) );
  const Place inner( place.text() + ", " + key );
  checkKeys( value, { "method", "round" }, inner );
  if ( !value.contains( "method" ) )
    inner.failKey( "method", "is missing; expected one of " + joinNames( names ) );
  spec.method = enumValue( value[ "method" ], names, "method", inner, aliases );
  if ( value.contains( "round" ) )
    spec.round = decimals( value[ "round" ], "round", inner );
  return spec;
}

FlagRule parseFlag( const json &value, const Place &place )
{
  if ( !value.is_object() )
    place.failKey( "flag",
                   "must be an object such as {\"operator\": \">=\", \"threshold\": 0.9}, not " + shown( value ) );
  const Place inner( place.text() + ", flag" );
  checkKeys( value, { "operator", "threshold", "on" }, inner );
  FlagRule rule;
  rule.enabled = true;
  if ( !value.contains( "threshold" ) )
    inner.failKey( "threshold", "is missing" );
  rule.threshold = number( value[ "threshold" ], "threshold", inner );
  if ( value.contains( "operator" ) )
    rule.op = enumValue( value[ "operator" ], flagOperatorNames(), "operator", inner );
  if ( value.contains( "on" ) )
    rule.on = enumValue( value[ "on" ], childValueNames(), "on", inner );
  return rule;
}

NodeOutput parseOutput( const json &value, const Place &place )
{
  if ( !value.is_object() )
    place.failKey( "output",
                   "must be an object with \"raw\", \"scaled\" and/or \"flag\" field names, not " + shown( value ) );
  const Place inner( place.text() + ", output" );
  checkKeys( value, { "raw", "scaled", "flag" }, inner );
  NodeOutput output;
  if ( value.contains( "raw" ) )
    output.raw = text( value[ "raw" ], "raw", inner, true );
  if ( value.contains( "scaled" ) )
    output.scaled = text( value[ "scaled" ], "scaled", inner, true );
  if ( value.contains( "flag" ) )
    output.flag = text( value[ "flag" ], "flag", inner, true );
  return output;
}

IndexNode parseNode( const json &value, const std::string &parentPath, std::size_t position )
{
  const std::string anonymous =
      parentPath.empty() ? "root node" : "node #" + std::to_string( position + 1 ) + " under " + parentPath;
  if ( !value.is_object() )
    throw IndexError( anonymous + ": must be an object with at least \"id\", not " + shown( value ) );
  if ( !value.contains( "id" ) )
    throw IndexError( anonymous + ": key \"id\" is missing" );
  if ( !value[ "id" ].is_string() || value[ "id" ].get<std::string>().empty() )
    throw IndexError( anonymous + ": key \"id\" must be a non-empty text, not " + shown( value[ "id" ] ) );

  IndexNode node;
  node.id = value[ "id" ].get<std::string>();
  const std::string path = parentPath.empty() ? node.id : parentPath + "/" + node.id;
  const Place place( nodePlace( node.id, path ) );
  checkKeys( value,
             { "id", "title", "description", "field", "invert", "weight", "normalization", "aggregation", "child_value",
               "scaling", "flag", "output", "children" },
             place );

  const bool leaf = !value.contains( "children" );
  if ( leaf )
  {
    if ( !value.contains( "field" ) )
      place.failKey( "field", "is missing: an indicator (a node without \"children\") reads an input field" );
    for ( const char *key : { "aggregation", "child_value" } )
    {
      if ( value.contains( key ) )
        place.failKey( key, "is only for nodes with \"children\"" );
    }
  }
  else
  {
    if ( !value[ "children" ].is_array() || value[ "children" ].empty() )
      place.failKey( "children", "must be a non-empty list of nodes, not " + shown( value[ "children" ] ) );
    for ( const char *key : { "field", "invert", "normalization" } )
    {
      if ( value.contains( key ) )
        place.failKey(
            key, std::string( "is only for indicators (nodes without \"children\")" ) +
                     ( std::string( key ) == "normalization" ? "; use \"scaling\" for themes and the index" : "" ) );
    }
  }

  if ( value.contains( "title" ) )
    node.title = text( value[ "title" ], "title", place );
  if ( value.contains( "description" ) )
    text( value[ "description" ], "description", place );
  if ( value.contains( "field" ) )
  {
    node.field = text( value[ "field" ], "field", place );
    if ( node.field.empty() )
      place.failKey( "field", "must name an input field" );
  }
  if ( value.contains( "invert" ) )
    node.invert = boolean( value[ "invert" ], "invert", place );
  if ( value.contains( "weight" ) )
  {
    node.weight = number( value[ "weight" ], "weight", place );
    if ( !( node.weight > 0 ) )
      place.failKey( "weight", "must be above 0, not " + shown( value[ "weight" ] ) +
                                   "; remove the node instead of giving it weight 0" );
  }
  if ( value.contains( "normalization" ) )
    node.normalization = parseNormalization( value[ "normalization" ], place );
  if ( value.contains( "aggregation" ) )
    node.aggregation = parseMethodAndRound<AggregationSpec>( value[ "aggregation" ], "aggregation", aggregationNames(),
                                                             place, { { "weighted_sum", Aggregation::Sum } } );
  if ( value.contains( "child_value" ) )
    node.childValue = enumValue( value[ "child_value" ], childValueNames(), "child_value", place );
  if ( value.contains( "scaling" ) )
    node.scaling = parseMethodAndRound<ScalingSpec>( value[ "scaling" ], "scaling", scalingNames(), place );
  if ( value.contains( "flag" ) )
    node.flag = parseFlag( value[ "flag" ], place );
  if ( value.contains( "output" ) )
    node.output = parseOutput( value[ "output" ], place );

  if ( !leaf )
  {
    std::size_t i = 0;
    for ( const json &child : value[ "children" ] )
      node.children.push_back( parseNode( child, path, i++ ) );
  }
  return node;
}

ClassificationSpec parseClassification( const json &value )
{
  const Place place( "classification" );
  ClassificationSpec spec;
  if ( value.is_string() )
  {
    spec.method = enumValue( value, classificationNames(), "method", place );
    return spec;
  }
  if ( !value.is_object() )
    place.fail( "must be a method name or an object with \"method\", not " + shown( value ) );
  checkKeys( value, { "method", "classes", "breaks", "labels", "label_decimals", "no_value_label" }, place );
  if ( !value.contains( "method" ) )
    place.failKey( "method", "is missing; expected one of " + joinNames( classificationNames() ) );
  spec.method = enumValue( value[ "method" ], classificationNames(), "method", place );
  if ( value.contains( "classes" ) )
  {
    if ( !value[ "classes" ].is_number_integer() || value[ "classes" ].get<int>() < 2 ||
         value[ "classes" ].get<int>() > 32 )
      place.failKey( "classes", "must be a whole number from 2 to 32, not " + shown( value[ "classes" ] ) );
    spec.classes = value[ "classes" ].get<int>();
  }
  if ( value.contains( "breaks" ) )
  {
    if ( !value[ "breaks" ].is_array() )
      place.failKey( "breaks", "must be a list of numbers, not " + shown( value[ "breaks" ] ) );
    for ( const json &b : value[ "breaks" ] )
      spec.breaks.push_back( number( b, "breaks", place ) );
  }
  if ( value.contains( "labels" ) )
  {
    if ( !value[ "labels" ].is_array() )
      place.failKey( "labels", "must be a list of texts, not " + shown( value[ "labels" ] ) );
    for ( const json &l : value[ "labels" ] )
      spec.labels.push_back( text( l, "labels", place ) );
  }
  if ( value.contains( "label_decimals" ) )
    spec.labelDecimals = decimals( value[ "label_decimals" ], "label_decimals", place );
  if ( value.contains( "no_value_label" ) )
    spec.noValueLabel = text( value[ "no_value_label" ], "no_value_label", place );
  return spec;
}

//! Visits nodes in pre-order with their path.
void visit( const IndexNode &node, const std::string &parentPath,
            const std::function<void( const IndexNode &, const std::string & )> &f )
{
  const std::string path = parentPath.empty() ? node.id : parentPath + "/" + node.id;
  f( node, path );
  for ( const IndexNode &child : node.children )
    visit( child, path, f );
}

bool hasFlag( const IndexNode &node )
{
  if ( node.flag.enabled )
    return true;
  for ( const IndexNode &child : node.children )
  {
    if ( hasFlag( child ) )
      return true;
  }
  return false;
}

void collectOutputs( const IndexNode &node, int &counter, std::vector<OutputField> &fields )
{
  const int index = counter++;
  for ( const IndexNode &child : node.children )
    collectOutputs( child, counter, fields );
  if ( !node.output.raw.empty() )
    fields.push_back( { node.output.raw, index, OutputField::Kind::Raw } );
  if ( !node.output.scaled.empty() )
    fields.push_back( { node.output.scaled, index, OutputField::Kind::Scaled } );
  if ( !node.output.flag.empty() )
    fields.push_back( { node.output.flag, index, OutputField::Kind::Flag } );
}

} // namespace

const NameTable<ChildValue> &childValueNames()
{
  static const NameTable<ChildValue> names{ { "raw", ChildValue::Raw }, { "scaled", ChildValue::Scaled } };
  return names;
}

const NameTable<FlagOperator> &flagOperatorNames()
{
  static const NameTable<FlagOperator> names{
      { ">=", FlagOperator::GreaterEqual },
      { ">", FlagOperator::Greater },
      { "<=", FlagOperator::LessEqual },
      { "<", FlagOperator::Less },
  };
  return names;
}

const std::vector<std::string> &standardOutputFields()
{
  static const std::vector<std::string> names{ "si_raw",   "si_score", "si_rank", "si_class",
                                               "si_label", "si_flags", "si_note" };
  return names;
}

std::vector<std::string> IndexDefinition::inputFields() const
{
  std::vector<std::string> fields;
  std::set<std::string> seen;
  visit( root, std::string(),
         [ & ]( const IndexNode &node, const std::string & )
         {
           if ( node.isLeaf() && seen.insert( node.field ).second )
             fields.push_back( node.field );
         } );
  return fields;
}

std::vector<OutputField> IndexDefinition::outputFields() const
{
  std::vector<OutputField> fields;
  int counter = 0;
  collectOutputs( root, counter, fields );
  return fields;
}

void validateDefinition( const IndexDefinition &definition )
{
  if ( definition.root.id.empty() )
    throw IndexError( "definition: the index has no root node" );
  std::set<std::string> ids;
  std::set<std::string> outputs( standardOutputFields().begin(), standardOutputFields().end() );
  visit( definition.root, std::string(),
         [ & ]( const IndexNode &node, const std::string &path )
         {
           const Place place( nodePlace( node.id, path ) );
           if ( node.id.empty() )
             throw IndexError( "a node under " + path + " has no id" );
           if ( !ids.insert( node.id ).second )
             place.failKey( "id", "is used by another node too; every node needs its own id" );
           if ( node.isLeaf() && node.field.empty() )
             place.failKey( "field", "is missing: an indicator reads an input field" );
           if ( !node.isLeaf() && !node.field.empty() )
             place.failKey( "field", "is only for indicators (nodes without \"children\")" );
           if ( !( node.weight > 0 ) || !std::isfinite( node.weight ) )
             place.failKey( "weight", "must be a number above 0" );
           for ( const std::string *name : { &node.output.raw, &node.output.scaled, &node.output.flag } )
           {
             if ( !name->empty() && !outputs.insert( *name ).second )
               place.fail( "output field \"" + *name +
                           "\" is written twice (or is one of the standard fields si_*); give it another name" );
           }
           if ( !node.output.flag.empty() && !hasFlag( node ) )
             place.failKey( "output", "names a flag field, but the node has no flag rule and no child with flags" );
         } );
  const ClassificationSpec &c = definition.classification;
  if ( c.method == ClassificationMethod::Fixed )
  {
    if ( c.breaks.empty() )
      throw IndexError( "classification: key \"breaks\" is missing; \"fixed\" needs the break values" );
    for ( std::size_t j = 1; j < c.breaks.size(); ++j )
    {
      if ( !( c.breaks[ j ] > c.breaks[ j - 1 ] ) )
        throw IndexError( "classification: key \"breaks\" must be in increasing order" );
    }
  }
  std::size_t fixedClasses = 0;
  if ( c.method == ClassificationMethod::Fixed )
    fixedClasses = c.breaks.size() + 1;
  else if ( c.method == ClassificationMethod::MssStatus )
    fixedClasses = 4;
  else if ( c.method == ClassificationMethod::MssDynamics )
    fixedClasses = 3;
  if ( fixedClasses && !c.labels.empty() && c.labels.size() != fixedClasses )
    throw IndexError( "classification: key \"labels\" has " + std::to_string( c.labels.size() ) + " labels for " +
                      std::to_string( fixedClasses ) + " classes" );
  if ( !fixedClasses && c.method != ClassificationMethod::None && c.classes < 2 )
    throw IndexError( "classification: key \"classes\" must be at least 2" );
}

namespace
{
/**
 * Refuses nesting deeper than any index tree needs before the text is parsed: a document nested
 * thousands of levels deep would exhaust the stack in the recursive tree walk (and in JSON's own
 * destructor), ending the process instead of giving a message.
 */
void checkNestingDepth( const std::string &jsonText )
{
  constexpr int kMaxDepth = 64;
  int depth = 0;
  int line = 1;
  bool inString = false;
  bool escaped = false;
  for ( const char c : jsonText )
  {
    if ( c == '\n' )
      ++line;
    if ( inString )
    {
      if ( escaped )
        escaped = false;
      else if ( c == '\\' )
        escaped = true;
      else if ( c == '"' )
        inString = false;
      continue;
    }
    if ( c == '"' )
      inString = true;
    else if ( c == '{' || c == '[' )
    {
      if ( ++depth > kMaxDepth )
        throw IndexError( "the definition nests deeper than " + std::to_string( kMaxDepth ) + " levels (at line " +
                          std::to_string( line ) + "); an index tree needs only a few levels of \"children\"" );
    }
    else if ( c == '}' || c == ']' )
      --depth;
  }
}
} // namespace

IndexDefinition parseDefinition( const std::string &jsonText )
{
  checkNestingDepth( jsonText );
  json document;
  try
  {
    document = json::parse( jsonText, nullptr, true, true );
  }
  catch ( const json::out_of_range &e )
  {
    // A number such as 1e999 does not fit a double: nlohmann reports "number overflow parsing '1e999'".
    std::string what = e.what();
    const auto pos = what.find( "] " );
    throw IndexError( "the definition holds a number too large for a computer's numbers (" +
                      ( pos == std::string::npos ? what : what.substr( pos + 2 ) ) + "); write weights and cut points as ordinary numbers" );
  }
  catch ( const json::exception &e )
  {
    // "[json.exception.parse_error.101] parse error at line 3, column 5: ..." -> keep the readable part
    std::string what = e.what();
    const auto pos = what.find( "] " );
    throw IndexError( "the definition is not valid JSON: " +
                      ( pos == std::string::npos ? what : what.substr( pos + 2 ) ) );
  }
  const Place place( "definition" );
  if ( !document.is_object() )
    place.fail( "must be a JSON object with \"root\"" );
  checkKeys( document, { "format_version", "name", "title", "description", "missing_values", "root", "classification" },
             place );

  IndexDefinition definition;
  if ( document.contains( "format_version" ) &&
       !( document[ "format_version" ].is_number_integer() && document[ "format_version" ].get<int>() == 1 ) )
    place.failKey( "format_version", "must be 1, not " + shown( document[ "format_version" ] ) );
  if ( document.contains( "name" ) )
    definition.name = text( document[ "name" ], "name", place );
  if ( document.contains( "title" ) )
    definition.title = text( document[ "title" ], "title", place );
  if ( document.contains( "description" ) )
    definition.description = text( document[ "description" ], "description", place );
  if ( document.contains( "missing_values" ) )
  {
    if ( !document[ "missing_values" ].is_array() )
      place.failKey( "missing_values",
                     "must be a list of numbers such as [-999], not " + shown( document[ "missing_values" ] ) );
    for ( const json &v : document[ "missing_values" ] )
      definition.missingValues.push_back( number( v, "missing_values", place ) );
  }
  if ( !document.contains( "root" ) )
    place.failKey( "root", "is missing: the definition needs the index tree under \"root\"" );
  definition.root = parseNode( document[ "root" ], std::string(), 0 );
  if ( document.contains( "classification" ) )
    definition.classification = parseClassification( document[ "classification" ] );
  validateDefinition( definition );
  return definition;
}

IndexDefinition readDefinitionFile( const std::string &path )
{
  std::ifstream file( path, std::ios::binary );
  if ( !file )
    throw IndexError( "cannot read the definition file \"" + path + "\"" );
  std::ostringstream content;
  content << file.rdbuf();
  try
  {
    return parseDefinition( content.str() );
  }
  catch ( const IndexError &e )
  {
    throw IndexError( path + ": " + e.what(), e.row() );
  }
}

} // namespace sozialraum::index
