#include "testutils.h"
#include "sozialraumprovider.h"

#include <QFileInfo>
#include <qgsapplication.h>
#include <qgsnativealgorithms.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingregistry.h>
#include <qgsprocessingutils.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>
#include <qgsexception.h>

namespace
{
  //! Collects every message so tests can check what a planner would read.
  class RecordingFeedback : public QgsProcessingFeedback
  {
    public:
      QString log;
      void reportError( const QString &error, bool fatal ) override { log += error + '\n'; QgsProcessingFeedback::reportError( error, fatal ); }
      void pushWarning( const QString &warning ) override { log += warning + '\n'; }
      void pushInfo( const QString &info ) override { log += info + '\n'; }
      void setProgressText( const QString &text ) override { log += text + '\n'; }
  };
} // namespace

void TestUtils::initQgis()
{
  QgsApplication::init();
  QgsApplication::initQgis();
  QgsApplication::processingRegistry()->addProvider( new QgsNativeAlgorithms( QgsApplication::processingRegistry() ) );
  QgsApplication::processingRegistry()->addProvider( new SozialraumProvider( QgsApplication::processingRegistry() ) );
}

void TestUtils::exitQgis()
{
  QgsApplication::exitQgis();
}

TestUtils::Run TestUtils::run( const QString &algorithmId, const QVariantMap &parameters )
{
  Run run;
  const QgsProcessingAlgorithm *registered = QgsApplication::processingRegistry()->algorithmById( algorithmId );
  if ( !registered )
  {
    run.error = QStringLiteral( "no algorithm %1" ).arg( algorithmId );
    return run;
  }
  std::unique_ptr<QgsProcessingAlgorithm> algorithm( registered->create() );
  QgsProcessingContext context;
  context.setProject( QgsProject::instance() );
  RecordingFeedback feedback;
  QVariantMap prepared = parameters;
  try
  {
    if ( !algorithm->prepare( prepared, context, &feedback ) )
    {
      run.error = feedback.log;
      return run;
    }
    run.results = algorithm->runPrepared( prepared, context, &feedback );
    algorithm->postProcess( context, &feedback );
    run.ok = true;
  }
  catch ( const QgsProcessingException &e )
  {
    run.error = e.what();
  }
  run.log = feedback.log;
  return run;
}

std::unique_ptr<QgsVectorLayer> TestUtils::layer( const QString &path )
{
  auto layer = std::make_unique<QgsVectorLayer>( path, QStringLiteral( "result" ), QStringLiteral( "ogr" ) );
  if ( !layer->isValid() )
    return nullptr;
  return layer;
}

QString TestUtils::sharedData( const QString &fileName )
{
  return QStringLiteral( SOZIALRAUM_SHARED_DATA "/" ) + fileName;
}
