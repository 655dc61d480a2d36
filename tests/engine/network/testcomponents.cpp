#include "network/components.h"

#include "networktestutils.h"

#include <QtTest/QtTest>

using namespace sozialraum::network;
using namespace sozialraum::network::test;

class TestComponents : public QObject
{
  Q_OBJECT

private slots:
  void countsPartsLargestFirst();
  void oneWayStreetsDoNotSplitTheNetwork();
  void crossingWithoutVertexMakesTwoParts();
};

void TestComponents::countsPartsLargestFirst()
{
  // A 300 m main part of three edges, a 20 m island and a 50 m island.
  const Graph graph = buildGraph( { { { { 0, 0 }, { 100, 0 }, { 200, 0 }, { 300, 0 } } },
                                    { { { 1000, 0 }, { 1020, 0 } } },
                                    { { { 2000, 0 }, { 2030, 40 } } } } );
  const Components components = connectedComponents( graph );
  QCOMPARE( components.count(), std::size_t( 3 ) );
  QCOMPARE( components.components[ 0 ].nodeCount, std::size_t( 4 ) );
  QCOMPARE( components.components[ 0 ].edgeCount, std::size_t( 3 ) );
  QCOMPARE( components.components[ 0 ].length, 300.0 );
  QCOMPARE( components.components[ 1 ].length, 50.0 );
  QCOMPARE( components.components[ 2 ].length, 20.0 );
  QCOMPARE( components.largestLengthShare(), 300.0 / 370.0 );
  QCOMPARE( components.nodeComponent[ findNode( graph, { 200, 0 } ) ], 0U );
  QCOMPARE( components.nodeComponent[ findNode( graph, { 1020, 0 } ) ], 2U );
}

void TestComponents::oneWayStreetsDoNotSplitTheNetwork()
{
  const Graph graph = buildGraph(
      { { { { 0, 0 }, { 100, 0 } }, Direction::Forward }, { { { 200, 0 }, { 100, 0 } }, Direction::Forward } } );
  QCOMPARE( connectedComponents( graph ).count(), std::size_t( 1 ) );
}

void TestComponents::crossingWithoutVertexMakesTwoParts()
{
  const Graph graph = buildGraph( { { { { -10, 0 }, { 10, 0 } } }, { { { 0, -10 }, { 0, 10 } } } } );
  const Components components = connectedComponents( graph );
  QCOMPARE( components.count(), std::size_t( 2 ) );
  QCOMPARE( components.largestLengthShare(), 0.5 );
}

QTEST_APPLESS_MAIN( TestComponents )
#include "testcomponents.moc"
