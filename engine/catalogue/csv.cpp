#include "catalogue/csv.h"

#include "catalogue/catalogueerror.h"
#include "catalogue/text.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

namespace sozialraum::catalogue
{

namespace
{

[[noreturn]] void csvError( const std::string &fileName, long long row, const std::string &message )
{
  throw CatalogueError( fileName + ", row " + std::to_string( row ) + ": " + message, fileName, row, "" );
}

} // namespace

CsvTable parseCsv( const std::string &input, const std::string &fileName )
{
  CsvTable table;
  size_t pos = 0;
  if ( input.compare( 0, 3, "\xef\xbb\xbf" ) == 0 )
    pos = 3;
  const size_t size = input.size();
  long long row = 0;

  std::vector<std::string> record;
  std::string field;
  while ( pos < size )
  {
    ++row;
    record.clear();
    // one record: fields until an unquoted line break or the end of the text
    bool endOfRecord = false;
    while ( !endOfRecord )
    {
      field.clear();
      if ( pos < size && input[ pos ] == '"' )
      {
        ++pos;
        bool closed = false;
        while ( pos < size )
        {
          const char c = input[ pos ];
          if ( c == '"' )
          {
            if ( pos + 1 < size && input[ pos + 1 ] == '"' )
            {
              field += '"';
              pos += 2;
              continue;
            }
            ++pos;
            closed = true;
            break;
          }
          field += c;
          ++pos;
        }
        if ( !closed )
          csvError( fileName, row, "a quoted field is not closed (a \" is missing before the end of the file)." );
        if ( pos < size && input[ pos ] != ',' && input[ pos ] != '\n' && input[ pos ] != '\r' )
          csvError( fileName, row,
                    "after the closing quote of field " + std::to_string( record.size() + 1 ) +
                        " comes more text; a quote inside a quoted field must be doubled (\"\")." );
      }
      else
      {
        while ( pos < size && input[ pos ] != ',' && input[ pos ] != '\n' && input[ pos ] != '\r' )
          field += input[ pos++ ];
      }
      record.push_back( field );

      if ( pos >= size )
      {
        endOfRecord = true;
      }
      else if ( input[ pos ] == ',' )
      {
        ++pos;
        if ( pos >= size )
        {
          record.emplace_back();
          endOfRecord = true;
        }
      }
      else
      {
        // CRLF, LF or a lone CR
        if ( input[ pos ] == '\r' && pos + 1 < size && input[ pos + 1 ] == '\n' )
          ++pos;
        ++pos;
        endOfRecord = true;
      }
    }

    if ( record.size() == 1 && record.front().empty() )
      continue; // a blank line
    for ( size_t i = 0; i < record.size(); ++i )
    {
      if ( !isValidUtf8( record[ i ] ) )
        csvError( fileName, row,
                  "field " + std::to_string( i + 1 ) +
                      " is not UTF-8 text. Save the file as UTF-8 (in Excel: 'CSV UTF-8'; in LibreOffice: character "
                      "set 'Unicode (UTF-8)')." );
    }
    if ( table.header.empty() )
    {
      table.header = record;
      continue;
    }
    if ( record.size() != table.header.size() )
      csvError( fileName, row,
                "the row has " + std::to_string( record.size() ) + " fields but the header has " +
                    std::to_string( table.header.size() ) +
                    "; check for a missing or extra comma, or an unquoted comma in a text." );
    table.rows.push_back( record );
    table.rowNumbers.push_back( row );
  }
  if ( table.header.empty() )
    throw CatalogueError( fileName + " is empty; it needs at least a header row naming the columns.", fileName, 1, "" );
  return table;
}

CsvTable readCsvFile( const std::string &path, const std::string &fileName )
{
  // What is read is bounded: a package may come from anywhere, and a table that is a link to a
  // device (/dev/zero) or a runaway export must end in a message, not in a run that never returns.
  constexpr std::size_t kMaxBytes = std::size_t( 512 ) << 20;
  std::error_code error;
  const auto status = std::filesystem::status( path, error );
  if ( !error && std::filesystem::exists( status ) && !std::filesystem::is_regular_file( status ) )
    throw CatalogueError( fileName + " is not an ordinary file (it is a device, folder or pipe); a package holds CSV files only.", fileName, 0, "" );
  std::ifstream stream( path, std::ios::binary );
  if ( !stream )
    throw CatalogueError( "The file '" + path + "' cannot be read." );
  std::string content;
  std::vector<char> buffer( 1 << 20 );
  while ( stream )
  {
    stream.read( buffer.data(), static_cast<std::streamsize>( buffer.size() ) );
    content.append( buffer.data(), static_cast<std::size_t>( stream.gcount() ) );
    if ( content.size() > kMaxBytes )
      throw CatalogueError( fileName + " is larger than 512 MB; that is far more than any catalogue holds. Check that it is the right file.", fileName, 0, "" );
  }
  return parseCsv( content, fileName );
}

std::string csvField( const std::string &field )
{
  if ( field.find_first_of( ",\"\r\n" ) == std::string::npos )
    return field;
  std::string quoted = "\"";
  for ( char c : field )
  {
    quoted += c;
    if ( c == '"' )
      quoted += '"';
  }
  return quoted + "\"";
}

void CsvWriter::writeRow( const std::vector<std::string> &fields )
{
  for ( size_t i = 0; i < fields.size(); ++i )
  {
    if ( i > 0 )
      mStream << ',';
    mStream << csvField( fields[ i ] );
  }
  mStream << "\r\n";
}

} // namespace sozialraum::catalogue
