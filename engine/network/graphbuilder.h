#ifndef SOZIALRAUM_NETWORK_GRAPHBUILDER_H
#define SOZIALRAUM_NETWORK_GRAPHBUILDER_H

#include "network/graph.h"
#include "network/vertexmerger.h"

#include <cmath>
#include <condition_variable>
#include <deque>
#include <exception>
#include <limits>
#include <mutex>
#include <thread>
#include <vector>

namespace sozialraum::network
{

struct GraphOptions
{
  CostType costType = CostType::Distance;
  //! Speed for lines without their own speed (and for access costs in time mode), km/h; walking by default.
  double defaultSpeedKmh = 4.5;
  //! Vertices closer than this (metres) become one node; 0 joins only identical coordinates.
  double tolerance = 0.0;
};

/**
 * Builds a Graph from polylines, the way QGIS's network analysis does: every vertex is a
 * node, consecutive vertices form an edge, lines that cross without a shared vertex are not
 * connected, vertices within the topology tolerance are merged.
 *
 * Coordinates must be planar and metric (see Point): reproject geographic layers to a
 * local UTM zone first. Usage: addLine() once per feature, in feature order (the running
 * index is kept per edge as Graph::edgeLine()), then build() once.
 */
class GraphBuilder
{
public:
  //! Throws NetworkError for a non-positive default speed (time mode) or a negative tolerance.
  explicit GraphBuilder( const GraphOptions &options );

  /**
   * Adds one polyline. \a speedKmh is used in time mode only; NaN means the default speed.
   * Returns false, and counts the line as skipped, when it has fewer than two vertices or a
   * non-finite coordinate. Throws NetworkError for a speed <= 0 km/h.
   */
  bool addLine( const Point *vertices, std::size_t count, Direction direction = Direction::Both,
                double speedKmh = std::numeric_limits<double>::quiet_NaN() );
  bool addLine( const std::vector<Point> &vertices, Direction direction = Direction::Both,
                double speedKmh = std::numeric_limits<double>::quiet_NaN() )
  {
    return addLine( vertices.data(), vertices.size(), direction, speedKmh );
  }

  //! Number of addLine() calls so far: the index the next line will get.
  std::size_t lineCount() const { return mLineCount; }

  /**
   * Makes the graph and empties the builder. Throws NetworkError when no edge was added
   * ("The network layer contains no lines with valid geometry.").
   */
  Graph build();

private:
  struct PendingEdge
  {
    NodeId from;
    NodeId to;
    float speedKmh;
    Direction direction;
    std::uint32_t line;
  };

  double costOfLength( double length, double speedKmh ) const;

  GraphOptions mOptions;
  VertexMerger mMerger;
  std::vector<PendingEdge> mEdges;
  std::vector<NodeId> mLineNodes; // scratch for one line
  std::size_t mLineCount = 0;
  BuildReport mReport;
};

/**
 * A GraphBuilder that merges vertices on a second thread while the caller reads the next lines:
 * addLine() only copies the line into a batch. Reading a city's lines through QGIS takes longer
 * than merging them, so the merging costs no time. The same lines in the same order give
 * exactly the Graph that GraphBuilder gives (one worker, lines in order). On a single core it
 * is a GraphBuilder.
 */
class BackgroundGraphBuilder
{
public:
  //! Throws NetworkError like GraphBuilder.
  explicit BackgroundGraphBuilder( const GraphOptions &options );
  //! Stops the worker (a run that ends early, e.g. cancelled or failed, leaves nothing running).
  ~BackgroundGraphBuilder();

  BackgroundGraphBuilder( const BackgroundGraphBuilder & ) = delete;
  BackgroundGraphBuilder &operator=( const BackgroundGraphBuilder & ) = delete;

  //! As GraphBuilder::addLine(); an error of an earlier line (a speed <= 0) is thrown here or by build().
  void addLine( const Point *vertices, std::size_t count, Direction direction = Direction::Both,
                double speedKmh = std::numeric_limits<double>::quiet_NaN() );
  void addLine( const std::vector<Point> &vertices, Direction direction = Direction::Both,
                double speedKmh = std::numeric_limits<double>::quiet_NaN() )
  {
    addLine( vertices.data(), vertices.size(), direction, speedKmh );
  }

  //! Waits for the worker and makes the graph; throws like GraphBuilder::build().
  Graph build();

private:
  struct Line
  {
    std::size_t end; //!< one past the line's last point in Batch::points
    Direction direction;
    double speedKmh;
  };
  struct Batch
  {
    std::vector<Point> points;
    std::vector<Line> lines;
  };

  void handOver();
  void work();
  void rethrowWorkerError();

  GraphBuilder mBuilder;
  Batch mFilling;
  bool mThreaded = false;
  std::thread mWorker;
  std::mutex mMutex;
  std::condition_variable mChanged;
  std::deque<Batch> mQueue;
  bool mFinished = false; //!< no more batches (build() or the destructor)
  std::exception_ptr mError;
};

} // namespace sozialraum::network

#endif
