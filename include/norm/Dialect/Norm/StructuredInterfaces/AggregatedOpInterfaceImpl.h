//===- AggregatedOpInterfaceImpl.h - Decomposition of norm ops --*- C++ -*-===//
//
// linalg::AggregatedOpInterface external models of the norm ops: their
// `decomposeOperation` is the linalg reference lowering of the op
// (norm/Conversion/NormToLinalg/Decompositions.h), as
// `transform.structured.decompose_interface` calls it.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_DIALECT_NORM_STRUCTUREDINTERFACES_AGGREGATEDOPINTERFACEIMPL_H
#define NORM_DIALECT_NORM_STRUCTUREDINTERFACES_AGGREGATEDOPINTERFACEIMPL_H

namespace mlir {
class DialectRegistry;
namespace norm {

/// Attaches linalg::AggregatedOpInterface to layer_norm, rms_norm,
/// batch_norm, deep_norm, add_layer_norm, add_rms_norm and sandwich_norm
/// on tensors (ops on memrefs do not decompose).
void registerAggregatedOpInterfaceExternalModels(DialectRegistry &registry);

} // namespace norm
} // namespace mlir

#endif // NORM_DIALECT_NORM_STRUCTUREDINTERFACES_AGGREGATEDOPINTERFACEIMPL_H
