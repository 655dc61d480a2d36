#ifndef SOZIALRAUM_NETWORK_NETWORKERROR_H
#define SOZIALRAUM_NETWORK_NETWORKERROR_H

#include <stdexcept>
#include <string>

namespace sozialraum::network
{

/**
 * The one exception type of the network engine. Its message is written for a planner
 * (what is wrong with the input and what to change), so callers can show it as it is.
 */
class NetworkError : public std::runtime_error
{
public:
  explicit NetworkError( const std::string &message ) : std::runtime_error( message ) {}
};

} // namespace sozialraum::network

#endif
