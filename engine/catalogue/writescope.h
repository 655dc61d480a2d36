#pragma once

// Internal: every write of the catalogue runs in a WriteScope.

#include "catalogue/sqlite.h"

#include <string>

namespace sozialraum::catalogue
{

/**
 * A write transaction (or a savepoint inside one) that also tells the change-log triggers who
 * is writing: the outermost scope puts the user into sozialraum_edit_context when it begins
 * and clears it just before COMMIT, so rows written by other programs (QGIS forms on the same
 * file) are logged as "unknown" rather than under a stale name. A rollback restores the row.
 */
class WriteScope
{
public:
  WriteScope( const Database &database, const std::string &user );
  WriteScope( const WriteScope & ) = delete;
  WriteScope &operator=( const WriteScope & ) = delete;

  //! Whether new rows are logged (an import keeps the package's own history instead).
  void setLogInserts( bool log );
  void commit();
  bool isOutermost() const { return mTransaction.isOutermost(); }

private:
  const Database &mDatabase;
  SqlTransaction mTransaction;
};

} // namespace sozialraum::catalogue
