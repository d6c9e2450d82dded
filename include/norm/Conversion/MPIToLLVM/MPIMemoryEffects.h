//===- MPIMemoryEffects.h - Memory effects of mpi ops -----------*- C++ -*-===//
//
// MLIR 22's mpi ops that read or write buffers (allreduce, send, recv)
// declare no memory effects, so the buffer deallocation of the CPU
// pipeline rejects the ops `--convert-shard-to-mpi` produces. norm attaches
// their effects as external models.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_CONVERSION_MPITOLLVM_MPIMEMORYEFFECTS_H
#define NORM_CONVERSION_MPITOLLVM_MPIMEMORYEFFECTS_H

namespace mlir {
class DialectRegistry;
namespace norm {

/// mpi.allreduce reads its send buffer and writes its receive buffer;
/// mpi.send reads, mpi.recv writes its buffer.
void registerMPIMemoryEffectsExternalModels(DialectRegistry &registry);

} // namespace norm
} // namespace mlir

#endif // NORM_CONVERSION_MPITOLLVM_MPIMEMORYEFFECTS_H
