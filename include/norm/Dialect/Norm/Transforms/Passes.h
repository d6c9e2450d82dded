//===- Passes.h - Norm dialect transformation passes ------------*- C++ -*-===//
//
// Declares the transformation passes of the norm dialect.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_DIALECT_NORM_TRANSFORMS_PASSES_H
#define NORM_DIALECT_NORM_TRANSFORMS_PASSES_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"
#include "norm/Dialect/Norm/IR/NormDialect.h"

namespace mlir::norm {

#define GEN_PASS_DECL
#define GEN_PASS_REGISTRATION
#include "norm/Dialect/Norm/Transforms/Passes.h.inc"

/// Adds the rewrites of `--norm-expand-math`: math.isinf and math.isnormal
/// as comparisons, and upstream's polynomial approximations (on f32) of the
/// math ops named in `polynomialApproximations` ("erf", "erfc", ...).
void populateExpandMathPatterns(RewritePatternSet &patterns,
                                ArrayRef<std::string> polynomialApproximations);

} // namespace mlir::norm

#endif // NORM_DIALECT_NORM_TRANSFORMS_PASSES_H
