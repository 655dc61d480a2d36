#pragma once

#include <string>

namespace sozialraum::catalogue
{

//! A random (version 4) UUID in lower-case canonical form, from the operating system's random source.
std::string createUuid();

//! True when \a text is a UUID in canonical 8-4-4-4-12 hex form (any case, any version).
bool isUuid( const std::string &text );

} // namespace sozialraum::catalogue
