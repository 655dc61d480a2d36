#include "programmetargetingalgorithm.h"
#include "classstyle.h"
#include "expressionvalues.h"
#include "layerutils.h"

#include "gaps/targeting.h"

#include <qgsprocessingparameters.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsfeaturesink.h>
#include <qgsfeatureiterator.h>
#include <qgsgeometryengine.h>

using namespace sozialraum;

QString ProgrammeTargetingAlgorithm::displayName() const
{
  return tr( "Programme targeting (Förderkulisse)" );
}

QStringList ProgrammeTargetingAlgorithm::tags() const
{
  return tr( "programme,funding area,Förderkulisse,Soziale Stadt,WiN,targeting,high need" ).split( ',' );
}

QString ProgrammeTargetingAlgorithm::shortHelpString() const
{
  return tr( "<p>Do the funding areas of a programme (Soziale Stadt, Bremen's WiN, a Quartiersmanagement) cover the areas of high need? "
             "Bremen's social monitoring found conspicuous quarters outside its funding areas; this algorithm lists them.</p>"
             "<p>For every statistical area: <i>programme_share</i>, the share of its area inside any programme area (measured in metres in a projected CRS; programme areas in another CRS are reprojected), "
             "and <i>targeting</i>: “high need outside programme” (high need, share below 0.5), “high need inside”, “programme without high need” (share at least 0.5, no high need) or “neither”. "
             "<i>High need</i> is an expression on the areas, e.g. <i>\"status_class\" &gt;= 3</i> or <i>\"gap_class\" = 1</i>. The log sums up the four groups.</p>" );
}

void ProgrammeTargetingAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "AREAS" ), tr( "Statistical areas (polygons)" ), QList<int>() << QgsProcessing::TypeVectorPolygon ) );
  addParameter( new QgsProcessingParameterExpression( QStringLiteral( "HIGH_NEED" ), tr( "High need where (expression)" ), QStringLiteral( "\"status_class\" >= 3" ), QStringLiteral( "AREAS" ) ) );
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "PROGRAMME_AREAS" ), tr( "Programme areas (polygons)" ), QList<int>() << QgsProcessing::TypeVectorPolygon ) );
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT" ), tr( "Targeting" ), QgsProcessing::TypeVectorPolygon ) );
}

QVariantMap ProgrammeTargetingAlgorithm::execute( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  std::unique_ptr<QgsProcessingFeatureSource> areaSource( parameterAsSource( parameters, QStringLiteral( "AREAS" ), context ) );
  if ( !areaSource )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "AREAS" ) ) );
  std::unique_ptr<QgsProcessingFeatureSource> programmeSource( parameterAsSource( parameters, QStringLiteral( "PROGRAMME_AREAS" ), context ) );
  if ( !programmeSource )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "PROGRAMME_AREAS" ) ) );
  useStraightLineCosts( parameters, areaSource.get(), context, feedback );

  // The union of all programme areas, in the metric working CRS.
  const QgsCoordinateTransform programmeToWorking( programmeSource->sourceCrs(), workingCrs(), context.transformContext() );
  QVector<QgsGeometry> programmeParts;
  QgsFeatureIterator it = programmeSource->getFeatures();
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    QgsGeometry geometry = feature.geometry();
    if ( geometry.isEmpty() )
      continue;
    geometry.transform( programmeToWorking );
    programmeParts << geometry.makeValid();
  }
  if ( programmeParts.isEmpty() )
    throw QgsProcessingException( tr( "The programme layer '%1' has no polygons." ).arg( programmeSource->sourceName() ) );
  const QgsGeometry programme = QgsGeometry::unaryUnion( programmeParts );
  std::unique_ptr<QgsGeometryEngine> engine( QgsGeometry::createGeometryEngine( programme.constGet() ) );
  engine->prepareGeometry();

  QVector<QgsFeature> areas;
  it = areaSource->getFeatures();
  while ( it.nextFeature( feature ) )
    areas << feature;
  if ( areas.isEmpty() )
    throw QgsProcessingException( tr( "The layer '%1' has no areas." ).arg( areaSource->sourceName() ) );
  const QVariantList highNeedValues = Sozialraum::evaluateForFeatures( parameterAsExpression( parameters, QStringLiteral( "HIGH_NEED" ), context ), areas, areaSource->fields(), context, QStringLiteral( "HIGH_NEED" ) );

  const QgsCoordinateTransform areaToWorking( areaSource->sourceCrs(), workingCrs(), context.transformContext() );
  std::vector<char> highNeed;
  std::vector<double> shares;
  for ( int a = 0; a < areas.size(); ++a )
  {
    QgsGeometry geometry = areas.at( a ).geometry();
    double share = 0.0;
    if ( !geometry.isEmpty() )
    {
      geometry.transform( areaToWorking );
      geometry = geometry.makeValid();
      const double area = geometry.area();
      if ( area > 0 && engine->intersects( geometry.constGet() ) )
        share = std::min( 1.0, geometry.intersection( programme ).area() / area );
    }
    shares.push_back( share );
    highNeed.push_back( highNeedValues.at( a ).toBool() ? 1 : 0 );
    if ( feedback->isCanceled() )
      return {};
    feedback->setProgress( 90.0 * a / areas.size() );
  }
  gaps::TargetingCounts counts {};
  const std::vector<gaps::Targeting> targeting = gaps::classifyTargeting( highNeed, shares, &counts );

  QVector<int> kept;
  const QgsFields fields = Sozialraum::fieldsReplacing( areaSource->fields(),
                                                        { QgsField( QStringLiteral( "programme_share" ), QVariant::Double ), QgsField( QStringLiteral( "targeting" ), QVariant::String ), QgsField( QStringLiteral( "targeting_class" ), QVariant::Int ) },
                                                        kept );
  QString dest;
  std::unique_ptr<QgsFeatureSink> sink = outputSink( parameters, QStringLiteral( "OUTPUT" ), context, dest, fields, areaSource->wkbType(), areaSource->sourceCrs(), feedback );
  for ( int a = 0; a < areas.size(); ++a )
  {
    QgsFeature out = areas.at( a );
    QgsAttributes attributes = Sozialraum::keptAttributes( out, kept );
    const gaps::Targeting t = targeting[static_cast<std::size_t>( a )];
    attributes << shares[static_cast<std::size_t>( a )] << QString::fromStdString( gaps::targetingLabel( t ) ) << static_cast<int>( t ) + 1;
    out.setAttributes( attributes );
    sink->addFeature( out, QgsFeatureSink::FastInsert );
  }
  feedback->pushInfo( tr( "%1 areas of high need lie outside the programme areas, %2 inside; %3 programme areas without high need; %4 neither." )
                        .arg( counts[0] ).arg( counts[1] ).arg( counts[2] ).arg( counts[3] ) );
  Sozialraum::styleCategoriesOnLoad( context, dest, QStringLiteral( "targeting_class" ),
                                     { QStringLiteral( "high need outside programme" ), QStringLiteral( "high need inside" ), QStringLiteral( "programme without high need" ), QStringLiteral( "neither" ) },
                                     { QColor( 203, 24, 29 ), QColor( 253, 141, 60 ), QColor( 107, 174, 214 ), QColor( 240, 240, 240 ) }, tr( "no value" ) );
  feedback->setProgress( 100 );
  return { { QStringLiteral( "OUTPUT" ), dest } };
}
