#ifndef SOZIALRAUM_GAPS_FORMAT_H
#define SOZIALRAUM_GAPS_FORMAT_H

#include "common/format.h"

namespace sozialraum::gaps
{
//! The engine's one number formatter (common/format.h), also reachable as gaps::formatNumber.
using ::sozialraum::formatNumber;
} // namespace sozialraum::gaps

#endif
