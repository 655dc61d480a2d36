#include "catalogue/records.h"

#include "catalogue/catalogueerror.h"
#include "catalogue/schema.h"

#include <algorithm>
#include <optional>
#include <sstream>

namespace sozialraum::catalogue
{

namespace
{

std::string describe( const Value &value )
{
  return "'" + valueToText( value ) + "'";
}

[[noreturn]] void fieldError( const std::string &context, const std::string &field, const std::string &message )
{
  throw CatalogueError( ( context.empty() ? std::string() : context + ": " ) + message, "", -1, field );
}

std::optional<double> numberOf( const Value &value )
{
  if ( const double *d = std::get_if<double>( &value ) )
    return *d;
  if ( const long long *i = std::get_if<long long>( &value ) )
    return static_cast<double>( *i );
  return std::nullopt;
}

//! \a number as a message shows it: "90", "-180", "0.5".
std::string shownNumber( double number )
{
  std::ostringstream out;
  out << number;
  return out.str();
}

void validate( const Database &database, const TableInfo &table, const std::string &id, const FieldValues &values,
               bool inserting, const WriteOptions &options )
{
  for ( const FieldInfo &field : table.fields )
  {
    if ( !field.required || field.name == "id" )
      continue;
    const auto it =
        std::find_if( values.begin(), values.end(), [ & ]( const auto &v ) { return v.first == field.name; } );
    const bool missing = it == values.end() ? inserting : ( isNull( it->second ) || valueToText( it->second ).empty() );
    if ( missing )
      fieldError( options.context, field.name, "the field '" + field.name + "' must not be empty." );
  }
  for ( const auto &[ name, value ] : values )
  {
    const FieldInfo *field = table.field( name );
    if ( !field || isNull( value ) )
      continue;
    const std::string rule = brokenRule( *field, valueToText( value ), numberOf( value ) );
    if ( !rule.empty() )
      fieldError( options.context, name, rule );
    if ( name == "external_id" )
    {
      Statement other =
          database.cached( "SELECT id FROM " + quoteIdentifier( table.name ) + " WHERE external_id = ? AND id <> ?" );
      other.bind( 1, value ).bind( 2, id );
      if ( other.step() )
        fieldError( options.context, name,
                    "the external id " + describe( value ) + " is already used by the " + table.label + " '" +
                        other.text( 0 ) +
                        "'. External ids must be unique; prefix them with their source (e.g. 'kita-berlin:1100')." );
    }
    if ( options.checkReferences && !field->references.empty() )
    {
      if ( !recordExists( database, field->references, valueToText( value ) ) )
      {
        const TableInfo *target = catalogueTable( field->references );
        fieldError( options.context, name,
                    "the field '" + name + "' refers to the " + ( target ? target->label : field->references ) + " " +
                        describe( value ) + ", which is not in the catalogue." );
      }
    }
  }
}

} // namespace

std::string brokenRule( const FieldInfo &field, const std::string &text, std::optional<double> number )
{
  const std::string shown = "'" + text + "'";
  if ( number && field.minimum && field.maximum && ( *number < *field.minimum || *number > *field.maximum ) )
    return "the " + field.name + " " + shown + " is not between " + shownNumber( *field.minimum ) + " and " +
           shownNumber( *field.maximum ) + ( field.unit.empty() ? std::string() : " (" + field.unit + ")" ) + ".";
  if ( number && field.minimum && !field.maximum && *number < *field.minimum )
    return "the " + field.name + " " + shown +
           ( *field.minimum == 0 ? " is negative." : " is less than " + shownNumber( *field.minimum ) + "." );
  if ( number && field.maximum && !field.minimum && *number > *field.maximum )
    return "the " + field.name + " " + shown + " is more than " + shownNumber( *field.maximum ) + ".";
  if ( !field.allowed.empty() && std::find( field.allowed.begin(), field.allowed.end(), text ) == field.allowed.end() )
  {
    std::string allowed;
    for ( const std::string &a : field.allowed )
      allowed += ( allowed.empty() ? "'" : ", '" ) + a + "'";
    return "the field '" + field.name + "' is " + shown + "; use one of " + allowed + ".";
  }
  if ( field.type == FieldType::Date && !isIsoDate( text ) )
    return "the field '" + field.name + "' is " + shown + "; write dates as YYYY-MM-DD (e.g. 2024-09-01).";
  return std::string();
}

bool isIsoDate( const std::string &text )
{
  if ( text.size() != 10 || text[ 4 ] != '-' || text[ 7 ] != '-' )
    return false;
  for ( size_t i : { 0, 1, 2, 3, 5, 6, 8, 9 } )
  {
    if ( text[ i ] < '0' || text[ i ] > '9' )
      return false;
  }
  const int year = ( text[ 0 ] - '0' ) * 1000 + ( text[ 1 ] - '0' ) * 100 + ( text[ 2 ] - '0' ) * 10 + ( text[ 3 ] - '0' );
  const int month = ( text[ 5 ] - '0' ) * 10 + ( text[ 6 ] - '0' );
  const int day = ( text[ 8 ] - '0' ) * 10 + ( text[ 9 ] - '0' );
  if ( month < 1 || month > 12 || day < 1 )
    return false;
  // Gregorian calendar: 2024-02-29 is a date, 2023-02-29 and 2024-02-31 are not.
  const bool leap = ( year % 4 == 0 && year % 100 != 0 ) || year % 400 == 0;
  static const int daysIn[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  return day <= daysIn[ month - 1 ] + ( month == 2 && leap ? 1 : 0 );
}

Value toValue( const std::optional<std::string> &value )
{
  return value ? Value( *value ) : Value();
}

Value toValue( const std::optional<double> &value )
{
  return value ? Value( *value ) : Value();
}

Value toValue( const std::string &value )
{
  return value.empty() ? Value() : Value( value );
}

bool recordExists( const Database &database, const std::string &table, const std::string &id )
{
  Statement statement = database.cached( "SELECT 1 FROM " + quoteIdentifier( table ) + " WHERE id = ?" );
  statement.bind( 1, id );
  return statement.step();
}

WriteOutcome writeRecord( const Database &database, const TableInfo &table, const std::string &id,
                          const FieldValues &values, const WriteOptions &options )
{
  if ( id.empty() )
    fieldError( options.context, "id", "the record has no id." );
  const std::string tableName = quoteIdentifier( table.name );
  const bool isLocation = table.name == "location";

  // the stored values of the fields being written
  std::string columns;
  for ( const auto &entry : values )
    columns += ", " + quoteIdentifier( entry.first );
  Statement current = database.cached( "SELECT 1 AS present" + columns + ( isLocation ? ", latitude, longitude" : "" ) +
                                       " FROM " + tableName + " WHERE id = ?" );
  current.bind( 1, id );
  const bool exists = current.step();

  FieldValues changed;
  std::optional<double> latitude;
  std::optional<double> longitude;
  if ( exists )
  {
    for ( size_t i = 0; i < values.size(); ++i )
    {
      if ( !sameValue( current.value( static_cast<int>( i ) + 1 ), values[ i ].second ) )
        changed.push_back( values[ i ] );
    }
    if ( isLocation )
    {
      latitude = current.optionalReal( static_cast<int>( values.size() ) + 1 );
      longitude = current.optionalReal( static_cast<int>( values.size() ) + 2 );
    }
    if ( changed.empty() )
      return WriteOutcome::Unchanged;
  }
  validate( database, table, id, exists ? changed : values, !exists, options );

  bool pointChanged = false;
  for ( const auto &[ name, value ] : exists ? changed : values )
  {
    if ( name == "latitude" )
    {
      latitude = numberOf( value );
      pointChanged = true;
    }
    else if ( name == "longitude" )
    {
      longitude = numberOf( value );
      pointChanged = true;
    }
  }
  const bool writePoint = isLocation && pointChanged;
  const std::string point = latitude && longitude ? "MakePoint(?, ?, 4326)" : "NULL";

  try
  {
    if ( !exists )
    {
      std::string names = "id";
      std::string placeholders = "?";
      for ( const auto &entry : values )
      {
        names += ", " + quoteIdentifier( entry.first );
        placeholders += ", ?";
      }
      if ( writePoint )
      {
        names += ", geom";
        placeholders += ", " + point;
      }
      Statement insert =
          database.cached( "INSERT INTO " + tableName + " (" + names + ") VALUES (" + placeholders + ")" );
      int index = 1;
      insert.bind( index++, id );
      for ( const auto &entry : values )
        insert.bind( index++, entry.second );
      if ( writePoint && latitude && longitude )
      {
        insert.bind( index++, *longitude );
        insert.bind( index++, *latitude );
      }
      insert.run();
      return WriteOutcome::Inserted;
    }

    std::string assignments;
    for ( const auto &entry : changed )
      assignments += std::string( assignments.empty() ? "" : ", " ) + quoteIdentifier( entry.first ) + " = ?";
    if ( writePoint )
      assignments += ", geom = " + point;
    Statement update = database.cached( "UPDATE " + tableName + " SET " + assignments + " WHERE id = ?" );
    int index = 1;
    for ( const auto &entry : changed )
      update.bind( index++, entry.second );
    if ( writePoint && latitude && longitude )
    {
      update.bind( index++, *longitude );
      update.bind( index++, *latitude );
    }
    update.bind( index++, id );
    update.run();
    return WriteOutcome::Updated;
  }
  catch ( const CatalogueError &error )
  {
    if ( options.context.empty() )
      throw;
    throw CatalogueError( options.context + ": " + error.what() );
  }
}

bool deleteRecord( const Database &database, const std::string &table, const std::string &id )
{
  Statement statement = database.cached( "DELETE FROM " + quoteIdentifier( table ) + " WHERE id = ?" );
  statement.bind( 1, id );
  statement.run();
  return database.changes() > 0;
}

} // namespace sozialraum::catalogue
