#pragma once

#include "index/indexerror.h"

#include <QString>
#include <QtTest>

#include <cmath>
#include <limits>
#include <string>

namespace QTest
{
//! Lets QCOMPARE print std::string values when they differ.
template <> inline char *toString( const std::string &text )
{
  return qstrdup( text.c_str() );
}
} // namespace QTest

namespace indextest
{

inline const double NaN = std::numeric_limits<double>::quiet_NaN();

//! The message of the IndexError that f throws, or "" when it throws none.
template <typename F> std::string errorOf( F f )
{
  try
  {
    f();
  }
  catch ( const sozialraum::index::IndexError &e )
  {
    return e.what();
  }
  return std::string();
}

inline bool contains( const std::string &text, const std::string &part )
{
  return text.find( part ) != std::string::npos;
}

} // namespace indextest

//! Compares doubles within eps; NaN equals NaN (a missing value is a result too).
#define INDEX_COMPARE_NEAR( actual, expected, eps )                                                                    \
  do                                                                                                                   \
  {                                                                                                                    \
    const double a_ = ( actual ), e_ = ( expected );                                                                   \
    const bool ok_ = ( std::isnan( a_ ) && std::isnan( e_ ) ) || std::fabs( a_ - e_ ) <= ( eps );                      \
    QVERIFY2( ok_, qPrintable( QStringLiteral( "%1 = %2, expected %3" )                                                \
                                   .arg( QStringLiteral( #actual ) )                                                   \
                                   .arg( a_, 0, 'g', 17 )                                                              \
                                   .arg( e_, 0, 'g', 17 ) ) );                                                         \
  } while ( false )

//! Verifies that text contains part, showing both otherwise.
#define INDEX_VERIFY_CONTAINS( text, part )                                                                            \
  QVERIFY2( indextest::contains( ( text ), ( part ) ),                                                                 \
            qPrintable( QStringLiteral( "\"%1\" does not contain \"%2\"" )                                             \
                            .arg( QString::fromStdString( text ), QString::fromStdString( part ) ) ) )
