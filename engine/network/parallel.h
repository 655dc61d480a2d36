#ifndef SOZIALRAUM_NETWORK_PARALLEL_H
#define SOZIALRAUM_NETWORK_PARALLEL_H

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>

namespace sozialraum::network
{

/**
 * How a long computation runs and reports. Callbacks are called on the thread that started
 * the computation, never on a worker, so they may touch QgsFeedback or a feature sink.
 */
struct RunControl
{
  //! Worker threads; 0 = std::thread::hardware_concurrency().
  unsigned threads = 0;
  //! Checked by the workers between tasks; set it from anywhere to stop.
  const std::atomic<bool> *cancel = nullptr;
  //! Polled on the calling thread; return true to stop (for example QgsFeedback::isCanceled).
  std::function<bool()> isCanceled;
  //! Progress in percent (0..100), on the calling thread.
  std::function<void( double )> progress;
};

/**
 * Runs independent tasks on worker threads while the calling thread supervises: it reports
 * progress, polls cancellation and runs a supervise hook (which consumes results, see
 * ResultChannel) whenever it wakes up.
 */
class ParallelRun
{
public:
  explicit ParallelRun( const RunControl &control );

  unsigned threadCount() const { return mThreadCount; }

  /**
   * Calls task(index, thread) for every index in [0, count) on threadCount() workers
   * (thread is 0 .. threadCount() - 1, for per-thread state). Returns false when canceled.
   * The first exception thrown by a task or by \a supervise stops the run and is rethrown here.
   * \a supervise runs on the calling thread at least every 50 ms, after notify(), and once
   * after the workers finished. \a threadDone(thread) runs on each worker after its last task
   * (not when stopping), to hand over what the thread still holds.
   */
  bool run( std::size_t count, const std::function<void( std::size_t, unsigned )> &task,
            const std::function<void()> &supervise = {}, const std::function<void( unsigned )> &threadDone = {} );

  //! Wakes the supervising thread early (a worker has results waiting).
  void notify();

  //! True once canceled or aborted by an error; long tasks may check it.
  bool isStopping() const;

private:
  const RunControl &mControl;
  unsigned mThreadCount = 1;
  std::atomic<bool> mStop{ false };
  std::atomic<std::size_t> mNext{ 0 };
  std::atomic<std::size_t> mDone{ 0 };
  std::mutex mMutex;
  std::condition_variable mWake;
  bool mWakeRequested = false;
  std::exception_ptr mError;
};

/**
 * A bounded queue from workers to the supervising thread. Workers push() results; the
 * supervise hook of ParallelRun calls drain() to hand them to the consumer on the calling
 * thread. A worker waits while the queue is full, so results never pile up in memory when
 * the consumer (for example a file writer) is slower than the search.
 */
template <typename T> class ResultChannel
{
public:
  ResultChannel( ParallelRun &run, std::size_t capacity ) : mRun( run ), mCapacity( capacity < 1 ? 1 : capacity ) {}

  //! Queues \a value; returns false (and drops it) when the run is stopping.
  bool push( T &&value )
  {
    std::unique_lock<std::mutex> lock( mMutex );
    while ( mQueue.size() >= mCapacity )
    {
      if ( mRun.isStopping() )
        return false;
      mRun.notify();
      mNotFull.wait_for( lock, std::chrono::milliseconds( 20 ) );
    }
    mQueue.push_back( std::move( value ) );
    lock.unlock();
    mRun.notify();
    return true;
  }

  //! Hands every queued value to \a consume, on the calling thread.
  void drain( const std::function<void( T && )> &consume )
  {
    for ( ;; )
    {
      std::unique_lock<std::mutex> lock( mMutex );
      if ( mQueue.empty() )
        return;
      T value = std::move( mQueue.front() );
      mQueue.pop_front();
      lock.unlock();
      mNotFull.notify_all();
      consume( std::move( value ) );
    }
  }

private:
  ParallelRun &mRun;
  std::size_t mCapacity;
  std::mutex mMutex;
  std::condition_variable mNotFull;
  std::deque<T> mQueue;
};

} // namespace sozialraum::network

#endif
