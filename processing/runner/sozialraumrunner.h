#ifndef SOZIALRAUMRUNNER_H
#define SOZIALRAUMRUNNER_H

#include <QCoreApplication>
#include <QStringList>
#include <QVariantMap>
#include <memory>

class QgsProcessingAlgorithm;

/**
 * The command line of sozialraum_process, modelled on qgis_process:
 *   list | help ALG | run ALG|MODEL.model3 --PARAM=value ... [--json]
 * Expects an initialised QgsApplication with the providers registered.
 */
class SozialraumRunner
{
    Q_DECLARE_TR_FUNCTIONS( SozialraumRunner )

  public:
    enum ExitCode
    {
      Success = 0,
      RunFailed = 1,
      BadArguments = 2,
      Cancelled = 130,
    };

    //! Runs the command given by \a arguments (without the program name); returns the exit code.
    int execute( const QStringList &arguments );

    //! Cancels a running algorithm (called from the SIGINT handler).
    static void requestCancel();

    //! Usage text printed for "help" without arguments and for bad commands.
    static QString usage();

  private:
    int listAlgorithms( bool json );
    int showHelp( const QString &algorithmId, bool json );
    int runAlgorithm( const QString &algorithmId, const QVariantMap &parameters, bool json );

    //! Finds a registered algorithm, or loads a .model3 file; null with a message printed otherwise.
    std::unique_ptr<QgsProcessingAlgorithm> algorithmFor( const QString &idOrPath );
};

#endif // SOZIALRAUMRUNNER_H
