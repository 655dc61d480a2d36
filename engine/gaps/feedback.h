#ifndef SOZIALRAUM_GAPS_FEEDBACK_H
#define SOZIALRAUM_GAPS_FEEDBACK_H

#include <functional>

namespace sozialraum::gaps
{

/**
 * How a long computation reports and is stopped. Both callbacks are optional and are called on
 * the calling thread (the engine is single-threaded), so they may wrap a QgsFeedback directly.
 * A canceled computation returns a result whose `canceled` flag is set and whose values are
 * incomplete: write no output from it.
 */
struct RunFeedback
{
  //! Polled now and then; return true to stop.
  std::function<bool()> isCanceled;
  //! Progress in percent (0..100).
  std::function<void( double percent )> progress;

  bool canceled() const { return isCanceled && isCanceled(); }
  void report( double percent ) const
  {
    if ( progress )
      progress( percent );
  }
};

} // namespace sozialraum::gaps

#endif
