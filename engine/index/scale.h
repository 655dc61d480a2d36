#pragma once

#include "index/names.h"
#include "index/normalize.h"

#include <string>
#include <vector>

namespace sozialraum::index
{

//! Final scaling of a node's value (a theme or the index), over the included rows.
enum class Scaling
{
  None,
  ZScore,         //!< population sd, as the MSS status index
  PercentileRank, //!< same convention as Normalization::PercentileRank (CDC RPL_*)
  ZeroToHundred,  //!< min-max * 100
};

struct ScalingSpec
{
  Scaling method = Scaling::None;
  int round = -1; //!< decimals; -1 keeps full precision
};

const NameTable<Scaling> &scalingNames();

//! True when scaling changes the value at all (a method or a rounding).
inline bool isScaling( const ScalingSpec &spec )
{
  return spec.method != Scaling::None || spec.round >= 0;
}

//! Scales values into out; errors as normalizeInto(), naming subject.
void scaleInto( const std::vector<double> &values, const std::vector<char> &included, const ScalingSpec &spec,
                const std::string &subject, std::vector<double> &out, Workspace &workspace );

std::vector<double> scale( const std::vector<double> &values, const std::vector<char> &included,
                           const ScalingSpec &spec, const std::string &subject = "index" );

} // namespace sozialraum::index
