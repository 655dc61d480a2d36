#include "indexlabels.h"

#include "index/classify.h"
#include "index/presets.h"

#include <QRegularExpression>

#include <map>

namespace
{
  //! The engine's fixed class words (Berlin's published MSS names) and their English source text.
  const std::map<std::string, const char *> &fixedClassWords()
  {
    static const std::map<std::string, const char *> words {
      { "hoch", QT_TRANSLATE_NOOP( "IndexLabels", "high" ) },
      { "mittel", QT_TRANSLATE_NOOP( "IndexLabels", "medium" ) },
      { "niedrig", QT_TRANSLATE_NOOP( "IndexLabels", "low" ) },
      { "sehr niedrig", QT_TRANSLATE_NOOP( "IndexLabels", "very low" ) },
      { "positiv", QT_TRANSLATE_NOOP( "IndexLabels", "positive" ) },
      { "stabil", QT_TRANSLATE_NOOP( "IndexLabels", "stable" ) },
      { "negativ", QT_TRANSLATE_NOOP( "IndexLabels", "negative" ) },
      { "ohne Zuordnung", QT_TRANSLATE_NOOP( "IndexLabels", "not assigned" ) },
      { "all values", QT_TRANSLATE_NOOP( "IndexLabels", "all values" ) },
    };
    return words;
  }

  //! Titles of the shipped presets (the JSON titles are English and cannot be translated there).
  const std::map<std::string, const char *> &presetTitles()
  {
    static const std::map<std::string, const char *> titles {
      { "berlin-mss-status", QT_TRANSLATE_NOOP( "IndexLabels", "Berlin Monitoring Soziale Stadtentwicklung: status index" ) },
      { "berlin-mss-dynamics", QT_TRANSLATE_NOOP( "IndexLabels", "Berlin Monitoring Soziale Stadtentwicklung: dynamics index" ) },
      { "cdc-svi-2022", QT_TRANSLATE_NOOP( "IndexLabels", "CDC/ATSDR Social Vulnerability Index 2022" ) },
      { "imd-exponential", QT_TRANSLATE_NOOP( "IndexLabels", "Index of Multiple Deprivation (English method)" ) },
    };
    return titles;
  }

  QString notePart( const QString &part )
  {
    static const QRegularExpression excluded( QStringLiteral( "^excluded: (.*)$" ) );
    static const QRegularExpression missing( QStringLiteral( "^missing value in (.*)$" ) );
    static const QRegularExpression needsPositive( QStringLiteral( "^no value for (.*): (.*) needs a value above 0$" ) );
    if ( part == QLatin1String( "excluded" ) )
      return IndexLabels::tr( "excluded" );
    if ( part == QLatin1String( "no index value" ) )
      return IndexLabels::tr( "no index value" );
    QRegularExpressionMatch match = excluded.match( part );
    if ( match.hasMatch() )
      return IndexLabels::tr( "excluded: %1" ).arg( match.captured( 1 ) );
    match = missing.match( part );
    if ( match.hasMatch() )
      return IndexLabels::tr( "missing value in %1" ).arg( match.captured( 1 ) );
    match = needsPositive.match( part );
    if ( match.hasMatch() )
      return IndexLabels::tr( "no value for %1: %2 needs a value above 0" ).arg( match.captured( 1 ), match.captured( 2 ) );
    return part; // a reason the processing layer wrote, already in the interface language
  }
} // namespace

QString IndexLabels::classLabel( const std::string &engineLabel )
{
  const auto fixed = fixedClassWords().find( engineLabel );
  if ( fixed != fixedClassWords().end() )
    return tr( fixed->second );
  const QString label = QString::fromStdString( engineLabel );
  static const QRegularExpression below( QStringLiteral( "^below (.*)$" ) );
  static const QRegularExpression above( QStringLiteral( "^above (.*)$" ) );
  QRegularExpressionMatch match = below.match( label );
  if ( match.hasMatch() )
    return tr( "below %1" ).arg( match.captured( 1 ) );
  match = above.match( label );
  if ( match.hasMatch() )
    return tr( "above %1" ).arg( match.captured( 1 ) );
  return label;
}

QString IndexLabels::legendLabel( const QString &subject, const std::string &engineLabel )
{
  return tr( "%1: %2" ).arg( subject, classLabel( engineLabel ) );
}

QString IndexLabels::mssOverall( int statusClass, int dynamicsClass )
{
  if ( sozialraum::index::mssOverallLabel( statusClass, dynamicsClass ).empty() )
    return QString(); // not both classified
  using sozialraum::index::ClassificationMethod;
  return tr( "Status %1, dynamics %2" )
    .arg( classLabel( sozialraum::index::fixedLabels( ClassificationMethod::MssStatus ).at( statusClass - 1 ) ),
          classLabel( sozialraum::index::fixedLabels( ClassificationMethod::MssDynamics ).at( dynamicsClass - 1 ) ) );
}

QString IndexLabels::notAssigned()
{
  return classLabel( "ohne Zuordnung" );
}

QString IndexLabels::note( const std::string &engineNote )
{
  QStringList parts;
  for ( const QString &part : QString::fromStdString( engineNote ).split( QStringLiteral( "; " ), Qt::SkipEmptyParts ) )
    parts << notePart( part );
  return parts.join( QLatin1String( "; " ) );
}

QStringList IndexLabels::presetOptions()
{
  QStringList options { tr( "none: the settings below or a definition file" ) };
  for ( const std::string &name : sozialraum::index::presetNames() )
    options << tr( "%1 (%2)" ).arg( presetTitle( QString::fromStdString( name ) ), QString::fromStdString( name ) );
  return options;
}

QString IndexLabels::presetAt( int index )
{
  const std::vector<std::string> names = sozialraum::index::presetNames();
  if ( index < 1 || index > static_cast<int>( names.size() ) )
    return QString();
  return QString::fromStdString( names.at( static_cast<std::size_t>( index - 1 ) ) );
}

QString IndexLabels::presetTitle( const QString &name )
{
  const auto known = presetTitles().find( name.toStdString() );
  if ( known != presetTitles().end() )
    return tr( known->second );
  if ( !sozialraum::index::isPreset( name.toStdString() ) )
    return QString();
  const sozialraum::index::IndexDefinition definition = sozialraum::index::presetDefinition( name.toStdString() );
  return QString::fromStdString( definition.title.empty() ? definition.name : definition.title );
}
