//===- TilingInterfaceImpl.h - Tiling of norm ops ---------------*- C++ -*-===//
//
// TilingInterface external models of the destination-style norm ops, so
// that upstream tiling and fusion (scf::tileUsingSCF, the transform
// dialect's tile_using_for / tile_using_forall / fuse /
// fuse_into_containing_op) handle them like linalg ops.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_DIALECT_NORM_STRUCTUREDINTERFACES_TILINGINTERFACEIMPL_H
#define NORM_DIALECT_NORM_STRUCTUREDINTERFACES_TILINGINTERFACEIMPL_H

namespace mlir {
class DialectRegistry;
namespace norm {

/// Attaches TilingInterface to layer_norm, rms_norm, batch_norm, deep_norm,
/// add_layer_norm, add_rms_norm and sandwich_norm. The loops are the
/// input's dims. The row dims (before `axis`) are parallel; the normalized
/// dims are reductions that every tile covers whole. BatchNorm's loops are
/// all parallel in inference form; in training form only the channel loop
/// is (the batch statistics reduce over every other dim).
void registerTilingInterfaceExternalModels(DialectRegistry &registry);

} // namespace norm
} // namespace mlir

#endif // NORM_DIALECT_NORM_STRUCTUREDINTERFACES_TILINGINTERFACEIMPL_H
