#include "gaps/targeting.h"

#include "gaps/gapserror.h"

namespace sozialraum::gaps
{

bool isInsideProgramme( double programmeShare )
{
  return programmeShare >= kInsideProgrammeShare; // false for NaN
}

Targeting classifyTargeting( bool highNeed, double programmeShare )
{
  const bool inside = isInsideProgramme( programmeShare );
  if ( highNeed )
    return inside ? Targeting::HighNeedInsideProgramme : Targeting::HighNeedOutsideProgramme;
  return inside ? Targeting::ProgrammeWithoutHighNeed : Targeting::Neither;
}

std::string targetingLabel( Targeting targeting )
{
  switch ( targeting )
  {
  case Targeting::HighNeedOutsideProgramme:
    return "high need outside programme";
  case Targeting::HighNeedInsideProgramme:
    return "high need inside";
  case Targeting::ProgrammeWithoutHighNeed:
    return "programme without high need";
  case Targeting::Neither:
    return "neither";
  }
  return std::string();
}

std::vector<Targeting> classifyTargeting( const std::vector<char> &highNeed, const std::vector<double> &programmeShare,
                                          TargetingCounts *counts )
{
  if ( highNeed.size() != programmeShare.size() )
    throw GapsError( "There are " + std::to_string( highNeed.size() ) + " need flags for " +
                     std::to_string( programmeShare.size() ) + " programme shares" );
  std::vector<Targeting> classes( highNeed.size() );
  if ( counts )
    counts->fill( 0 );
  for ( std::size_t i = 0; i < highNeed.size(); ++i )
  {
    classes[ i ] = classifyTargeting( highNeed[ i ] != 0, programmeShare[ i ] );
    if ( counts )
      ++( *counts )[ static_cast<std::size_t>( classes[ i ] ) ];
  }
  return classes;
}

} // namespace sozialraum::gaps
