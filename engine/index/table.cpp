#include "index/table.h"

#include "index/indexerror.h"

namespace sozialraum::index
{

IndicatorTable::IndicatorTable( std::size_t rowCount ) : mRowCount( rowCount ) {}

void IndicatorTable::setColumn( const std::string &name, std::vector<double> values )
{
  if ( values.size() != mRowCount )
    throw IndexError( "column \"" + name + "\" has " + std::to_string( values.size() ) + " values, but the table has " +
                      std::to_string( mRowCount ) + " rows" );
  mColumns[ name ] = std::move( values );
}

bool IndicatorTable::hasColumn( const std::string &name ) const
{
  return mColumns.count( name ) > 0;
}

const std::vector<double> &IndicatorTable::column( const std::string &name ) const
{
  const auto it = mColumns.find( name );
  if ( it == mColumns.end() )
    throw IndexError( "the input has no field \"" + name + "\"" );
  return it->second;
}

std::vector<std::string> IndicatorTable::columnNames() const
{
  std::vector<std::string> names;
  names.reserve( mColumns.size() );
  for ( const auto &entry : mColumns )
    names.push_back( entry.first );
  return names;
}

RowSelection::RowSelection( std::size_t rowCount ) : included( rowCount, 1 ) {}

void RowSelection::exclude( std::size_t row, const std::string &reason )
{
  if ( row >= included.size() )
    throw IndexError( "cannot exclude row " + std::to_string( row ) + ": the selection has " +
                      std::to_string( included.size() ) + " rows" );
  included[ row ] = 0;
  if ( reasons.size() < included.size() )
    reasons.resize( included.size() );
  reasons[ row ] = reason;
}

std::vector<char> RowSelection::mask( std::size_t rowCount ) const
{
  if ( included.empty() )
    return std::vector<char>( rowCount, 1 );
  if ( included.size() != rowCount )
    throw IndexError( "the row selection has " + std::to_string( included.size() ) + " rows, but the table has " +
                      std::to_string( rowCount ) );
  return included;
}

std::string RowSelection::reason( std::size_t row ) const
{
  return row < reasons.size() ? reasons[ row ] : std::string();
}

} // namespace sozialraum::index
