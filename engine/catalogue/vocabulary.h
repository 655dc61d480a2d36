#pragma once

#include <string>
#include <vector>

namespace sozialraum::catalogue
{

class Database;

/**
 * The vocabularies every catalogue starts with (HSDS taxonomy + taxonomy_term). Their ids are
 * fixed, so that two catalogues (and their HSDS exports) share them: an offering tagged
 * "Seniorinnen und Senioren" in one district's catalogue means the same term in another's.
 */
namespace vocabulary
{

//! Themes: the seven theses of the NRW welfare associations on quarter development.
inline constexpr const char *THEME_TAXONOMY_ID = "1f0be182-60c6-44a0-bbbd-23d24ddcac9a";
//! Themes: the basic functions of a quarter (housing, work, safety, local supply ...).
inline constexpr const char *QUARTER_FUNCTION_TAXONOMY_ID = "eb2c5706-442f-4def-b9d9-33be2b056a3d";
//! Target groups: the values of OpenStreetMap's social_facility:for (plus "woman").
inline constexpr const char *TARGET_GROUP_TAXONOMY_ID = "504fec99-80f4-4ed0-9282-6e830776418c";

//! HSDS attribute.link_type the catalogue writes for theme and target-group links.
inline constexpr const char *THEME_LINK_TYPE = "theme";
inline constexpr const char *TARGET_GROUP_LINK_TYPE = "target_group";

struct SeedTerm
{
  std::string id;
  std::string code;
  std::string name;
  std::string description;
  std::string termUri;
};

struct SeedTaxonomy
{
  std::string id;
  std::string name;
  std::string description;
  std::string uri;
  std::vector<SeedTerm> terms;
};

//! The seeded vocabularies, in the order they are written.
const std::vector<SeedTaxonomy> &seededTaxonomies();

//! Id of the seeded term \a code of taxonomy \a taxonomyId, or "" (no database needed).
std::string seededTermId( const std::string &taxonomyId, const std::string &code );

//! Writes the seeded vocabularies (schema migration 2).
void seedVocabularies( Database &database );

} // namespace vocabulary

} // namespace sozialraum::catalogue
