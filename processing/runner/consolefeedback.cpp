#include "consolefeedback.h"

#include <cstdio>
#include <ctime>
#include <iostream>

bool RunnerTimings::enabled()
{
  static const bool on = qEnvironmentVariableIntValue( "SOZIALRAUM_TIMINGS" ) > 0;
  return on;
}

void RunnerTimings::mark( const char *what )
{
  if ( !enabled() )
    return;
  timespec now;
  clock_gettime( CLOCK_REALTIME, &now );
  std::cerr.flush();
  std::fprintf( stderr, "[timing] %lld.%06ld %s\n", static_cast<long long>( now.tv_sec ), now.tv_nsec / 1000, what );
  std::fflush( stderr );
}

void RunnerTimings::mark( const QString &what )
{
  if ( enabled() )
    mark( what.left( 60 ).toUtf8().constData() );
}

ConsoleFeedback::ConsoleFeedback( bool json )
  : mJson( json )
{
  connect( this, &QgsFeedback::progressChanged, this, &ConsoleFeedback::showProgress );
}

void ConsoleFeedback::write( const QString &text )
{
  // Finish a started progress line first, and start the next one afresh.
  if ( mLastTick >= 0 && mLastTick < 100 )
    std::cerr << '\n';
  RunnerTimings::mark( text );
  std::cerr << text.toStdString() << std::endl;
  mLastTick = -10;
}

void ConsoleFeedback::showProgress( double progress )
{
  const int tick = std::min( 100, static_cast<int>( progress / 10 ) * 10 );
  if ( tick <= mLastTick )
    return;
  for ( int t = mLastTick + 10; t <= tick; t += 10 )
  {
    if ( RunnerTimings::enabled() )
      RunnerTimings::mark( QStringLiteral( "progress %1 %" ).arg( t ) );
    std::cerr << t << ( t < 100 ? "..." : "\n" );
  }
  std::cerr.flush();
  mLastTick = tick;
}

void ConsoleFeedback::setProgressText( const QString &text )
{
  mInfo << text;
  write( text );
  QgsProcessingFeedback::setProgressText( text );
}

void ConsoleFeedback::reportError( const QString &error, bool fatalError )
{
  mErrors << error;
  write( tr( "ERROR: %1" ).arg( error ) );
  QgsProcessingFeedback::reportError( error, fatalError );
}

void ConsoleFeedback::pushWarning( const QString &warning )
{
  mWarnings << warning;
  write( tr( "WARNING: %1" ).arg( warning ) );
  QgsProcessingFeedback::pushWarning( warning );
}

void ConsoleFeedback::pushInfo( const QString &info )
{
  mInfo << info;
  write( info );
  QgsProcessingFeedback::pushInfo( info );
}

void ConsoleFeedback::pushCommandInfo( const QString &info )
{
  mInfo << info;
  write( info );
  QgsProcessingFeedback::pushCommandInfo( info );
}

void ConsoleFeedback::pushDebugInfo( const QString &info )
{
  // Debug chatter only in the log, not on the console.
  QgsProcessingFeedback::pushDebugInfo( info );
}

void ConsoleFeedback::pushConsoleInfo( const QString &info )
{
  mInfo << info;
  write( info );
  QgsProcessingFeedback::pushConsoleInfo( info );
}

QVariantMap ConsoleFeedback::log() const
{
  QVariantMap log;
  log.insert( QStringLiteral( "errors" ), mErrors );
  log.insert( QStringLiteral( "warnings" ), mWarnings );
  log.insert( QStringLiteral( "info" ), mInfo );
  return log;
}
