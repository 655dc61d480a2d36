#include "network/parallel.h"

#include <algorithm>
#include <thread>
#include <vector>

namespace sozialraum::network
{

ParallelRun::ParallelRun( const RunControl &control ) : mControl( control )
{
  const unsigned hardware = std::max( 1U, std::thread::hardware_concurrency() );
  mThreadCount = control.threads > 0 ? control.threads : hardware;
}

void ParallelRun::notify()
{
  {
    std::lock_guard<std::mutex> lock( mMutex );
    mWakeRequested = true;
  }
  mWake.notify_one();
}

bool ParallelRun::isStopping() const
{
  return mStop.load( std::memory_order_relaxed ) ||
         ( mControl.cancel && mControl.cancel->load( std::memory_order_relaxed ) );
}

bool ParallelRun::run( std::size_t count, const std::function<void( std::size_t, unsigned )> &task,
                       const std::function<void()> &supervise, const std::function<void( unsigned )> &threadDone )
{
  mStop = false;
  mNext = 0;
  mDone = 0;
  mError = nullptr;

  const auto fail = [ this ]( std::exception_ptr error )
  {
    std::lock_guard<std::mutex> lock( mMutex );
    if ( !mError )
      mError = error;
    mStop = true;
  };

  const unsigned threadCount =
      static_cast<unsigned>( std::min<std::size_t>( mThreadCount, std::max<std::size_t>( count, 1 ) ) );
  std::atomic<unsigned> running{ threadCount };
  std::vector<std::thread> workers;
  workers.reserve( threadCount );
  try
  {
    for ( unsigned thread = 0; thread < threadCount; ++thread )
    {
      workers.emplace_back(
          [ &, thread ]
          {
            // Tasks are handed out one at a time: searches differ a lot in size, so fixed blocks would leave threads
            // idle.
            try
            {
              for ( std::size_t index = mNext++; index < count && !isStopping(); index = mNext++ )
              {
                task( index, thread );
                ++mDone;
              }
              if ( threadDone && !isStopping() )
                threadDone( thread );
            }
            catch ( ... )
            {
              fail( std::current_exception() );
            }
            --running;
            notify();
          } );
    }
  }
  catch ( ... )
  {
    // A thread could not be started (resources exhausted): stop the ones that run, then report.
    mStop = true;
    for ( std::thread &worker : workers )
      worker.join();
    throw;
  }

  bool canceled = false;
  double lastProgress = -1.0;
  for ( ;; )
  {
    const bool finished = running.load() == 0;
    try
    {
      // After an error or a cancel nobody wants the remaining results.
      if ( supervise && !isStopping() )
        supervise();
      if ( !canceled && mControl.isCanceled && mControl.isCanceled() )
        canceled = true;
      if ( mControl.progress && count > 0 )
      {
        const double progress = 100.0 * static_cast<double>( mDone.load() ) / static_cast<double>( count );
        if ( progress != lastProgress )
        {
          mControl.progress( progress );
          lastProgress = progress;
        }
      }
    }
    catch ( ... )
    {
      fail( std::current_exception() );
    }
    if ( canceled )
      mStop = true;
    if ( finished )
      break;
    std::unique_lock<std::mutex> lock( mMutex );
    mWake.wait_for( lock, std::chrono::milliseconds( 50 ), [ this ] { return mWakeRequested; } );
    mWakeRequested = false;
  }

  for ( std::thread &worker : workers )
    worker.join();
  if ( mError )
    std::rethrow_exception( mError );
  return !canceled && !( mControl.cancel && mControl.cancel->load() );
}

} // namespace sozialraum::network
