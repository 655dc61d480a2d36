#include "sozialraumalgorithm.h"
#include "sozialraumresources.h"

#include "expressioncheck.h"
#include "layercheck.h"
#include "guardedsink.h"

#include <QIcon>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingparameters.h>

#include <cmath>

QString SozialraumAlgorithm::groupName( Group group )
{
  switch ( group )
  {
    case Group::SocialIndices:
      return tr( "Social indices" );
    case Group::Accessibility:
      return tr( "Accessibility" );
    case Group::ServiceGaps:
      return tr( "Service gaps" );
    case Group::Catalogue:
      return tr( "Catalogue" );
  }
  return QString();
}

QString SozialraumAlgorithm::groupIdFor( Group group )
{
  switch ( group )
  {
    case Group::SocialIndices:
      return QStringLiteral( "socialindices" );
    case Group::Accessibility:
      return QStringLiteral( "accessibility" );
    case Group::ServiceGaps:
      return QStringLiteral( "servicegaps" );
    case Group::Catalogue:
      return QStringLiteral( "catalogue" );
  }
  return QString();
}

QString SozialraumAlgorithm::group() const
{
  return groupName( algorithmGroup() );
}

QString SozialraumAlgorithm::groupId() const
{
  return groupIdFor( algorithmGroup() );
}

QString SozialraumAlgorithm::svgIconPath() const
{
  return Sozialraum::iconPath( groupIdFor( algorithmGroup() ) + QStringLiteral( ".svg" ) );
}

QIcon SozialraumAlgorithm::icon() const
{
  return QIcon( svgIconPath() );
}

QVariantMap SozialraumAlgorithm::processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  mOutputGuard.rollback(); // nothing left over from an earlier run of this instance
  try
  {
    Sozialraum::checkInputLayers( *this, parameters, context );
    Sozialraum::checkExpressionParameters( *this, parameters, context );
    mOutputGuard.check( *this, parameters, context );
    const QVariantMap results = execute( parameters, context, feedback );
    if ( feedback && feedback->isCanceled() )
      throw QgsProcessingException( tr( "Cancelled: the run stopped before it finished; no output was written and earlier files are unchanged." ) );
    return mOutputGuard.commit( results, context, feedback );
  }
  catch ( ... )
  {
    mOutputGuard.rollback();
    throw;
  }
}

std::unique_ptr<QgsFeatureSink> SozialraumAlgorithm::outputSink( const QVariantMap &parameters, const QString &name, QgsProcessingContext &context, QString &destination,
                                                                 const QgsFields &fields, QgsWkbTypes::Type geometryType, const QgsCoordinateReferenceSystem &crs,
                                                                 QgsProcessingFeedback *feedback )
{
  const QVariantMap staged = mOutputGuard.stage( *this, parameters, name, context );
  std::unique_ptr<QgsFeatureSink> sink( parameterAsSink( staged, name, context, destination, fields, geometryType, crs ) );
  if ( !sink )
  {
    const QgsProcessingParameterDefinition *definition = parameterDefinition( name );
    if ( definition && ( definition->flags() & QgsProcessingParameterDefinition::FlagOptional ) && parameterAsOutputLayer( parameters, name, context ).isEmpty() )
      return nullptr; // an optional output nobody asked for
    throw QgsProcessingException( invalidSinkError( parameters, name ) );
  }
  destination = mOutputGuard.finalDestination( destination, context );
  return std::make_unique<GuardedSink>( sink.release(), name, feedback );
}

void SozialraumAlgorithm::removeOnFailure( const QString &path ) const
{
  mOutputGuard.removeOnFailure( path );
}

namespace
{
  //! Decimals that show \a value exactly (up to 6), e.g. 0.25 → 2, 15 → 0.
  int decimalsOf( double value )
  {
    int decimals = 0;
    while ( decimals < 6 && std::fabs( value * std::pow( 10.0, decimals ) - std::round( value * std::pow( 10.0, decimals ) ) ) > 1e-9 )
      ++decimals;
    return decimals;
  }
} // namespace

bool SozialraumAlgorithm::addParameter( QgsProcessingParameterDefinition *definition, bool createOutput )
{
  if ( auto *number = dynamic_cast<QgsProcessingParameterNumber *>( definition ) )
  {
    QVariantMap metadata = number->metadata();
    QVariantMap wrapper = metadata.value( QStringLiteral( "widget_wrapper" ) ).toMap();
    if ( number->dataType() == QgsProcessingParameterNumber::Double && !wrapper.contains( QStringLiteral( "decimals" ) ) )
    {
      // Two decimals let planners type factors (1.25) and weights; more only where the default needs them.
      wrapper.insert( QStringLiteral( "decimals" ), std::max( 2, decimalsOf( number->defaultValue().toDouble() ) ) );
      metadata.insert( QStringLiteral( "widget_wrapper" ), wrapper );
      number->setMetadata( metadata );
    }
  }
  return QgsProcessingAlgorithm::addParameter( definition, createOutput );
}
