#ifndef SOCIALINDEXALGORITHM_H
#define SOCIALINDEXALGORITHM_H

#include "sozialraumalgorithm.h"

//! sozialraum:socialindex — a composite social index per statistical area (flat or from a definition tree).
class SocialIndexAlgorithm : public SozialraumAlgorithm
{
    Q_DECLARE_TR_FUNCTIONS( SocialIndexAlgorithm )

  public:
    QString name() const override { return QStringLiteral( "socialindex" ); }
    QString displayName() const override;
    QStringList tags() const override;
    QString shortHelpString() const override;
    SocialIndexAlgorithm *createInstance() const override { return new SocialIndexAlgorithm(); }
    bool checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context, QString *message = nullptr ) const override;

  protected:
    Group algorithmGroup() const override { return Group::SocialIndices; }
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
    QVariantMap execute( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

  private:
    /**
     * The definition the run uses: the PRESET chosen, else DEFINITION (a file or, as before
     * PRESET existed, a preset's name), else "" for the settings (then INDICATORS are needed).
     * False with \a message for a contradiction, an unknown name or nothing to compute.
     */
    bool definitionChoice( const QVariantMap &parameters, QgsProcessingContext &context, QString &definitionName, QString *message ) const;
};

#endif // SOCIALINDEXALGORITHM_H
