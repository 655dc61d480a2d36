#ifndef SOZIALRAUMALGORITHM_H
#define SOZIALRAUMALGORITHM_H

#include <QCoreApplication>
#include <qgsprocessingalgorithm.h>

/**
 * Base of every Sozialraum algorithm: the four groups, their icons and the
 * common flags. Subclasses only describe parameters and call the engine.
 */
class SozialraumAlgorithm : public QgsProcessingAlgorithm
{
    Q_DECLARE_TR_FUNCTIONS( SozialraumAlgorithm )

  public:
    enum class Group
    {
      SocialIndices,
      Accessibility,
      ServiceGaps,
      Catalogue,
    };

    QString group() const final;
    QString groupId() const final;
    QIcon icon() const override;
    QString svgIconPath() const override;

    //! Translated group name for a group id (used by the provider and tests).
    static QString groupName( Group group );
    static QString groupIdFor( Group group );

  protected:
    //! The group this algorithm belongs to.
    virtual Group algorithmGroup() const = 0;
};

#endif // SOZIALRAUMALGORITHM_H
