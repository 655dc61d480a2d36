#include "sozialraumtranslator.h"
#include "sozialraumresources.h"

#include <QCoreApplication>
#include <QTranslator>
#include <qgsapplication.h>

SozialraumTranslator::SozialraumTranslator( const QString &locale )
  : mTranslator( std::make_unique<QTranslator>() )
  , mLocale( locale.isEmpty() ? QgsApplication::locale() : locale )
{
  Sozialraum::initResources();
  // English is the source language: nothing to install.
  if ( mLocale.isEmpty() || mLocale.startsWith( QLatin1String( "en" ) ) )
    return;
  const QString file = QStringLiteral( "sozialraum_%1" ).arg( mLocale.left( 2 ) );
  if ( mTranslator->load( file, QStringLiteral( ":/sozialraum/i18n" ) ) )
    mInstalled = QCoreApplication::installTranslator( mTranslator.get() );
}

SozialraumTranslator::~SozialraumTranslator()
{
  if ( mInstalled )
    QCoreApplication::removeTranslator( mTranslator.get() );
}
