#include "index/presets.h"

#include "index/indexerror.h"

#include <cstddef>

namespace sozialraum::index
{

// defined in the generated presetsdata.cpp
struct EmbeddedPreset
{
  const char *name;
  const char *json;
};
extern const EmbeddedPreset gEmbeddedPresets[];
extern const std::size_t gEmbeddedPresetCount;

std::vector<std::string> presetNames()
{
  std::vector<std::string> names;
  for ( std::size_t i = 0; i < gEmbeddedPresetCount; ++i )
    names.emplace_back( gEmbeddedPresets[ i ].name );
  return names;
}

bool isPreset( const std::string &name )
{
  for ( std::size_t i = 0; i < gEmbeddedPresetCount; ++i )
  {
    if ( name == gEmbeddedPresets[ i ].name )
      return true;
  }
  return false;
}

std::string presetJson( const std::string &name )
{
  std::string list;
  for ( std::size_t i = 0; i < gEmbeddedPresetCount; ++i )
  {
    if ( name == gEmbeddedPresets[ i ].name )
      return gEmbeddedPresets[ i ].json;
    list += ( list.empty() ? "" : ", " ) + std::string( gEmbeddedPresets[ i ].name );
  }
  throw IndexError( "there is no preset \"" + name + "\"; the presets are " + list );
}

IndexDefinition presetDefinition( const std::string &name )
{
  try
  {
    return parseDefinition( presetJson( name ) );
  }
  catch ( const IndexError &e )
  {
    throw IndexError( "preset " + name + ": " + e.what() );
  }
}

IndexDefinition resolveDefinition( const std::string &presetNameOrPath )
{
  return isPreset( presetNameOrPath ) ? presetDefinition( presetNameOrPath ) : readDefinitionFile( presetNameOrPath );
}

} // namespace sozialraum::index
