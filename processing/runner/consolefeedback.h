#ifndef CONSOLEFEEDBACK_H
#define CONSOLEFEEDBACK_H

#include <QCoreApplication>
#include <QVariantMap>
#include <qgsprocessingfeedback.h>

/**
 * Phase timings of a run for make bench: with SOZIALRAUM_TIMINGS=1 in the environment the runner
 * prints "[timing] SECONDS WHAT" lines on standard error (SECONDS since the Unix epoch, so that a
 * script can relate them to its own clock), one for every phase and every message of the run.
 */
namespace RunnerTimings
{
  bool enabled();
  void mark( const char *what );
  void mark( const QString &what );
} // namespace RunnerTimings

/**
 * Feedback for the command line: progress as "0...10...20" and every message on
 * standard error (standard output stays clean for results and --json); keeps a
 * log for the JSON result.
 */
class ConsoleFeedback : public QgsProcessingFeedback
{
    Q_OBJECT

  public:
    explicit ConsoleFeedback( bool json );

    void setProgressText( const QString &text ) override;
    void reportError( const QString &error, bool fatalError = false ) override;
    void pushWarning( const QString &warning ) override;
    void pushInfo( const QString &info ) override;
    void pushCommandInfo( const QString &info ) override;
    void pushDebugInfo( const QString &info ) override;
    void pushConsoleInfo( const QString &info ) override;

    //! Messages collected for the JSON result: "errors", "warnings", "info".
    QVariantMap log() const;

  private:
    void showProgress( double progress );
    void write( const QString &text );

    bool mJson = false;
    int mLastTick = -10; //!< last printed multiple of 10; -10 = none yet
    QStringList mErrors;
    QStringList mWarnings;
    QStringList mInfo;
};

#endif // CONSOLEFEEDBACK_H
