#include "sozialraumresources.h"

// Q_INIT_RESOURCE must be called outside any namespace.
static void initSozialraumResourceFiles()
{
  Q_INIT_RESOURCE( sozialraum_icons );
  Q_INIT_RESOURCE( sozialraum_i18n );
}

void Sozialraum::initResources()
{
  static bool sDone = false;
  if ( !sDone )
  {
    initSozialraumResourceFiles();
    sDone = true;
  }
}

QString Sozialraum::version()
{
  return QStringLiteral( SOZIALRAUM_VERSION );
}

QString Sozialraum::iconPath( const QString &fileName )
{
  return QStringLiteral( ":/sozialraum/icons/" ) + fileName;
}
