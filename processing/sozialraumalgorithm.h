#ifndef SOZIALRAUMALGORITHM_H
#define SOZIALRAUMALGORITHM_H

#include <QCoreApplication>
#include <qgsprocessingalgorithm.h>

#include "outputguard.h"

/**
 * Base of every Sozialraum algorithm: the four groups, their icons and the
 * common flags. Subclasses only describe parameters and call the engine.
 *
 * Every run is all or nothing: expression parameters are checked against their layers
 * before any work, outputs are written through outputSink() into staging files that are
 * moved into place only when execute() returned normally and the run was not cancelled.
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

    //! Checks, runs execute() and commits or rolls back the outputs (see the class description).
    QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) final;

    //! Translated group name for a group id (used by the provider and tests).
    static QString groupName( Group group );
    static QString groupIdFor( Group group );

  protected:
    //! The group this algorithm belongs to.
    virtual Group algorithmGroup() const = 0;

    //! The algorithm's work. Outputs must be made with outputSink(); throw QgsProcessingException on failure.
    virtual QVariantMap execute( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) = 0;

    /**
     * The sink for the output parameter \a name, as parameterAsSink() makes it, but staged (a
     * file appears only when the run succeeds), stopping at once on cancel and failing the run
     * when a feature cannot be written. Throws when the sink cannot be created.
     */
    std::unique_ptr<QgsFeatureSink> outputSink( const QVariantMap &parameters, const QString &name, QgsProcessingContext &context, QString &destination,
                                                const QgsFields &fields, QgsWkbTypes::Type geometryType, const QgsCoordinateReferenceSystem &crs,
                                                QgsProcessingFeedback *feedback );

    //! \a path was created by this run: it is removed again if the run fails or is cancelled.
    void removeOnFailure( const QString &path ) const;

    /**
     * Hides QgsProcessingAlgorithm::addParameter (not virtual) so that every algorithm's decimal
     * numbers get a natural precision in the dialogs: QGIS shows 6 decimals ("15.000000") unless
     * the parameter's metadata says otherwise. Parameters that set their own decimals keep them.
     */
    bool addParameter( QgsProcessingParameterDefinition *definition, bool createOutput = true );

  private:
    mutable OutputGuard mOutputGuard;
};

#endif // SOZIALRAUMALGORITHM_H
