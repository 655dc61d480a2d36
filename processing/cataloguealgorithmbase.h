#ifndef CATALOGUEALGORITHMBASE_H
#define CATALOGUEALGORITHMBASE_H

#include "sozialraumalgorithm.h"

#include "catalogue/catalogue.h"

#include <optional>
#include <string>

/**
 * What the catalogue algorithms share: the CATALOGUE parameter (a SpatiaLite file made by
 * Sozialraum), opening or creating it with messages a planner understands, and reading the
 * seeded vocabularies' codes.
 */
class CatalogueAlgorithmBase : public SozialraumAlgorithm
{
    Q_DECLARE_TR_FUNCTIONS( CatalogueAlgorithmBase )

  protected:
    Group algorithmGroup() const override { return Group::Catalogue; }

    void addCatalogueParameter( const QString &description );

    //! Opens CATALOGUE; with \a createIfMissing a new catalogue is made where no file exists yet.
    sozialraum::catalogue::Catalogue openCatalogue( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback, bool createIfMissing ) const;

    /**
     * Term ids for a comma-separated list of codes or names ("child, juvenile" or "Kinder") in the
     * theme (\a themes) or target-group vocabulary; throws naming the unknown entry and the known codes.
     */
    /**
     * The VALID_ON parameter as an ISO date: empty = no filter, 'today' = today's date; anything
     * else must be a real calendar date (throws naming the parameter).
     */
    std::optional<std::string> validOnDate( const QVariantMap &parameters, QgsProcessingContext &context ) const;

    //! The label of an organization form in enum options and messages ("in the quarter"), translated.
    static QString organizationFormLabel( sozialraum::catalogue::OrganizationForm form );

    //! Enum options for \a forms, in that order (\a anyFirst prepends "any").
    static QStringList organizationFormOptions( const std::vector<sozialraum::catalogue::OrganizationForm> &forms, bool anyFirst );

    static std::vector<std::string> termIds( const sozialraum::catalogue::Catalogue &catalogue, const QString &list, bool themes, const QString &parameterName );
};

#endif
