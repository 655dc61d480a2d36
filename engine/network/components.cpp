#include "network/components.h"

#include <algorithm>
#include <numeric>

namespace sozialraum::network
{

namespace
{
//! Union-find over nodes with path halving and union by size: near-linear, no adjacency needed.
class DisjointSets
{
public:
  explicit DisjointSets( std::size_t count ) : mParent( count ), mSize( count, 1 )
  {
    std::iota( mParent.begin(), mParent.end(), 0U );
  }

  std::uint32_t find( std::uint32_t item )
  {
    while ( mParent[ item ] != item )
    {
      mParent[ item ] = mParent[ mParent[ item ] ];
      item = mParent[ item ];
    }
    return item;
  }

  void unite( std::uint32_t a, std::uint32_t b )
  {
    a = find( a );
    b = find( b );
    if ( a == b )
      return;
    if ( mSize[ a ] < mSize[ b ] )
      std::swap( a, b );
    mParent[ b ] = a;
    mSize[ a ] += mSize[ b ];
  }

private:
  std::vector<std::uint32_t> mParent;
  std::vector<std::uint32_t> mSize;
};
} // namespace

double Components::largestLengthShare() const
{
  double total = 0.0;
  for ( const Component &component : components )
    total += component.length;
  return components.empty() || total <= 0.0 ? 0.0 : components.front().length / total;
}

Components connectedComponents( const Graph &graph )
{
  const std::size_t nodeCount = graph.nodeCount();
  DisjointSets sets( nodeCount );
  for ( EdgeId e = 0; e < graph.edgeCount(); ++e )
    sets.unite( graph.edgeFrom( e ), graph.edgeTo( e ) );

  // Number the roots, then order the components by length so that index 0 is the main network.
  // A line whose vertices all merged into one node leaves a node without edges: not a part of the network.
  std::vector<bool> hasEdge( nodeCount, false );
  for ( EdgeId e = 0; e < graph.edgeCount(); ++e )
  {
    hasEdge[ graph.edgeFrom( e ) ] = true;
    hasEdge[ graph.edgeTo( e ) ] = true;
  }

  std::vector<std::uint32_t> rootComponent( nodeCount, kInvalidId );
  std::vector<Component> unordered;
  Components result;
  result.nodeComponent.assign( nodeCount, kInvalidId );
  for ( NodeId n = 0; n < nodeCount; ++n )
  {
    if ( !hasEdge[ n ] )
      continue;
    const std::uint32_t root = sets.find( n );
    if ( rootComponent[ root ] == kInvalidId )
    {
      rootComponent[ root ] = static_cast<std::uint32_t>( unordered.size() );
      unordered.emplace_back();
    }
    result.nodeComponent[ n ] = rootComponent[ root ];
    ++unordered[ rootComponent[ root ] ].nodeCount;
  }
  for ( EdgeId e = 0; e < graph.edgeCount(); ++e )
  {
    Component &component = unordered[ result.nodeComponent[ graph.edgeFrom( e ) ] ];
    ++component.edgeCount;
    component.length += graph.edgeLength( e );
  }

  std::vector<std::uint32_t> order( unordered.size() );
  std::iota( order.begin(), order.end(), 0U );
  std::stable_sort( order.begin(), order.end(),
                    [ & ]( std::uint32_t a, std::uint32_t b )
                    { return unordered[ a ].length > unordered[ b ].length; } );
  std::vector<std::uint32_t> newIndex( order.size() );
  for ( std::size_t i = 0; i < order.size(); ++i )
  {
    newIndex[ order[ i ] ] = static_cast<std::uint32_t>( i );
    result.components.push_back( unordered[ order[ i ] ] );
  }
  for ( std::uint32_t &component : result.nodeComponent )
  {
    if ( component != kInvalidId )
      component = newIndex[ component ];
  }
  return result;
}

} // namespace sozialraum::network
