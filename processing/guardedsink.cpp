#include "guardedsink.h"

#include <qgsexception.h>
#include <qgsfeedback.h>

GuardedSink::GuardedSink( QgsFeatureSink *sink, const QString &outputName, QgsFeedback *feedback )
  : mSink( sink )
  , mOutputName( outputName )
  , mFeedback( feedback )
{
}

GuardedSink::~GuardedSink() = default;

void GuardedSink::stopIfCanceled() const
{
  if ( mFeedback && mFeedback->isCanceled() )
    throw QgsProcessingException( tr( "Cancelled while writing %1; nothing was written." ).arg( mOutputName ) );
}

void GuardedSink::failWrite() const
{
  const QString reason = mSink->lastError();
  throw QgsProcessingException( tr( "%1 could not be written (%2). Nothing was written; check that the disk has space and the file is not open elsewhere." )
                                  .arg( mOutputName, reason.isEmpty() ? tr( "the file refused a feature" ) : reason ) );
}

bool GuardedSink::addFeature( QgsFeature &feature, QgsFeatureSink::Flags flags )
{
  stopIfCanceled();
  if ( !mSink->addFeature( feature, flags ) )
    failWrite();
  return true;
}

bool GuardedSink::addFeatures( QgsFeatureList &features, QgsFeatureSink::Flags flags )
{
  stopIfCanceled();
  if ( !mSink->addFeatures( features, flags ) )
    failWrite();
  return true;
}

bool GuardedSink::flushBuffer()
{
  if ( !mSink->flushBuffer() )
    failWrite();
  return true;
}

QString GuardedSink::lastError() const
{
  return mSink->lastError();
}
