#ifndef SOZIALRAUM_NETWORK_TYPES_H
#define SOZIALRAUM_NETWORK_TYPES_H

#include <cstdint>
#include <limits>

namespace sozialraum::network
{

//! Node, edge and arc ids are 32-bit: half the memory of size_t and enough for a country's road network.
using NodeId = std::uint32_t;
using EdgeId = std::uint32_t;
using ArcId = std::uint32_t;

constexpr std::uint32_t kInvalidId = std::numeric_limits<std::uint32_t>::max();
constexpr double kUnreachable = std::numeric_limits<double>::infinity();

/**
 * A position in a PLANAR METRIC coordinate system (metres). The engine measures lengths with
 * Pythagoras, so callers reproject geographic data (for example OSM in EPSG:4326) to a local
 * projected CRS such as the UTM zone of the network's centre before handing it over.
 */
struct Point
{
  double x = 0.0;
  double y = 0.0;
};

inline bool operator==( const Point &a, const Point &b )
{
  return a.x == b.x && a.y == b.y;
}

//! Which way a line may be travelled, relative to the order of its vertices.
enum class Direction
{
  Both,     //!< two-way
  Forward,  //!< one-way in digitizing direction
  Backward, //!< one-way against digitizing direction
};

enum class CostType
{
  Distance, //!< metres
  Time,     //!< minutes, from a speed in km/h
};

} // namespace sozialraum::network

#endif
