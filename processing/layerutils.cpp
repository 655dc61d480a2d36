#include "layerutils.h"

#include <qgsfeature.h>
#include <QCoreApplication>

Sozialraum::NumberReading Sozialraum::readNumber( const QVariant &value )
{
  NumberReading reading;
  if ( value.isNull() || !value.isValid() )
    return reading;
  switch ( value.type() )
  {
    case QVariant::Int:
    case QVariant::UInt:
    case QVariant::LongLong:
    case QVariant::ULongLong:
    case QVariant::Double:
    case QVariant::Bool:
      reading.value = value.toDouble();
      return reading;
    default:
      break;
  }
  QString text = value.toString().trimmed();
  if ( text.isEmpty() )
    return reading;
  bool ok = false;
  double number = text.toDouble( &ok );
  if ( !ok && text.count( ',' ) == 1 && !text.contains( '.' ) )
  {
    // German decimal comma ("12,5"), common in municipal spreadsheets.
    number = QString( text ).replace( ',', '.' ).toDouble( &ok );
  }
  if ( ok )
    reading.value = number;
  else
    reading.isText = true;
  return reading;
}

QString Sozialraum::describeFeature( const QgsFeature &feature, const QString &idField )
{
  if ( !idField.isEmpty() && feature.fields().lookupField( idField ) >= 0 )
    return QCoreApplication::translate( "Sozialraum", "feature %1 (%2 = %3)" ).arg( feature.id() ).arg( idField, feature.attribute( idField ).toString() );
  return QCoreApplication::translate( "Sozialraum", "feature %1" ).arg( feature.id() );
}
