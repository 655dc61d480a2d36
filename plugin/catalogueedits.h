#ifndef CATALOGUEEDITS_H
#define CATALOGUEEDITS_H

#include "catalogue/types.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <vector>

namespace sozialraum::catalogue
{
  class Catalogue;
}

//! One site of an offering as the edit dialog holds it: text as typed, checked by CatalogueEdits.
struct CatalogueSiteInput
{
  QString id; //!< existing site, or empty for a new one
  QString name;
  QString street;
  QString postalCode;
  QString city;
  QString latitude;  //!< WGS 84 degrees
  QString longitude; //!< WGS 84 degrees

  bool isBlank() const;
  static CatalogueSiteInput fromVariantMap( const QVariantMap &map );
  QVariantMap toVariantMap() const;
};

/**
 * An offering as the edit dialog holds it. The dock's saveOffering() takes it (or the same as a
 * QVariantMap with these member names as keys, for scripts and tests).
 */
struct CatalogueOfferingInput
{
  QString id; //!< existing offering, or empty for a new one
  QString name;
  QString providerId;   //!< an existing stakeholder ...
  QString providerName; //!< ... or its name: found by name, or created
  QString description;
  QString status = QStringLiteral( "active" ); //!< code: active, inactive, defunct, temporarily closed
  QString organizationForm;                     //!< code or empty: central, quarter, outreach, mobile
  QString planningState;                        //!< code or empty: planned, in_implementation, active, paused, ended
  QString validFrom;                            //!< YYYY-MM-DD or empty
  QString validTo;                              //!< YYYY-MM-DD or empty
  QString capacity;                             //!< number of places, or empty
  QString minimumAge;
  QString maximumAge;
  QString assuredDate; //!< last checked, YYYY-MM-DD or empty
  QString url;
  QString email;
  QString openingHours;       //!< "MO-FR 09:00-17:00; SA 10:00-13:00"
  QStringList themes;         //!< term ids or codes of the theme vocabularies
  QStringList targetGroups;   //!< term ids or codes of the target-group vocabulary
  QList<CatalogueSiteInput> sites;

  static CatalogueOfferingInput fromVariantMap( const QVariantMap &map );
  QVariantMap toVariantMap() const;
};

//! A stakeholder as the edit dialog holds it.
struct CatalogueStakeholderInput
{
  QString id;
  QString name;
  QString kind; //!< code or empty: public_office, welfare_association ...
  QString description;
  QString email;
  QString website;
  QString legalStatus;

  static CatalogueStakeholderInput fromVariantMap( const QVariantMap &map );
  QVariantMap toVariantMap() const;
};

/**
 * Checks what a planner typed and writes it to the catalogue. Every method returns an empty
 * string on success, otherwise a message that says what to change.
 */
class CatalogueEdits
{
    Q_DECLARE_TR_FUNCTIONS( CatalogueEdits )

  public:
    //! Field checks that need no catalogue (required fields, dates, numbers, coordinates, opening hours).
    static QString validate( const CatalogueOfferingInput &input );
    static QString validate( const CatalogueStakeholderInput &input );

    //! Validates, then writes the offering with its provider, sites, opening hours and terms in one transaction.
    static QString saveOffering( sozialraum::catalogue::Catalogue &catalogue, const CatalogueOfferingInput &input, QString *savedId = nullptr );
    static QString deleteOffering( sozialraum::catalogue::Catalogue &catalogue, const QString &id );
    static QString saveStakeholder( sozialraum::catalogue::Catalogue &catalogue, const CatalogueStakeholderInput &input, QString *savedId = nullptr );
    //! Refuses while the stakeholder runs offerings, unless \a withOfferings.
    static QString deleteStakeholder( sozialraum::catalogue::Catalogue &catalogue, const QString &id, bool withOfferings = false );

    //! What the edit dialog shows for an existing record.
    static CatalogueOfferingInput offeringInput( const sozialraum::catalogue::Catalogue &catalogue, const QString &id );
    static CatalogueStakeholderInput stakeholderInput( const sozialraum::catalogue::Catalogue &catalogue, const QString &id );

    /**
     * Parses opening hours written as "MO-FR 09:00-17:00; SA 10:00-13:00" (days as MO TU WE TH FR SA SU,
     * lists with commas, ranges with a dash) into weekly schedules. Returns an error message or "".
     */
    static QString parseOpeningHours( const QString &text, std::vector<sozialraum::catalogue::Schedule> *schedules );
    //! The opposite of parseOpeningHours (for weekly schedules with days and times).
    static QString formatOpeningHours( const std::vector<sozialraum::catalogue::Schedule> &schedules );

  private:
    static QString checkDate( const QString &label, const QString &value );
    static QString checkNumber( const QString &label, const QString &value, double minimum, double maximum, double *number );
};

#endif // CATALOGUEEDITS_H
