#include "index/scale.h"

namespace sozialraum::index
{

const NameTable<Scaling> &scalingNames()
{
  static const NameTable<Scaling> names{
      { "none", Scaling::None },
      { "zscore", Scaling::ZScore },
      { "percentile_rank", Scaling::PercentileRank },
      { "zero_to_hundred", Scaling::ZeroToHundred },
  };
  return names;
}

void scaleInto( const std::vector<double> &values, const std::vector<char> &included, const ScalingSpec &spec,
                const std::string &subject, std::vector<double> &out, Workspace &workspace )
{
  NormalizationSpec normalization;
  normalization.round = spec.method == Scaling::ZeroToHundred ? -1 : spec.round;
  switch ( spec.method )
  {
  case Scaling::None:
    normalization.method = Normalization::None;
    break;
  case Scaling::ZScore:
    normalization.method = Normalization::ZScore;
    break;
  case Scaling::PercentileRank:
    normalization.method = Normalization::PercentileRank;
    break;
  case Scaling::ZeroToHundred:
    normalization.method = Normalization::MinMax;
    break;
  }
  normalizeInto( values, included, normalization, false, subject, out, workspace );
  if ( spec.method == Scaling::ZeroToHundred )
  {
    for ( double &v : out )
      v = roundTo( 100.0 * v, spec.round );
  }
}

std::vector<double> scale( const std::vector<double> &values, const std::vector<char> &included,
                           const ScalingSpec &spec, const std::string &subject )
{
  Workspace ws;
  std::vector<double> out;
  scaleInto( values, included, spec, subject, out, ws );
  return out;
}

} // namespace sozialraum::index
