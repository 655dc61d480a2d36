#include "catalogue/hsds.h"

#include "catalogue/catalogue.h"
#include "catalogue/catalogueerror.h"
#include "catalogue/csv.h"
#include "catalogue/records.h"
#include "catalogue/schema.h"
#include "catalogue/sqlite.h"
#include "catalogue/text.h"
#include "catalogue/writescope.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <unistd.h>

namespace sozialraum::catalogue
{

namespace
{

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

//! A read transaction: the export sees one state of the file while others go on writing.
class ReadSnapshot
{
public:
  explicit ReadSnapshot( const Database &database ) : mDatabase( database )
  {
    if ( !database.inTransaction() )
    {
      database.exec( "BEGIN" );
      mOwn = true;
    }
  }
  ~ReadSnapshot()
  {
    if ( !mOwn )
      return;
    try
    {
      mDatabase.exec( "COMMIT" );
    }
    catch ( ... )
    {
    }
  }
  ReadSnapshot( const ReadSnapshot & ) = delete;
  ReadSnapshot &operator=( const ReadSnapshot & ) = delete;

private:
  const Database &mDatabase;
  bool mOwn = false;
};

std::vector<const FieldInfo *> exportedFields( const TableInfo &table, const ExportOptions &options )
{
  std::vector<const FieldInfo *> fields;
  for ( const FieldInfo &field : table.fields )
  {
    if ( field.personal && !options.includePersonalContacts )
      continue;
    fields.push_back( &field );
  }
  return fields;
}

std::string sqlList( const std::vector<std::string> &names )
{
  std::string list;
  for ( const std::string &name : names )
    list += ( list.empty() ? "'" : ", '" ) + name + "'";
  return list;
}

//! WHERE clause that keeps personal data out of an export.
std::string personalFilter( const TableInfo &table )
{
  if ( table.name == "phone" )
    return " WHERE contact_id IS NULL"; // a person's number
  if ( table.name != "metadata" )
    return std::string();
  // history of personal fields, and all history of persons' phone numbers
  std::string condition;
  for ( const TableInfo &t : catalogueTables() )
  {
    std::vector<std::string> personal;
    for ( const FieldInfo &f : t.fields )
    {
      if ( f.personal )
        personal.push_back( f.name );
    }
    if ( !personal.empty() )
      condition += " OR (resource_type = '" + t.name + "' AND field_name IN (" + sqlList( personal ) + "))";
  }
  condition += " OR (resource_type = 'phone' AND resource_id IN (SELECT id FROM phone WHERE contact_id IS NOT NULL"
               " UNION SELECT resource_id FROM metadata WHERE resource_type = 'phone' AND field_name = 'contact_id'))";
  return " WHERE NOT (" + condition.substr( 4 ) + ")";
}

std::string typeName( FieldType type )
{
  switch ( type )
  {
  case FieldType::Number:
    return "number";
  case FieldType::Date:
    return "date";
  case FieldType::String:
    break;
  }
  return "string";
}

Json resourceDescriptor( const TableInfo &table, const std::vector<const FieldInfo *> &fields,
                         const std::set<std::string> &resources )
{
  Json schemaFields = Json::array();
  Json foreignKeys = Json::array();
  for ( const FieldInfo *field : fields )
  {
    Json f;
    f[ "name" ] = field->name;
    f[ "type" ] = typeName( field->type );
    if ( !field->format.empty() && field->type == FieldType::String )
      f[ "format" ] = field->format;
    if ( !field->description.empty() )
      f[ "description" ] = field->description;
    Json constraints = Json::object();
    if ( field->required )
      constraints[ "required" ] = true;
    if ( field->name == "id" )
      constraints[ "unique" ] = true;
    if ( !field->allowed.empty() )
      constraints[ "enum" ] = field->allowed;
    if ( !constraints.empty() )
      f[ "constraints" ] = constraints;
    if ( field->personal )
      f[ "sozialraum:personal" ] = true;
    schemaFields.push_back( f );

    if ( !field->references.empty() && resources.count( field->references ) )
    {
      Json key;
      key[ "fields" ] = field->name;
      // Frictionless: an empty resource name refers to the resource itself
      key[ "reference" ] = Json{ { "resource", field->references == table.name ? std::string() : field->references },
                                 { "fields", "id" } };
      foreignKeys.push_back( key );
    }
  }
  Json resource;
  resource[ "name" ] = table.name;
  resource[ "path" ] = table.name + ".csv";
  resource[ "profile" ] = "tabular-data-resource";
  resource[ "format" ] = "csv";
  resource[ "mediatype" ] = "text/csv";
  resource[ "encoding" ] = "utf-8";
  if ( table.extension )
    resource[ "description" ] = "Sozialraum extension (not part of HSDS 3.0).";
  Json schema;
  schema[ "fields" ] = schemaFields;
  schema[ "primaryKey" ] = "id";
  if ( !foreignKeys.empty() )
    schema[ "foreignKeys" ] = foreignKeys;
  resource[ "schema" ] = schema;
  return resource;
}

void writeTextFile( const fs::path &path, const std::string &content )
{
  std::ofstream stream( path, std::ios::binary | std::ios::trunc );
  stream << content;
  stream.close();
  if ( !stream )
    throw CatalogueError( "The file '" + path.string() +
                          "' could not be written. Check that the folder exists and that you may write there." );
}

// ---------------------------------------------------------------------------------------------
// Import

struct Source
{
  const TableInfo *table = nullptr;
  std::string fileName;
  fs::path path;
  CsvTable csv;
};

//! The known table a resource or file called \a name is for, or nullptr.
const TableInfo *tableFor( const std::string &name )
{
  if ( const TableInfo *table = catalogueTable( name ) )
    return table;
  for ( const TableInfo &table : catalogueTables() )
  {
    if ( table.pluralName == name )
      return &table;
  }
  return nullptr;
}

std::vector<Source> findSources( const fs::path &directory, ImportReport &report )
{
  std::vector<Source> sources;
  std::set<std::string> tablesSeen;
  const auto add = [ & ]( const TableInfo *table, const std::string &fileName )
  {
    if ( tablesSeen.count( table->name ) )
    {
      report.ignoredResources.push_back( fileName );
      report.messages.push_back( fileName + ": a second file for the table '" + table->name + "'; ignored." );
      return;
    }
    tablesSeen.insert( table->name );
    Source source;
    source.table = table;
    source.fileName = fileName;
    source.path = directory / fileName;
    sources.push_back( std::move( source ) );
  };

  const fs::path descriptor = directory / "datapackage.json";
  std::error_code error;
  if ( fs::exists( descriptor, error ) )
  {
    std::ifstream stream( descriptor, std::ios::binary );
    std::ostringstream content;
    content << stream.rdbuf();
    Json package;
    try
    {
      package = Json::parse( content.str() );
    }
    catch ( const Json::exception &e )
    {
      throw CatalogueError( "datapackage.json is not valid JSON (" + std::string( e.what() ) +
                            "). Fix it, or remove it to import the CSV files by their names." );
    }
    if ( !package.is_object() || !package.contains( "resources" ) || !package[ "resources" ].is_array() )
      throw CatalogueError( "datapackage.json has no list of resources; it is not a tabular data package." );
    for ( const Json &resource : package[ "resources" ] )
    {
      const std::string name = resource.is_object() && resource.contains( "name" ) && resource[ "name" ].is_string()
                                   ? resource[ "name" ].get<std::string>()
                                   : "";
      if ( !resource.is_object() || !resource.contains( "path" ) || !resource[ "path" ].is_string() )
      {
        report.ignoredResources.push_back( name.empty() ? "(unnamed resource)" : name );
        report.messages.push_back( "datapackage.json: the resource '" + name + "' has no single file path; ignored." );
        continue;
      }
      const std::string path = resource[ "path" ].get<std::string>();
      const fs::path relative( path );
      if ( relative.is_absolute() || path.find( ".." ) != std::string::npos || path.find( "://" ) != std::string::npos )
        throw CatalogueError( "datapackage.json: the resource '" + name + "' points to '" + path +
                              "'; only files inside the package folder are read." );
      const TableInfo *table = tableFor( name );
      if ( !table )
        table = tableFor( relative.stem().string() );
      if ( !table )
      {
        report.ignoredResources.push_back( path );
        report.messages.push_back( path + ": the catalogue does not store the HSDS table '" + name + "'; ignored." );
        continue;
      }
      if ( !fs::exists( directory / relative, error ) )
        throw CatalogueError( "datapackage.json lists '" + path + "', but the package folder has no such file." );
      add( table, path );
    }
  }
  else
  {
    std::set<std::string> used;
    for ( const TableInfo &table : catalogueTables() )
    {
      for ( const std::string &stem : { table.name, table.pluralName } )
      {
        const std::string fileName = stem + ".csv";
        if ( fs::exists( directory / fileName, error ) && !used.count( fileName ) )
        {
          add( &table, fileName );
          used.insert( fileName );
          break;
        }
      }
    }
    for ( const fs::directory_entry &entry : fs::directory_iterator( directory, error ) )
    {
      const std::string fileName = entry.path().filename().string();
      if ( entry.path().extension() == ".csv" && !used.count( fileName ) )
      {
        report.ignoredResources.push_back( fileName );
        report.messages.push_back( fileName + ": not an HSDS table the catalogue stores; ignored." );
      }
    }
  }
  // parents before children, as the catalogue lists its tables
  std::sort( sources.begin(), sources.end(),
             []( const Source &a, const Source &b )
             {
               const auto position = []( const TableInfo *t ) { return t - catalogueTables().data(); };
               return position( a.table ) < position( b.table );
             } );
  return sources;
}

//! Checks the header of \a source; returns, per column, the known field or nullptr (ignored).
std::vector<const FieldInfo *> mapHeader( Source &source, ImportReport &report )
{
  const std::string &file = source.fileName;
  std::vector<const FieldInfo *> mapping;
  std::set<std::string> seen;
  std::vector<std::string> ignored;
  for ( std::string &column : source.csv.header )
  {
    column = trimmed( column );
    if ( !seen.insert( column ).second )
      throw CatalogueError( file + ": the header names the column '" + column + "' twice.", file, 1, column );
    const FieldInfo *field = source.table->field( column );
    mapping.push_back( field );
    if ( !field )
      ignored.push_back( column );
  }
  if ( !seen.count( "id" ) )
  {
    const std::string first = source.csv.header.empty() ? std::string() : source.csv.header.front();
    if ( source.csv.header.size() == 1 && first.find( ';' ) != std::string::npos )
      throw CatalogueError( file + " uses ';' to separate its columns; HSDS packages use ','. Save it as CSV with "
                                   "commas (in Excel: 'CSV UTF-8').",
                            file, 1, "" );
    throw CatalogueError( file + ": the header has no column 'id'. The first row must name the columns (HSDS 3.0 field "
                                 "names such as id, name, ...).",
                          file, 1, "id" );
  }
  for ( const FieldInfo &field : source.table->fields )
  {
    if ( field.required && field.defaultValue.empty() && !seen.count( field.name ) )
      throw CatalogueError( file + ": the column '" + field.name + "' is missing; HSDS needs it in the " +
                                source.table->name + " table.",
                            file, 1, field.name );
  }
  if ( !ignored.empty() )
  {
    report.ignoredColumns[ source.table->name ] = ignored;
    std::string list;
    for ( const std::string &c : ignored )
      list += ( list.empty() ? "'" : ", '" ) + c + "'";
    report.messages.push_back( file + ": ignored the column" + ( ignored.size() == 1 ? " " : "s " ) + list +
                               " (not a field of HSDS 3.0 the catalogue stores)." );
  }
  return mapping;
}

std::optional<double> parseNumber( std::string text )
{
  text = trimmed( text );
  if ( !text.empty() && text.front() == '+' )
    text.erase( 0, 1 );
  // a decimal comma, as German spreadsheets write it
  if ( text.find( '.' ) == std::string::npos && std::count( text.begin(), text.end(), ',' ) == 1 )
    std::replace( text.begin(), text.end(), ',', '.' );
  double value = 0;
  const auto result = std::from_chars( text.data(), text.data() + text.size(), value );
  if ( text.empty() || result.ec != std::errc() || result.ptr != text.data() + text.size() )
    return std::nullopt;
  return value;
}

[[noreturn]] void cellError( const Source &source, long long row, const std::string &field, const std::string &message )
{
  throw CatalogueError( source.fileName + ", row " + std::to_string( row ) +
                            ( field.empty() ? "" : ", field '" + field + "'" ) + ": " + message,
                        source.fileName, row, field );
}

struct Origin
{
  std::string file;
  long long row = -1;
};

//! Throws for the first reference that points nowhere, naming the row it came from.
void checkReferences( const Database &database, const std::map<std::pair<std::string, std::string>, Origin> &origins )
{
  Statement check = database.prepare( "PRAGMA foreign_key_check" );
  if ( !check.step() )
    return;
  const std::string table = check.text( 0 );
  const long long rowid = check.integer( 1 );
  const std::string parent = check.text( 2 );
  const long long keyIndex = check.integer( 3 );
  long long more = 0;
  while ( check.step() )
    ++more;

  std::string column;
  {
    Statement key = database.prepare( "SELECT \"from\" FROM pragma_foreign_key_list(?) WHERE id = ?" );
    key.bind( 1, table ).bind( 2, keyIndex );
    if ( key.step() )
      column = key.text( 0 );
  }
  std::string id;
  std::string value;
  {
    Statement record = database.prepare( "SELECT id, " + quoteIdentifier( column.empty() ? "id" : column ) + " FROM " +
                                         quoteIdentifier( table ) + " WHERE fid = ?" );
    record.bind( 1, rowid );
    if ( record.step() )
    {
      id = record.text( 0 );
      value = record.text( 1 );
    }
  }
  const TableInfo *parentInfo = catalogueTable( parent );
  const std::string what = ( parentInfo ? parentInfo->label : parent ) + " '" + value + "'";
  const std::string others =
      more > 0 ? " (" + std::to_string( more ) + " more reference" + ( more == 1 ? "" : "s" ) + " point nowhere too.)"
               : "";
  const auto it = origins.find( { table, id } );
  if ( it == origins.end() )
    throw CatalogueError( "The catalogue has a broken reference: the " + table + " '" + id + "' field '" + column +
                          "' points to the " + what + ", which does not exist." + others );
  throw CatalogueError( it->second.file + ", row " + std::to_string( it->second.row ) + ", field '" + column +
                            "': the " + what + " is in neither the package nor the catalogue." + others,
                        it->second.file, it->second.row, column );
}

//! What the catalogue stores when a cell is empty (or a lenient import empties it).
Value emptyValue( const FieldInfo &field )
{
  return field.defaultValue.empty() ? Value() : Value( field.defaultValue );
}

/**
 * The rule \a cell breaks as a value of \a field, or "" when it breaks none; then
 * \a value is what the catalogue stores. In a strict import the rule is the error message.
 */
std::string checkValue( const FieldInfo &field, const std::string &cell, Value &value )
{
  if ( field.type == FieldType::Number )
  {
    const std::optional<double> number = parseNumber( cell );
    if ( !number || !std::isfinite( *number ) )
      return "'" + cell + "' is not a number.";
    const std::string rule = brokenRule( field, cell, number );
    if ( rule.empty() )
      value = *number;
    return rule;
  }
  const std::string rule = brokenRule( field, cell, std::nullopt );
  if ( rule.empty() )
    value = cell;
  return rule;
}

//! Fixed id of the placeholder of \a table that required references of other placeholders point to.
std::string unknownPlaceholderId( const TableInfo &table )
{
  char suffix[ 16 ];
  std::snprintf( suffix, sizeof suffix, "%012llx",
                 static_cast<unsigned long long>( &table - catalogueTables().data() ) );
  return std::string( "5a525243-0000-4000-8000-" ) + suffix; // "SZRC"
}

//! Adds the placeholder records of a lenient import (see importHsdsPackage()).
class Placeholders
{
public:
  Placeholders( const Database &database, ImportReport &report ) : mDatabase( database ), mReport( report ) {}

  /**
   * Makes sure \a table has the record \a id, adding a placeholder when it has none; an empty
   * \a id stands for the table's one "unknown" placeholder. \a origin names the cell that needs
   * the record. Returns the id.
   */
  std::string ensure( const TableInfo &table, std::string id, const std::string &origin )
  {
    const bool unknown = id.empty();
    if ( unknown )
      id = unknownPlaceholderId( table );
    if ( !mMade.insert( { table.name, id } ).second || recordExists( mDatabase, table.name, id ) )
      return id;
    FieldValues values;
    for ( const FieldInfo &field : table.fields )
    {
      if ( field.name == "id" )
        continue;
      if ( field.required && !field.references.empty() )
      {
        const TableInfo *parent = catalogueTable( field.references );
        values.emplace_back( field.name, parent ? ensure( *parent, std::string(), std::string() ) : std::string() );
      }
      else if ( field.required && field.defaultValue.empty() )
      {
        values.emplace_back( field.name, unknown ? "[unresolved] unknown " + table.label : "[unresolved] " + id );
      }
      else if ( field.name == "description" )
      {
        values.emplace_back( field.name,
                             unknown ? "Placeholder written by the HSDS import: required references of other "
                                       "placeholders point here."
                                     : "Placeholder written by the HSDS import: " + origin +
                                           " refers to this record, but neither the package nor the catalogue "
                                           "has it. A later import that brings the record fills it in." );
      }
    }
    WriteOptions options;
    options.checkReferences = false;
    writeRecord( mDatabase, table, id, values, options );
    mReport.placeholders.push_back( { table.name, id } );
    return id;
  }

private:
  const Database &mDatabase;
  ImportReport &mReport;
  std::set<std::pair<std::string, std::string>> mMade;
};

} // namespace

namespace
{
//! Writes the package into \a folder, which exists and is empty.
ExportReport writePackage( const Catalogue &catalogue, const fs::path &folder, const ExportOptions &options )
{
  const Database &database = catalogue.database();

  ExportReport report;
  std::set<std::string> resources;
  std::vector<const TableInfo *> tables;
  for ( const TableInfo &table : catalogueTables() )
  {
    if ( table.name == "metadata" && !options.includeHistory )
      continue;
    tables.push_back( &table );
    resources.insert( table.name );
  }

  Json resourceList = Json::array();
  {
    ReadSnapshot snapshot( database );
    for ( const TableInfo *table : tables )
    {
      const std::vector<const FieldInfo *> fields = exportedFields( *table, options );
      std::vector<std::string> header;
      std::string columns;
      for ( const FieldInfo *field : fields )
      {
        header.push_back( field->name );
        columns += ( columns.empty() ? "" : ", " ) + quoteIdentifier( field->name );
      }
      const std::string where = options.includePersonalContacts ? std::string() : personalFilter( *table );
      const std::string order = table->name == "metadata" ? " ORDER BY last_action_date, fid" : " ORDER BY id";
      Statement statement =
          database.prepare( "SELECT " + columns + " FROM " + quoteIdentifier( table->name ) + where + order );

      std::ostringstream content;
      CsvWriter writer( content );
      writer.writeRow( header );
      long long rows = 0;
      std::vector<std::string> cells( fields.size() );
      while ( statement.step() )
      {
        for ( size_t i = 0; i < fields.size(); ++i )
          cells[ i ] = valueToText( statement.value( static_cast<int>( i ) ) );
        writer.writeRow( cells );
        ++rows;
      }
      const std::string fileName = table->name + ".csv";
      writeTextFile( folder / fileName, content.str() );
      report.rowCounts[ table->name ] = rows;
      report.files.push_back( fileName );
      resourceList.push_back( resourceDescriptor( *table, fields, resources ) );
    }
  }

  Json package;
  package[ "name" ] = "sozialraum-catalogue";
  package[ "title" ] = "Stakeholders and offerings (Sozialraum catalogue)";
  package[ "description" ] =
      "Human Services Data Specification (HSDS) 3.0 tabular data package written by the Sozialraum QGIS plugin. "
      "Columns and resources described as 'Sozialraum' are extensions that other HSDS tools may ignore.";
  package[ "profile" ] = "tabular-data-package";
  package[ "version" ] = "3.0";
  package[ "resources" ] = resourceList;
  writeTextFile( folder / "datapackage.json", package.dump( 2 ) + "\n" );
  report.files.push_back( "datapackage.json" );
  return report;
}

} // namespace

/**
 * A package is one unit: it is written into a staging folder beside the target and moved into
 * place when complete, so a failed export leaves the target as it was and a package never mixes
 * old and new tables. A target folder that holds anything but an earlier package is refused.
 */
ExportReport exportHsdsPackage( const Catalogue &catalogue, const std::string &directory, const ExportOptions &options )
{
  const fs::path target = fs::absolute( fs::path( directory ) ).lexically_normal();
  const fs::path parent = target.parent_path();
  std::error_code error;
  fs::create_directories( parent, error );
  if ( !fs::is_directory( parent, error ) )
    throw CatalogueError( "The folder '" + parent.string() + "' cannot be created for the export." );

  if ( fs::exists( target, error ) )
  {
    if ( !fs::is_directory( target, error ) )
      throw CatalogueError( "'" + directory + "' is a file, not a folder: choose a folder for the HSDS package." );
    std::vector<std::string> foreign;
    bool hasDescriptor = false;
    for ( const fs::directory_entry &entry : fs::directory_iterator( target, error ) )
    {
      const std::string name = entry.path().filename().string();
      const std::string extension = entry.path().extension().string();
      hasDescriptor = hasDescriptor || name == "datapackage.json";
      if ( !entry.is_regular_file() || ( extension != ".csv" && name != "datapackage.json" ) )
        foreign.push_back( name );
    }
    const bool empty = fs::is_empty( target, error );
    if ( !empty && ( !hasDescriptor || !foreign.empty() ) )
    {
      std::string names;
      for ( std::size_t i = 0; i < foreign.size() && i < 5; ++i )
        names += ( i ? ", " : "" ) + foreign[ i ];
      throw CatalogueError( "The folder '" + directory + "' already holds files that are not an HSDS package" +
                            ( names.empty() ? std::string() : " (" + names + ( foreign.size() > 5 ? ", …" : "" ) + ")" ) +
                            ". Export into a new or empty folder, so that the package does not mix with other files." );
    }
  }

  const fs::path staging = parent / ( "." + target.filename().string() + ".partial-" + std::to_string( ::getpid() ) );
  fs::remove_all( staging, error );
  fs::create_directory( staging, error );
  if ( error )
    throw CatalogueError( "The folder '" + parent.string() + "' cannot be written to for the export: " + error.message() );
  ExportReport report;
  try
  {
    report = writePackage( catalogue, staging, options );
  }
  catch ( ... )
  {
    fs::remove_all( staging, error );
    throw;
  }
  // Swap the finished package in; the earlier one is kept aside until the new one is in place.
  const fs::path previous = parent / ( "." + target.filename().string() + ".previous-" + std::to_string( ::getpid() ) );
  if ( fs::exists( target, error ) )
    fs::rename( target, previous, error );
  fs::rename( staging, target, error );
  if ( error )
  {
    if ( fs::exists( previous ) )
      fs::rename( previous, target, error );
    fs::remove_all( staging, error );
    throw CatalogueError( "The finished package could not be moved to '" + directory + "': " + error.message() );
  }
  fs::remove_all( previous, error );
  for ( std::string &file : report.files )
  {
    const fs::path written( file );
    if ( written.parent_path() == staging )
      file = ( target / written.filename() ).string();
  }
  return report;
}

std::string problemText( const ImportProblem &problem )
{
  return problem.file + ", row " + std::to_string( problem.row ) + ", field '" + problem.field + "': " + problem.rule +
         ( problem.action.empty() ? "" : " " + problem.action );
}

ImportReport importHsdsPackage( Catalogue &catalogue, const std::string &directory, const ImportOptions &options )
{
  const Database &database = catalogue.database();
  const fs::path folder( directory );
  std::error_code error;
  if ( !fs::is_directory( folder, error ) )
    throw CatalogueError(
        "The folder '" + directory +
        "' does not exist; choose the folder that holds the HSDS package (datapackage.json and the CSV files)." );

  ImportReport report;
  std::vector<Source> sources = findSources( folder, report );
  if ( sources.empty() )
    throw CatalogueError( "The folder '" + directory +
                          "' holds no HSDS tables the catalogue can read (no datapackage.json and no organization.csv, "
                          "service.csv ...)." );

  // read and check every file before the catalogue is locked for writing
  std::vector<std::vector<const FieldInfo *>> mappings;
  std::vector<size_t> idColumns;
  //! ids each table of the package holds: a reference to one of them resolves, whatever the row order
  std::map<std::string, std::set<std::string>> packageIds;
  long long rowsTotal = 0;
  for ( Source &source : sources )
  {
    source.csv = readCsvFile( source.path.string(), source.fileName );
    mappings.push_back( mapHeader( source, report ) );
    const size_t idColumn = static_cast<size_t>( std::find( source.csv.header.begin(), source.csv.header.end(), "id" ) -
                                                 source.csv.header.begin() );
    idColumns.push_back( idColumn );
    std::set<std::string> &ids = packageIds[ source.table->name ];
    for ( const std::vector<std::string> &cells : source.csv.rows )
      ids.insert( trimmed( cells[ idColumn ] ) );
    rowsTotal += static_cast<long long>( source.csv.rows.size() );
  }

  const bool lenient = !options.strict;
  WriteScope scope( database, catalogue.user() );
  // the package's own change log is the history of its records
  scope.setLogInserts( false );
  // a row may refer to one further down (or in a later file): references are checked at the end
  database.exec( "PRAGMA defer_foreign_keys = ON" );
  Placeholders placeholders( database, report );

  std::map<std::pair<std::string, std::string>, Origin> origins;
  ImportProgress progress;
  progress.rowsTotal = rowsTotal;
  for ( size_t s = 0; s < sources.size(); ++s )
  {
    const Source &source = sources[ s ];
    const TableInfo &table = *source.table;
    const std::vector<const FieldInfo *> &mapping = mappings[ s ];
    const size_t idColumn = idColumns[ s ];
    TableImportCounts &counts = report.tables[ table.name ];
    progress.file = source.fileName;

    for ( size_t r = 0; r < source.csv.rows.size(); ++r )
    {
      const std::vector<std::string> &cells = source.csv.rows[ r ];
      const long long row = source.csv.rowNumbers[ r ];
      const std::string id = trimmed( cells[ idColumn ] );
      // without its id a row cannot be matched again: a table defect in every mode, like a duplicate
      if ( id.empty() )
        cellError( source, row, "id", "the id is empty; every record needs one (a UUID)." );
      const auto inserted = origins.emplace( std::make_pair( table.name, id ), Origin{ source.fileName, row } );
      if ( !inserted.second )
        cellError( source, row, "id",
                   "the id '" + id + "' appears twice (also in row " + std::to_string( inserted.first->second.row ) +
                       ")." );

      std::optional<bool> known; // the catalogue has the record already (asked only when needed)
      const auto alreadyKnown = [ & ]
      {
        if ( !known )
          known = recordExists( database, table.name, id );
        return *known;
      };
      const auto listProblem = [ & ]( ImportProblemKind kind, const FieldInfo &field, const std::string &cell,
                                      const std::string &rule, const std::string &action ) -> ImportProblem &
      {
        ImportProblem problem;
        problem.kind = kind;
        problem.file = source.fileName;
        problem.row = row;
        problem.field = field.name;
        problem.value = cell;
        problem.rule = rule;
        problem.action = action;
        report.problems.push_back( problem );
        return report.problems.back();
      };
      const auto origin = [ & ]( const FieldInfo &field )
      { return source.fileName + ", row " + std::to_string( row ) + ", field '" + field.name + "'"; };

      FieldValues values;
      for ( size_t c = 0; c < cells.size(); ++c )
      {
        const FieldInfo *field = mapping[ c ];
        if ( !field || field->name == "id" )
          continue;
        const std::string &cell = cells[ c ];
        if ( cell.empty() )
        {
          if ( lenient && field->required && field->defaultValue.empty() )
          {
            // a required value is missing: a record the catalogue has keeps its value
            const std::string rule = "the field '" + field->name + "' must not be empty.";
            if ( alreadyKnown() )
            {
              listProblem( ImportProblemKind::InvalidValue, *field, cell, rule, "The catalogue's value was kept." );
            }
            else if ( const TableInfo *parent = catalogueTable( field->references ) )
            {
              values.emplace_back( field->name, placeholders.ensure( *parent, std::string(), origin( *field ) ) );
              listProblem( ImportProblemKind::InvalidValue, *field, cell, rule,
                           "The placeholder '[unresolved] unknown " + parent->label + "' stands in." )
                  .referencedTable = parent->name;
            }
            else
            {
              values.emplace_back( field->name, std::string( "[missing]" ) );
              listProblem( ImportProblemKind::InvalidValue, *field, cell, rule, "'[missing]' was written in its place." );
            }
            continue;
          }
          values.emplace_back( field->name, emptyValue( *field ) );
          continue;
        }

        Value value;
        const std::string rule = checkValue( *field, cell, value );
        if ( !rule.empty() )
        {
          if ( !lenient )
            cellError( source, row, field->name, rule );
          value = emptyValue( *field );
          listProblem( ImportProblemKind::InvalidValue, *field, cell, rule,
                       field->defaultValue.empty() ? "The field was left empty."
                                                   : "The field was left empty, so the catalogue's default '" +
                                                         field->defaultValue + "' applies." );
        }
        else if ( lenient && !field->references.empty() )
        {
          const TableInfo *parent = catalogueTable( field->references );
          if ( parent && !packageIds[ parent->name ].count( cell ) && !recordExists( database, parent->name, cell ) )
          {
            const std::string unresolved =
                "the " + parent->label + " '" + cell + "' is in neither the package nor the catalogue.";
            ImportProblem *problem = nullptr;
            if ( field->required )
            {
              placeholders.ensure( *parent, cell, origin( *field ) );
              problem = &listProblem( ImportProblemKind::UnresolvedReference, *field, cell, unresolved,
                                      "A placeholder " + parent->label + " with this id ('[unresolved] " + cell +
                                          "') stands in; a later import that brings the record fills it in." );
              problem->placeholder = true;
            }
            else
            {
              value = Value();
              problem = &listProblem( ImportProblemKind::UnresolvedReference, *field, cell, unresolved,
                                      "The reference was left empty." );
            }
            problem->referencedTable = parent->name;
          }
        }
        else if ( lenient && field->name == "external_id" )
        {
          Statement other =
              database.cached( "SELECT id FROM " + quoteIdentifier( table.name ) + " WHERE external_id = ? AND id <> ?" );
          other.bind( 1, value ).bind( 2, id );
          if ( other.step() )
          {
            listProblem( ImportProblemKind::InvalidValue, *field, cell,
                         "the external id '" + cell + "' is already used by the " + table.label + " '" +
                             other.text( 0 ) + "'; external ids must be unique.",
                         "The field was left empty." );
            value = Value();
          }
        }
        values.emplace_back( field->name, value );
      }

      WriteOptions writeOptions;
      writeOptions.checkReferences = false;
      WriteOutcome outcome = WriteOutcome::Unchanged;
      try
      {
        outcome = writeRecord( database, table, id, values, writeOptions );
      }
      catch ( const CatalogueError &e )
      {
        cellError( source, row, e.field(), e.what() );
      }
      switch ( outcome )
      {
      case WriteOutcome::Inserted:
        ++counts.inserted;
        break;
      case WriteOutcome::Updated:
        ++counts.updated;
        break;
      case WriteOutcome::Unchanged:
        ++counts.unchanged;
        break;
      }

      ++progress.rowsDone;
      if ( options.progress && !options.progress( progress ) )
        throw CatalogueError( "The import was cancelled; the catalogue is unchanged." );
    }
  }

  // strict: the first reference that points nowhere stops the import; lenient: none is left
  checkReferences( database, origins );
  scope.setLogInserts( true );
  scope.commit();

  for ( const auto &[ name, counts ] : report.tables )
  {
    report.messages.push_back( name + ": " + std::to_string( counts.inserted ) + " added, " +
                               std::to_string( counts.updated ) + " updated, " + std::to_string( counts.unchanged ) +
                               " unchanged." );
  }
  if ( !report.problems.empty() )
  {
    const auto unresolved = std::count_if( report.problems.begin(), report.problems.end(), []( const ImportProblem &p )
                                           { return p.kind == ImportProblemKind::UnresolvedReference; } );
    const auto invalid = static_cast<long long>( report.problems.size() ) - unresolved;
    report.messages.push_back(
        std::to_string( invalid ) + ( invalid == 1 ? " value breaks" : " values break" ) + " a rule and " +
        ( invalid == 1 ? "was" : "were" ) + " left empty, " + std::to_string( unresolved ) +
        ( unresolved == 1 ? " reference points" : " references point" ) + " nowhere (" +
        std::to_string( report.placeholders.size() ) +
        ( report.placeholders.size() == 1 ? " placeholder record stands" : " placeholder records stand" ) +
        " in); every row was imported and each problem is listed with file, row and field." );
  }
  return report;
}

} // namespace sozialraum::catalogue
