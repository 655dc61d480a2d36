#pragma once

#include "index/aggregate.h"
#include "index/classify.h"
#include "index/names.h"
#include "index/normalize.h"
#include "index/scale.h"

#include <string>
#include <vector>

namespace sozialraum::index
{

//! Which of a child's two values its parent aggregates.
enum class ChildValue
{
  Raw,    //!< leaf: the normalized indicator; inner node: the aggregated value (CDC: SPL_THEMEk)
  Scaled, //!< the value after the node's scaling (CDC: RPL_THEMEk); equals Raw when the node has no scaling
};

enum class FlagOperator
{
  GreaterEqual,
  Greater,
  LessEqual,
  Less,
};

const NameTable<ChildValue> &childValueNames();
const NameTable<FlagOperator> &flagOperatorNames();

/**
 * A flag marks an area where a node's value passes a threshold (CDC: F_x = 1
 * where EPL_x >= 0.90). A node without a rule whose children flag counts
 * their flags instead (F_THEMEk, F_TOTAL).
 */
struct FlagRule
{
  bool enabled = false;
  FlagOperator op = FlagOperator::GreaterEqual;
  double threshold = 0;
  ChildValue on = ChildValue::Raw;
};

//! Output field names of a node; empty = not written.
struct NodeOutput
{
  std::string raw;
  std::string scaled;
  std::string flag;
};

/**
 * One node of an index tree. A leaf reads an input field and normalizes it;
 * an inner node aggregates its children. Both may scale their value.
 */
struct IndexNode
{
  std::string id;
  std::string title;
  std::string field;                          //!< leaf: input column
  bool invert = false;                        //!< leaf: higher value = less disadvantage
  double weight = 1.0;                        //!< weight in the parent's aggregation
  NormalizationSpec normalization;            //!< leaf
  AggregationSpec aggregation;                //!< inner node
  ChildValue childValue = ChildValue::Scaled; //!< inner node: which value of the children it aggregates
  ScalingSpec scaling;
  FlagRule flag;
  NodeOutput output;
  std::vector<IndexNode> children;

  bool isLeaf() const { return children.empty(); }
};

//! A named output column of a definition: which node and which of its values.
struct OutputField
{
  enum class Kind
  {
    Raw,
    Scaled,
    Flag,
  };
  std::string name;
  int node = 0; //!< index in pre-order (root = 0, then each child's subtree in order)
  Kind kind = Kind::Raw;
};

struct IndexDefinition
{
  std::string name;
  std::string title;
  std::string description;
  std::vector<double> missingValues; //!< codes such as -999 that mean "no value" in the input
  IndexNode root;
  ClassificationSpec classification;

  //! Input fields read by the leaves, in tree order, without duplicates.
  std::vector<std::string> inputFields() const;

  //! Named outputs, children before their parent (CDC order: EPL_x, F_x, ..., SPL_THEME1, RPL_THEME1, F_THEME1, ...).
  std::vector<OutputField> outputFields() const;
};

//! si_raw, si_score, si_rank, si_class, si_label, si_flags, si_note: the fields every index result has.
const std::vector<std::string> &standardOutputFields();

/**
 * Parses a definition (JSON text, comments allowed) and validates it. Errors
 * name the node, its path and the key, e.g.
 * `node "theme1" (path index/theme1): key "aggregation" has unknown value "avg"; expected one of sum, weighted_mean,
 * geometric_mean, pca`. The format is described in engine/index/README.md.
 */
IndexDefinition parseDefinition( const std::string &jsonText );

//! Reads and parses a definition file; throws IndexError when it cannot be read.
IndexDefinition readDefinitionFile( const std::string &path );

//! Checks what the parser checks, for definitions built in code (ids, output names, fields, weights, flags).
void validateDefinition( const IndexDefinition &definition );

} // namespace sozialraum::index
