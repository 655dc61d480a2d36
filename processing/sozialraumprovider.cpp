#include "sozialraumprovider.h"
#include "sozialraumresources.h"
#include "sozialraumalgorithms.h"

#include <QIcon>

SozialraumProvider::SozialraumProvider( QObject *parent )
  : QgsProcessingProvider( parent )
{
  Sozialraum::initResources();
}

QString SozialraumProvider::id() const
{
  return QStringLiteral( "sozialraum" );
}

QString SozialraumProvider::name() const
{
  return tr( "Sozialraum" );
}

QString SozialraumProvider::longName() const
{
  return tr( "Sozialraum %1 – social indices, accessibility and service gaps" ).arg( Sozialraum::version() );
}

QString SozialraumProvider::versionInfo() const
{
  return Sozialraum::version();
}

QString SozialraumProvider::svgIconPath() const
{
  return Sozialraum::iconPath( QStringLiteral( "provider.svg" ) );
}

QIcon SozialraumProvider::icon() const
{
  return QIcon( svgIconPath() );
}

void SozialraumProvider::loadAlgorithms()
{
  for ( QgsProcessingAlgorithm *algorithm : Sozialraum::createAlgorithms() )
    addAlgorithm( algorithm );
}
