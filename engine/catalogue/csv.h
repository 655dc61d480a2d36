#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace sozialraum::catalogue
{

//! A CSV file read into memory: the header and the records.
struct CsvTable
{
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  //! Row of each record as a spreadsheet counts it (the header is row 1, the first record row 2).
  std::vector<long long> rowNumbers;
};

/**
 * Reads RFC 4180 CSV: comma-separated, fields in double quotes may hold commas, line breaks
 * and doubled quotes; records end with CRLF or LF; a UTF-8 byte-order mark is skipped, blank
 * lines are skipped. Every record must have as many fields as the header. Throws CatalogueError
 * naming \a fileName and the row (malformed quotes, wrong field count, text that is not UTF-8).
 */
CsvTable parseCsv( const std::string &text, const std::string &fileName );

//! Reads the file \a path with parseCsv (\a fileName names it in messages).
CsvTable readCsvFile( const std::string &path, const std::string &fileName );

//! \a field as an RFC 4180 field: quoted when it holds a comma, a quote or a line break.
std::string csvField( const std::string &field );

//! Writes RFC 4180 records (UTF-8 as given, CRLF after every record).
class CsvWriter
{
public:
  explicit CsvWriter( std::ostream &stream ) : mStream( stream ) {}
  void writeRow( const std::vector<std::string> &fields );

private:
  std::ostream &mStream;
};

} // namespace sozialraum::catalogue
