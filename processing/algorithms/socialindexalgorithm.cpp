#include "socialindexalgorithm.h"
#include "classstyle.h"
#include "indexinput.h"
#include "indexoutput.h"

#include "index/builder.h"
#include "index/compute.h"
#include "index/indexerror.h"
#include "index/presets.h"
#include "indexlabels.h"
#include "index/sensitivity.h"

#include <qgsprocessingparameters.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsfeaturesink.h>

#include <QFileInfo>
#include <QRegularExpression>

using namespace sozialraum::index;

namespace
{
  const Normalization kNormalizations[] = { Normalization::ZScore, Normalization::MinMax, Normalization::PercentileRank, Normalization::Rank, Normalization::RobustZ, Normalization::None };
  const Aggregation kAggregations[] = { Aggregation::Sum, Aggregation::WeightedMean, Aggregation::GeometricMean, Aggregation::Pca };
  const Scaling kScalings[] = { Scaling::None, Scaling::ZScore, Scaling::PercentileRank, Scaling::ZeroToHundred };
  const ClassificationMethod kClassifications[] = { ClassificationMethod::MssStatus, ClassificationMethod::StdDev, ClassificationMethod::Quantile, ClassificationMethod::EqualInterval, ClassificationMethod::Jenks };
} // namespace

QString SocialIndexAlgorithm::displayName() const
{
  return tr( "Composite social index" );
}

QStringList SocialIndexAlgorithm::tags() const
{
  return tr( "social index,deprivation,composite indicator,Sozialindex,Sozialstrukturatlas,MSS,SVI,IMD,z-score,PCA,monitoring" ).split( ',' );
}

QString SocialIndexAlgorithm::shortHelpString() const
{
  return tr( "<p>Combines several indicators of statistical areas (Planungsräume, Quartiere, census tracts) into one social index with a score, a rank and a class per area – reproducibly, with the method written down.</p>"
             "<p><b>Steps.</b> Areas below the minimum population or matched by the exclusion expression are excluded from every statistic and keep their row without values (<i>si_note</i> says why). "
             "Each indicator is normalized over the included areas: <i>z-score</i> uses the <b>population</b> standard deviation (divide by n, as Berlin's MSS); "
             "<i>percentile rank</i> = number of values strictly below / (n − 1), so ties get the lowest rank (as CDC's SVI); <i>robust z</i> = (x − median) / (1.4826 · MAD). "
             "Indicators listed under <i>Invert</i> are turned round so that a higher value always means more disadvantage. "
             "The normalized indicators are aggregated with the weights (sum, weighted mean, geometric mean – positive values only –, or first principal component of the correlation matrix, "
             "oriented so that higher = more disadvantage; loadings and explained variance go to the log and the optional table). The result <i>si_raw</i> is scaled to <i>si_score</i>, ranked (1 = most disadvantaged) and classified. "
             "<i>MSS cut points</i>: class 1 score &lt; −1, class 2 −1 ≤ score ≤ 1, class 3 1 &lt; score ≤ 1.5, class 4 score &gt; 1.5.</p>"
             "<p><b>Published methods and own definitions.</b> Instead of the single-level settings, <i>Index</i> (PRESET) chooses a published method – Berlin's MSS status index (berlin-mss-status), its dynamics index (berlin-mss-dynamics), CDC's SVI 2022 (cdc-svi-2022: writes CDC's EPL_*, SPL_THEME1…4, RPL_THEME1…4, SPL_THEMES, RPL_THEMES, F_* columns; −999 = missing; sums and ranks rounded to 4 decimals as CDC does), the English IMD (imd-exponential) –, "
             "and <i>Own definition</i> (DEFINITION) takes a JSON file with a tree of indicators, themes and index, each node with its own normalization, aggregation, scaling, weight and output names (a preset's name works there too). Without either, choose the <i>Indicators</i>.</p>"
             "<p><b>Sensitivity.</b> With a number of Monte-Carlo runs, every run multiplies each weight by a random factor between 0.5 and 1.5 (and, if chosen, picks the normalization at random among z-score, min–max and percentile rank); "
             "<i>si_class_stability</i> is the share of runs in which an area keeps its class, <i>si_rank_p05</i>/<i>si_rank_p95</i> the spread of its rank – the answer to the committee's question how much the weights decide.</p>"
             "<p>Missing values (NULL, empty, or one of the codes under <i>Missing values</i>) leave the area without an index and are named in <i>si_note</i>. Text that is not a number stops the run with the row named.</p>" );
}

void SocialIndexAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "INPUT" ), tr( "Statistical areas (polygons or a table)" ), QList<int>() << QgsProcessing::TypeVector ) );
  // The most important choice comes first: a published index, an own definition, or the settings below.
  addParameter( new QgsProcessingParameterEnum( QStringLiteral( "PRESET" ), tr( "Index: a published method (overrides the settings below)" ), IndexLabels::presetOptions(), false, 0 ) );
  // A file, or (for scripts and models made before PRESET) a preset's name; no file filter,
  // because QGIS would then refuse a preset name as a value without the .json extension.
  addParameter( new QgsProcessingParameterFile( QStringLiteral( "DEFINITION" ), tr( "Own definition: JSON file (overrides the settings below)" ), QgsProcessingParameterFile::File, QString(), QVariant(), true ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "INDICATORS" ), tr( "Indicators (needed without a published method or own definition)" ), QVariant(), QStringLiteral( "INPUT" ), QgsProcessingParameterField::Any, true, true ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "INVERT" ), tr( "Invert: indicators where a higher value means less disadvantage" ), QVariant(), QStringLiteral( "INPUT" ), QgsProcessingParameterField::Any, true, true ) );
  addParameter( new QgsProcessingParameterString( QStringLiteral( "WEIGHTS" ), tr( "Weights, comma-separated, one per indicator (empty = equal)" ), QVariant(), false, true ) );
  addParameter( new QgsProcessingParameterEnum( QStringLiteral( "NORMALIZATION" ), tr( "Normalization" ),
                                                QStringList() << tr( "z-score (population standard deviation)" ) << tr( "min–max (0 to 1)" ) << tr( "percentile rank (count below / (n − 1))" ) << tr( "rank" ) << tr( "robust z (median / MAD)" ) << tr( "none" ),
                                                false, 0 ) );
  addParameter( new QgsProcessingParameterEnum( QStringLiteral( "AGGREGATION" ), tr( "Aggregation" ),
                                                QStringList() << tr( "sum" ) << tr( "weighted mean" ) << tr( "geometric mean" ) << tr( "first principal component" ), false, 0 ) );
  addParameter( new QgsProcessingParameterEnum( QStringLiteral( "FINAL_SCALING" ), tr( "Final scaling of the index" ),
                                                QStringList() << tr( "none" ) << tr( "z-score" ) << tr( "percentile rank" ) << tr( "0–100" ), false, 1 ) );
  addParameter( new QgsProcessingParameterEnum( QStringLiteral( "CLASSIFICATION" ), tr( "Classification" ),
                                                QStringList() << tr( "MSS cut points (−1, +1, +1.5)" ) << tr( "standard-deviation breaks" ) << tr( "quantiles" ) << tr( "equal interval" ) << tr( "natural breaks (Jenks)" ), false, 0 ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "CLASSES" ), tr( "Number of classes (not for MSS cut points)" ), QgsProcessingParameterNumber::Integer, 5, false, 2, 12 ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "POPULATION_FIELD" ), tr( "Population field" ), QVariant(), QStringLiteral( "INPUT" ), QgsProcessingParameterField::Any, false, true ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "MIN_POPULATION" ), tr( "Minimum population (areas below are excluded)" ), QgsProcessingParameterNumber::Double, 0.0, false, 0.0 ) );
  addParameter( new QgsProcessingParameterExpression( QStringLiteral( "EXCLUDE" ), tr( "Exclude areas where (expression)" ), QVariant(), QStringLiteral( "INPUT" ), true ) );
  addParameter( new QgsProcessingParameterString( QStringLiteral( "MISSING_VALUES" ), tr( "Codes meaning “no value” (comma-separated, e.g. -999)" ), QVariant(), false, true ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "SENSITIVITY" ), tr( "Sensitivity: Monte-Carlo runs (0 = off)" ), QgsProcessingParameterNumber::Integer, 0, false, 0, 100000 ) );
  addParameter( new QgsProcessingParameterBoolean( QStringLiteral( "SENSITIVITY_NORMALIZATION" ), tr( "Sensitivity: also vary the normalization" ), false ) );
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT" ), tr( "Social index" ), QgsProcessing::TypeVector ) );
  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT_PCA" ), tr( "Principal component loadings" ), QgsProcessing::TypeVector, QVariant(), true, false ) );
}

bool SocialIndexAlgorithm::definitionChoice( const QVariantMap &parameters, QgsProcessingContext &context, QString &definitionName, QString *message ) const
{
  const QString preset = IndexLabels::presetAt( parameterAsEnum( parameters, QStringLiteral( "PRESET" ), context ) );
  const QString own = parameterAsString( parameters, QStringLiteral( "DEFINITION" ), context ).trimmed();
  if ( !preset.isEmpty() && !own.isEmpty() && own != preset )
  {
    *message = tr( "Choose either a published method (PRESET: %1) or an own definition (DEFINITION: %2), not both." ).arg( preset, own );
    return false;
  }
  definitionName = !preset.isEmpty() ? preset : own;
  if ( !definitionName.isEmpty() && !isPreset( definitionName.toStdString() ) && !QFileInfo::exists( definitionName ) )
  {
    QStringList presets;
    for ( const std::string &name : presetNames() )
      presets << QString::fromStdString( name );
    *message = tr( "DEFINITION '%1' is neither a shipped preset nor an existing file. Presets: %2." ).arg( definitionName, presets.join( QLatin1String( ", " ) ) );
    return false;
  }
  if ( definitionName.isEmpty() && parameterAsFields( parameters, QStringLiteral( "INDICATORS" ), context ).isEmpty() )
  {
    *message = tr( "Choose the indicators (INDICATORS), a published method (PRESET, e.g. Berlin's MSS status index) or an own definition file (DEFINITION)." );
    return false;
  }
  return true;
}

bool SocialIndexAlgorithm::checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message ) const
{
  // Said in the dialog before the run starts, not only in the log afterwards.
  QString definitionName;
  QString error;
  if ( !definitionChoice( parameters, context, definitionName, &error ) )
  {
    if ( message )
      *message = error;
    return false;
  }
  return SozialraumAlgorithm::checkParameterValues( parameters, context, message );
}

QVariantMap SocialIndexAlgorithm::execute( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  std::unique_ptr<QgsProcessingFeatureSource> source( parameterAsSource( parameters, QStringLiteral( "INPUT" ), context ) );
  if ( !source )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "INPUT" ) ) );

  QString error;
  std::set<double> missingCodes;
  for ( const QString &part : parameterAsString( parameters, QStringLiteral( "MISSING_VALUES" ), context ).split( QRegularExpression( QStringLiteral( "[,;\\s]+" ) ), Qt::SkipEmptyParts ) )
  {
    bool ok = false;
    const double code = part.toDouble( &ok );
    if ( !ok )
      throw QgsProcessingException( tr( "MISSING_VALUES: '%1' is not a number. Give codes such as -999 or -1,-999." ).arg( part ) );
    missingCodes.insert( code );
  }

  IndexDefinition definition;
  QString definitionName;
  if ( !definitionChoice( parameters, context, definitionName, &error ) )
    throw QgsProcessingException( error );
  try
  {
    if ( !definitionName.isEmpty() )
    {
      definition = resolveDefinition( definitionName.toStdString() );
      const QString presetTitle = IndexLabels::presetTitle( definitionName );
      feedback->pushInfo( tr( "Definition: %1" ).arg( !presetTitle.isEmpty() ? presetTitle : QString::fromStdString( definition.title.empty() ? definition.name : definition.title ) ) );
    }
    else
    {
      FlatParameters flat;
      for ( const QString &field : parameterAsFields( parameters, QStringLiteral( "INDICATORS" ), context ) )
        flat.indicators.push_back( field.toStdString() );
      for ( const QString &field : parameterAsFields( parameters, QStringLiteral( "INVERT" ), context ) )
        flat.inverted.push_back( field.toStdString() );
      const QString weightsText = parameterAsString( parameters, QStringLiteral( "WEIGHTS" ), context );
      for ( const QString &part : weightsText.split( QRegularExpression( QStringLiteral( "[,;\\s]+" ) ), Qt::SkipEmptyParts ) )
      {
        bool ok = false;
        const double weight = part.toDouble( &ok );
        if ( !ok )
          throw QgsProcessingException( tr( "WEIGHTS: '%1' is not a number. Give one number per indicator, e.g. 1,1,2." ).arg( part ) );
        flat.weights.push_back( weight );
      }
      flat.normalization.method = kNormalizations[parameterAsEnum( parameters, QStringLiteral( "NORMALIZATION" ), context )];
      flat.aggregation.method = kAggregations[parameterAsEnum( parameters, QStringLiteral( "AGGREGATION" ), context )];
      flat.finalScaling.method = kScalings[parameterAsEnum( parameters, QStringLiteral( "FINAL_SCALING" ), context )];
      flat.classification.method = kClassifications[parameterAsEnum( parameters, QStringLiteral( "CLASSIFICATION" ), context )];
      flat.classification.classes = parameterAsInt( parameters, QStringLiteral( "CLASSES" ), context );
      if ( flat.classification.method == ClassificationMethod::MssStatus )
        flat.classification.noValueLabel = tr( "no value" ).toStdString();
      definition = buildFlatDefinition( flat );
    }
  }
  catch ( const IndexError &error )
  {
    throw QgsProcessingException( QString::fromStdString( error.what() ) );
  }
  for ( double code : definition.missingValues )
    missingCodes.insert( code );

  QStringList inputFields;
  for ( const std::string &field : definition.inputFields() )
    inputFields << QString::fromStdString( field );
  feedback->setProgressText( tr( "Reading %1 indicators of '%2'…" ).arg( inputFields.size() ).arg( source->sourceName() ) );
  const IndexInput input( source.get(), inputFields, missingCodes, feedback );
  if ( feedback->isCanceled() )
    return {};
  const RowSelection selection = input.selectRows( parameterAsString( parameters, QStringLiteral( "POPULATION_FIELD" ), context ),
                                                   parameterAsDouble( parameters, QStringLiteral( "MIN_POPULATION" ), context ),
                                                   parameterAsExpression( parameters, QStringLiteral( "EXCLUDE" ), context ), context, feedback );
  feedback->setProgress( 20 );

  IndexResult result;
  SensitivityResult sensitivity;
  const int runs = parameterAsInt( parameters, QStringLiteral( "SENSITIVITY" ), context );
  try
  {
    feedback->setProgressText( tr( "Computing the index…" ) );
    result = computeIndex( definition, input.table(), selection );
    feedback->setProgress( 40 );
    if ( runs > 0 )
    {
      feedback->setProgressText( tr( "Sensitivity: %1 Monte-Carlo runs…" ).arg( runs ) );
      SensitivitySpec spec;
      spec.runs = runs;
      spec.perturbNormalization = parameterAsBoolean( parameters, QStringLiteral( "SENSITIVITY_NORMALIZATION" ), context );
      sensitivity = runSensitivity( definition, input.table(), selection, result, spec );
    }
  }
  catch ( const IndexError &error )
  {
    throw QgsProcessingException( tr( "The index cannot be computed for '%1': %2" ).arg( input.layerName(), QString::fromStdString( error.what() ) ) );
  }
  if ( feedback->isCanceled() )
    return {};
  feedback->setProgress( 80 );

  Sozialraum::reportIndex( result, feedback );
  IndexOutput output( input, result, runs > 0 ? &sensitivity : nullptr );
  QString dest;
  std::unique_ptr<QgsFeatureSink> sink = outputSink( parameters, QStringLiteral( "OUTPUT" ), context, dest, output.fields(), source->wkbType(), source->sourceCrs(), feedback );
  output.write( *sink, feedback );
  if ( feedback->isCanceled() )
    return {};

  QVariantMap outputs;
  outputs.insert( QStringLiteral( "OUTPUT" ), dest );
  // The legend says what it classifies: "Status: high" for the MSS status index, "Index: 0.2 – 0.8" otherwise.
  const ClassificationMethod method = definition.classification.method;
  const QString subject = method == ClassificationMethod::MssStatus ? tr( "Status" ) : method == ClassificationMethod::MssDynamics ? tr( "Dynamics" ) : tr( "Index" );
  QStringList labels;
  for ( const std::string &label : result.classification.labels() )
    labels << IndexLabels::legendLabel( subject, label );
  Sozialraum::styleByClassOnLoad( context, dest, QStringLiteral( "si_class" ), labels, tr( "no value (reason in si_note)" ) );

  if ( parameters.value( QStringLiteral( "OUTPUT_PCA" ) ).isValid() && !parameterAsOutputLayer( parameters, QStringLiteral( "OUTPUT_PCA" ), context ).isEmpty() )
  {
    QString pcaDest;
    std::unique_ptr<QgsFeatureSink> pcaSink = outputSink( parameters, QStringLiteral( "OUTPUT_PCA" ), context, pcaDest, IndexOutput::pcaFields(), QgsWkbTypes::NoGeometry, QgsCoordinateReferenceSystem(), feedback );
    IndexOutput::writePca( definition, result, *pcaSink );
    outputs.insert( QStringLiteral( "OUTPUT_PCA" ), pcaDest );
  }
  feedback->setProgress( 100 );
  return outputs;
}
