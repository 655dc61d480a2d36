#ifndef CATALOGUEOFFERINGFILTERS_H
#define CATALOGUEOFFERINGFILTERS_H

#include "catalogue/types.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace sozialraum::catalogue
{
  class Catalogue;
}

/**
 * The filter row of the Offerings tab: theme, target group, organization form, status,
 * "Valid today", "Within the selected quarter", and the yellow bar that says which filters come
 * from outside the row (the map selection, a stakeholder) with its "Show all".
 *
 * Object names (tests use them): themeFilter, targetGroupFilter, formFilter, statusFilter,
 * validTodayFilter, quarterFilter, scopeBar, scopeLabel.
 */
class CatalogueOfferingFilters : public QWidget
{
    Q_OBJECT

  public:
    explicit CatalogueOfferingFilters( QWidget *parent = nullptr );

    //! Themes and target groups of \a catalogue (labels in the interface language); none without one.
    void fillVocabularies( const sozialraum::catalogue::Catalogue *catalogue );
    //! The row's choices into \a filter (the quarter's polygon is the dock's to add).
    void applyTo( sozialraum::catalogue::ServiceFilter &filter ) const;

    bool withinQuarter() const;
    //! Sets "Within the selected quarter" without announcing a change.
    void setWithinQuarterQuietly( bool within );
    //! Shows the bar with \a parts joined, or hides it when there are none.
    void setScope( const QStringList &parts );

  signals:
    void changed();
    //! "Show all" on the bar.
    void showAllRequested();

  private:
    QComboBox *mTheme = nullptr;
    QComboBox *mTargetGroup = nullptr;
    QComboBox *mForm = nullptr;
    QComboBox *mStatus = nullptr;
    QCheckBox *mValidToday = nullptr;
    QCheckBox *mWithinQuarter = nullptr;
    QWidget *mScopeBar = nullptr;
    QLabel *mScopeLabel = nullptr;
};

#endif // CATALOGUEOFFERINGFILTERS_H
