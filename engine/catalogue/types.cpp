#include "catalogue/types.h"

#include "catalogue/catalogueerror.h"

#include <utility>

namespace sozialraum::catalogue
{

namespace
{

template <typename E, size_t N> std::string codeOf( E value, const std::pair<E, const char *> ( &codes )[ N ] )
{
  for ( const auto &entry : codes )
  {
    if ( entry.first == value )
      return entry.second;
  }
  return std::string();
}

template <typename E, size_t N>
E valueOf( const std::string &code, const std::pair<E, const char *> ( &codes )[ N ], const char *what )
{
  std::string allowed;
  for ( const auto &entry : codes )
  {
    if ( code == entry.second )
      return entry.first;
    allowed += std::string( allowed.empty() ? "" : ", " ) + "'" + entry.second + "'";
  }
  throw CatalogueError( "'" + code + "' is not a known " + what + "; use one of " + allowed + "." );
}

const std::pair<ServiceStatus, const char *> SERVICE_STATUS[] = {
    { ServiceStatus::Active, "active" },
    { ServiceStatus::Inactive, "inactive" },
    { ServiceStatus::Defunct, "defunct" },
    { ServiceStatus::TemporarilyClosed, "temporarily closed" },
};

const std::pair<OrganizationForm, const char *> ORGANIZATION_FORM[] = {
    { OrganizationForm::Central, "central" },
    { OrganizationForm::Quarter, "quarter" },
    { OrganizationForm::Outreach, "outreach" },
    { OrganizationForm::Mobile, "mobile" },
};

const std::pair<PlanningState, const char *> PLANNING_STATE[] = {
    { PlanningState::Planned, "planned" }, { PlanningState::InImplementation, "in_implementation" },
    { PlanningState::Active, "active" },   { PlanningState::Paused, "paused" },
    { PlanningState::Ended, "ended" },
};

const std::pair<StakeholderKind, const char *> STAKEHOLDER_KIND[] = {
    { StakeholderKind::PublicOffice, "public_office" },
    { StakeholderKind::WelfareAssociation, "welfare_association" },
    { StakeholderKind::IndependentProvider, "independent_provider" },
    { StakeholderKind::Association, "association" },
    { StakeholderKind::Jobcenter, "jobcenter" },
    { StakeholderKind::HousingCompany, "housing_company" },
    { StakeholderKind::Initiative, "initiative" },
    { StakeholderKind::Research, "research" },
    { StakeholderKind::Business, "business" },
    { StakeholderKind::Other, "other" },
};

const std::pair<LocationType, const char *> LOCATION_TYPE[] = {
    { LocationType::Physical, "physical" },
    { LocationType::Postal, "postal" },
    { LocationType::Virtual, "virtual" },
};

const std::pair<TermRole, const char *> TERM_ROLE[] = {
    { TermRole::Theme, "theme" },
    { TermRole::TargetGroup, "target_group" },
};

} // namespace

std::string toString( ServiceStatus value )
{
  return codeOf( value, SERVICE_STATUS );
}
std::string toString( OrganizationForm value )
{
  return codeOf( value, ORGANIZATION_FORM );
}
std::string toString( PlanningState value )
{
  return codeOf( value, PLANNING_STATE );
}
std::string toString( StakeholderKind value )
{
  return codeOf( value, STAKEHOLDER_KIND );
}
std::string toString( LocationType value )
{
  return codeOf( value, LOCATION_TYPE );
}
std::string toString( TermRole value )
{
  return codeOf( value, TERM_ROLE );
}

ServiceStatus serviceStatusFromString( const std::string &code )
{
  return valueOf( code, SERVICE_STATUS, "offering status" );
}
OrganizationForm organizationFormFromString( const std::string &code )
{
  return valueOf( code, ORGANIZATION_FORM, "organization form" );
}
const std::vector<OrganizationForm> &organizationForms()
{
  static const std::vector<OrganizationForm> forms = [] {
    std::vector<OrganizationForm> list;
    for ( const auto &entry : ORGANIZATION_FORM )
      list.push_back( entry.first );
    return list;
  }();
  return forms;
}

PlanningState planningStateFromString( const std::string &code )
{
  return valueOf( code, PLANNING_STATE, "planning state" );
}
StakeholderKind stakeholderKindFromString( const std::string &code )
{
  return valueOf( code, STAKEHOLDER_KIND, "kind of stakeholder" );
}
LocationType locationTypeFromString( const std::string &code )
{
  return valueOf( code, LOCATION_TYPE, "location type" );
}

} // namespace sozialraum::catalogue
