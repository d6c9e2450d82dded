//===- InitAllNorm.h - Register everything norm provides --------*- C++ -*-===//
//
// One call each to register the norm dialect (with the interfaces and
// extensions it needs) and every norm pass and pipeline.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_INITALLNORM_H
#define NORM_INITALLNORM_H

namespace mlir {
class DialectRegistry;
namespace norm {

/// Registers the norm dialect and the dialects and extensions it relies on.
void registerAllDialects(DialectRegistry &registry);

/// Registers every norm pass and named pipeline with the global registry.
void registerAllPasses();

} // namespace norm
} // namespace mlir

#endif // NORM_INITALLNORM_H
