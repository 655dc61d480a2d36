#ifndef BANDPARSER_H
#define BANDPARSER_H

#include <QString>
#include <vector>

namespace Sozialraum
{
  /**
   * Reads "5,10,15" (also "5;10;15" or with spaces) into ascending positive numbers; throws
   * QgsProcessingException naming \a parameterName and the offending part otherwise.
   */
  std::vector<double> parseBands( const QString &text, const QString &parameterName );
} // namespace Sozialraum

#endif // BANDPARSER_H
