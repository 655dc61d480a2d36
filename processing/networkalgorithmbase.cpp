#include "networkalgorithmbase.h"

#include <QHash>
#include "layerutils.h"

#include "network/components.h"
#include "network/graphbuilder.h"
#include "network/networkerror.h"

#include <qgsprocessingparameters.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsfeaturesource.h>
#include <qgsfeaturerequest.h>
#include <qgsfeatureiterator.h>
#include <qgslinestring.h>
#include <qgsmultilinestring.h>

#include <cmath>

using namespace sozialraum::network;

namespace
{
  Direction directionFromValue( const QVariant &value )
  {
    if ( value.isNull() )
      return Direction::Both;
    const QString v = value.toString().trimmed().toLower();
    // OSM's conventions, plus what municipal street registers use.
    if ( v == QLatin1String( "yes" ) || v == QLatin1String( "true" ) || v == QLatin1String( "1" ) || v == QLatin1String( "forward" ) || v == QLatin1String( "ft" ) || v == QLatin1String( "ja" ) )
      return Direction::Forward;
    if ( v == QLatin1String( "-1" ) || v == QLatin1String( "reverse" ) || v == QLatin1String( "backward" ) || v == QLatin1String( "tf" ) )
      return Direction::Backward;
    return Direction::Both;
  }

  //! A metric CRS for measuring: the layer's own if projected in metres, else the UTM zone of its centre.
  QgsCoordinateReferenceSystem metricCrsFor( const QgsCoordinateReferenceSystem &crs, const QgsRectangle &extent, const QgsCoordinateTransformContext &transformContext )
  {
    if ( !crs.isGeographic() && crs.mapUnits() == QgsUnitTypes::DistanceMeters )
      return crs;
    QgsPointXY centre = extent.center();
    const QgsCoordinateReferenceSystem wgs84( QStringLiteral( "EPSG:4326" ) );
    if ( crs != wgs84 )
    {
      QgsCoordinateTransform toWgs84( crs, wgs84, transformContext );
      centre = toWgs84.transform( centre );
    }
    const int zone = std::clamp( static_cast<int>( std::floor( ( centre.x() + 180.0 ) / 6.0 ) ) + 1, 1, 60 );
    return QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:%1" ).arg( ( centre.y() >= 0 ? 32600 : 32700 ) + zone ) );
  }
} // namespace

void NetworkAlgorithmBase::addNetworkParameters( bool networkOptional )
{
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "NETWORK" ), tr( "Street and path network (lines)" ), QList<int>() << QgsProcessing::TypeVectorLine, QVariant(), networkOptional ) );
  addParameter( new QgsProcessingParameterEnum( QStringLiteral( "COST_TYPE" ), tr( "Cost" ), QStringList() << tr( "Distance (m)" ) << tr( "Travel time (min)" ), false, 1 ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "SPEED" ), tr( "Speed where the network gives none (km/h; 4.5 = walking)" ), QgsProcessingParameterNumber::Double, 4.5, false, 0.0 ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "SPEED_FIELD" ), tr( "Speed field of the network (km/h)" ), QVariant(), QStringLiteral( "NETWORK" ), QgsProcessingParameterField::Any, false, true ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "ONEWAY_FIELD" ), tr( "One-way field of the network (yes / -1 / empty)" ), QVariant(), QStringLiteral( "NETWORK" ), QgsProcessingParameterField::Any, false, true ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "TOLERANCE" ), tr( "Topology tolerance: join vertices closer than (m)" ), QgsProcessingParameterNumber::Double, 0.0, false, 0.0 ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "MAX_SNAP_DISTANCE" ), tr( "Maximum distance from a point to the network (m)" ), QgsProcessingParameterNumber::Double, 250.0, false, 0.0 ) );
  addParameter( new QgsProcessingParameterBoolean( QStringLiteral( "ACCESS_COST" ), tr( "Add the straight way from each point to the network" ), true ) );
}

QString NetworkAlgorithmBase::costUnit() const
{
  return mCostType == CostType::Time ? tr( "min" ) : tr( "m" );
}

bool NetworkAlgorithmBase::loadNetwork( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  std::unique_ptr<QgsProcessingFeatureSource> network( parameterAsSource( parameters, QStringLiteral( "NETWORK" ), context ) );
  if ( !network )
  {
    const QgsProcessingParameterDefinition *def = parameterDefinition( QStringLiteral( "NETWORK" ) );
    if ( def->flags() & QgsProcessingParameterDefinition::FlagOptional && !parameters.value( QStringLiteral( "NETWORK" ) ).isValid() )
      return false;
    if ( def->flags() & QgsProcessingParameterDefinition::FlagOptional && parameters.value( QStringLiteral( "NETWORK" ) ).toString().isEmpty() )
      return false;
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "NETWORK" ) ) );
  }
  const QString layerName = network->sourceName();
  if ( network->featureCount() == 0 ) // -1 (unknown) is fine: an empty result is caught when building
    throw QgsProcessingException( tr( "The network layer '%1' has no lines. Choose a street layer with features (check a filter on the layer)." ).arg( layerName ) );

  mNetworkCrs = network->sourceCrs();
  if ( !mNetworkCrs.isValid() )
    throw QgsProcessingException( tr( "The network layer '%1' has no coordinate reference system. Set it in the layer's properties (Source → Assigned CRS)." ).arg( layerName ) );
  mWorkingCrs = metricCrsFor( mNetworkCrs, network->sourceExtent(), context.transformContext() );
  if ( mWorkingCrs != mNetworkCrs )
    feedback->pushInfo( tr( "The network is in %1 (not metric); distances are measured in %2." ).arg( mNetworkCrs.userFriendlyIdentifier(), mWorkingCrs.userFriendlyIdentifier() ) );
  const QgsCoordinateTransform toWorking( mNetworkCrs, mWorkingCrs, context.transformContext() );

  GraphOptions options;
  options.costType = parameterAsEnum( parameters, QStringLiteral( "COST_TYPE" ), context ) == 1 ? CostType::Time : CostType::Distance;
  options.defaultSpeedKmh = parameterAsDouble( parameters, QStringLiteral( "SPEED" ), context );
  options.tolerance = parameterAsDouble( parameters, QStringLiteral( "TOLERANCE" ), context );
  if ( options.tolerance > 10 )
    feedback->pushWarning( tr( "TOLERANCE is %1 m: vertices that far apart are joined, which moves streets and can connect ones that do not meet. It is meant for gaps of a few metres at most." ).arg( options.tolerance ) );
  if ( options.costType == CostType::Time && !( options.defaultSpeedKmh > 0 ) )
    throw QgsProcessingException( tr( "The speed is %1 km/h: travel times need a speed greater than 0 (SPEED; 4.5 km/h is walking)." ).arg( options.defaultSpeedKmh ) );
  mMaxSnapDistance = parameterAsDouble( parameters, QStringLiteral( "MAX_SNAP_DISTANCE" ), context );
  mAccessCost = parameterAsBoolean( parameters, QStringLiteral( "ACCESS_COST" ), context );
  mCostType = options.costType;
  mSpeedKmh = options.defaultSpeedKmh;

  const QString speedField = parameterAsString( parameters, QStringLiteral( "SPEED_FIELD" ), context );
  const QString onewayField = parameterAsString( parameters, QStringLiteral( "ONEWAY_FIELD" ), context );
  const int speedIndex = speedField.isEmpty() ? -1 : network->fields().lookupField( speedField );
  const int onewayIndex = onewayField.isEmpty() ? -1 : network->fields().lookupField( onewayField );
  QgsAttributeList attributes;
  if ( speedIndex >= 0 )
    attributes << speedIndex;
  if ( onewayIndex >= 0 )
    attributes << onewayIndex;

  feedback->setProgressText( tr( "Building the network graph from '%1'…" ).arg( layerName ) );
  try
  {
    BackgroundGraphBuilder builder( options ); // merges vertices while the next features are read
    QgsFeatureRequest request;
    request.setSubsetOfAttributes( attributes );
    QgsFeatureIterator it = network->getFeatures( request, QgsProcessingFeatureSource::FlagSkipGeometryValidityChecks );
    // Some providers (OSM PBF with a filter) cannot count in advance (-1): then no percentage.
    const long long total = network->featureCount();
    long long done = 0;
    int unreadableSpeeds = 0;
    int emptyGeometries = 0;
    QgsFeature feature;
    std::vector<Point> vertices;
    // One feature's coordinates, all parts one after the other; partEnds[i] is where part i ends.
    std::vector<double> xs, ys, zs;
    std::vector<std::size_t> partEnds;
    const auto appendPart = [&xs, &ys, &partEnds]( const QgsLineString *line ) {
      const int count = line->numPoints();
      xs.insert( xs.end(), line->xData(), line->xData() + count );
      ys.insert( ys.end(), line->yData(), line->yData() + count );
      partEnds.push_back( xs.size() );
    };
    while ( it.nextFeature( feature ) )
    {
      if ( feedback->isCanceled() )
        return false;
      if ( ++done % 1000 == 0 && total > 0 )
        feedback->setProgress( std::min( 30.0, 30.0 * done / total ) );
      const QgsGeometry geometry = feature.geometry();
      if ( geometry.isEmpty() )
      {
        ++emptyGeometries;
        continue;
      }
      // Lines are read straight from the geometry's coordinate arrays and transformed in one call
      // per feature (a third of the time of copying each into a QgsPolylineXY); other types
      // (curves) are segmentized in the working CRS, as before.
      xs.clear();
      ys.clear();
      partEnds.clear();
      const QgsAbstractGeometry *shape = geometry.constGet();
      const QgsLineString *single = qgsgeometry_cast<const QgsLineString *>( shape );
      const QgsMultiLineString *multi = single ? nullptr : qgsgeometry_cast<const QgsMultiLineString *>( shape );
      if ( single || multi )
      {
        if ( single )
          appendPart( single );
        else
          for ( int i = 0; i < multi->numGeometries(); ++i )
            appendPart( multi->lineStringN( i ) );
        if ( !toWorking.isShortCircuited() && !xs.empty() )
        {
          // As QgsLineString::transform() does it: z = 0, the lines' own z is not transformed.
          zs.assign( xs.size(), 0.0 );
          toWorking.transformCoords( static_cast<int>( xs.size() ), xs.data(), ys.data(), zs.data() );
        }
      }
      else
      {
        QgsGeometry transformed = geometry;
        transformed.transform( toWorking );
        const QgsMultiPolylineXY parts = transformed.isMultipart() ? transformed.asMultiPolyline() : QgsMultiPolylineXY { transformed.asPolyline() };
        for ( const QgsPolylineXY &part : parts )
        {
          for ( const QgsPointXY &p : part )
          {
            xs.push_back( p.x() );
            ys.push_back( p.y() );
          }
          partEnds.push_back( xs.size() );
        }
      }
      const Direction direction = onewayIndex >= 0 ? directionFromValue( feature.attribute( onewayIndex ) ) : Direction::Both;
      double speed = std::numeric_limits<double>::quiet_NaN();
      if ( speedIndex >= 0 )
      {
        const Sozialraum::NumberReading reading = Sozialraum::readNumber( feature.attribute( speedIndex ) );
        if ( reading.isText )
          ++unreadableSpeeds;
        else if ( std::isfinite( reading.value ) )
        {
          if ( reading.value <= 0 && options.costType == CostType::Time )
            throw QgsProcessingException( tr( "Line %1 of the network layer '%2' has the speed %3 in field '%4'. Speeds must be greater than 0 km/h: correct the value or leave it empty to use SPEED." ).arg( feature.id() ).arg( layerName ).arg( reading.value ).arg( speedField ) );
          speed = reading.value;
        }
      }
      std::size_t start = 0;
      for ( const std::size_t end : partEnds )
      {
        vertices.clear();
        for ( std::size_t i = start; i < end; ++i )
          vertices.push_back( Point { xs[i], ys[i] } );
        builder.addLine( vertices, direction, speed );
        start = end;
      }
    }
    mGraph = std::make_unique<Graph>( builder.build() );
    const BuildReport &report = mGraph->report();
    if ( emptyGeometries + report.linesSkipped > 0 )
      feedback->pushWarning( tr( "%1 lines of '%2' have no usable geometry and are not part of the network." ).arg( emptyGeometries + report.linesSkipped ).arg( layerName ) );
    if ( unreadableSpeeds > 0 )
      feedback->pushWarning( tr( "%1 lines have a speed in field '%2' that is not a number (e.g. 'walk'); they use the speed %3 km/h." ).arg( unreadableSpeeds ).arg( speedField ).arg( options.defaultSpeedKmh ) );
    if ( report.verticesMerged > 0 && options.tolerance > 0 )
      feedback->pushInfo( tr( "%1 vertices closer than %2 m were joined." ).arg( report.verticesMerged ).arg( options.tolerance ) );
  }
  catch ( const NetworkError &error )
  {
    throw QgsProcessingException( tr( "The network layer '%1' cannot be used: %2" ).arg( layerName, QString::fromStdString( error.what() ) ) );
  }

  const Components components = connectedComponents( *mGraph );
  feedback->pushInfo( tr( "Network: %1 nodes, %2 edges (%3 bytes per edge)." ).arg( mGraph->nodeCount() ).arg( mGraph->edgeCount() ).arg( mGraph->bytesPerEdge(), 0, 'f', 1 ) );
  if ( components.count() > 1 )
    feedback->pushWarning( tr( "The network has %1 disconnected parts; the largest holds %2 % of its length. Points in small parts reach little: look for streets that meet without a shared vertex, or raise TOLERANCE." ).arg( components.count() ).arg( 100.0 * components.largestLengthShare(), 0, 'f', 1 ) );
  mEdgeIndex = std::make_unique<EdgeIndex>( *mGraph );
  feedback->setProgress( 30 );
  return true;
}

void NetworkAlgorithmBase::useStraightLineCosts( const QVariantMap &parameters, QgsFeatureSource *reference, QgsProcessingContext &context, QgsProcessingFeedback *feedback, bool announce )
{
  if ( !reference->sourceCrs().isValid() )
    throw QgsProcessingException( tr( "The layer '%1' has no coordinate reference system. Set it in the layer's properties." ).arg( reference->sourceName() ) );
  mNetworkCrs = reference->sourceCrs();
  mWorkingCrs = metricCrsFor( mNetworkCrs, reference->sourceExtent(), context.transformContext() );
  mCostType = parameterAsEnum( parameters, QStringLiteral( "COST_TYPE" ), context ) == 1 ? CostType::Time : CostType::Distance;
  mSpeedKmh = parameterAsDouble( parameters, QStringLiteral( "SPEED" ), context );
  if ( mCostType == CostType::Time && !( mSpeedKmh > 0 ) )
    throw QgsProcessingException( tr( "The speed is %1 km/h: travel times need a speed greater than 0 (SPEED; 4.5 km/h is walking)." ).arg( mSpeedKmh ) );
  mGraph.reset();
  mEdgeIndex.reset();
  if ( announce )
    feedback->pushInfo( tr( "No network given: costs are straight-line distances in %1." ).arg( mWorkingCrs.userFriendlyIdentifier() ) );
}

NetworkAlgorithmBase::SnappedPoints NetworkAlgorithmBase::snapFeatures( QgsFeatureSource *source, const QString &layerDescription, const QString &idField,
                                                                        QgsProcessingContext &context, QgsProcessingFeedback *feedback, bool joinToNetwork ) const
{
  SnappedPoints result;
  result.description = layerDescription;
  if ( source->featureCount() == 0 )
    throw QgsProcessingException( tr( "The layer '%1' (%2) has no features." ).arg( source->sourceName(), layerDescription ) );
  if ( !source->sourceCrs().isValid() )
    throw QgsProcessingException( tr( "The layer '%1' (%2) has no coordinate reference system. Set it in the layer's properties." ).arg( source->sourceName(), layerDescription ) );
  const QgsCoordinateTransform toWorking( source->sourceCrs(), mWorkingCrs, context.transformContext() );
  const int idIndex = idField.isEmpty() ? -1 : source->fields().lookupField( idField );

  QStringList unsnapped;
  QStringList withoutGeometry;
  QgsFeatureIterator it = source->getFeatures();
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    if ( feedback && feedback->isCanceled() )
      break;
    const QVariant id = idIndex >= 0 ? feature.attribute( idIndex ) : QVariant( feature.id() );
    result.features.append( feature );
    result.ids.append( id );
    NetworkPoint point;
    double distance = std::numeric_limits<double>::quiet_NaN();
    QgsPointXY working;
    QgsGeometry geometry = feature.geometry();
    if ( geometry.isEmpty() )
    {
      withoutGeometry << id.toString();
    }
    else
    {
      if ( geometry.type() == QgsWkbTypes::PolygonGeometry )
        geometry = geometry.pointOnSurface();
      else if ( geometry.isMultipart() || geometry.type() == QgsWkbTypes::LineGeometry )
        geometry = geometry.centroid();
      geometry.transform( toWorking );
      working = geometry.asPoint();
      if ( !mEdgeIndex || !joinToNetwork )
      {
        // Straight-line mode (or only reading): the point is where it is.
        result.points.push_back( point );
        result.snapDistances.push_back( 0.0 );
        result.workingPoints.push_back( working );
        continue;
      }
      const SnapResult snap = mEdgeIndex->snap( Point { working.x(), working.y() }, mMaxSnapDistance );
      distance = snap.distance;
      if ( snap.snapped )
        point = networkPoint( *mGraph, snap, mAccessCost );
      else
        unsnapped << tr( "%1 (%2 m)" ).arg( id.toString() ).arg( snap.distance, 0, 'f', 0 );
    }
    result.points.push_back( point );
    result.snapDistances.push_back( distance );
    result.workingPoints.push_back( working );
  }
  result.notSnapped = unsnapped.size() + withoutGeometry.size();
  if ( feedback && idIndex >= 0 )
    reportRepeatedIds( result, source->sourceName(), layerDescription, idField, feedback );
  if ( feedback && !withoutGeometry.isEmpty() )
    feedback->pushWarning( tr( "%1 features of '%2' (%3) have no geometry and are left out: %4" ).arg( withoutGeometry.size() ).arg( source->sourceName(), layerDescription, withoutGeometry.mid( 0, 20 ).join( QLatin1String( ", " ) ) ) );
  if ( feedback && !unsnapped.isEmpty() )
    feedback->pushWarning( tr( "%1 features of '%2' (%3) are farther than %4 m from the network and are left out (raise MAX_SNAP_DISTANCE or check the CRS): %5%6" )
                             .arg( unsnapped.size() )
                             .arg( source->sourceName(), layerDescription )
                             .arg( mMaxSnapDistance )
                             .arg( unsnapped.mid( 0, 20 ).join( QLatin1String( ", " ) ), unsnapped.size() > 20 ? QStringLiteral( ", …" ) : QString() ) );
  return result;
}

std::vector<std::string> NetworkAlgorithmBase::idsOf( const SnappedPoints &points )
{
  std::vector<std::string> ids;
  ids.reserve( static_cast<std::size_t>( points.ids.size() ) );
  for ( const QVariant &id : points.ids )
    ids.push_back( id.toString().toStdString() );
  return ids;
}

void NetworkAlgorithmBase::reportRepeatedIds( const SnappedPoints &points, const QString &layerName, const QString &layerDescription, const QString &idField, QgsProcessingFeedback *feedback )
{
  // Every feature is kept (results are per feature, in input order); a shared id only makes rows
  // that look alike, so the planner is told which ones.
  QHash<QString, QStringList> featuresById;
  for ( int i = 0; i < points.ids.size(); ++i )
    featuresById[points.ids.at( i ).toString()] << QString::number( points.features.at( i ).id() );
  QStringList repeated;
  for ( auto it = featuresById.constBegin(); it != featuresById.constEnd(); ++it )
    if ( it.value().size() > 1 )
      repeated << tr( "'%1' (features %2)" ).arg( it.key(), it.value().join( QLatin1String( ", " ) ) );
  if ( repeated.isEmpty() )
    return;
  repeated.sort();
  feedback->pushWarning( tr( "The id field '%1' of '%2' (%3) holds %4 values more than once: %5%6. Every feature is kept, but their results carry the same id." )
                           .arg( idField, layerName, layerDescription )
                           .arg( repeated.size() )
                           .arg( repeated.mid( 0, 10 ).join( QLatin1String( "; " ) ), repeated.size() > 10 ? QStringLiteral( "; …" ) : QString() ) );
}

RunControl NetworkAlgorithmBase::runControl( QgsProcessingFeedback *feedback, double from, double to ) const
{
  RunControl control;
  control.isCanceled = [feedback] { return feedback && feedback->isCanceled(); };
  control.progress = [feedback, from, to]( double percent ) {
    if ( feedback )
      feedback->setProgress( from + ( to - from ) * percent / 100.0 );
  };
  return control;
}

QgsCoordinateTransform NetworkAlgorithmBase::workingToNetwork( QgsProcessingContext &context ) const
{
  return QgsCoordinateTransform( mWorkingCrs, mNetworkCrs, context.transformContext() );
}
