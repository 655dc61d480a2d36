#ifndef VOCABULARYLABELS_H
#define VOCABULARYLABELS_H

#include "catalogue/types.h"

#include <QString>

/**
 * What the interface shows for a term or vocabulary of the catalogue.
 *
 * The catalogue stores the seeded vocabularies under fixed ids with German names (the names a
 * HSDS export carries); the interface shows them in its own language: English source strings
 * here, German in the translation (lupdate context "Vocabulary"). A term a planner added, or
 * a seeded one renamed in the catalogue, shows its stored name.
 */
class VocabularyLabels
{
  public:
    static QString termName( const sozialraum::catalogue::TaxonomyTerm &term );
    static QString termDescription( const sozialraum::catalogue::TaxonomyTerm &term );
    static QString taxonomyName( const sozialraum::catalogue::Taxonomy &taxonomy );

    //! The label of a seeded term or taxonomy by id, or \a storedName when it is not seeded or was renamed.
    static QString name( const std::string &id, const std::string &storedName );
    static QString description( const std::string &id, const std::string &storedName, const std::string &storedDescription );
};

#endif // VOCABULARYLABELS_H
