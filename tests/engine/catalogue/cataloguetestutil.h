#pragma once

#include "catalogue/catalogue.h"
#include "catalogue/catalogueerror.h"
#include "catalogue/vocabulary.h"

#include <QtTest>

#include <fstream>
#include <sstream>
#include <string>

namespace QTest
{
//! Lets QCOMPARE print std::string values when they differ.
template <> inline char *toString( const std::string &text )
{
  return qstrdup( text.c_str() );
}
} // namespace QTest

namespace cataloguetest
{

using namespace sozialraum::catalogue;

//! The message of the CatalogueError that f throws, or "" when it throws none.
template <typename F> std::string errorOf( F f )
{
  try
  {
    f();
  }
  catch ( const CatalogueError &e )
  {
    return e.what();
  }
  return std::string();
}

inline bool contains( const std::string &text, const std::string &part )
{
  return text.find( part ) != std::string::npos;
}

//! Fails the test with the text when \a part is not in it.
#define CATALOGUE_VERIFY_CONTAINS( text, part )                                                                        \
  do                                                                                                                   \
  {                                                                                                                    \
    const std::string catalogueText_ = ( text );                                                                       \
    if ( !cataloguetest::contains( catalogueText_, part ) )                                                            \
      QFAIL( ( "expected \"" + std::string( part ) + "\" in: \"" + catalogueText_ + "\"" ).c_str() );                  \
  } while ( false )

inline std::string readFile( const std::string &path )
{
  std::ifstream stream( path, std::ios::binary );
  std::ostringstream content;
  content << stream.rdbuf();
  return content.str();
}

inline void writeFile( const std::string &path, const std::string &content )
{
  std::ofstream stream( path, std::ios::binary | std::ios::trunc );
  stream << content;
}

inline OpenOptions as( const std::string &user, int busyTimeoutMs = 5000 )
{
  OpenOptions options;
  options.user = user;
  options.busyTimeoutMs = busyTimeoutMs;
  return options;
}

inline std::string targetGroup( const std::string &code )
{
  return vocabulary::seededTermId( vocabulary::TARGET_GROUP_TAXONOMY_ID, code );
}

inline std::string theme( const std::string &code )
{
  return vocabulary::seededTermId( vocabulary::THEME_TAXONOMY_ID, code );
}

//! A stakeholder with a name (and optional kind), saved.
inline Organization addOrganization( Catalogue &catalogue, const std::string &name,
                                     std::optional<StakeholderKind> kind = std::nullopt )
{
  Organization organization;
  organization.name = name;
  organization.kind = kind;
  catalogue.upsertOrganization( organization );
  return organization;
}

//! An offering of \a organizationId, saved.
inline Service addService( Catalogue &catalogue, const std::string &organizationId, const std::string &name,
                           const std::optional<std::string> &description = std::nullopt )
{
  Service service;
  service.organizationId = organizationId;
  service.name = name;
  service.description = description;
  catalogue.upsertService( service );
  return service;
}

//! A site at (\a longitude, \a latitude) linked to \a serviceId, saved.
inline Location addSite( Catalogue &catalogue, const std::string &serviceId, const std::string &name, double longitude,
                         double latitude )
{
  Location location;
  location.name = name;
  location.longitude = longitude;
  location.latitude = latitude;
  catalogue.upsertLocation( location );
  ServiceAtLocation link;
  link.serviceId = serviceId;
  link.locationId = location.id;
  catalogue.upsertServiceAtLocation( link );
  return location;
}

} // namespace cataloguetest
