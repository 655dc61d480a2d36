#ifndef SOZIALRAUM_GAPS_LOCALSEARCH_H
#define SOZIALRAUM_GAPS_LOCALSEARCH_H

// Internal to the location models (MCLP, p-median); not part of the public API.

#include "gaps/costtable.h"
#include "gaps/feedback.h"

#include <vector>

namespace sozialraum::gaps
{

/**
 * A location model as the multi-start search sees it: a set of chosen sites with a value to
 * maximize (covered weight; minus the weighted cost for the p-median), incremental add and
 * remove, the best single addition and one pass of improving swaps.
 */
class LocalSearchModel
{
public:
  virtual ~LocalSearchModel() = default;

  virtual std::size_t candidateCount() const = 0;
  virtual double value() const = 0;
  virtual const std::vector<Index> &chosen() const = 0;
  virtual bool isChosen( Index candidate ) const = 0;
  virtual void add( Index candidate ) = 0;
  //! May leave the model stale until settle().
  virtual void remove( Index candidate ) = 0;
  virtual void settle() = 0;

  //! Value of every candidate on its own, with nothing chosen (call when empty).
  virtual std::vector<double> standAloneValues() const = 0;
  //! The unchosen, unbarred candidate adding most (ties: lowest index) and its gain; kNoIndex if none.
  virtual Index bestAddition( const std::vector<char> &barred, double &gain ) const = 0;
  //! One pass of vertex substitution; true if a swap was made. Sets \a canceled when asked to stop.
  virtual bool swapPass( std::size_t &swaps, const RunFeedback &feedback, bool &canceled ) = 0;
};

struct MultiStartResult
{
  std::vector<Index> best;
  double value = 0.0;
  std::size_t starts = 0; //!< local searches run
  std::size_t swaps = 0;  //!< improving swaps made in all of them
  bool canceled = false;
};

/**
 * Greedy + swap from the empty set, again with each of the next \a restarts candidates of
 * largest stand-alone value forced in first, then perturbation of the best (drop one site, bar
 * it from the greedy refill, swap) until no drop improves. Changes of at most \a tolerance
 * count as none. The model is left in an unspecified state.
 */
MultiStartResult runMultiStart( LocalSearchModel &model, std::size_t sites, std::size_t restarts, double tolerance,
                                const RunFeedback &feedback );

} // namespace sozialraum::gaps

#endif
