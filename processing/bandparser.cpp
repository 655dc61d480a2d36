#include "bandparser.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <qgsexception.h>

std::vector<double> Sozialraum::parseBands( const QString &text, const QString &parameterName )
{
  std::vector<double> bands;
  const QStringList parts = text.split( QRegularExpression( QStringLiteral( "[,;\\s]+" ) ), Qt::SkipEmptyParts );
  if ( parts.isEmpty() )
    throw QgsProcessingException( QCoreApplication::translate( "Sozialraum", "%1 is empty: give one or more ascending values such as 5,10,15." ).arg( parameterName ) );
  for ( const QString &part : parts )
  {
    bool ok = false;
    const double value = part.toDouble( &ok );
    if ( !ok || !( value > 0 ) )
      throw QgsProcessingException( QCoreApplication::translate( "Sozialraum", "%1: '%2' is not a positive number. Give ascending values such as 5,10,15." ).arg( parameterName, part ) );
    if ( !bands.empty() && value <= bands.back() )
      throw QgsProcessingException( QCoreApplication::translate( "Sozialraum", "%1 must be ascending: %2 comes after %3. Write them as, e.g., 5,10,15." ).arg( parameterName ).arg( value ).arg( bands.back() ) );
    bands.push_back( value );
  }
  return bands;
}
