#include "sozialraumalgorithm.h"
#include "sozialraumresources.h"

#include <QIcon>

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
