//===- RowNormRecognizer.h - Does a RowExpr compute a norm? -----*- C++ -*-===//
//
// Decides from a candidate output's RowExpr whether it computes a LayerNorm
// or an RMSNorm, of which tensor, with which parameters, or why not.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_LIB_DIALECT_NORM_TRANSFORMS_RAISE_ROWNORMRECOGNIZER_H
#define NORM_LIB_DIALECT_NORM_TRANSFORMS_RAISE_ROWNORMRECOGNIZER_H

#include "RowExpr.h"

#include <optional>
#include <string>

namespace mlir::norm::raise {

/// What a row norm recognized in a RowExpr computes.
struct RowNormMatch {
  enum class Kind { LayerNorm, RMSNorm, BatchNorm } kind;
  Value input;
  /// γ and β as read (possibly with leading unit dims), or null.
  Value scale;
  Value bias;
  int64_t axis;
  double epsilon;
  double offset = 0.0;
  /// BatchNorm (inference form): the per-channel statistics, as read.
  Value mean;
  Value variance;
};

/// The outcome of looking at one candidate root.
struct RowNormAnalysis {
  std::optional<RowNormMatch> match;
  /// Why it is not a norm, when it is not.
  std::string reason;
  /// Whether it divides by the square root of a row statistic, i.e. looked
  /// like a norm (near misses are reported only then).
  bool normLike = false;
  /// Whether the reason comes from the numeric comparison.
  bool checkedNumerically = false;
};

/// Decides whether `expr` (the root's expression from `builder`) computes a
/// LayerNorm or an RMSNorm (statistics summed over rows), or an inference
/// BatchNorm (per-channel statistics read from tensors), over trailing dims of
/// a tensor x, with optional scale, bias and offset, by deriving the candidates
/// from its structure and checking each numerically in float64 against the
/// definition.
RowNormAnalysis analyzeRowNorm(const RowExprBuilder &builder,
                               const RowExpr *expr);

} // namespace mlir::norm::raise

#endif // NORM_LIB_DIALECT_NORM_TRANSFORMS_RAISE_ROWNORMRECOGNIZER_H
