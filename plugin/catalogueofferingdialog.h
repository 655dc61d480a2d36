#ifndef CATALOGUEOFFERINGDIALOG_H
#define CATALOGUEOFFERINGDIALOG_H

#include "catalogueedits.h"

#include <QDialog>
#include <QPointer>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;
class QgsMapTool;
class QgsMapToolEmitPoint;
class QgsPointXY;
class CatalogueMapLink;

namespace sozialraum::catalogue
{
  class Catalogue;
}

/**
 * Adds or edits an offering: its fields, provider, themes and target groups, and sites. A site
 * is placed by typing coordinates, by "Use map centre", or by clicking on the map (the dialog is
 * not modal, so the map stays usable). OK hands the input to the save function; an error it
 * returns is shown in the dialog, which stays open.
 */
class CatalogueOfferingDialog : public QDialog
{
    Q_OBJECT

  public:
    using SaveFunction = std::function<QString( const CatalogueOfferingInput & )>;

    CatalogueOfferingDialog( const sozialraum::catalogue::Catalogue &catalogue, CatalogueMapLink *mapLink,
                             const CatalogueOfferingInput &input, SaveFunction save, QWidget *parent = nullptr );
    ~CatalogueOfferingDialog() override;

    CatalogueOfferingInput input() const;
    void setInput( const CatalogueOfferingInput &input );
    //! The message of the last failed OK, or "".
    QString errorText() const;

  public slots:
    void accept() override;

  private slots:
    void addSite();
    void removeSite();
    void useMapCentre();
    void pickOnMap();
    void mapClicked( const QgsPointXY &point );

  private:
    int currentSiteRow();
    void setSiteCoordinates( int row, const QgsPointXY &wgs84 );
    void stopPicking();

    CatalogueOfferingInput mInput;
    SaveFunction mSave;
    QPointer<CatalogueMapLink> mMapLink;

    QLineEdit *mName = nullptr;
    QComboBox *mProvider = nullptr;
    QPlainTextEdit *mDescription = nullptr;
    QComboBox *mStatus = nullptr;
    QComboBox *mForm = nullptr;
    QComboBox *mPlanning = nullptr;
    QLineEdit *mValidFrom = nullptr;
    QLineEdit *mValidTo = nullptr;
    QLineEdit *mCapacity = nullptr;
    QLineEdit *mMinimumAge = nullptr;
    QLineEdit *mMaximumAge = nullptr;
    QLineEdit *mOpeningHours = nullptr;
    QLineEdit *mAssured = nullptr;
    QLineEdit *mUrl = nullptr;
    QLineEdit *mEmail = nullptr;
    QListWidget *mThemes = nullptr;
    QListWidget *mTargetGroups = nullptr;
    QTableWidget *mSites = nullptr;
    QLabel *mError = nullptr;

    QPointer<QgsMapToolEmitPoint> mPickTool;
    QPointer<QgsMapTool> mPreviousTool;
    int mPickRow = -1;
};

#endif // CATALOGUEOFFERINGDIALOG_H
