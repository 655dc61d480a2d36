#ifndef CATALOGUEQT_H
#define CATALOGUEQT_H

#include "catalogue/types.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>
#include <string>

/**
 * The seam between the catalogue store (std::string, std::optional, code enums) and Qt:
 * conversions, and the translated labels of the store's code lists.
 */
namespace CatalogueQt
{
  inline QString qs( const std::string &text ) { return QString::fromStdString( text ); }
  inline QString qs( const std::optional<std::string> &text ) { return text ? QString::fromStdString( *text ) : QString(); }
  inline std::string ss( const QString &text ) { return text.toStdString(); }
  //! Trimmed text, or nothing when it is empty (the store keeps NULL for "not given").
  std::optional<std::string> optional( const QString &text );
} // namespace CatalogueQt

//! Translated names of the code lists (lupdate context "CatalogueText").
class CatalogueText
{
    Q_DECLARE_TR_FUNCTIONS( CatalogueText )

  public:
    static QString status( sozialraum::catalogue::ServiceStatus value );
    static QString organizationForm( sozialraum::catalogue::OrganizationForm value );
    static QString planningState( sozialraum::catalogue::PlanningState value );
    static QString stakeholderKind( sozialraum::catalogue::StakeholderKind value );
    static QString weekday( const QString &code );

    // Every value with its label, in the order a form shows them.
    static QList<QPair<sozialraum::catalogue::ServiceStatus, QString>> statuses();
    static QList<QPair<sozialraum::catalogue::OrganizationForm, QString>> organizationForms();
    static QList<QPair<sozialraum::catalogue::PlanningState, QString>> planningStates();
    static QList<QPair<sozialraum::catalogue::StakeholderKind, QString>> stakeholderKinds();
};

#endif // CATALOGUEQT_H
