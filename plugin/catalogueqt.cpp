#include "catalogueqt.h"

using namespace sozialraum::catalogue;

std::optional<std::string> CatalogueQt::optional( const QString &text )
{
  const QString trimmed = text.trimmed();
  if ( trimmed.isEmpty() )
    return std::nullopt;
  return trimmed.toStdString();
}

QString CatalogueText::status( ServiceStatus value )
{
  switch ( value )
  {
    case ServiceStatus::Active:
      return tr( "Active" );
    case ServiceStatus::Inactive:
      return tr( "Inactive" );
    case ServiceStatus::Defunct:
      return tr( "Defunct" );
    case ServiceStatus::TemporarilyClosed:
      return tr( "Temporarily closed" );
  }
  return QString();
}

QString CatalogueText::organizationForm( OrganizationForm value )
{
  switch ( value )
  {
    case OrganizationForm::Central:
      return tr( "Central" );
    case OrganizationForm::Quarter:
      return tr( "In the quarter" );
    case OrganizationForm::Outreach:
      return tr( "Outreach" );
    case OrganizationForm::Mobile:
      return tr( "Mobile" );
  }
  return QString();
}

QString CatalogueText::planningState( PlanningState value )
{
  switch ( value )
  {
    case PlanningState::Planned:
      return tr( "Planned" );
    case PlanningState::InImplementation:
      return tr( "In implementation" );
    case PlanningState::Active:
      return tr( "Running" );
    case PlanningState::Paused:
      return tr( "Paused" );
    case PlanningState::Ended:
      return tr( "Ended" );
  }
  return QString();
}

QString CatalogueText::stakeholderKind( StakeholderKind value )
{
  switch ( value )
  {
    case StakeholderKind::PublicOffice:
      return tr( "Public office" );
    case StakeholderKind::WelfareAssociation:
      return tr( "Welfare association" );
    case StakeholderKind::IndependentProvider:
      return tr( "Independent provider" );
    case StakeholderKind::Association:
      return tr( "Association" );
    case StakeholderKind::Jobcenter:
      return tr( "Jobcenter" );
    case StakeholderKind::HousingCompany:
      return tr( "Housing company" );
    case StakeholderKind::Initiative:
      return tr( "Initiative" );
    case StakeholderKind::Research:
      return tr( "Research" );
    case StakeholderKind::Business:
      return tr( "Business" );
    case StakeholderKind::Other:
      return tr( "Other" );
  }
  return QString();
}

QString CatalogueText::weekday( const QString &code )
{
  const QString c = code.trimmed().toUpper();
  if ( c == QLatin1String( "MO" ) )
    return tr( "Mon" );
  if ( c == QLatin1String( "TU" ) )
    return tr( "Tue" );
  if ( c == QLatin1String( "WE" ) )
    return tr( "Wed" );
  if ( c == QLatin1String( "TH" ) )
    return tr( "Thu" );
  if ( c == QLatin1String( "FR" ) )
    return tr( "Fri" );
  if ( c == QLatin1String( "SA" ) )
    return tr( "Sat" );
  if ( c == QLatin1String( "SU" ) )
    return tr( "Sun" );
  return code;
}

QList<QPair<ServiceStatus, QString>> CatalogueText::statuses()
{
  QList<QPair<ServiceStatus, QString>> list;
  for ( ServiceStatus v : { ServiceStatus::Active, ServiceStatus::TemporarilyClosed, ServiceStatus::Inactive, ServiceStatus::Defunct } )
    list.append( qMakePair( v, status( v ) ) );
  return list;
}

QList<QPair<OrganizationForm, QString>> CatalogueText::organizationForms()
{
  QList<QPair<OrganizationForm, QString>> list;
  for ( OrganizationForm v : sozialraum::catalogue::organizationForms() )
    list.append( qMakePair( v, organizationForm( v ) ) );
  return list;
}

QList<QPair<PlanningState, QString>> CatalogueText::planningStates()
{
  QList<QPair<PlanningState, QString>> list;
  for ( PlanningState v : { PlanningState::Planned, PlanningState::InImplementation, PlanningState::Active, PlanningState::Paused, PlanningState::Ended } )
    list.append( qMakePair( v, planningState( v ) ) );
  return list;
}

QList<QPair<StakeholderKind, QString>> CatalogueText::stakeholderKinds()
{
  QList<QPair<StakeholderKind, QString>> list;
  for ( StakeholderKind v : { StakeholderKind::PublicOffice, StakeholderKind::WelfareAssociation, StakeholderKind::IndependentProvider,
                              StakeholderKind::Association, StakeholderKind::Jobcenter, StakeholderKind::HousingCompany,
                              StakeholderKind::Initiative, StakeholderKind::Research, StakeholderKind::Business, StakeholderKind::Other } )
    list.append( qMakePair( v, stakeholderKind( v ) ) );
  return list;
}
