#ifndef SOZIALRAUM_COMMON_FORMAT_H
#define SOZIALRAUM_COMMON_FORMAT_H

#include <string>

namespace sozialraum
{

/**
 * A number as a planner reads it in a message: integers with thousands separators
 * ("2,000,000"; without them when \a groupThousands is false), other values with up to six
 * significant digits ("0.68", "1.5e-07"). Locale-independent, so messages look the same
 * whatever the user's locale. The one number formatter of every engine part.
 */
std::string formatNumber( double value, bool groupThousands = true );

} // namespace sozialraum

#endif
