#include "catalogue/writescope.h"

namespace sozialraum::catalogue
{

WriteScope::WriteScope( const Database &database, const std::string &user )
    : mDatabase( database ), mTransaction( database )
{
  if ( mTransaction.isOutermost() )
  {
    Statement statement =
        mDatabase.cached( "UPDATE sozialraum_edit_context SET updated_by = ?, log_inserts = 1 WHERE id = 1" );
    statement.bind( 1, user );
    statement.run();
  }
}

void WriteScope::setLogInserts( bool log )
{
  mDatabase.exec( std::string( "UPDATE sozialraum_edit_context SET log_inserts = " ) + ( log ? "1" : "0" ) +
                  " WHERE id = 1" );
}

void WriteScope::commit()
{
  if ( mTransaction.isOutermost() )
    mDatabase.exec( "UPDATE sozialraum_edit_context SET updated_by = NULL, log_inserts = 1 WHERE id = 1" );
  mTransaction.commit();
}

} // namespace sozialraum::catalogue
