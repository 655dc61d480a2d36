#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>

// sqlite3.h stays out of the public headers
struct sqlite3;
struct sqlite3_stmt;

namespace sozialraum::catalogue
{

//! A cell as SQLite stores it: NULL, integer, real or text (blobs are not read through here).
using Value = std::variant<std::monostate, long long, double, std::string>;

bool isNull( const Value &value );
//! Text of a value as written to an HSDS CSV: "" for NULL, integers in decimal, reals in their shortest exact form.
std::string valueToText( const Value &value );
//! Equal as stored values: numbers compare numerically whatever their storage class.
bool sameValue( const Value &a, const Value &b );

class Database;

/**
 * One prepared statement (move-only, finalized on destruction). Bind indices count from 1,
 * column indices from 0, as in SQLite. Errors become CatalogueError through the owning Database.
 */
class Statement
{
public:
  //! \a owned: finalized on destruction; otherwise (a cached statement) only reset for the next use.
  Statement( const Database &database, sqlite3_stmt *statement, bool owned = true );
  Statement( Statement &&other ) noexcept;
  Statement &operator=( Statement &&other ) noexcept;
  Statement( const Statement & ) = delete;
  Statement &operator=( const Statement & ) = delete;
  ~Statement();

  Statement &bind( int index, const Value &value );
  Statement &bind( int index, const std::string &value );
  Statement &bind( int index, const char *value );
  Statement &bind( int index, double value );
  Statement &bind( int index, long long value );
  Statement &bind( int index, int value ) { return bind( index, static_cast<long long>( value ) ); }
  Statement &bindNull( int index );
  Statement &bind( int index, const std::optional<std::string> &value );
  Statement &bind( int index, const std::optional<double> &value );

  //! Advances; true while a row is available.
  bool step();
  //! Runs to completion (for statements that return no rows).
  void run();
  void reset();

  int columnCount() const;
  std::string columnName( int column ) const;
  bool isNull( int column ) const;
  std::string text( int column ) const;
  std::optional<std::string> optionalText( int column ) const;
  double real( int column ) const;
  std::optional<double> optionalReal( int column ) const;
  long long integer( int column ) const;
  Value value( int column ) const;

private:
  void release();

  const Database *mDatabase = nullptr;
  sqlite3_stmt *mStatement = nullptr;
  bool mOwned = true;
};

/**
 * One SQLite connection (RAII). This is the one place where SQLite result codes become
 * CatalogueError with a message a planner understands (locked, read-only, not a database ...).
 */
class Database
{
public:
  //! Opens \a path read-write (creating it when \a create), with extended result codes and \a busyTimeoutMs.
  Database( const std::string &path, bool create, int busyTimeoutMs );
  ~Database();
  Database( const Database & ) = delete;
  Database &operator=( const Database & ) = delete;

  sqlite3 *handle() const { return mDb; }
  const std::string &path() const { return mPath; }
  int busyTimeoutMs() const { return mBusyTimeoutMs; }

  //! Loads SpatiaLite (mod_spatialite) into this connection.
  void loadSpatiaLite();

  void exec( const std::string &sql ) const;
  Statement prepare( const std::string &sql ) const;
  /**
   * A statement prepared once per connection and reused (writes run the same few statements
   * thousands of times in an import; preparing one compiles all its triggers). The returned
   * Statement is reset when it goes out of scope; do not hold two of the same SQL at once.
   */
  Statement cached( const std::string &sql ) const;
  //! The first column of the first row of \a sql, or NULL.
  Value scalar( const std::string &sql ) const;
  long long changes() const;
  bool inTransaction() const;

  //! Throws the CatalogueError for result code \a rc; \a context says what was being done ("Saving the offering 'X'").
  [[noreturn]] void fail( int rc, const std::string &context ) const;
  //! Message of the last error on this connection.
  std::string lastMessage() const;

private:
  sqlite3 *mDb = nullptr;
  std::string mPath;
  int mBusyTimeoutMs = 0;
  mutable std::map<std::string, sqlite3_stmt *> mCache;
};

/**
 * A write transaction, or a savepoint when one is already open on the connection, so that
 * API calls nest. The outermost one starts with BEGIN IMMEDIATE: it takes the write lock at
 * once (waiting up to the busy timeout), so that two writers never deadlock on a lock upgrade.
 * Rolls back unless committed.
 */
class SqlTransaction
{
public:
  explicit SqlTransaction( const Database &database );
  ~SqlTransaction();
  SqlTransaction( const SqlTransaction & ) = delete;
  SqlTransaction &operator=( const SqlTransaction & ) = delete;

  bool isOutermost() const { return mOutermost; }
  void commit();
  void rollback();

private:
  const Database &mDatabase;
  bool mOutermost = false;
  bool mOpen = false;
  std::string mSavepoint;
};

//! "name" with embedded quotes doubled, for identifiers in generated SQL.
std::string quoteIdentifier( const std::string &name );

} // namespace sozialraum::catalogue
