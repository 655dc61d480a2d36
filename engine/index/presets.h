#pragma once

#include "index/definition.h"

#include <string>
#include <vector>

namespace sozialraum::index
{

/**
 * The shipped index definitions (the JSON files in engine/index/presets), compiled into
 * the library so that they work without the source tree:
 * berlin-mss-status, berlin-mss-dynamics, cdc-svi-2022, imd-exponential.
 */
std::vector<std::string> presetNames();

bool isPreset( const std::string &name );

//! The preset's JSON text; throws IndexError listing the presets for an unknown name.
std::string presetJson( const std::string &name );

//! The parsed preset.
IndexDefinition presetDefinition( const std::string &name );

//! A preset name or the path of a definition file, as the DEFINITION parameter takes it.
IndexDefinition resolveDefinition( const std::string &presetNameOrPath );

} // namespace sozialraum::index
