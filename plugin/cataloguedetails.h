#ifndef CATALOGUEDETAILS_H
#define CATALOGUEDETAILS_H

#include "catalogue/types.h"

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace sozialraum::catalogue
{
  class Catalogue;
}

//! The HTML of the dock's detail pane.
class CatalogueDetails
{
    Q_DECLARE_TR_FUNCTIONS( CatalogueDetails )

  public:
    //! Provider, sites with addresses, opening hours, target groups, themes, capacity, validity, history.
    static QString offeringHtml( const sozialraum::catalogue::ServiceDetails &details );
    //! Kind, contact, the offerings it runs, committee seats, history.
    static QString stakeholderHtml( const sozialraum::catalogue::Catalogue &catalogue, const sozialraum::catalogue::Organization &stakeholder );

  private:
    static QString historyHtml( const std::vector<sozialraum::catalogue::ChangeLogEntry> &history );
};

#endif // CATALOGUEDETAILS_H
