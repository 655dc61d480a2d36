#include "budgetallocationalgorithm.h"
#include "expressionvalues.h"
#include "layerutils.h"

#include "gaps/budget.h"
#include "gaps/gapserror.h"

#include <qgsprocessingparameters.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsfeaturesink.h>
#include <qgsfeatureiterator.h>

#include <QRegularExpression>
#include <cmath>
#include <map>

using namespace sozialraum;

QString BudgetAllocationAlgorithm::displayName() const
{
  return tr( "Budget allocation by need" );
}

QStringList BudgetAllocationAlgorithm::tags() const
{
  return tr( "budget,allocation,funding,Mittelverteilung,Lebendige Quartiere,WiN,need" ).split( ',' );
}

QString BudgetAllocationAlgorithm::shortHelpString() const
{
  return tr( "<p>Splits a yearly programme budget over areas in proportion to need (Bremen: 2 million euro a year, 1.6 million to Bremen and 0.4 million to Bremerhaven).</p>"
             "<p><b>Method.</b> With groups (<i>GROUP_FIELD</i> and <i>GROUP_SHARES</i>, e.g. Bremen:0.8,Bremerhaven:0.2) the budget is first split over the groups by their shares, then within each group. "
             "Each area gets budget × weight / total weight, where the weight is an expression such as <i>\"inhabitants\" * \"si_score_pct\"</i>. Areas whose share falls below the minimum get the minimum, "
             "areas above the maximum get the maximum, and what this frees or costs is spread again over the other areas in proportion to their weight, until all bounds hold. "
             "The amounts are rounded to multiples of <i>ROUND_TO</i> (largest remainder), so they add up to the budget exactly.</p>"
             "<p><b>Output.</b> The areas with <i>allocation</i>, <i>allocation_share</i> and <i>allocation_bound</i> (min/max where a bound applies), and a summary table per group. "
             "A budget that the minimums already exceed, or that the maximums cannot take up, is refused with the figures.</p>" );
}

void BudgetAllocationAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "AREAS" ), tr( "Areas" ), QList<int>() << QgsProcessing::TypeVector ) );
  addParameter( new QgsProcessingParameterExpression( QStringLiteral( "WEIGHT" ), tr( "Weight (expression, e.g. population × need)" ), QVariant(), QStringLiteral( "AREAS" ) ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "BUDGET" ), tr( "Budget" ), QgsProcessingParameterNumber::Double, 2000000.0, false, 0.0 ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "GROUP_FIELD" ), tr( "Group field (e.g. city)" ), QVariant(), QStringLiteral( "AREAS" ), QgsProcessingParameterField::Any, false, true ) );
  addParameter( new QgsProcessingParameterString( QStringLiteral( "GROUP_SHARES" ), tr( "Group shares (e.g. Bremen:0.8,Bremerhaven:0.2)" ), QVariant(), false, true ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "MIN_PER_AREA" ), tr( "Minimum per area" ), QgsProcessingParameterNumber::Double, 0.0, false, 0.0 ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "MAX_PER_AREA" ), tr( "Maximum per area (0 = none)" ), QgsProcessingParameterNumber::Double, 0.0, false, 0.0 ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "ROUND_TO" ), tr( "Round to multiples of" ), QgsProcessingParameterNumber::Double, 1.0, false, 0.01 ) );
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT" ), tr( "Allocation" ), QgsProcessing::TypeVector ) );
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT_SUMMARY" ), tr( "Allocation per group" ), QgsProcessing::TypeVector, QVariant(), true ) );
}

QVariantMap BudgetAllocationAlgorithm::execute( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  std::unique_ptr<QgsProcessingFeatureSource> source( parameterAsSource( parameters, QStringLiteral( "AREAS" ), context ) );
  if ( !source )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "AREAS" ) ) );
  QVector<QgsFeature> areas;
  QgsFeatureIterator it = source->getFeatures();
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
    areas << feature;
  if ( areas.isEmpty() )
    throw QgsProcessingException( tr( "The layer '%1' has no areas." ).arg( source->sourceName() ) );
  const std::vector<double> weights = Sozialraum::evaluateNumbers( parameterAsExpression( parameters, QStringLiteral( "WEIGHT" ), context ), areas, source->fields(), context, QStringLiteral( "WEIGHT" ) );

  gaps::BudgetOptions options;
  options.budget = parameterAsDouble( parameters, QStringLiteral( "BUDGET" ), context );
  options.minPerArea = parameterAsDouble( parameters, QStringLiteral( "MIN_PER_AREA" ), context );
  const double maximum = parameterAsDouble( parameters, QStringLiteral( "MAX_PER_AREA" ), context );
  options.maxPerArea = maximum > 0 ? maximum : std::numeric_limits<double>::infinity();
  options.roundTo = parameterAsDouble( parameters, QStringLiteral( "ROUND_TO" ), context );

  const QString groupField = parameterAsString( parameters, QStringLiteral( "GROUP_FIELD" ), context );
  const QString sharesText = parameterAsString( parameters, QStringLiteral( "GROUP_SHARES" ), context ).trimmed();
  std::vector<gaps::Index> groupOfArea( static_cast<std::size_t>( areas.size() ), 0 );
  QStringList groupNames;
  std::vector<double> groupShares;
  if ( !groupField.isEmpty() )
  {
    if ( sharesText.isEmpty() )
      throw QgsProcessingException( tr( "GROUP_FIELD is set: give GROUP_SHARES as name:share pairs, e.g. Bremen:0.8,Bremerhaven:0.2." ) );
    for ( const QString &part : sharesText.split( QRegularExpression( QStringLiteral( "[,;]" ) ), Qt::SkipEmptyParts ) )
    {
      const int colon = part.lastIndexOf( ':' );
      bool ok = false;
      const double share = colon > 0 ? part.mid( colon + 1 ).trimmed().toDouble( &ok ) : 0.0;
      if ( !ok )
        throw QgsProcessingException( tr( "GROUP_SHARES: '%1' is not name:share (e.g. Bremen:0.8)." ).arg( part ) );
      if ( !std::isfinite( share ) || share < 0 )
        throw QgsProcessingException( tr( "GROUP_SHARES: the share of '%1' is %2; shares must be zero or positive and add up to 1." ).arg( part.left( colon ).trimmed() ).arg( share ) );
      groupNames << part.left( colon ).trimmed();
      groupShares.push_back( share );
    }
    for ( int a = 0; a < areas.size(); ++a )
    {
      const QString group = areas.at( a ).attribute( groupField ).toString();
      const int index = groupNames.indexOf( group );
      if ( index < 0 )
        throw QgsProcessingException( tr( "Area %1 belongs to group '%2', which GROUP_SHARES does not name (%3). Add it with its share." ).arg( a + 1 ).arg( group, groupNames.join( QLatin1String( ", " ) ) ) );
      groupOfArea[static_cast<std::size_t>( a )] = static_cast<gaps::Index>( index );
    }
  }
  else
  {
    groupNames << tr( "all areas" );
    groupShares.push_back( 1.0 );
  }

  std::vector<std::string> names;
  for ( const QString &name : std::as_const( groupNames ) )
    names.push_back( name.toStdString() );
  gaps::BudgetAllocation allocation;
  try
  {
    allocation = groupField.isEmpty() ? gaps::allocateBudget( weights, options ) : gaps::allocateBudgetByGroup( weights, groupOfArea, groupShares, options, names );
  }
  catch ( const gaps::GapsError &error )
  {
    throw QgsProcessingException( tr( "The budget cannot be allocated: %1" ).arg( QString::fromStdString( error.what() ) ) );
  }

  QVector<int> kept;
  const QgsFields fields = Sozialraum::fieldsReplacing( source->fields(),
                                                        { QgsField( QStringLiteral( "allocation" ), QVariant::Double ), QgsField( QStringLiteral( "allocation_share" ), QVariant::Double ), QgsField( QStringLiteral( "allocation_bound" ), QVariant::String ) },
                                                        kept );
  QString dest;
  std::unique_ptr<QgsFeatureSink> sink = outputSink( parameters, QStringLiteral( "OUTPUT" ), context, dest, fields, source->wkbType(), source->sourceCrs(), feedback );
  std::map<int, std::pair<int, std::pair<double, double>>> perGroup; // group -> areas, weight, amount
  for ( int a = 0; a < areas.size(); ++a )
  {
    const std::size_t i = static_cast<std::size_t>( a );
    QgsFeature out = areas.at( a );
    QgsAttributes attributes = Sozialraum::keptAttributes( out, kept );
    const QString bound = allocation.atMinimum[i] ? QStringLiteral( "min" ) : allocation.atMaximum[i] ? QStringLiteral( "max" ) : QString();
    attributes << allocation.amounts[i] << ( options.budget > 0 ? allocation.amounts[i] / options.budget : 0.0 ) << ( bound.isEmpty() ? QVariant( QVariant::String ) : QVariant( bound ) );
    out.setAttributes( attributes );
    sink->addFeature( out, QgsFeatureSink::FastInsert );
    auto &group = perGroup[static_cast<int>( groupOfArea[i] )];
    group.first += 1;
    group.second.first += weights[i];
    group.second.second += allocation.amounts[i];
  }
  QVariantMap outputs { { QStringLiteral( "OUTPUT" ), dest } };
  QgsFields summaryFields;
  summaryFields.append( QgsField( QStringLiteral( "group" ), QVariant::String ) );
  summaryFields.append( QgsField( QStringLiteral( "areas" ), QVariant::Int ) );
  summaryFields.append( QgsField( QStringLiteral( "weight" ), QVariant::Double ) );
  summaryFields.append( QgsField( QStringLiteral( "allocation" ), QVariant::Double ) );
  std::unique_ptr<QgsFeatureSink> summarySink;
  QString summaryDest;
  if ( parameters.value( QStringLiteral( "OUTPUT_SUMMARY" ) ).isValid() && !parameterAsOutputLayer( parameters, QStringLiteral( "OUTPUT_SUMMARY" ), context ).isEmpty() )
  {
    summarySink = outputSink( parameters, QStringLiteral( "OUTPUT_SUMMARY" ), context, summaryDest, summaryFields, QgsWkbTypes::NoGeometry, QgsCoordinateReferenceSystem(), feedback );
    outputs.insert( QStringLiteral( "OUTPUT_SUMMARY" ), summaryDest );
  }
  for ( const auto &entry : perGroup )
  {
    feedback->pushInfo( tr( "%1: %2 areas, %3 allocated." ).arg( groupNames.value( entry.first ) ).arg( entry.second.first ).arg( entry.second.second.second, 0, 'f', 2 ) );
    if ( summarySink )
    {
      QgsFeature row( summaryFields );
      row.setAttributes( QgsAttributes() << groupNames.value( entry.first ) << entry.second.first << entry.second.second.first << entry.second.second.second );
      summarySink->addFeature( row, QgsFeatureSink::FastInsert );
    }
  }
  feedback->setProgress( 100 );
  return outputs;
}
