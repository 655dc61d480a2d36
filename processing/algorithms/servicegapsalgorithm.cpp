#include "servicegapsalgorithm.h"
#include "costtableinput.h"
#include "classstyle.h"
#include "layerutils.h"

#include "gaps/areacoverage.h"
#include "gaps/catchment.h"
#include "gaps/gapserror.h"
#include "gaps/needaccess.h"

#include <qgsprocessingparameters.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsfeaturesink.h>
#include <qgsgeometryengine.h>
#include <qgsspatialindex.h>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace sozialraum;


QString ServiceGapsAlgorithm::displayName() const
{
  return tr( "Service gaps: need versus access" );
}

QStringList ServiceGapsAlgorithm::tags() const
{
  return tr( "gap,need,access,coverage,unserved,Versorgungslücke,Bedarf,2SFCA,social index" ).split( ',' );
}

QString ServiceGapsAlgorithm::shortHelpString() const
{
  return tr( "<p>The layer that shows where need is high and help is far away: for every statistical area its access to a kind of offering (floating-catchment ratio, as in <i>Catchment ratio</i>), "
             "the share of its residents within the catchment, and the comparison with its need.</p>"
             "<p><b>Demand.</b> Either finer demand points with a population (addresses, buildings, census grid cells), each assigned to the area it lies in, or – without them – "
             "each area's population at a point inside the area. <b>Need</b> is any numeric field where higher means more need: <i>si_score</i> or <i>status_class</i> from the social-index algorithms, or a target-group share.</p>"
             "<p><b>Output</b> per area: <i>access</i> (demand-weighted mean of its points' access, places per person), <i>coverage_share</i> (share of its demand within the catchment d0 of a facility), "
             "<i>unserved</i> (demand beyond d0), <i>need_rank</i> (1 = highest need), <i>access_rank</i> (1 = poorest access), "
             "<i>gap_score</i> = (percentile rank of need + 1 − percentile rank of access) / 2, from 0 to 1, highest where need is high and access poor (percentile rank = count strictly below / (n − 1)), "
             "and <i>gap_class</i>: need is high at or above the median need, access is poor below the median access: 1 high need, poor access – 2 high need, good access – 3 low need, poor access – 4 low need, good access. "
             "Loaded in QGIS, class 1 is drawn in strong red so that it stands out.</p>"
             "<p>Costs come from the network when one is given, else from straight-line distance × detour factor.</p>" ) + Sozialraum::costTableHelp();
}

void ServiceGapsAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "AREAS" ), tr( "Statistical areas (polygons)" ), QList<int>() << QgsProcessing::TypeVectorPolygon ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "POPULATION_FIELD" ), tr( "Population of the areas (used without demand points)" ), QVariant(), QStringLiteral( "AREAS" ), QgsProcessingParameterField::Any, false, true ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "NEED_FIELD" ), tr( "Need (higher = more need, e.g. si_score or status_class)" ), QVariant(), QStringLiteral( "AREAS" ), QgsProcessingParameterField::Any ) );
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "DEMAND" ), tr( "Demand points: addresses, buildings or grid cells (instead of the areas' population)" ), QList<int>() << QgsProcessing::TypeVectorPoint << QgsProcessing::TypeVectorPolygon, QVariant(), true ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "DEMAND_FIELD" ), tr( "Population of the demand points" ), QVariant(), QStringLiteral( "DEMAND" ), QgsProcessingParameterField::Any, false, true ) );
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "SUPPLY" ), tr( "Supply (facilities)" ), QList<int>() << QgsProcessing::TypeVectorPoint << QgsProcessing::TypeVectorPolygon ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "SUPPLY_FIELD" ), tr( "Capacity field (empty = 1 per facility)" ), QVariant(), QStringLiteral( "SUPPLY" ), QgsProcessingParameterField::Any, false, true ) );
  addCatchmentParameters();
  addCostParameters();
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT" ), tr( "Service gaps" ), QgsProcessing::TypeVectorPolygon ) );
}

QVariantMap ServiceGapsAlgorithm::execute( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  std::unique_ptr<QgsProcessingFeatureSource> areaSource( parameterAsSource( parameters, QStringLiteral( "AREAS" ), context ) );
  if ( !areaSource )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "AREAS" ) ) );
  std::unique_ptr<QgsProcessingFeatureSource> supplySource( parameterAsSource( parameters, QStringLiteral( "SUPPLY" ), context ) );
  if ( !supplySource )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "SUPPLY" ) ) );
  std::unique_ptr<QgsProcessingFeatureSource> demandSource( parameterAsSource( parameters, QStringLiteral( "DEMAND" ), context ) );
  const QString populationField = parameterAsString( parameters, QStringLiteral( "POPULATION_FIELD" ), context );
  if ( !demandSource && populationField.isEmpty() )
    throw QgsProcessingException( tr( "Give either demand points (DEMAND with DEMAND_FIELD) or the areas' population (POPULATION_FIELD)." ) );

  prepareCosts( parameters, areaSource.get(), context, feedback );
  const gaps::CatchmentOptions options = catchmentOptions( parameters, context, feedback );

  // The areas themselves, as points on their surface: demand without finer points, and the area geometry for assignment.
  // With finer demand points the areas only collect them: no need to join the areas to the network.
  const SnappedPoints areas = snapFeatures( areaSource.get(), tr( "areas" ), QString(), context, feedback, !demandSource );
  const std::size_t areaCount = static_cast<std::size_t>( areas.features.size() );
  // An area without geometry can be neither reached nor compared: it keeps its row without a class.
  std::vector<char> hasGeometry( areaCount, 0 );
  std::size_t withGeometry = 0;
  for ( std::size_t a = 0; a < areaCount; ++a )
  {
    hasGeometry[a] = areas.features.at( static_cast<int>( a ) ).geometry().isEmpty() ? 0 : 1;
    withGeometry += hasGeometry[a];
  }
  if ( withGeometry == 0 )
    throw QgsProcessingException( tr( "None of the %1 areas of '%2' (AREAS) has a geometry, so no area can be measured. Repair the geometries or choose the layer with the areas' boundaries." )
                                    .arg( areaCount ).arg( areaSource->sourceName() ) );
  const QString needField = parameterAsString( parameters, QStringLiteral( "NEED_FIELD" ), context );
  std::vector<double> need( areaCount, std::numeric_limits<double>::quiet_NaN() );
  for ( int a = 0; a < areas.features.size(); ++a )
  {
    const QVariant value = areas.features.at( a ).attribute( needField );
    const Sozialraum::NumberReading reading = Sozialraum::readNumber( value );
    if ( reading.isText )
      throw QgsProcessingException( tr( "The need field '%1' holds text that is not a number in %2: '%3'." ).arg( needField, Sozialraum::describeFeature( areas.features.at( a ) ), value.toString() ) );
    need[static_cast<std::size_t>( a )] = reading.value;
  }

  SnappedPoints demand;
  std::vector<gaps::Index> areaOfPoint;
  std::vector<double> population;
  int missing = 0;
  if ( demandSource )
  {
    demand = snapFeatures( demandSource.get(), tr( "demand" ), QString(), context, feedback );
    population = readWeights( demand, parameterAsString( parameters, QStringLiteral( "DEMAND_FIELD" ), context ), demandSource->sourceName(), feedback, missing );
    // Assign each demand point to the area it lies in (in the working CRS).
    const QgsCoordinateTransform toWorking( areaSource->sourceCrs(), workingCrs(), context.transformContext() );
    QgsSpatialIndex index;
    std::vector<std::unique_ptr<QgsGeometryEngine>> engines;
    std::vector<QgsGeometry> geometries;
    for ( int a = 0; a < areas.features.size(); ++a )
    {
      QgsGeometry geometry = areas.features.at( a ).geometry();
      geometry.transform( toWorking );
      geometries.push_back( geometry );
      engines.emplace_back( QgsGeometry::createGeometryEngine( geometries.back().constGet() ) );
      engines.back()->prepareGeometry();
      index.addFeature( a, geometry.boundingBox() );
    }
    areaOfPoint.assign( demand.points.size(), gaps::kNoIndex );
    for ( std::size_t k = 0; k < demand.points.size(); ++k )
    {
      if ( std::isnan( demand.snapDistances[k] ) )
        continue;
      const QgsPointXY &p = demand.workingPoints[k];
      const QgsPoint point( p.x(), p.y() );
      for ( QgsFeatureId a : index.intersects( QgsRectangle( p, p ) ) )
        if ( engines[static_cast<std::size_t>( a )]->intersects( &point ) )
        {
          areaOfPoint[k] = static_cast<gaps::Index>( a );
          break;
        }
    }
  }
  else
  {
    demand = areas;
    population = readWeights( areas, populationField, areaSource->sourceName(), feedback, missing );
    areaOfPoint.resize( areaCount );
    for ( std::size_t a = 0; a < areaCount; ++a )
      areaOfPoint[a] = hasGeometry[a] ? static_cast<gaps::Index>( a ) : gaps::kNoIndex;
  }
  const SnappedPoints supply = snapFeatures( supplySource.get(), tr( "supply" ), QString(), context, feedback );
  int missingCapacity = 0;
  const std::vector<double> capacity = readWeights( supply, parameterAsString( parameters, QStringLiteral( "SUPPLY_FIELD" ), context ), supplySource->sourceName(), feedback, missingCapacity );
  if ( feedback->isCanceled() )
    return {};

  const gaps::CostTable costs = costTable( demand, supply, options.effectiveCatchment(), feedback );
  if ( feedback->isCanceled() )
    return {};
  gaps::CatchmentResult catchment;
  gaps::AreaCoverageSummary coverage;
  try
  {
    catchment = gaps::computeCatchment( costs, population, capacity, options );
    coverage = gaps::summarizeAreaCoverage( areaCount, areaOfPoint, population, catchment.covered, catchment.access );
  }
  catch ( const gaps::GapsError &error )
  {
    throw QgsProcessingException( QString::fromStdString( error.what() ) );
  }
  if ( demandSource && coverage.pointsWithoutArea > 0 )
    feedback->pushWarning( tr( "%1 demand points (demand %2) lie in no area and are left out of the areas' figures." ).arg( coverage.pointsWithoutArea ).arg( coverage.demandWithoutArea ) );
  feedback->setProgress( 85 );

  // Need against access: ranks, percentile ranks, score and the four classes (engine/gaps/needaccess).
  std::vector<double> access( areaCount );
  for ( std::size_t a = 0; a < areaCount; ++a )
    access[a] = coverage.areas[a].meanAccess;
  gaps::NeedAccessResult comparison;
  try
  {
    comparison = gaps::classifyNeedAccess( need, access, hasGeometry, needField.toStdString() );
  }
  catch ( const std::exception &error )
  {
    throw QgsProcessingException( tr( "Need and access cannot be compared: %1" ).arg( QString::fromUtf8( error.what() ) ) );
  }

  QVector<int> kept;
  const QgsFields fields = Sozialraum::fieldsReplacing( areaSource->fields(),
                                                        { QgsField( QStringLiteral( "access" ), QVariant::Double ), QgsField( QStringLiteral( "coverage_share" ), QVariant::Double ),
                                                          QgsField( QStringLiteral( "unserved" ), QVariant::Double ), QgsField( QStringLiteral( "need_rank" ), QVariant::Int ),
                                                          QgsField( QStringLiteral( "access_rank" ), QVariant::Int ), QgsField( QStringLiteral( "gap_score" ), QVariant::Double ),
                                                          QgsField( QStringLiteral( "gap_class" ), QVariant::Int ), QgsField( QStringLiteral( "gap_label" ), QVariant::String ) },
                                                        kept );
  QString dest;
  std::unique_ptr<QgsFeatureSink> sink = outputSink( parameters, QStringLiteral( "OUTPUT" ), context, dest, fields, areaSource->wkbType(), areaSource->sourceCrs(), feedback );
  const QStringList labels { tr( "high need, poor access" ), tr( "high need, good access" ), tr( "low need, poor access" ), tr( "low need, good access" ) };
  const auto value = []( double v ) { return std::isfinite( v ) ? QVariant( v ) : QVariant( QVariant::Double ); };
  for ( std::size_t a = 0; a < areaCount; ++a )
  {
    QgsFeature feature = areas.features.at( static_cast<int>( a ) );
    QgsAttributes attributes = Sozialraum::keptAttributes( feature, kept );
    const gaps::AreaCoverage &c = coverage.areas[a];
    attributes << value( access[a] ) << value( c.coverageShare ) << value( c.unservedDemand );
    const gaps::GapClass cls = comparison.gapClass[a];
    if ( cls != gaps::GapClass::None )
    {
      const int code = static_cast<int>( cls );
      attributes << comparison.needRank[a] << comparison.accessRank[a] << comparison.gapScore[a] << code << labels.at( code - 1 );
    }
    else
    {
      attributes << QVariant( QVariant::Int ) << QVariant( QVariant::Int ) << QVariant( QVariant::Double ) << QVariant( QVariant::Int )
                 << ( !hasGeometry[a] ? tr( "no geometry" ) : std::isfinite( need[a] ) ? tr( "no demand" ) : tr( "no need value" ) );
    }
    feature.setAttributes( attributes );
    sink->addFeature( feature, QgsFeatureSink::FastInsert );
  }
  feedback->pushInfo( tr( "%1 areas with high need and poor access, %2 high need and good access, %3 low need and poor access, %4 low need and good access, %5 without a class." )
                        .arg( comparison.counts[1] ).arg( comparison.counts[2] ).arg( comparison.counts[3] ).arg( comparison.counts[4] ).arg( comparison.counts[0] ) );
  Sozialraum::styleCategoriesOnLoad( context, dest, QStringLiteral( "gap_class" ), labels, { QColor( 203, 24, 29 ), QColor( 252, 174, 145 ), QColor( 189, 215, 231 ), QColor( 240, 240, 240 ) },
                                     tr( "no class (reason in gap_label)" ) );
  feedback->setProgress( 100 );
  return { { QStringLiteral( "OUTPUT" ), dest } };
}
