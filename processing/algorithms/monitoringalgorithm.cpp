#include "monitoringalgorithm.h"
#include "indexlabels.h"
#include "classstyle.h"
#include "indexinput.h"

#include "index/builder.h"
#include "index/classify.h"
#include "index/compute.h"
#include "index/indexerror.h"

#include <qgsprocessingparameters.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsfeaturesink.h>

#include <cmath>
#include <map>

using namespace sozialraum::index;

namespace
{
  //! The MSS recipe for one sub-index: z-scores (population sd) → sum → z-score → fixed classes.
  IndexDefinition mssDefinition( const QStringList &indicators, ClassificationMethod classes )
  {
    FlatParameters flat;
    for ( const QString &field : indicators )
      flat.indicators.push_back( field.toStdString() );
    flat.normalization.method = Normalization::ZScore;
    flat.aggregation.method = Aggregation::Sum;
    flat.finalScaling.method = Scaling::ZScore;
    flat.classification.method = classes;
    flat.classification.noValueLabel = "ohne Zuordnung";
    return buildFlatDefinition( flat );
  }

  QVariant valueOrNull( double value )
  {
    return std::isfinite( value ) ? QVariant( value ) : QVariant( QVariant::Double );
  }
} // namespace

QString MonitoringAlgorithm::displayName() const
{
  return tr( "Status and dynamics monitoring (MSS)" );
}

QStringList MonitoringAlgorithm::tags() const
{
  return tr( "monitoring,Monitoring Soziale Stadtentwicklung,MSS,RISE,status,dynamics,Statusindex,Dynamikindex,Berlin,Hamburg" ).split( ',' );
}

QString MonitoringAlgorithm::shortHelpString() const
{
  return tr( "<p>The scheme of Berlin's <i>Monitoring Soziale Stadtentwicklung</i> (MSS, also used by Hamburg's RISE and other cities): a status index from the current level of the status indicators, "
             "a dynamics index from their change over two years, and their combination into 12 groups.</p>"
             "<p><b>Method, exactly as published.</b> Areas with fewer inhabitants than the minimum (MSS: 300) and areas matched by the exclusion expression are excluded: they get no index and "
             "the label “ohne Zuordnung”, and they are not part of the mean or standard deviation. Every indicator is z-standardized over the included areas with the <b>population</b> standard deviation (divide by n). "
             "The status sum is the sum of the status z-values; the status index is the z-standardized status sum (again population sd). The dynamics index is made the same way from the dynamics indicators.</p>"
             "<p><b>Classes.</b> Status: 1 hoch (index &lt; −1), 2 mittel (−1 ≤ index ≤ 1), 3 niedrig (1 &lt; index ≤ 1.5), 4 sehr niedrig (index &gt; 1.5). "
             "Dynamics: 1 positiv (&lt; −1), 2 stabil (−1 … 1), 3 negativ (&gt; 1). <i>overall_code</i> = 10 × status class + dynamics class, with <i>overall_label</i> such as “Status mittel, Dynamik negativ”. "
             "Areas of status 3 or 4, or status 2 with negative dynamics, are the ones cities look at first.</p>"
             "<p>Positive values mean more disadvantage: choose indicators such as unemployment or transfer receipt, and their changes in percentage points.</p>" );
}

void MonitoringAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "INPUT" ), tr( "Statistical areas (polygons or a table)" ), QList<int>() << QgsProcessing::TypeVector ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "STATUS_INDICATORS" ), tr( "Status indicators" ), QVariant(), QStringLiteral( "INPUT" ), QgsProcessingParameterField::Any, true ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "DYNAMICS_INDICATORS" ), tr( "Dynamics indicators (change over two years)" ), QVariant(), QStringLiteral( "INPUT" ), QgsProcessingParameterField::Any, true ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "POPULATION_FIELD" ), tr( "Population field" ), QVariant(), QStringLiteral( "INPUT" ), QgsProcessingParameterField::Any, false, true ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "MIN_POPULATION" ), tr( "Minimum population (areas below are excluded)" ), QgsProcessingParameterNumber::Double, 300.0, false, 0.0 ) );
  addParameter( new QgsProcessingParameterExpression( QStringLiteral( "EXCLUDE" ), tr( "Exclude areas where (expression)" ), QVariant(), QStringLiteral( "INPUT" ), true ) );
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT" ), tr( "Monitoring" ), QgsProcessing::TypeVector ) );
}

QVariantMap MonitoringAlgorithm::execute( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  std::unique_ptr<QgsProcessingFeatureSource> source( parameterAsSource( parameters, QStringLiteral( "INPUT" ), context ) );
  if ( !source )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "INPUT" ) ) );
  const QStringList statusFields = parameterAsFields( parameters, QStringLiteral( "STATUS_INDICATORS" ), context );
  const QStringList dynamicsFields = parameterAsFields( parameters, QStringLiteral( "DYNAMICS_INDICATORS" ), context );
  if ( statusFields.isEmpty() || dynamicsFields.isEmpty() )
    throw QgsProcessingException( tr( "Choose at least one status indicator and one dynamics indicator." ) );

  const IndexInput input( source.get(), statusFields + dynamicsFields, {}, feedback );
  if ( feedback->isCanceled() )
    return {};
  const RowSelection selection = input.selectRows( parameterAsString( parameters, QStringLiteral( "POPULATION_FIELD" ), context ),
                                                   parameterAsDouble( parameters, QStringLiteral( "MIN_POPULATION" ), context ),
                                                   parameterAsExpression( parameters, QStringLiteral( "EXCLUDE" ), context ), context, feedback );
  feedback->setProgress( 30 );

  IndexResult status;
  IndexResult dynamics;
  try
  {
    status = computeIndex( mssDefinition( statusFields, ClassificationMethod::MssStatus ), input.table(), selection );
    feedback->setProgress( 50 );
    dynamics = computeIndex( mssDefinition( dynamicsFields, ClassificationMethod::MssDynamics ), input.table(), selection );
  }
  catch ( const IndexError &error )
  {
    throw QgsProcessingException( tr( "The monitoring cannot be computed for '%1': %2" ).arg( input.layerName(), QString::fromStdString( error.what() ) ) );
  }
  feedback->setProgress( 70 );

  const QStringList added { QStringLiteral( "status_index" ), QStringLiteral( "status_class" ), QStringLiteral( "status_label" ), QStringLiteral( "dynamics_index" ), QStringLiteral( "dynamics_class" ), QStringLiteral( "dynamics_label" ), QStringLiteral( "overall_code" ), QStringLiteral( "overall_label" ), QStringLiteral( "monitoring_note" ) };
  QgsFields fields;
  QVector<int> kept;
  for ( int i = 0; i < input.fields().count(); ++i )
  {
    if ( added.contains( input.fields().at( i ).name(), Qt::CaseInsensitive ) )
      continue; // a re-run replaces the previous results
    kept << i;
    fields.append( input.fields().at( i ) );
  }
  fields.append( QgsField( QStringLiteral( "status_index" ), QVariant::Double ) );
  fields.append( QgsField( QStringLiteral( "status_class" ), QVariant::Int ) );
  fields.append( QgsField( QStringLiteral( "status_label" ), QVariant::String ) );
  fields.append( QgsField( QStringLiteral( "dynamics_index" ), QVariant::Double ) );
  fields.append( QgsField( QStringLiteral( "dynamics_class" ), QVariant::Int ) );
  fields.append( QgsField( QStringLiteral( "dynamics_label" ), QVariant::String ) );
  fields.append( QgsField( QStringLiteral( "overall_code" ), QVariant::Int ) );
  fields.append( QgsField( QStringLiteral( "overall_label" ), QVariant::String ) );
  fields.append( QgsField( QStringLiteral( "monitoring_note" ), QVariant::String ) );

  QString dest;
  std::unique_ptr<QgsFeatureSink> sink = outputSink( parameters, QStringLiteral( "OUTPUT" ), context, dest, fields, source->wkbType(), source->sourceCrs(), feedback );

  std::map<int, int> overallCounts;
  const QVector<QgsFeature> &features = input.features();
  for ( int row = 0; row < features.size(); ++row )
  {
    const std::size_t r = static_cast<std::size_t>( row );
    QgsAttributes attributes;
    for ( int index : kept )
      attributes << features.at( row ).attribute( index );
    const int statusClass = status.classes[r];
    const int dynamicsClass = dynamics.classes[r];
    attributes << valueOrNull( status.score[r] ) << ( statusClass > 0 ? QVariant( statusClass ) : QVariant( QVariant::Int ) ) << IndexLabels::classLabel( status.labels[r] );
    attributes << valueOrNull( dynamics.score[r] ) << ( dynamicsClass > 0 ? QVariant( dynamicsClass ) : QVariant( QVariant::Int ) ) << IndexLabels::classLabel( dynamics.labels[r] );
    QStringList notes;
    if ( !status.notes[r].empty() )
      notes << IndexLabels::note( status.notes[r] );
    if ( !dynamics.notes[r].empty() && dynamics.notes[r] != status.notes[r] )
      notes << IndexLabels::note( dynamics.notes[r] );
    if ( statusClass > 0 && dynamicsClass > 0 )
    {
      const int code = 10 * statusClass + dynamicsClass;
      ++overallCounts[code];
      attributes << code << IndexLabels::mssOverall( statusClass, dynamicsClass );
    }
    else
    {
      attributes << QVariant( QVariant::Int ) << IndexLabels::notAssigned();
    }
    attributes << ( notes.isEmpty() ? QVariant( QVariant::String ) : QVariant( notes.join( QLatin1String( "; " ) ) ) );
    QgsFeature out( fields );
    out.setGeometry( features.at( row ).geometry() );
    out.setAttributes( attributes );
    sink->addFeature( out, QgsFeatureSink::FastInsert );
  }

  std::map<int, int> statusCounts;
  for ( int cls : status.classes )
    ++statusCounts[cls];
  feedback->pushInfo( tr( "Status: %1 high, %2 medium, %3 low, %4 very low, %5 not assigned." )
                        .arg( statusCounts[1] )
                        .arg( statusCounts[2] )
                        .arg( statusCounts[3] )
                        .arg( statusCounts[4] )
                        .arg( statusCounts[0] ) );
  int attention = 0;
  for ( const auto &entry : overallCounts )
  {
    if ( entry.first / 10 >= 3 || entry.first == 23 )
      attention += entry.second;
  }
  feedback->pushInfo( tr( "%1 areas have a low or very low status, or a medium status with negative dynamics: the areas to look at first." ).arg( attention ) );
  QStringList legend;
  for ( const std::string &label : fixedLabels( ClassificationMethod::MssStatus ) )
    legend << IndexLabels::legendLabel( tr( "Status" ), label );
  Sozialraum::styleByClassOnLoad( context, dest, QStringLiteral( "status_class" ), legend,
                                  tr( "no value (reason in monitoring_note)" ) );
  feedback->setProgress( 100 );
  return { { QStringLiteral( "OUTPUT" ), dest } };
}
