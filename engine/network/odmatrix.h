#ifndef SOZIALRAUM_NETWORK_ODMATRIX_H
#define SOZIALRAUM_NETWORK_ODMATRIX_H

#include "network/networkpoint.h"
#include "network/parallel.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace sozialraum::network
{

//! Called once per origin-destination pair within the maximum cost (indices into the caller's vectors).
using OdRowCallback = std::function<void( std::uint32_t origin, std::uint32_t destination, double cost )>;

/**
 * A sparse origin-destination matrix as a stream: one bounded search per origin, on all cores,
 * and \a row called for every destination within \a maxCost (offCosts of both included).
 *
 * Rows are never collected: workers pass them on in chunks through a small bounded queue, and
 * \a row runs on the calling thread only (never concurrently), so it may write straight to a
 * feature sink. The rows of one origin arrive together; origins come in no particular order.
 * Tens of millions of rows thus need no more memory than a few chunks.
 * Points with edge == kInvalidId take no part. Returns false when canceled.
 */
bool enumerateOd( const Graph &graph, const std::vector<NetworkPoint> &origins,
                  const std::vector<NetworkPoint> &destinations, double maxCost, const RunControl &control,
                  const OdRowCallback &row );

} // namespace sozialraum::network

#endif
