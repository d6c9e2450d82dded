//===- Passes.h - norm's passes over upstream dialects ----------*- C++ -*-===//
//
// Declares the passes of norm's pipelines that do not touch the norm
// dialect (Passes.td next to this file): entry points of compiled modules,
// bufferization helpers, element-wise fusion and math expansion, and LLVM
// dialect fix-ups.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_TRANSFORMS_PASSES_H
#define NORM_TRANSFORMS_PASSES_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

#include <string>

namespace mlir {
class RewritePatternSet;
namespace norm {

#define GEN_PASS_DECL
#define GEN_PASS_REGISTRATION
#include "norm/Transforms/Passes.h.inc"

/// Adds the rewrites of `--norm-expand-math`: math.isinf and math.isnormal
/// as comparisons, and upstream's polynomial approximations (on f32) of the
/// math ops named in `polynomialApproximations` ("erf", "erfc", ...).
void populateExpandMathPatterns(RewritePatternSet &patterns,
                                ArrayRef<std::string> polynomialApproximations);

} // namespace norm
} // namespace mlir

#endif // NORM_TRANSFORMS_PASSES_H
