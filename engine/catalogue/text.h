#pragma once

#include <string>

namespace sozialraum::catalogue
{

//! \a text without leading and trailing white space (ASCII white space and no-break space U+00A0).
std::string trimmed( const std::string &text );

/**
 * Key for comparing names as a person would: trimmed, inner white space runs collapsed to one
 * space, case folded for Latin, Greek and Cyrillic letters (Ä = ä, ẞ and ß = ss). "  Caritas
 * VERBAND  Lübeck " and "caritas verband LÜBECK" give the same key. Used to deduplicate
 * stakeholders by name.
 */
std::string foldedName( const std::string &text );

//! True when \a text is well-formed UTF-8.
bool isValidUtf8( const std::string &text );

//! Number of code points in UTF-8 \a text.
size_t utf8Length( const std::string &text );

} // namespace sozialraum::catalogue
