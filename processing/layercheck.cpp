#include "layercheck.h"

#include <QCoreApplication>
#include <qgsexception.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingutils.h>

#include <cmath>
#include <memory>

namespace
{
  //! The one geometry kind a parameter accepts, or NullGeometry/UnknownGeometry when any is fine.
  QgsWkbTypes::GeometryType requiredGeometry( const QgsProcessingParameterFeatureSource *definition )
  {
    const QList<int> types = definition->dataTypes();
    if ( types.size() != 1 )
      return QgsWkbTypes::UnknownGeometry;
    switch ( types.first() )
    {
      case QgsProcessing::TypeVectorPoint:
        return QgsWkbTypes::PointGeometry;
      case QgsProcessing::TypeVectorLine:
        return QgsWkbTypes::LineGeometry;
      case QgsProcessing::TypeVectorPolygon:
        return QgsWkbTypes::PolygonGeometry;
      default:
        return QgsWkbTypes::UnknownGeometry;
    }
  }

  QString geometryName( QgsWkbTypes::GeometryType type )
  {
    switch ( type )
    {
      case QgsWkbTypes::PointGeometry:
        return QCoreApplication::translate( "Sozialraum", "points" );
      case QgsWkbTypes::LineGeometry:
        return QCoreApplication::translate( "Sozialraum", "lines" );
      case QgsWkbTypes::PolygonGeometry:
        return QCoreApplication::translate( "Sozialraum", "polygons (areas)" );
      case QgsWkbTypes::NullGeometry:
        return QCoreApplication::translate( "Sozialraum", "no geometry (a table)" );
      case QgsWkbTypes::UnknownGeometry:
        break;
    }
    return QCoreApplication::translate( "Sozialraum", "unknown geometry" );
  }
} // namespace

void Sozialraum::checkInputLayers( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context )
{
  for ( const QgsProcessingParameterDefinition *definition : algorithm.parameterDefinitions() )
  {
    const auto *sourceDefinition = dynamic_cast<const QgsProcessingParameterFeatureSource *>( definition );
    if ( !sourceDefinition || !parameters.value( definition->name() ).isValid() )
      continue;
    std::unique_ptr<QgsProcessingFeatureSource> source( QgsProcessingParameters::parameterAsSource( definition, parameters, context ) );
    if ( !source )
      continue; // the algorithm reports a layer it cannot open, with its own words
    const QString name = definition->name();
    const QgsWkbTypes::GeometryType has = QgsWkbTypes::geometryType( source->wkbType() );
    const QgsWkbTypes::GeometryType needed = requiredGeometry( sourceDefinition );
    if ( needed != QgsWkbTypes::UnknownGeometry && has != needed && has != QgsWkbTypes::UnknownGeometry )
      throw QgsProcessingException( QCoreApplication::translate( "Sozialraum", "%1: the layer '%2' holds %3, but %1 needs %4. Choose a layer of %4." )
                                      .arg( name, source->sourceName(), geometryName( has ), geometryName( needed ) ) );
    if ( has == QgsWkbTypes::NullGeometry || has == QgsWkbTypes::UnknownGeometry )
      continue;
    const QgsCoordinateReferenceSystem crs = source->sourceCrs();
    if ( !crs.isValid() )
      throw QgsProcessingException( QCoreApplication::translate( "Sozialraum", "%1: the layer '%2' has no coordinate reference system (CRS), so it cannot be matched with the other layers. "
                                        "Set the CRS its coordinates are in (Layer Properties → Source → Assigned CRS, or a .prj file beside a Shapefile)." )
                                      .arg( name, source->sourceName() ) );
    if ( crs.isGeographic() )
    {
      const QgsRectangle extent = source->sourceExtent();
      const double slack = 1e-6;
      if ( !extent.isNull() && extent.isFinite()
           && ( extent.xMinimum() < -180 - slack || extent.xMaximum() > 180 + slack || extent.yMinimum() < -90 - slack || extent.yMaximum() > 90 + slack ) )
        throw QgsProcessingException( QCoreApplication::translate( "Sozialraum", "%1: the layer '%2' says its coordinates are degrees (%3), but they reach %4, %5 – that is not a place on Earth in degrees. "
                                          "The coordinates are probably metres of a projected CRS (such as UTM, EPSG:25832/25833): set the layer's true CRS." )
                                        .arg( name, source->sourceName(), crs.userFriendlyIdentifier() )
                                        .arg( std::max( std::abs( extent.xMinimum() ), std::abs( extent.xMaximum() ) ), 0, 'f', 0 )
                                        .arg( std::max( std::abs( extent.yMinimum() ), std::abs( extent.yMaximum() ) ), 0, 'f', 0 ) );
    }
  }
}
