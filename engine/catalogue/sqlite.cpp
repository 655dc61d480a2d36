#include "catalogue/sqlite.h"

#include "catalogue/catalogueerror.h"

#include <sqlite3.h>

#include <atomic>
#include <charconv>
#include <cmath>

namespace sozialraum::catalogue
{

bool isNull( const Value &value )
{
  return std::holds_alternative<std::monostate>( value );
}

std::string valueToText( const Value &value )
{
  if ( const long long *i = std::get_if<long long>( &value ) )
    return std::to_string( *i );
  if ( const double *d = std::get_if<double>( &value ) )
  {
    if ( !std::isfinite( *d ) )
      return std::string();
    // shortest text that reads back as the same double: a round trip through CSV changes nothing
    char buffer[ 64 ];
    const auto result = std::to_chars( buffer, buffer + sizeof( buffer ), *d );
    return std::string( buffer, result.ptr );
  }
  if ( const std::string *s = std::get_if<std::string>( &value ) )
    return *s;
  return std::string();
}

bool sameValue( const Value &a, const Value &b )
{
  const auto number = []( const Value &v, double &out )
  {
    if ( const long long *i = std::get_if<long long>( &v ) )
    {
      out = static_cast<double>( *i );
      return true;
    }
    if ( const double *d = std::get_if<double>( &v ) )
    {
      out = *d;
      return true;
    }
    return false;
  };
  double x = 0, y = 0;
  const bool xNumber = number( a, x );
  const bool yNumber = number( b, y );
  if ( xNumber || yNumber )
    return xNumber && yNumber && x == y;
  return a == b;
}

std::string quoteIdentifier( const std::string &name )
{
  std::string quoted = "\"";
  for ( char c : name )
  {
    quoted += c;
    if ( c == '"' )
      quoted += '"';
  }
  return quoted + "\"";
}

// ---------------------------------------------------------------------------------------------
// Statement

Statement::Statement( const Database &database, sqlite3_stmt *statement, bool owned )
    : mDatabase( &database ), mStatement( statement ), mOwned( owned )
{
}

Statement::Statement( Statement &&other ) noexcept
    : mDatabase( other.mDatabase ), mStatement( other.mStatement ), mOwned( other.mOwned )
{
  other.mStatement = nullptr;
}

Statement &Statement::operator=( Statement &&other ) noexcept
{
  if ( this != &other )
  {
    release();
    mDatabase = other.mDatabase;
    mStatement = other.mStatement;
    mOwned = other.mOwned;
    other.mStatement = nullptr;
  }
  return *this;
}

Statement::~Statement()
{
  release();
}

void Statement::release()
{
  if ( !mStatement )
    return;
  if ( mOwned )
  {
    sqlite3_finalize( mStatement );
  }
  else
  {
    sqlite3_reset( mStatement );
    sqlite3_clear_bindings( mStatement );
  }
  mStatement = nullptr;
}

Statement &Statement::bind( int index, const Value &value )
{
  if ( const long long *i = std::get_if<long long>( &value ) )
    return bind( index, *i );
  if ( const double *d = std::get_if<double>( &value ) )
    return bind( index, *d );
  if ( const std::string *s = std::get_if<std::string>( &value ) )
    return bind( index, *s );
  return bindNull( index );
}

Statement &Statement::bind( int index, const std::string &value )
{
  const int rc =
      sqlite3_bind_text( mStatement, index, value.data(), static_cast<int>( value.size() ), SQLITE_TRANSIENT );
  if ( rc != SQLITE_OK )
    mDatabase->fail( rc, "Preparing a query" );
  return *this;
}

Statement &Statement::bind( int index, const char *value )
{
  return value ? bind( index, std::string( value ) ) : bindNull( index );
}

Statement &Statement::bind( int index, double value )
{
  const int rc =
      std::isfinite( value ) ? sqlite3_bind_double( mStatement, index, value ) : sqlite3_bind_null( mStatement, index );
  if ( rc != SQLITE_OK )
    mDatabase->fail( rc, "Preparing a query" );
  return *this;
}

Statement &Statement::bind( int index, long long value )
{
  const int rc = sqlite3_bind_int64( mStatement, index, static_cast<sqlite3_int64>( value ) );
  if ( rc != SQLITE_OK )
    mDatabase->fail( rc, "Preparing a query" );
  return *this;
}

Statement &Statement::bindNull( int index )
{
  const int rc = sqlite3_bind_null( mStatement, index );
  if ( rc != SQLITE_OK )
    mDatabase->fail( rc, "Preparing a query" );
  return *this;
}

Statement &Statement::bind( int index, const std::optional<std::string> &value )
{
  return value ? bind( index, *value ) : bindNull( index );
}

Statement &Statement::bind( int index, const std::optional<double> &value )
{
  return value ? bind( index, *value ) : bindNull( index );
}

bool Statement::step()
{
  const int rc = sqlite3_step( mStatement );
  if ( rc == SQLITE_ROW )
    return true;
  if ( rc == SQLITE_DONE )
    return false;
  // the statement's error code; reset so that the connection's message is the statement's
  sqlite3_reset( mStatement );
  mDatabase->fail( rc, "" );
}

void Statement::run()
{
  while ( step() )
  {
  }
}

void Statement::reset()
{
  sqlite3_reset( mStatement );
  sqlite3_clear_bindings( mStatement );
}

int Statement::columnCount() const
{
  return sqlite3_column_count( mStatement );
}

std::string Statement::columnName( int column ) const
{
  const char *name = sqlite3_column_name( mStatement, column );
  return name ? name : "";
}

bool Statement::isNull( int column ) const
{
  return sqlite3_column_type( mStatement, column ) == SQLITE_NULL;
}

std::string Statement::text( int column ) const
{
  const unsigned char *text = sqlite3_column_text( mStatement, column );
  if ( !text )
    return std::string();
  return std::string( reinterpret_cast<const char *>( text ),
                      static_cast<size_t>( sqlite3_column_bytes( mStatement, column ) ) );
}

std::optional<std::string> Statement::optionalText( int column ) const
{
  if ( isNull( column ) )
    return std::nullopt;
  return text( column );
}

double Statement::real( int column ) const
{
  return sqlite3_column_double( mStatement, column );
}

std::optional<double> Statement::optionalReal( int column ) const
{
  if ( isNull( column ) )
    return std::nullopt;
  return real( column );
}

long long Statement::integer( int column ) const
{
  return static_cast<long long>( sqlite3_column_int64( mStatement, column ) );
}

Value Statement::value( int column ) const
{
  switch ( sqlite3_column_type( mStatement, column ) )
  {
  case SQLITE_INTEGER:
    return integer( column );
  case SQLITE_FLOAT:
    return real( column );
  case SQLITE_TEXT:
    return text( column );
  default:
    return std::monostate();
  }
}

// ---------------------------------------------------------------------------------------------
// Database

Database::Database( const std::string &path, bool create, int busyTimeoutMs )
    : mPath( path ), mBusyTimeoutMs( busyTimeoutMs )
{
  const int flags = SQLITE_OPEN_READWRITE | ( create ? SQLITE_OPEN_CREATE : 0 );
  const int rc = sqlite3_open_v2( path.c_str(), &mDb, flags, nullptr );
  if ( rc != SQLITE_OK )
  {
    const std::string message = mDb ? sqlite3_errmsg( mDb ) : sqlite3_errstr( rc );
    sqlite3_close( mDb );
    mDb = nullptr;
    if ( ( rc & 0xff ) == SQLITE_CANTOPEN )
      throw CatalogueError( "The catalogue file '" + path + "' cannot be opened for writing (" + message +
                            "). Check that the folder exists and that you may write there." );
    throw CatalogueError( "The catalogue file '" + path + "' cannot be opened: " + message + "." );
  }
  sqlite3_extended_result_codes( mDb, 1 );
  sqlite3_busy_timeout( mDb, busyTimeoutMs );
}

Database::~Database()
{
  for ( const auto &entry : mCache )
    sqlite3_finalize( entry.second );
  sqlite3_close_v2( mDb );
}

void Database::loadSpatiaLite()
{
  sqlite3_enable_load_extension( mDb, 1 );
  char *error = nullptr;
  const int rc = sqlite3_load_extension( mDb, "mod_spatialite", nullptr, &error );
  const std::string message = error ? error : "";
  sqlite3_free( error );
  // only this one extension: SQL in a catalogue file must not load others
  sqlite3_enable_load_extension( mDb, 0 );
  // mod_spatialite sets its own busy timeout (5 s) when it loads: ours applies
  sqlite3_busy_timeout( mDb, mBusyTimeoutMs );
  if ( rc != SQLITE_OK )
    throw CatalogueError(
        "SpatiaLite (mod_spatialite) could not be loaded, so the catalogue's map positions cannot be read: " + message +
        ". Install SpatiaLite (Debian: libsqlite3-mod-spatialite)." );
}

void Database::exec( const std::string &sql ) const
{
  char *error = nullptr;
  const int rc = sqlite3_exec( mDb, sql.c_str(), nullptr, nullptr, &error );
  sqlite3_free( error );
  if ( rc != SQLITE_OK )
    fail( rc, "" );
}

Statement Database::prepare( const std::string &sql ) const
{
  sqlite3_stmt *statement = nullptr;
  const int rc = sqlite3_prepare_v2( mDb, sql.c_str(), static_cast<int>( sql.size() ), &statement, nullptr );
  if ( rc != SQLITE_OK )
  {
    sqlite3_finalize( statement );
    fail( rc, "" );
  }
  return Statement( *this, statement );
}

Statement Database::cached( const std::string &sql ) const
{
  auto it = mCache.find( sql );
  if ( it == mCache.end() )
  {
    sqlite3_stmt *statement = nullptr;
    const int rc = sqlite3_prepare_v3( mDb, sql.c_str(), static_cast<int>( sql.size() ), SQLITE_PREPARE_PERSISTENT,
                                       &statement, nullptr );
    if ( rc != SQLITE_OK )
    {
      sqlite3_finalize( statement );
      fail( rc, "" );
    }
    it = mCache.emplace( sql, statement ).first;
  }
  sqlite3_reset( it->second );
  sqlite3_clear_bindings( it->second );
  return Statement( *this, it->second, false );
}

Value Database::scalar( const std::string &sql ) const
{
  Statement statement = prepare( sql );
  if ( statement.step() )
    return statement.value( 0 );
  return std::monostate();
}

long long Database::changes() const
{
  return static_cast<long long>( sqlite3_changes( mDb ) );
}

bool Database::inTransaction() const
{
  return sqlite3_get_autocommit( mDb ) == 0;
}

std::string Database::lastMessage() const
{
  return sqlite3_errmsg( mDb );
}

void Database::fail( int rc, const std::string &context ) const
{
  const std::string message = lastMessage();
  const std::string prefix = context.empty() ? std::string() : context + ": ";
  switch ( rc & 0xff )
  {
  case SQLITE_BUSY:
  case SQLITE_LOCKED:
  {
    const std::string waited =
        std::to_string( mBusyTimeoutMs / 1000 ) +
        ( mBusyTimeoutMs % 1000 ? "." + std::to_string( ( mBusyTimeoutMs % 1000 ) / 100 ) : std::string() );
    throw CatalogueError( prefix + "The catalogue '" + mPath +
                          "' is being changed by another user or program and stayed locked for " + waited +
                          " s. Try again when the other edit is finished." );
  }
  case SQLITE_READONLY:
    throw CatalogueError( prefix + "The catalogue '" + mPath +
                          "' is read-only. Check the file's permissions or copy it to a folder where you may write." );
  case SQLITE_NOTADB:
    throw CatalogueError( "The file '" + mPath +
                          "' is not a Sozialraum catalogue (it is not an SQLite/SpatiaLite database)." );
  case SQLITE_CORRUPT:
    throw CatalogueError( "The catalogue '" + mPath + "' is damaged (" + message + "). Restore it from a backup." );
  case SQLITE_FULL:
    throw CatalogueError( prefix + "The disk holding the catalogue '" + mPath + "' is full." );
  case SQLITE_IOERR:
    throw CatalogueError( prefix + "The catalogue '" + mPath + "' could not be read or written (" + message + ")." );
  case SQLITE_CONSTRAINT:
    throw CatalogueError( prefix + "The change breaks a rule of the catalogue (" + message + ")." );
  default:
    throw CatalogueError( prefix + "Database error in the catalogue '" + mPath + "': " + message + "." );
  }
}

// ---------------------------------------------------------------------------------------------
// SqlTransaction

SqlTransaction::SqlTransaction( const Database &database ) : mDatabase( database )
{
  static std::atomic<unsigned long long> sCounter{ 0 };
  mOutermost = !database.inTransaction();
  if ( mOutermost )
  {
    database.exec( "BEGIN IMMEDIATE" );
  }
  else
  {
    mSavepoint = "szr_sp_" + std::to_string( ++sCounter );
    database.exec( "SAVEPOINT " + mSavepoint );
  }
  mOpen = true;
}

SqlTransaction::~SqlTransaction()
{
  if ( !mOpen )
    return;
  try
  {
    rollback();
  }
  catch ( ... )
  {
    // a destructor must not throw; SQLite rolls back by itself when the connection closes
  }
}

void SqlTransaction::commit()
{
  if ( !mOpen )
    return;
  if ( mOutermost )
    mDatabase.exec( "COMMIT" );
  else
    mDatabase.exec( "RELEASE " + mSavepoint );
  mOpen = false;
}

void SqlTransaction::rollback()
{
  if ( !mOpen )
    return;
  mOpen = false;
  if ( mOutermost )
  {
    if ( mDatabase.inTransaction() )
      mDatabase.exec( "ROLLBACK" );
  }
  else if ( mDatabase.inTransaction() )
  {
    mDatabase.exec( "ROLLBACK TO " + mSavepoint );
    mDatabase.exec( "RELEASE " + mSavepoint );
  }
}

} // namespace sozialraum::catalogue
