#ifndef SOZIALRAUM_GAPS_TARGETING_H
#define SOZIALRAUM_GAPS_TARGETING_H

#include <array>
#include <cstddef>
#include <string>
#include <vector>

namespace sozialraum::gaps
{

/**
 * An area counts as inside the programme when at least this share of it lies inside programme
 * areas (share >= 0.5); below it, outside. The one place of this convention.
 */
constexpr double kInsideProgrammeShare = 0.5;

//! Programme targeting of an area (methods.md §3, Bremen's WiN areas).
enum class Targeting
{
  HighNeedOutsideProgramme = 0, //!< "high need outside programme": the finding that matters
  HighNeedInsideProgramme = 1,  //!< "high need inside"
  ProgrammeWithoutHighNeed = 2, //!< "programme without high need"
  Neither = 3,                  //!< "neither"
};

//! True when \a programmeShare >= kInsideProgrammeShare. An unknown share (NaN) counts as outside.
bool isInsideProgramme( double programmeShare );

//! The class of an area from its high-need flag and its share inside programme areas (0..1).
Targeting classifyTargeting( bool highNeed, double programmeShare );

//! The label written to the output: "high need outside programme", "high need inside", "programme without high need",
//! "neither".
std::string targetingLabel( Targeting targeting );

//! Areas per class, indexed by static_cast<int>( Targeting ).
using TargetingCounts = std::array<std::size_t, 4>;

//! Classifies every area and counts the classes (for the log's summary).
std::vector<Targeting> classifyTargeting( const std::vector<char> &highNeed, const std::vector<double> &programmeShare,
                                          TargetingCounts *counts = nullptr );

} // namespace sozialraum::gaps

#endif
