//===- RowNormGradRecognizer.h - Does a RowExpr compute a norm's gradient?
//-===//
//
// Decides from RowExprs whether a backward graph computes the gradients of a
// LayerNorm or an RMSNorm (the forward's saved statistics given): which
// value is dx (the input's gradient, possibly plus the residual stream's
// gradient), which sums over rows are dscale and dbias, of which tensors.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_LIB_DIALECT_NORM_TRANSFORMS_RAISE_ROWNORMGRADRECOGNIZER_H
#define NORM_LIB_DIALECT_NORM_TRANSFORMS_RAISE_ROWNORMGRADRECOGNIZER_H

#include "RowEvaluator.h"

#include <optional>
#include <string>

namespace mlir::norm::raise {

/// What a recognized dx computes: the gradient of which norm, of which
/// tensors.
struct RowNormGradMatch {
  enum class Kind { LayerNorm, RMSNorm } kind;
  /// dy, the gradient of the forward's y.
  Value grad;
  /// x, the forward's normalized input (h of a fused residual block).
  Value input;
  /// γ as read (possibly with leading unit dims), or null.
  Value scale;
  /// The forward's saved statistics, as read (mean is null for RMSNorm).
  Value mean;
  Value rstd;
  /// The gradient added to dx (the residual stream's), or null.
  Value residualGrad;
  int64_t axis = 0;
  double offset = 0.0;
  /// Whether the graph rounds to a 16-bit type before its last step: the
  /// op computes in f32 and rounds once, so it is more accurate.
  bool roundsInside = false;
};

/// Which parameter gradient a sum over rows computes: none (it reads other
/// tensors), dscale, dbias, or something else of the gradient's tensors.
enum class ParamGradKind { None, Scale, Bias, Other };

/// Recognizes dx first (analyzeInputGrad), then, with the same sample data,
/// the terms of sums over rows (classifyParamGradTerm).
class RowNormGradRecognizer {
public:
  /// Decides whether `expr` (the root's expression from `builder`) is dx of
  /// a LayerNorm or RMSNorm given its saved statistics, by deriving the
  /// candidate roles of the tensors it reads from its structure and
  /// checking each numerically in float64 against docs/Semantics.md.
  std::optional<RowNormGradMatch>
  analyzeInputGrad(const RowExprBuilder &builder, const RowExpr *expr);
  /// Why the last analyzeInputGrad failed.
  StringRef getReason() const { return reason; }
  /// Whether the last candidate looked like a norm gradient (sums a product
  /// of two tensors over the rows): near misses are reported only then.
  bool isGradLike() const { return gradLike; }
  /// Whether the last failure comes from the numeric comparison.
  bool checkedNumerically() const { return numericFailure; }

  /// After a match: whether `term` (read by a sum over rows, from
  /// `builder`) is dy·xhat (dscale's term) or dy (dbias's) of the match,
  /// or reads only the match's tensors and is neither (Other).
  /// `roundsInside` is set when the term is rounded to 16 bits inside.
  ParamGradKind classifyParamGradTerm(const RowExprBuilder &builder,
                                      const RowExpr *term, bool &roundsInside);

private:
  /// The roles tensors can have, by the dims they vary over.
  struct Leaves {
    SmallVector<const RowExpr *> full, rows, params;
    bool roundsInside = false;
  };
  /// Sorts the leaves of `body` by the dims they vary over; fails (with
  /// `reason`) on what a norm gradient does not compute.
  LogicalResult collectLeaves(const llvm::SetVector<const RowExpr *> &nodes,
                              Leaves &leaves);
  LogicalResult reject(const Twine &why) {
    reason = why.str();
    return failure();
  }
  /// The expected dx, or dy·xhat, on one draw of sample data.
  Row referenceInputGrad(const RowNormGradMatch &h, unsigned draw) const;
  Row referenceScaleTerm(unsigned draw) const;
  /// The value of `body` on a draw, with the leaves bound by their tensors.
  std::optional<Row> evaluate(const llvm::SetVector<const RowExpr *> &nodes,
                              const RowExpr *body, unsigned draw) const;

  std::string reason;
  bool gradLike = false;
  bool numericFailure = false;
  int64_t rank = 0, axis = 0, length = 1;
  uint64_t rowDims = 0, normalizedDims = 0;
  std::optional<RowNormGradMatch> match;
  /// The sample data: per draw, each tensor's row.
  SmallVector<llvm::DenseMap<Value, Row>, 3> draws;
};

} // namespace mlir::norm::raise

#endif // NORM_LIB_DIALECT_NORM_TRANSFORMS_RAISE_ROWNORMGRADRECOGNIZER_H
