#ifndef OUTPUTGUARD_H
#define OUTPUTGUARD_H

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QVector>
#include <memory>

class QTemporaryDir;
class QgsProcessingAlgorithm;
class QgsProcessingContext;
class QgsProcessingFeedback;

/**
 * Makes a run all or nothing for the files it writes, as SQLite's atomic commit does for a
 * database: every file output is written into a hidden folder next to its destination and
 * moved into place only when the whole run succeeded. A failed or cancelled run leaves
 * earlier files exactly as they were, and files it created (a new catalogue) are removed.
 *
 * Before any work, check() refuses outputs that would destroy data: a destination that is one
 * of the run's inputs, or an existing GeoPackage holding other layers (writing a file replaces
 * it whole).
 */
class OutputGuard
{
    Q_DECLARE_TR_FUNCTIONS( OutputGuard )

  public:
    OutputGuard();
    ~OutputGuard();

    //! Refuses destinations that would overwrite an input or other layers; throws QgsProcessingException.
    void check( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, QgsProcessingContext &context ) const;

    /**
     * Parameters with the file destination of \a outputName redirected into a staging folder
     * beside it (unchanged for temporary layers and database destinations).
     */
    QVariantMap stage( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, const QString &outputName, QgsProcessingContext &context );

    /**
     * The final location of a sink made at \a stagedDestination, as the algorithm reports it and
     * styles it; the layer the desktop loads on completion is pointed there too.
     */
    QString finalDestination( const QString &stagedDestination, QgsProcessingContext &context ) const;

    //! \a path did not exist before this run: remove it (and SQLite's side files) if the run fails.
    void removeOnFailure( const QString &path );

    //! Moves the staged files into place; returns \a results with any staged path replaced by the final one.
    QVariantMap commit( const QVariantMap &results, QgsProcessingContext &context, QgsProcessingFeedback *feedback );

    //! Removes the staged files and what this run created; earlier files stay untouched.
    void rollback();

  private:
    struct StagedOutput
    {
      QString parameterName;
      QString finalPath;
      std::unique_ptr<QTemporaryDir> folder;
    };

    //! Replaces staged paths by final ones in every string of \a value (maps and lists too).
    QVariant finalValue( const QVariant &value ) const;
    QString finalText( QString text ) const;

    std::vector<StagedOutput> mStaged;
    QStringList mCreatedFiles;
};

#endif // OUTPUTGUARD_H
