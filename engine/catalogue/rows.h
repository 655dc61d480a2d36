#pragma once

// Internal: catalogue records to table rows and back.

#include "catalogue/records.h"
#include "catalogue/sqlite.h"
#include "catalogue/types.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sozialraum::catalogue
{

//! Reads the columns of a statement's current row by name.
class RowReader
{
public:
  explicit RowReader( const Statement &statement ) : mStatement( statement )
  {
    for ( int i = 0; i < statement.columnCount(); ++i )
      mIndex.emplace( statement.columnName( i ), i );
  }

  std::string text( const std::string &name ) const
  {
    const int i = index( name );
    return i < 0 ? std::string() : mStatement.text( i );
  }
  std::optional<std::string> optionalText( const std::string &name ) const
  {
    const int i = index( name );
    return i < 0 ? std::nullopt : mStatement.optionalText( i );
  }
  std::optional<double> optionalReal( const std::string &name ) const
  {
    const int i = index( name );
    return i < 0 ? std::nullopt : mStatement.optionalReal( i );
  }

private:
  int index( const std::string &name ) const
  {
    const auto it = mIndex.find( name );
    return it == mIndex.end() ? -1 : it->second;
  }

  const Statement &mStatement;
  std::map<std::string, int> mIndex;
};

/**
 * How one column of a catalogue table maps to one member of a record struct: the column's
 * name, how the member becomes a column value (write) and how a row's column becomes the
 * member (read). Each record type has one table of bindings (columnBindings<Record>()); the
 * row mapping below is generated from it, and tests check it against catalogueTables().
 */
template <typename Record> struct ColumnBinding
{
  std::string column;
  std::function<Value( const Record & )> write;
  std::function<void( Record &, const RowReader & )> read;
};

//! The bindings of \a Record, one per column its struct covers (id excluded: always "id").
template <typename Record> const std::vector<ColumnBinding<Record>> &columnBindings();
// defined in rows.cpp, one table per record type
template <> const std::vector<ColumnBinding<Organization>> &columnBindings();
template <> const std::vector<ColumnBinding<Program>> &columnBindings();
template <> const std::vector<ColumnBinding<Service>> &columnBindings();
template <> const std::vector<ColumnBinding<Location>> &columnBindings();
template <> const std::vector<ColumnBinding<ServiceAtLocation>> &columnBindings();
template <> const std::vector<ColumnBinding<Contact>> &columnBindings();
template <> const std::vector<ColumnBinding<Address>> &columnBindings();
template <> const std::vector<ColumnBinding<Phone>> &columnBindings();
template <> const std::vector<ColumnBinding<Schedule>> &columnBindings();
template <> const std::vector<ColumnBinding<Funding>> &columnBindings();
template <> const std::vector<ColumnBinding<Taxonomy>> &columnBindings();
template <> const std::vector<ColumnBinding<TaxonomyTerm>> &columnBindings();
template <> const std::vector<ColumnBinding<Committee>> &columnBindings();
template <> const std::vector<ColumnBinding<CommitteeMembership>> &columnBindings();
template <> const std::vector<ColumnBinding<ChangeLogEntry>> &columnBindings();

//! For the consistency tests: a catalogue table and the columns its record's bindings name.
struct BoundTable
{
  std::string table;
  std::vector<std::string> columns;
};
//! Every binding table, by the catalogue table it maps.
std::vector<BoundTable> boundTables();

//! A registry column (or a whole table, column "") no record struct covers, and why.
struct UnboundColumn
{
  std::string table;
  std::string column;
  std::string reason;
};
const std::vector<UnboundColumn> &unboundColumns();

//! The columns a record's bindings cover, without id (nullopt = NULL); the write leaves other
//! columns of the row as they are.
template <typename Record> FieldValues fieldsOf( const Record &record )
{
  FieldValues values;
  for ( const ColumnBinding<Record> &binding : columnBindings<Record>() )
    values.emplace_back( binding.column, binding.write( record ) );
  return values;
}

//! The record of the reader's current row: id from "id", the rest from the bindings.
template <typename Record> Record recordFrom( const RowReader &reader )
{
  Record record;
  record.id = reader.text( "id" );
  for ( const ColumnBinding<Record> &binding : columnBindings<Record>() )
    binding.read( record, reader );
  return record;
}

// Named readers, as callers know them.

inline Organization organizationFrom( const RowReader &r ) { return recordFrom<Organization>( r ); }
inline Program programFrom( const RowReader &r ) { return recordFrom<Program>( r ); }
inline Service serviceFrom( const RowReader &r ) { return recordFrom<Service>( r ); }
inline Location locationFrom( const RowReader &r ) { return recordFrom<Location>( r ); }
inline Schedule scheduleFrom( const RowReader &r ) { return recordFrom<Schedule>( r ); }
inline Address addressFrom( const RowReader &r ) { return recordFrom<Address>( r ); }
inline Phone phoneFrom( const RowReader &r ) { return recordFrom<Phone>( r ); }
inline Funding fundingFrom( const RowReader &r ) { return recordFrom<Funding>( r ); }
inline Taxonomy taxonomyFrom( const RowReader &r ) { return recordFrom<Taxonomy>( r ); }
inline TaxonomyTerm termFrom( const RowReader &r ) { return recordFrom<TaxonomyTerm>( r ); }
inline Committee committeeFrom( const RowReader &r ) { return recordFrom<Committee>( r ); }
inline CommitteeMembership membershipFrom( const RowReader &r ) { return recordFrom<CommitteeMembership>( r ); }
inline ChangeLogEntry changeFrom( const RowReader &r ) { return recordFrom<ChangeLogEntry>( r ); }

//! Runs \a sql with \a parameters and turns every row into a record with \a from.
template <typename T>
std::vector<T> query( const Database &database, const std::string &sql, const std::vector<Value> &parameters,
                      T ( *from )( const RowReader & ) )
{
  Statement statement = database.prepare( sql );
  for ( size_t i = 0; i < parameters.size(); ++i )
    statement.bind( static_cast<int>( i ) + 1, parameters[ i ] );
  RowReader reader( statement );
  std::vector<T> records;
  while ( statement.step() )
    records.push_back( from( reader ) );
  return records;
}

template <typename T>
std::optional<T> queryOne( const Database &database, const std::string &sql, const std::vector<Value> &parameters,
                           T ( *from )( const RowReader & ) )
{
  std::vector<T> records = query( database, sql, parameters, from );
  if ( records.empty() )
    return std::nullopt;
  return records.front();
}

} // namespace sozialraum::catalogue
