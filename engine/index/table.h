#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace sozialraum::index
{

/**
 * The input of an index: numeric columns of equal length, one row per area.
 * NaN marks a missing value. Codes such as -999 may stay in the table: the
 * definition's missing-value codes are applied when an indicator is read.
 */
class IndicatorTable
{
public:
  explicit IndicatorTable( std::size_t rowCount = 0 );

  std::size_t rowCount() const { return mRowCount; }

  //! Adds or replaces a column; throws IndexError when its length differs from rowCount().
  void setColumn( const std::string &name, std::vector<double> values );

  bool hasColumn( const std::string &name ) const;

  //! Throws IndexError naming the column when it does not exist.
  const std::vector<double> &column( const std::string &name ) const;

  std::vector<std::string> columnNames() const;

private:
  std::size_t mRowCount = 0;
  std::map<std::string, std::vector<double>> mColumns;
};

/**
 * Which rows take part in the index. Excluded rows (too few inhabitants,
 * excluded by hand) are part of no statistic and get no value; the caller
 * decides and says why, the engine only reports it.
 */
struct RowSelection
{
  RowSelection() = default;
  //! All rowCount rows included.
  explicit RowSelection( std::size_t rowCount );

  //! Excludes a row; reason is shown in the note, e.g. "fewer than 300 inhabitants".
  void exclude( std::size_t row, const std::string &reason );

  //! The mask for a table of rowCount rows (1 = included); an empty selection includes every row.
  std::vector<char> mask( std::size_t rowCount ) const;

  //! Reason for an excluded row ("" when none was given).
  std::string reason( std::size_t row ) const;

  std::vector<char> included;       //!< 1 = included; empty = every row
  std::vector<std::string> reasons; //!< per row, may be shorter than included
};

} // namespace sozialraum::index
