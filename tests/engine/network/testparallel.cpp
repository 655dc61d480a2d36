#include "network/networkerror.h"
#include "network/parallel.h"
#include "network/sourcesearch.h"

#include "networktestutils.h"

#include <QtTest/QtTest>

#include <mutex>
#include <set>

using namespace sozialraum::network;
using namespace sozialraum::network::test;

class TestParallel : public QObject
{
  Q_OBJECT

private slots:
  void everyTaskRunsOnce();
  void errorInATaskIsRethrown();
  void cancelFlagStopsTheRun();
  void resultsAreDeliveredThroughABoundedChannel();
  void forEachSourceMatchesSingleSearches();
};

void TestParallel::everyTaskRunsOnce()
{
  RunControl control;
  control.threads = 4;
  std::vector<std::atomic<int>> runs( 1000 );
  std::mutex mutex;
  std::set<unsigned> threads;
  double lastProgress = -1.0;
  control.progress = [ & ]( double percent ) { lastProgress = percent; };
  ParallelRun run( control );
  QVERIFY( run.run( runs.size(),
                    [ & ]( std::size_t index, unsigned thread )
                    {
                      ++runs[ index ];
                      std::lock_guard<std::mutex> lock( mutex );
                      threads.insert( thread );
                    } ) );
  for ( const std::atomic<int> &count : runs )
    QCOMPARE( count.load(), 1 );
  QVERIFY( *threads.rbegin() < 4 );
  QCOMPARE( lastProgress, 100.0 );
}

void TestParallel::errorInATaskIsRethrown()
{
  RunControl control;
  control.threads = 2;
  ParallelRun run( control );
  QVERIFY_EXCEPTION_THROWN( run.run( 100,
                                     []( std::size_t index, unsigned )
                                     {
                                       if ( index == 17 )
                                         throw NetworkError( "task 17 failed" );
                                     } ),
                            NetworkError );
}

void TestParallel::cancelFlagStopsTheRun()
{
  std::atomic<bool> cancel{ false };
  RunControl control;
  control.threads = 2;
  control.cancel = &cancel;
  std::atomic<int> done{ 0 };
  ParallelRun run( control );
  QVERIFY( !run.run( 100000,
                     [ & ]( std::size_t index, unsigned )
                     {
                       if ( index == 10 )
                         cancel = true;
                       ++done;
                     } ) );
  QVERIFY( done < 1000 );
}

void TestParallel::resultsAreDeliveredThroughABoundedChannel()
{
  RunControl control;
  control.threads = 3;
  ParallelRun run( control );
  ResultChannel<std::size_t> channel( run, 2 );
  std::vector<std::size_t> received;
  const auto caller = std::this_thread::get_id();
  bool onCaller = true;
  QVERIFY( run.run(
      500, [ & ]( std::size_t index, unsigned ) { channel.push( std::size_t( index ) ); },
      [ & ]
      {
        channel.drain(
            [ & ]( std::size_t &&value )
            {
              onCaller = onCaller && std::this_thread::get_id() == caller;
              received.push_back( value );
            } );
      } ) );
  QVERIFY( onCaller );
  std::sort( received.begin(), received.end() );
  QCOMPARE( received.size(), std::size_t( 500 ) );
  for ( std::size_t i = 0; i < received.size(); ++i )
    QCOMPARE( received[ i ], i );
}

void TestParallel::forEachSourceMatchesSingleSearches()
{
  const Graph graph = gridGraph( 20, 10.0, 0.2, 17 );
  const std::vector<NetworkPoint> sources = randomNetworkPoints( graph, 30, 51 );
  const NetworkPoint probe = pointOn( 5, 0.5 );
  std::vector<double> parallel( sources.size(), -1.0 );
  RunControl control;
  control.threads = 3;
  QVERIFY( forEachSource( graph, sources, 80.0, control,
                          [ & ]( std::size_t source, const DijkstraWorkspace &workspace, unsigned )
                          {
                            parallel[ source ] = workspace.arrival( probe ).cost; // one slot per source: no lock needed
                          } ) );
  DijkstraWorkspace workspace( graph );
  for ( std::size_t s = 0; s < sources.size(); ++s )
  {
    workspace.run( sources[ s ], 80.0 );
    QCOMPARE( parallel[ s ], workspace.arrival( probe ).cost );
  }
}

QTEST_APPLESS_MAIN( TestParallel )
#include "testparallel.moc"
