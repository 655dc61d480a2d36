#pragma once

// Internal: catalogue records to table rows and back.

#include "catalogue/records.h"
#include "catalogue/sqlite.h"
#include "catalogue/types.h"

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

// fieldsOf: the columns a record's struct covers, without id (nullopt = NULL); the write
// leaves other columns of the row as they are. ...From: the record of the current row.

FieldValues fieldsOf( const Organization &o );
Organization organizationFrom( const RowReader &r );
FieldValues fieldsOf( const Program &p );
Program programFrom( const RowReader &r );
FieldValues fieldsOf( const Service &s );
Service serviceFrom( const RowReader &r );
FieldValues fieldsOf( const Location &l );
Location locationFrom( const RowReader &r );
FieldValues fieldsOf( const ServiceAtLocation &s );
FieldValues fieldsOf( const Schedule &s );
Schedule scheduleFrom( const RowReader &r );
FieldValues fieldsOf( const Address &a );
Address addressFrom( const RowReader &r );
FieldValues fieldsOf( const Phone &p );
Phone phoneFrom( const RowReader &r );
FieldValues fieldsOf( const Contact &c );
FieldValues fieldsOf( const Funding &f );
Funding fundingFrom( const RowReader &r );
FieldValues fieldsOf( const Taxonomy &t );
Taxonomy taxonomyFrom( const RowReader &r );
FieldValues fieldsOf( const TaxonomyTerm &t );
TaxonomyTerm termFrom( const RowReader &r );
FieldValues fieldsOf( const Committee &c );
Committee committeeFrom( const RowReader &r );
FieldValues fieldsOf( const CommitteeMembership &m );
CommitteeMembership membershipFrom( const RowReader &r );
ChangeLogEntry changeFrom( const RowReader &r );

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
