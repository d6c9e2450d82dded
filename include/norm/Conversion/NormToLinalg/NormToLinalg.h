//===- NormToLinalg.h - Norm to linalg decomposition ------------*- C++ -*-===//
//
// Patterns that decompose norm ops into linalg on tensors.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_CONVERSION_NORMTOLINALG_NORMTOLINALG_H
#define NORM_CONVERSION_NORMTOLINALG_NORMTOLINALG_H

namespace mlir {
class RewritePatternSet;
namespace norm {

/// Adds the patterns that rewrite every norm op into linalg, arith, math,
/// tensor and cf ops on tensors.
void populateNormToLinalgPatterns(RewritePatternSet &patterns);

} // namespace norm
} // namespace mlir

#endif // NORM_CONVERSION_NORMTOLINALG_NORMTOLINALG_H
