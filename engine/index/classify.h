#pragma once

#include "index/names.h"

#include <string>
#include <vector>

namespace sozialraum::index
{

//! How the index score is cut into classes. Class 1 always holds the lowest scores.
enum class ClassificationMethod
{
  None,
  Fixed,         //!< the given break values; a value equal to a break belongs to the lower class
  MssStatus,     //!< Berlin MSS: 1 "hoch" v < -1; 2 "mittel" -1 <= v <= 1; 3 "niedrig" 1 < v <= 1.5; 4 "sehr niedrig" v
                 //!< > 1.5
  MssDynamics,   //!< Berlin MSS: 1 "positiv" v < -1; 2 "stabil" -1 <= v <= 1; 3 "negativ" v > 1
  StdDev,        //!< classes one population sd wide, centred on the mean (even count: the mean is a break)
  Quantile,      //!< equal counts; breaks by linear interpolation between order statistics (as QGIS, R type 7)
  EqualInterval, //!< equal widths between min and max
  Jenks,         //!< natural breaks: exact minimum of the within-class sum of squares (dynamic programming)
};

struct ClassificationSpec
{
  ClassificationMethod method = ClassificationMethod::None;
  int classes = 5;                 //!< for the data-driven methods (StdDev, Quantile, EqualInterval, Jenks)
  std::vector<double> breaks;      //!< for Fixed, increasing
  std::vector<std::string> labels; //!< optional, one per class; default: fixed MSS names or readable ranges
  int labelDecimals = 2;           //!< for range labels such as "0.12 – 0.57"
  std::string noValueLabel;        //!< label of rows without a class (MSS: "ohne Zuordnung")
};

const NameTable<ClassificationMethod> &classificationNames();

//! A break between two classes. MSS puts -1 into the upper class but 1 and 1.5 into the lower one, hence the flag.
struct CutPoint
{
  double value = 0;
  bool equalGoesUp = false; //!< a value equal to the cut belongs to the upper class
};

/**
 * A finished classification: cut points in increasing order and one label per
 * class. Classes are numbered 1..classCount(); 0 means "no class".
 */
class Classification
{
public:
  Classification() = default;
  Classification( std::vector<CutPoint> cuts, std::vector<std::string> labels );

  //! 0 when there is no classification.
  int classCount() const { return mLabels.empty() ? 0 : static_cast<int>( mCuts.size() ) + 1; }

  //! Class of a value, 0 for NaN or when there is no classification.
  int classOf( double value ) const;

  //! Label of class cls (1-based); "" for an unknown class.
  std::string label( int cls ) const;

  const std::vector<CutPoint> &cuts() const { return mCuts; }
  const std::vector<std::string> &labels() const { return mLabels; }

private:
  std::vector<CutPoint> mCuts;
  std::vector<std::string> mLabels;
};

/**
 * Builds the classification of values over the included finite rows.
 * Data-driven methods lose classes when breaks coincide (heavy ties, fewer
 * distinct values than classes) rather than produce empty classes.
 * Throws IndexError for inconsistent specs (breaks not increasing, label count).
 */
Classification buildClassification( const ClassificationSpec &spec, const std::vector<double> &values,
                                    const std::vector<char> &included );

//! Break values (upper bounds of classes 1..k-1) of the data-driven methods, for sorted finite values.
std::vector<double> quantileBreaks( const std::vector<double> &sorted, int classes );
std::vector<double> equalIntervalBreaks( const std::vector<double> &sorted, int classes );
std::vector<double> stdDevBreaks( const std::vector<double> &sorted, int classes );
//! Natural breaks: each break is the largest value of its class. Exact; O(k n log n) by divide and conquer.
std::vector<double> jenksBreaks( const std::vector<double> &sorted, int classes );

//! Berlin's published class names of MssStatus (4) or MssDynamics (3), class 1 first.
std::vector<std::string> fixedLabels( ClassificationMethod method );

//! MSS overall group "Status mittel, Dynamik negativ" from status class 1..4 and dynamics class 1..3; "" otherwise.
std::string mssOverallLabel( int statusClass, int dynamicsClass );

} // namespace sozialraum::index
