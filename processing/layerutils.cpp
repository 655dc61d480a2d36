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

QgsFields Sozialraum::fieldsReplacing( const QgsFields &input, const QList<QgsField> &added, QVector<int> &keptIndices )
{
  QgsFields fields;
  keptIndices.clear();
  for ( int i = 0; i < input.count(); ++i )
  {
    bool replaced = false;
    for ( const QgsField &field : added )
      replaced = replaced || field.name().compare( input.at( i ).name(), Qt::CaseInsensitive ) == 0;
    if ( replaced )
      continue;
    keptIndices << i;
    fields.append( input.at( i ) );
  }
  for ( const QgsField &field : added )
    fields.append( field );
  return fields;
}

QgsAttributes Sozialraum::keptAttributes( const QgsFeature &feature, const QVector<int> &keptIndices )
{
  QgsAttributes attributes;
  attributes.reserve( keptIndices.size() );
  for ( int index : keptIndices )
    attributes << feature.attribute( index );
  return attributes;
}
