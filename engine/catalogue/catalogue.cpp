#include "catalogue/catalogue.h"

#include "catalogue/catalogueerror.h"
#include "catalogue/records.h"
#include "catalogue/rows.h"
#include "catalogue/schema.h"
#include "catalogue/sqlite.h"
#include "catalogue/text.h"
#include "catalogue/uuid.h"
#include "catalogue/vocabulary.h"
#include "catalogue/writescope.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <unordered_map>
#ifndef _WIN32
#include <pwd.h>
#include <unistd.h>
#endif

namespace sozialraum::catalogue
{

namespace
{

enum class SearchMode
{
  Scan,    //!< no FTS5: szr_fold + instr over the texts
  Trigram, //!< FTS5 trigram: any part of a word of 3+ characters
  Words,   //!< FTS5 unicode61: word prefixes
};

std::string defaultUser()
{
  for ( const char *variable : { "SOZIALRAUM_USER", "USER", "LOGNAME", "USERNAME" } )
  {
    if ( const char *value = std::getenv( variable ) )
    {
      if ( *value )
        return value;
    }
  }
#ifndef _WIN32
  // services, containers and test runners often start without $USER: the account still has a name
  if ( const passwd *account = getpwuid( geteuid() ) )
  {
    if ( account->pw_name && *account->pw_name )
      return account->pw_name;
  }
#endif
  return "unknown";
}

//! SQL function szr_fold(text): the name key of text.h, so queries compare names as people do.
void foldFunction( sqlite3_context *context, int, sqlite3_value **arguments )
{
  if ( sqlite3_value_type( arguments[ 0 ] ) == SQLITE_NULL )
  {
    sqlite3_result_null( context );
    return;
  }
  const unsigned char *text = sqlite3_value_text( arguments[ 0 ] );
  const int bytes = sqlite3_value_bytes( arguments[ 0 ] );
  const std::string folded =
      foldedName( std::string( reinterpret_cast<const char *>( text ), static_cast<size_t>( bytes ) ) );
  sqlite3_result_text( context, folded.data(), static_cast<int>( folded.size() ), SQLITE_TRANSIENT );
}

std::unique_ptr<Database> openConnection( const std::string &path, bool create, const OpenOptions &options )
{
  auto database = std::make_unique<Database>( path, create, options.busyTimeoutMs );
  database->loadSpatiaLite();
  database->exec( "PRAGMA foreign_keys = ON" );
  // WAL: readers (the dock, QGIS layers) never block the writer nor wait for it
  database->exec( "PRAGMA journal_mode = WAL" );
  sqlite3_create_function_v2( database->handle(), "szr_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                              &foldFunction, nullptr, nullptr, nullptr );
  return database;
}

long long integerPragma( const Database &database, const std::string &pragma )
{
  const Value value = database.scalar( "PRAGMA " + pragma );
  if ( const long long *i = std::get_if<long long>( &value ) )
    return *i;
  return 0;
}

//! Throws unless the open file is a catalogue this build can read; returns its schema version.
int checkCatalogue( const Database &database, const std::string &path )
{
  const long long applicationId = integerPragma( database, "application_id" );
  const long long version = integerPragma( database, "user_version" );
  if ( applicationId != CATALOGUE_APPLICATION_ID )
  {
    if ( applicationId == 0x47504b47 )
      throw CatalogueError(
          "The file '" + path +
          "' is a GeoPackage, not a Sozialraum catalogue. Open it as a layer, or create a new catalogue." );
    const Value tables = database.scalar( "SELECT count(*) FROM sqlite_master WHERE type = 'table'" );
    if ( sameValue( tables, Value( 0LL ) ) )
      throw CatalogueError( "The file '" + path +
                            "' is empty, not a Sozialraum catalogue. Use 'New catalogue…' to create one." );
    throw CatalogueError( "The file '" + path + "' is an SQLite database but not a Sozialraum catalogue." );
  }
  if ( version > currentSchemaVersion() )
    throw CatalogueError( "The catalogue file '" + path + "' was made by a newer Sozialraum (schema " +
                          std::to_string( version ) + "); this version reads up to " +
                          std::to_string( currentSchemaVersion() ) + ". Update the Sozialraum plugin." );
  if ( version < 1 )
    throw CatalogueError( "The catalogue file '" + path +
                          "' is incomplete (it has no schema version). Restore it from a backup." );
  return static_cast<int>( version );
}

SearchMode searchModeOf( const Database &database )
{
  Statement statement = database.prepare( "SELECT sql FROM sqlite_master WHERE name = 'service_search'" );
  if ( !statement.step() )
    return SearchMode::Scan;
  return statement.text( 0 ).find( "trigram" ) != std::string::npos ? SearchMode::Trigram : SearchMode::Words;
}

//! The order of offering lists: by name as people read it, ties by id.
const char *const SERVICE_ORDER = " ORDER BY szr_fold(s.name), s.id";

//! "(?, ?, ?)" for \a count values.
std::string placeholders( size_t count )
{
  std::string list = "(";
  for ( size_t i = 0; i < count; ++i )
    list += i == 0 ? "?" : ", ?";
  return list + ")";
}

//! Phrase for an FTS5 query: the word in double quotes, quotes doubled.
std::string ftsPhrase( const std::string &word )
{
  std::string phrase = "\"";
  for ( char c : word )
  {
    phrase += c;
    if ( c == '"' )
      phrase += '"';
  }
  return phrase + "\"";
}

std::vector<std::string> words( const std::string &text )
{
  std::vector<std::string> list;
  std::string current;
  for ( char c : text + " " )
  {
    if ( c == ' ' || c == '\t' || c == '\n' || c == '\r' )
    {
      if ( !current.empty() )
        list.push_back( current );
      current.clear();
    }
    else
    {
      current += c;
    }
  }
  return list;
}

} // namespace

// ---------------------------------------------------------------------------------------------

struct Catalogue::Private
{
  std::unique_ptr<Database> database;
  std::string user;
  int schemaVersion = 0;
  SearchMode search = SearchMode::Scan;

  //! Writes one record in its own write scope; assigns a UUID to an empty id.
  std::string write( const std::string &table, std::string &id, const FieldValues &values, const std::string &context )
  {
    const TableInfo *info = catalogueTable( table );
    WriteScope scope( *database, user );
    if ( id.empty() )
      id = createUuid();
    WriteOptions options;
    options.context = context;
    writeRecord( *database, *info, id, values, options );
    scope.commit();
    return id;
  }

  void remove( const std::string &table, const std::string &id )
  {
    WriteScope scope( *database, user );
    deleteRecord( *database, table, id );
    scope.commit();
  }

  //! " AND ..." conditions on the offering `s` for \a filter; appends their values to \a parameters.
  std::string serviceConditions( const ServiceFilter &filter, std::vector<Value> &parameters ) const;
};

Catalogue::Catalogue() : d( std::make_unique<Private>() ) {}
Catalogue::Catalogue( Catalogue &&other ) noexcept = default;
Catalogue &Catalogue::operator=( Catalogue &&other ) noexcept = default;
Catalogue::~Catalogue() = default;

int Catalogue::currentSchemaVersion()
{
  return catalogue::currentSchemaVersion();
}

Catalogue Catalogue::create( const std::string &path, const OpenOptions &options )
{
  std::error_code error;
  if ( std::filesystem::exists( path, error ) )
    throw CatalogueError( "The file '" + path + "' already exists. Choose another name, or open it as a catalogue." );

  Catalogue catalogue;
  catalogue.d->user = options.user.empty() ? defaultUser() : options.user;
  try
  {
    catalogue.d->database = openConnection( path, true, options );
    SqlTransaction transaction( *catalogue.d->database );
    migrateSchema( *catalogue.d->database, 0, catalogue::currentSchemaVersion() );
    transaction.commit();
  }
  catch ( ... )
  {
    // no half-made catalogue stays behind
    catalogue.d->database.reset();
    for ( const char *suffix : { "", "-wal", "-shm", "-journal" } )
      std::filesystem::remove( path + suffix, error );
    throw;
  }
  catalogue.d->schemaVersion = catalogue::currentSchemaVersion();
  catalogue.d->search = searchModeOf( *catalogue.d->database );
  return catalogue;
}

Catalogue Catalogue::open( const std::string &path, const OpenOptions &options )
{
  std::error_code error;
  if ( !std::filesystem::exists( path, error ) )
    throw CatalogueError( "The catalogue file '" + path + "' does not exist." );
  if ( std::filesystem::is_directory( path, error ) )
    throw CatalogueError( "'" + path + "' is a folder, not a catalogue file." );

  Catalogue catalogue;
  catalogue.d->user = options.user.empty() ? defaultUser() : options.user;
  // a file that is not SQLite must not be turned into WAL mode: check before configuring
  {
    Database probe( path, false, options.busyTimeoutMs );
    checkCatalogue( probe, path );
  }
  catalogue.d->database = openConnection( path, false, options );
  Database &database = *catalogue.d->database;
  int version = checkCatalogue( database, path );
  if ( version < catalogue::currentSchemaVersion() )
  {
    SqlTransaction transaction( database );
    // another program may have upgraded the file while we waited for the lock
    version = checkCatalogue( database, path );
    if ( version < catalogue::currentSchemaVersion() )
      migrateSchema( database, version, catalogue::currentSchemaVersion() );
    transaction.commit();
    version = catalogue::currentSchemaVersion();
  }
  catalogue.d->schemaVersion = version;
  catalogue.d->search = searchModeOf( database );
  return catalogue;
}

const std::string &Catalogue::path() const
{
  return d->database->path();
}

int Catalogue::schemaVersion() const
{
  return d->schemaVersion;
}

bool Catalogue::hasFullTextSearch() const
{
  return d->search != SearchMode::Scan;
}

const std::string &Catalogue::user() const
{
  return d->user;
}

void Catalogue::setUser( const std::string &user )
{
  d->user = user.empty() ? defaultUser() : user;
}

void Catalogue::lendUserToOtherWrites( bool lend )
{
  // Outside a transaction of ours, sozialraum_edit_context is what the change-log triggers read
  // for the other connection's writes (WriteScope fills and clears it around our own).
  Statement statement = d->database->cached( "UPDATE sozialraum_edit_context SET updated_by = ? WHERE id = 1" );
  if ( lend )
    statement.bind( 1, d->user );
  else
    statement.bindNull( 1 );
  statement.run();
}

Database &Catalogue::database() const
{
  return *d->database;
}

Catalogue::Transaction::Transaction( std::unique_ptr<WriteScope> scope ) : mScope( std::move( scope ) ) {}
Catalogue::Transaction::Transaction( Transaction &&other ) noexcept = default;
Catalogue::Transaction::~Transaction() = default;

void Catalogue::Transaction::commit()
{
  if ( mScope )
    mScope->commit();
  mScope.reset();
}

Catalogue::Transaction Catalogue::beginTransaction()
{
  return Transaction( std::make_unique<WriteScope>( *d->database, d->user ) );
}

// ---------------------------------------------------------------------------------------------
// Stakeholders

std::string Catalogue::upsertOrganization( Organization &organization )
{
  if ( organization.id.empty() && organization.externalId )
  {
    if ( const std::optional<Organization> existing = findOrganizationByExternalId( *organization.externalId ) )
      organization.id = existing->id;
  }
  return d->write( "organization", organization.id, fieldsOf( organization ),
                   "Saving the stakeholder '" + organization.name + "'" );
}

std::optional<Organization> Catalogue::organization( const std::string &id ) const
{
  return queryOne( *d->database, "SELECT * FROM organization WHERE id = ?", { Value( id ) }, &organizationFrom );
}

std::optional<Organization> Catalogue::findOrganizationByName( const std::string &name ) const
{
  const std::string key = foldedName( name );
  if ( key.empty() )
    return std::nullopt;
  return queryOne( *d->database, "SELECT * FROM organization WHERE szr_fold(name) = ? ORDER BY fid LIMIT 1",
                   { Value( key ) }, &organizationFrom );
}

std::optional<Organization> Catalogue::findOrganizationByExternalId( const std::string &externalId ) const
{
  return queryOne( *d->database, "SELECT * FROM organization WHERE external_id = ?", { Value( externalId ) },
                   &organizationFrom );
}

std::vector<Organization> Catalogue::organizations( const std::string &text,
                                                    const std::vector<StakeholderKind> &kinds ) const
{
  std::string sql = "SELECT * FROM organization WHERE 1";
  std::vector<Value> parameters;
  for ( const std::string &word : words( text ) )
  {
    sql +=
        " AND instr(szr_fold(name || ' ' || coalesce(alternate_name, '') || ' ' || coalesce(description, '')), ?) > 0";
    parameters.push_back( foldedName( word ) );
  }
  if ( !kinds.empty() )
  {
    sql += " AND kind IN " + placeholders( kinds.size() );
    for ( StakeholderKind kind : kinds )
      parameters.push_back( toString( kind ) );
  }
  sql += " ORDER BY szr_fold(name), id";
  return query( *d->database, sql, parameters, &organizationFrom );
}

void Catalogue::deleteOrganization( const std::string &id, bool deleteServices )
{
  const std::optional<Organization> existing = organization( id );
  if ( !existing )
    return;
  WriteScope scope( *d->database, d->user );
  ServiceFilter filter;
  filter.organizationId = id;
  const std::vector<Service> offerings = services( filter );
  if ( !offerings.empty() && !deleteServices )
  {
    std::string names;
    for ( size_t i = 0; i < offerings.size() && i < 3; ++i )
      names += ( i == 0 ? "'" : ", '" ) + offerings[ i ].name + "'";
    if ( offerings.size() > 3 )
      names += " …";
    throw CatalogueError( "The stakeholder '" + existing->name + "' still runs " + std::to_string( offerings.size() ) +
                          " offering" + ( offerings.size() == 1 ? "" : "s" ) + " (" + names +
                          "). Delete them or give them another provider first." );
  }
  for ( const Service &offering : offerings )
    deleteRecord( *d->database, "service", offering.id );
  deleteRecord( *d->database, "organization", id );
  scope.commit();
}

std::string Catalogue::upsertProgram( Program &program )
{
  return d->write( "program", program.id, fieldsOf( program ), "Saving the programme '" + program.name + "'" );
}

std::optional<Program> Catalogue::program( const std::string &id ) const
{
  return queryOne( *d->database, "SELECT * FROM program WHERE id = ?", { Value( id ) }, &programFrom );
}

std::string Catalogue::upsertFunding( Funding &funding )
{
  return d->write( "funding", funding.id, fieldsOf( funding ),
                   "Saving the funding '" + funding.source.value_or( funding.id ) + "'" );
}

// ---------------------------------------------------------------------------------------------
// Offerings

std::string Catalogue::upsertService( Service &service )
{
  if ( service.id.empty() && service.externalId )
  {
    if ( const std::optional<Service> existing = findServiceByExternalId( *service.externalId ) )
      service.id = existing->id;
  }
  return d->write( "service", service.id, fieldsOf( service ), "Saving the offering '" + service.name + "'" );
}

std::optional<Service> Catalogue::service( const std::string &id ) const
{
  return queryOne( *d->database, "SELECT * FROM service WHERE id = ?", { Value( id ) }, &serviceFrom );
}

std::optional<Service> Catalogue::findServiceByExternalId( const std::string &externalId ) const
{
  return queryOne( *d->database, "SELECT * FROM service WHERE external_id = ?", { Value( externalId ) }, &serviceFrom );
}

std::string Catalogue::Private::serviceConditions( const ServiceFilter &filter, std::vector<Value> &parameters ) const
{
  std::string sql;
  const auto addList = [ & ]( const std::vector<std::string> &values )
  {
    sql += placeholders( values.size() );
    for ( const std::string &v : values )
      parameters.push_back( v );
  };

  if ( !filter.themeTermIds.empty() )
  {
    sql += " AND s.id IN (SELECT link_id FROM attribute WHERE link_entity = 'service' AND taxonomy_term_id IN ";
    addList( filter.themeTermIds );
    sql += ")";
  }
  if ( !filter.targetGroupTermIds.empty() )
  {
    sql += " AND s.id IN (SELECT link_id FROM attribute WHERE link_entity = 'service' AND taxonomy_term_id IN ";
    addList( filter.targetGroupTermIds );
    sql += ")";
  }
  if ( !filter.organizationForms.empty() )
  {
    std::vector<std::string> codes;
    for ( OrganizationForm form : filter.organizationForms )
      codes.push_back( toString( form ) );
    sql += " AND s.organization_form IN ";
    addList( codes );
  }
  if ( !filter.statuses.empty() )
  {
    std::vector<std::string> codes;
    for ( ServiceStatus status : filter.statuses )
      codes.push_back( toString( status ) );
    sql += " AND s.status IN ";
    addList( codes );
  }
  if ( !filter.planningStates.empty() )
  {
    std::vector<std::string> codes;
    for ( PlanningState state : filter.planningStates )
      codes.push_back( toString( state ) );
    sql += " AND s.planning_state IN ";
    addList( codes );
  }
  if ( filter.validOn )
  {
    if ( !isIsoDate( *filter.validOn ) )
      throw CatalogueError( "The date '" + *filter.validOn +
                            "' is not a date; write it as YYYY-MM-DD (e.g. 2024-09-01)." );
    // ISO dates compare as text
    sql += " AND (s.valid_from IS NULL OR s.valid_from <= ?) AND (s.valid_to IS NULL OR s.valid_to >= ?)";
    parameters.push_back( *filter.validOn );
    parameters.push_back( *filter.validOn );
  }
  if ( filter.organizationId )
  {
    sql += " AND s.organization_id = ?";
    parameters.push_back( *filter.organizationId );
  }

  std::vector<std::string> phrases;
  for ( const std::string &word : words( filter.text ) )
  {
    if ( search == SearchMode::Trigram && utf8Length( word ) >= 3 )
    {
      phrases.push_back( ftsPhrase( word ) );
    }
    else if ( search == SearchMode::Words )
    {
      phrases.push_back( ftsPhrase( word ) + "*" );
    }
    else
    {
      // short words (the trigram index needs three characters) and catalogues without FTS5
      sql += " AND instr(szr_fold(s.name || ' ' || coalesce(s.alternate_name, '') || ' ' || coalesce(s.description, "
             "'')), ?) > 0";
      parameters.push_back( foldedName( word ) );
    }
  }
  if ( !phrases.empty() )
  {
    std::string match;
    for ( const std::string &phrase : phrases )
      match += ( match.empty() ? "" : " AND " ) + phrase;
    sql += " AND s.fid IN (SELECT rowid FROM service_search WHERE service_search MATCH ?)";
    parameters.push_back( match );
  }

  if ( !filter.locationIds.empty() )
  {
    sql += " AND s.id IN (SELECT service_id FROM service_at_location WHERE location_id IN ";
    addList( filter.locationIds );
    sql += ")";
  }
  const std::string atSites =
      " AND s.id IN (SELECT sal.service_id FROM service_at_location sal JOIN location l ON l.id = sal.location_id"
      " WHERE l.fid IN (SELECT pkid FROM idx_location_geom WHERE xmin <= ? AND xmax >= ? AND ymin <= ? AND ymax >= ?)";
  if ( filter.boundingBox )
  {
    const BoundingBox &box = *filter.boundingBox;
    sql += atSites + " AND MbrWithin(l.geom, BuildMbr(?, ?, ?, ?, 4326)))";
    for ( double v : { box.xMaximum, box.xMinimum, box.yMaximum, box.yMinimum, box.xMinimum, box.yMinimum, box.xMaximum,
                       box.yMaximum } )
      parameters.push_back( v );
  }
  if ( !filter.withinWkt.empty() )
  {
    Statement extent = database->prepare( "SELECT MbrMinX(g), MbrMinY(g), MbrMaxX(g), MbrMaxY(g), GeometryType(g) FROM "
                                          "(SELECT GeomFromText(?, 4326) AS g)" );
    extent.bind( 1, filter.withinWkt );
    if ( !extent.step() || extent.isNull( 0 ) )
      throw CatalogueError( "The area to search in is not a valid polygon in WKT (well-known text): '" +
                            filter.withinWkt.substr( 0, 80 ) + "'." );
    const std::string type = extent.text( 4 );
    if ( type.find( "POLYGON" ) == std::string::npos )
      throw CatalogueError( "The area to search in is a " + type + "; it must be a polygon or multipolygon." );
    sql += atSites + " AND ST_Within(l.geom, GeomFromText(?, 4326)) = 1)";
    parameters.push_back( extent.real( 2 ) );
    parameters.push_back( extent.real( 0 ) );
    parameters.push_back( extent.real( 3 ) );
    parameters.push_back( extent.real( 1 ) );
    parameters.push_back( filter.withinWkt );
  }

  return sql;
}

std::vector<Service> Catalogue::services( const ServiceFilter &filter ) const
{
  std::vector<Value> parameters;
  const std::string sql =
      "SELECT s.* FROM service s WHERE 1" + d->serviceConditions( filter, parameters ) + SERVICE_ORDER;
  return query( *d->database, sql, parameters, &serviceFrom );
}

std::vector<Service> Catalogue::servicesInBoundingBox( const BoundingBox &box ) const
{
  ServiceFilter filter;
  filter.boundingBox = box;
  return services( filter );
}

std::vector<Service> Catalogue::servicesWithin( const std::string &wkt ) const
{
  ServiceFilter filter;
  filter.withinWkt = wkt;
  return services( filter );
}

std::vector<ServiceWithSites> Catalogue::servicesWithSites( const ServiceFilter &filter ) const
{
  // One query per table for all matching offerings (serviceDetails() per offering takes a dozen,
  // some of them scans). Each query selects the offerings again with the filter's conditions.
  const Database &database = *d->database;
  std::vector<Value> parameters;
  const std::string conditions = d->serviceConditions( filter, parameters );
  const std::string matching = "(SELECT s.id FROM service s WHERE 1" + conditions + ")";

  const auto run = [ & ]( const std::string &sql, const std::function<void( const RowReader & )> &onRow )
  {
    Statement statement = database.prepare( sql );
    for ( size_t i = 0; i < parameters.size(); ++i )
      statement.bind( static_cast<int>( i ) + 1, parameters[ i ] );
    RowReader reader( statement );
    while ( statement.step() )
      onRow( reader );
  };

  std::vector<ServiceWithSites> offerings;
  std::unordered_map<std::string, size_t> indexOf;
  run( "SELECT s.*, o.name AS szr_provider_name FROM service s LEFT JOIN organization o ON o.id = s.organization_id"
       " WHERE 1" +
           conditions + SERVICE_ORDER,
       [ & ]( const RowReader &row )
       {
         ServiceWithSites offering;
         offering.service = serviceFrom( row );
         offering.providerName = row.optionalText( "szr_provider_name" );
         indexOf.emplace( offering.service.id, offerings.size() );
         offerings.push_back( std::move( offering ) );
       } );
  if ( offerings.empty() )
    return offerings;

  // terms in the order of serviceDetails(): by name, then id
  run( "SELECT t.*, a.link_id AS szr_service_id, a.link_type AS szr_link_type FROM attribute a"
       " JOIN taxonomy_term t ON t.id = a.taxonomy_term_id"
       " WHERE a.link_entity = 'service' AND a.link_id IN " +
           matching + " ORDER BY t.name, t.id",
       [ & ]( const RowReader &row )
       {
         const auto found = indexOf.find( row.text( "szr_service_id" ) );
         if ( found == indexOf.end() )
           return;
         TaxonomyTerm term = termFrom( row );
         const bool targetGroup =
             term.taxonomyId.value_or( "" ) == vocabulary::TARGET_GROUP_TAXONOMY_ID ||
             row.optionalText( "szr_link_type" ).value_or( "" ) == vocabulary::TARGET_GROUP_LINK_TYPE;
         ServiceWithSites &offering = offerings[ found->second ];
         ( targetGroup ? offering.targetGroups : offering.themes ).push_back( std::move( term ) );
       } );

  // each linked site once, in the order of locationsOfService()
  run( "SELECT l.id, l.latitude, l.longitude, sal.service_id AS szr_service_id FROM location l"
       " JOIN (SELECT DISTINCT service_id, location_id FROM service_at_location WHERE service_id IN " +
           matching + ") sal ON sal.location_id = l.id ORDER BY szr_fold(l.name), l.id",
       [ & ]( const RowReader &row )
       {
         const auto found = indexOf.find( row.text( "szr_service_id" ) );
         if ( found == indexOf.end() )
           return;
         ServiceSite site;
         site.locationId = row.text( "id" );
         site.latitude = row.optionalReal( "latitude" );
         site.longitude = row.optionalReal( "longitude" );
         offerings[ found->second ].sites.push_back( std::move( site ) );
       } );

  // a site's address: its last one by fid, as the layer has always paired them
  std::unordered_map<std::string, Address> addressOf;
  run( "SELECT * FROM address WHERE location_id IN (SELECT location_id FROM service_at_location WHERE service_id IN " +
           matching + ") ORDER BY fid",
       [ & ]( const RowReader &row )
       {
         Address address = addressFrom( row );
         if ( address.locationId )
           addressOf[ *address.locationId ] = std::move( address );
       } );
  for ( ServiceWithSites &offering : offerings )
  {
    for ( ServiceSite &site : offering.sites )
    {
      const auto found = addressOf.find( site.locationId );
      if ( found != addressOf.end() )
        site.address = found->second;
    }
  }
  return offerings;
}

ServiceDetails Catalogue::serviceDetails( const std::string &id ) const
{
  const Database &database = *d->database;
  const std::optional<Service> found = service( id );
  if ( !found )
    throw CatalogueError( "There is no offering with the id '" + id + "' in the catalogue." );
  ServiceDetails details;
  details.service = *found;
  details.provider = organization( found->organizationId );
  if ( found->programId )
    details.program = program( *found->programId );
  details.locations = locationsOfService( id );
  for ( const Location &l : details.locations )
  {
    for ( Address &a : addressesOfLocation( l.id ) )
      details.addresses.push_back( std::move( a ) );
  }
  details.schedules = schedulesOfService( id );
  details.phones = query(
      database,
      "SELECT * FROM phone WHERE service_id = ?1 OR service_at_location_id IN (SELECT id FROM service_at_location "
      "WHERE service_id = ?1)"
      " OR location_id IN (SELECT location_id FROM service_at_location WHERE service_id = ?1) ORDER BY number, id",
      { Value( id ) }, &phoneFrom );
  details.funding = query( database, "SELECT * FROM funding WHERE service_id = ? ORDER BY source, id", { Value( id ) },
                           &fundingFrom );

  Statement terms = database.prepare(
      "SELECT t.*, a.link_type AS szr_link_type FROM attribute a JOIN taxonomy_term t ON t.id = a.taxonomy_term_id"
      " WHERE a.link_entity = 'service' AND a.link_id = ? ORDER BY t.name, t.id" );
  terms.bind( 1, id );
  RowReader reader( terms );
  while ( terms.step() )
  {
    TaxonomyTerm term = termFrom( reader );
    const bool targetGroup =
        term.taxonomyId.value_or( "" ) == vocabulary::TARGET_GROUP_TAXONOMY_ID ||
        reader.optionalText( "szr_link_type" ).value_or( "" ) == vocabulary::TARGET_GROUP_LINK_TYPE;
    ( targetGroup ? details.targetGroups : details.themes ).push_back( std::move( term ) );
  }

  // the offering's own changes and those of the records that hang on it (site links, opening
  // hours, term links ...), found through the change log, so that deleted ones show too
  details.history =
      query( database,
             "SELECT * FROM metadata WHERE resource_id IN (SELECT ?1 UNION SELECT resource_id FROM metadata"
             " WHERE field_name IN ('service_id', 'link_id') AND (replacement_value = ?1 OR previous_value = ?1))"
             " ORDER BY last_action_date, fid",
             { Value( id ) }, &changeFrom );
  return details;
}

void Catalogue::setServiceTerms( const std::string &serviceId, TermRole role, const std::vector<std::string> &termIds )
{
  const Database &database = *d->database;
  const std::optional<Service> offering = service( serviceId );
  if ( !offering )
    throw CatalogueError( "There is no offering with the id '" + serviceId + "' in the catalogue." );
  const std::string linkType = toString( role );
  WriteScope scope( database, d->user );

  std::set<std::string> wanted( termIds.begin(), termIds.end() );
  std::vector<std::pair<std::string, std::string>> existing; // attribute id, term id
  {
    Statement statement = database.prepare(
        "SELECT id, taxonomy_term_id FROM attribute WHERE link_entity = 'service' AND link_id = ? AND link_type = ?" );
    statement.bind( 1, serviceId ).bind( 2, linkType );
    while ( statement.step() )
      existing.emplace_back( statement.text( 0 ), statement.text( 1 ) );
  }
  for ( const auto &[ attributeId, termId ] : existing )
  {
    if ( wanted.erase( termId ) == 0 )
      deleteRecord( database, "attribute", attributeId );
  }
  const TableInfo *attribute = catalogueTable( "attribute" );
  WriteOptions options;
  options.context =
      "Linking the offering '" + offering->name + "' to a " + ( role == TermRole::Theme ? "theme" : "target group" );
  for ( const std::string &termId : termIds )
  {
    if ( wanted.count( termId ) == 0 )
      continue; // already linked, or listed twice
    wanted.erase( termId );
    writeRecord( database, *attribute, createUuid(),
                 { { "link_id", Value( serviceId ) },
                   { "taxonomy_term_id", Value( termId ) },
                   { "link_type", Value( linkType ) },
                   { "link_entity", Value( std::string( "service" ) ) } },
                 options );
  }
  scope.commit();
}

std::vector<TaxonomyTerm> Catalogue::serviceTerms( const std::string &serviceId, TermRole role ) const
{
  return query( *d->database,
                "SELECT t.* FROM attribute a JOIN taxonomy_term t ON t.id = a.taxonomy_term_id"
                " WHERE a.link_entity = 'service' AND a.link_id = ? AND a.link_type = ? ORDER BY t.name, t.id",
                { Value( serviceId ), Value( toString( role ) ) }, &termFrom );
}

void Catalogue::deleteService( const std::string &id )
{
  d->remove( "service", id );
}

// ---------------------------------------------------------------------------------------------
// Sites

std::string Catalogue::upsertLocation( Location &location )
{
  if ( location.latitude.has_value() != location.longitude.has_value() )
    throw CatalogueError( "Saving the site '" + location.name.value_or( location.id ) +
                          "': give both latitude and longitude, or neither." );
  return d->write( "location", location.id, fieldsOf( location ),
                   "Saving the site '" + location.name.value_or( location.id ) + "'" );
}

std::optional<Location> Catalogue::location( const std::string &id ) const
{
  return queryOne( *d->database, "SELECT * FROM location WHERE id = ?", { Value( id ) }, &locationFrom );
}

std::vector<Location> Catalogue::locationsOfService( const std::string &serviceId ) const
{
  return query( *d->database,
                "SELECT l.* FROM location l WHERE l.id IN (SELECT location_id FROM service_at_location WHERE "
                "service_id = ?) ORDER BY szr_fold(l.name), l.id",
                { Value( serviceId ) }, &locationFrom );
}

std::vector<Location> Catalogue::locationsInBoundingBox( const BoundingBox &box ) const
{
  return query( *d->database,
                "SELECT l.* FROM location l WHERE l.fid IN (SELECT pkid FROM idx_location_geom WHERE xmin <= ? AND "
                "xmax >= ? AND ymin <= ? AND ymax >= ?)"
                " AND MbrWithin(l.geom, BuildMbr(?, ?, ?, ?, 4326)) ORDER BY szr_fold(l.name), l.id",
                { box.xMaximum, box.xMinimum, box.yMaximum, box.yMinimum, box.xMinimum, box.yMinimum, box.xMaximum,
                  box.yMaximum },
                &locationFrom );
}

void Catalogue::deleteLocation( const std::string &id )
{
  d->remove( "location", id );
}

std::string Catalogue::upsertServiceAtLocation( ServiceAtLocation &link )
{
  if ( link.id.empty() )
  {
    Statement statement = d->database->prepare(
        "SELECT id FROM service_at_location WHERE service_id = ? AND location_id = ? ORDER BY fid LIMIT 1" );
    statement.bind( 1, link.serviceId ).bind( 2, link.locationId );
    if ( statement.step() )
      link.id = statement.text( 0 );
  }
  return d->write( "service_at_location", link.id, fieldsOf( link ), "Linking an offering to a site" );
}

void Catalogue::deleteServiceAtLocation( const std::string &id )
{
  d->remove( "service_at_location", id );
}

std::string Catalogue::upsertSchedule( Schedule &schedule )
{
  if ( !schedule.serviceId && !schedule.locationId && !schedule.serviceAtLocationId )
    throw CatalogueError( "Saving opening hours: say whose they are (an offering, a site or an offering at a site)." );
  return d->write( "schedule", schedule.id, fieldsOf( schedule ), "Saving opening hours" );
}

std::vector<Schedule> Catalogue::schedulesOfService( const std::string &serviceId ) const
{
  return query( *d->database,
                "SELECT * FROM schedule WHERE service_id = ?1 OR service_at_location_id IN (SELECT id FROM "
                "service_at_location WHERE service_id = ?1)"
                " ORDER BY valid_from, byday, opens_at, id",
                { Value( serviceId ) }, &scheduleFrom );
}

void Catalogue::deleteSchedule( const std::string &id )
{
  d->remove( "schedule", id );
}

std::string Catalogue::upsertAddress( Address &address )
{
  return d->write( "address", address.id, fieldsOf( address ), "Saving an address" );
}

std::vector<Address> Catalogue::addressesOfLocation( const std::string &locationId ) const
{
  return query( *d->database, "SELECT * FROM address WHERE location_id = ? ORDER BY fid", { Value( locationId ) },
                &addressFrom );
}

void Catalogue::deleteAddress( const std::string &id )
{
  d->remove( "address", id );
}

std::string Catalogue::upsertPhone( Phone &phone )
{
  return d->write( "phone", phone.id, fieldsOf( phone ), "Saving the phone number '" + phone.number + "'" );
}

void Catalogue::deletePhone( const std::string &id )
{
  d->remove( "phone", id );
}

std::string Catalogue::upsertContact( Contact &contact )
{
  return d->write( "contact", contact.id, fieldsOf( contact ), "Saving a contact" );
}

void Catalogue::deleteContact( const std::string &id )
{
  d->remove( "contact", id );
}

// ---------------------------------------------------------------------------------------------
// Committees

std::string Catalogue::upsertCommittee( Committee &committee )
{
  return d->write( "committee", committee.id, fieldsOf( committee ), "Saving the committee '" + committee.name + "'" );
}

std::vector<Committee> Catalogue::committees() const
{
  return query( *d->database, "SELECT * FROM committee ORDER BY szr_fold(name), id", {}, &committeeFrom );
}

void Catalogue::deleteCommittee( const std::string &id )
{
  d->remove( "committee", id );
}

std::string Catalogue::upsertCommitteeMembership( CommitteeMembership &membership )
{
  return d->write( "committee_membership", membership.id, fieldsOf( membership ), "Saving a committee membership" );
}

std::vector<CommitteeMembership> Catalogue::membershipsOfCommittee( const std::string &committeeId ) const
{
  return query( *d->database,
                "SELECT m.* FROM committee_membership m JOIN organization o ON o.id = m.organization_id WHERE "
                "m.committee_id = ? ORDER BY szr_fold(o.name), m.id",
                { Value( committeeId ) }, &membershipFrom );
}

std::vector<CommitteeMembership> Catalogue::membershipsOfOrganization( const std::string &organizationId ) const
{
  return query( *d->database,
                "SELECT m.* FROM committee_membership m JOIN committee c ON c.id = m.committee_id WHERE "
                "m.organization_id = ? ORDER BY szr_fold(c.name), m.id",
                { Value( organizationId ) }, &membershipFrom );
}

void Catalogue::deleteCommitteeMembership( const std::string &id )
{
  d->remove( "committee_membership", id );
}

// ---------------------------------------------------------------------------------------------
// Vocabularies, history

std::vector<Taxonomy> Catalogue::taxonomies() const
{
  return query( *d->database, "SELECT * FROM taxonomy ORDER BY fid", {}, &taxonomyFrom );
}

std::vector<TaxonomyTerm> Catalogue::terms( const std::string &taxonomyId ) const
{
  return query( *d->database, "SELECT * FROM taxonomy_term WHERE taxonomy_id = ? ORDER BY fid", { Value( taxonomyId ) },
                &termFrom );
}

std::optional<TaxonomyTerm> Catalogue::findTerm( const std::string &taxonomyId, const std::string &code ) const
{
  return queryOne( *d->database, "SELECT * FROM taxonomy_term WHERE taxonomy_id = ? AND code = ? ORDER BY fid LIMIT 1",
                   { Value( taxonomyId ), Value( code ) }, &termFrom );
}

std::string Catalogue::upsertTaxonomy( Taxonomy &taxonomy )
{
  return d->write( "taxonomy", taxonomy.id, fieldsOf( taxonomy ), "Saving the vocabulary '" + taxonomy.name + "'" );
}

std::string Catalogue::upsertTaxonomyTerm( TaxonomyTerm &term )
{
  return d->write( "taxonomy_term", term.id, fieldsOf( term ), "Saving the term '" + term.name + "'" );
}

std::vector<ChangeLogEntry> Catalogue::history( const std::string &resourceId ) const
{
  return query( *d->database, "SELECT * FROM metadata WHERE resource_id = ? ORDER BY last_action_date, fid",
                { Value( resourceId ) }, &changeFrom );
}

long long Catalogue::recordCount( const std::string &table ) const
{
  if ( !catalogueTable( table ) )
    throw CatalogueError( "'" + table + "' is not a table of the catalogue." );
  const Value count = d->database->scalar( "SELECT count(*) FROM " + quoteIdentifier( table ) );
  return std::get<long long>( count );
}

std::string todayIsoDate()
{
  const std::time_t now = std::time( nullptr );
  std::tm local{};
  localtime_r( &now, &local );
  char buffer[ 16 ];
  std::strftime( buffer, sizeof( buffer ), "%Y-%m-%d", &local );
  return buffer;
}

} // namespace sozialraum::catalogue
