#ifndef SOZIALRAUM_NETWORK_WKB_H
#define SOZIALRAUM_NETWORK_WKB_H

#include "network/buffercontour.h"

#include <vector>

namespace sozialraum::network
{

/**
 * Little-endian 2D WKB of a MultiPolygon (empty for no polygons). Written directly: the traced
 * rings are valid already, and a round trip through GEOS would only cost time.
 */
std::vector<unsigned char> multiPolygonWkb( const std::vector<PolygonRings> &polygons );

//! Area of the polygons (shells minus holes), square units of the coordinates.
double polygonArea( const std::vector<PolygonRings> &polygons );

} // namespace sozialraum::network

#endif
