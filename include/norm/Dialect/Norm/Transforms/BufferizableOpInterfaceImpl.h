//===- BufferizableOpInterfaceImpl.h - Bufferization of norm ops -*- C++
//-*-===//
//
// One-shot bufferization models of the destination-style norm ops.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_DIALECT_NORM_TRANSFORMS_BUFFERIZABLEOPINTERFACEIMPL_H
#define NORM_DIALECT_NORM_TRANSFORMS_BUFFERIZABLEOPINTERFACEIMPL_H

namespace mlir {
class DialectRegistry;
namespace norm {

/// Lets one-shot bufferization turn norm ops on tensors into the same ops on
/// memrefs (outs become the destinations, written in place when possible).
void registerBufferizableOpInterfaceExternalModels(DialectRegistry &registry);

} // namespace norm
} // namespace mlir

#endif // NORM_DIALECT_NORM_TRANSFORMS_BUFFERIZABLEOPINTERFACEIMPL_H
