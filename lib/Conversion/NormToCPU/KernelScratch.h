//===- KernelScratch.h - Temporary buffers reused across calls --*- C++ -*-===//
//
// Private to the NormToCPU library. A kernel's temporary matrices (the
// backward kernels' partial sums of dscale and dbias) taken from one
// buffer per module that stays mapped from call to call, instead of new
// heap memory per call: a heap buffer of a megabyte or more is mapped
// fresh by the C library (and returned when freed), and every call then
// takes a page fault per 4 KiB page of it; measured 2-4 % of a LayerNorm
// backward call at 8192 x 4096 and up to 10x at 64 rows.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_LIB_CONVERSION_NORMTOCPU_KERNELSCRATCH_H
#define NORM_LIB_CONVERSION_NORMTOCPU_KERNELSCRATCH_H

#include "mlir/IR/Builders.h"

namespace mlir::norm::cpu {

/// Bytes of the module's scratch buffer: the partial sums of dscale and
/// dbias of a row length up to 16384 in 64 blocks of f32.
constexpr int64_t kScratchCapacityBytes = 8 << 20;

/// Temporary matrices of a kernel, each `rows` x `columns` of one element
/// type with an identity layout. Taken from the module's scratch buffer
/// (`__norm_cpu_scratch`, private, uninitialized) when it is free and
/// large enough, else from the heap. An atomic flag
/// (`__norm_cpu_scratch_busy`) marks the buffer as taken, so concurrent
/// calls from other threads (of any kernel of the module) use the heap.
/// The buffer is never freed: its pages stay resident once touched.
class KernelScratch {
public:
  /// Emits, at the builder's insertion point, the code that takes the
  /// matrices. `elementType` is an integer or float type; every matrix
  /// starts at a multiple of `alignment` bytes.
  static KernelScratch acquire(OpBuilder &b, Location loc, Type elementType,
                               ArrayRef<std::pair<Value, Value>> shapes,
                               int64_t alignment);

  /// The matrices, in the order of their shapes.
  ArrayRef<Value> matrices() const { return buffers; }

  /// Emits the code that gives the matrices back (releases the scratch
  /// buffer, or frees the heap buffers).
  void release(OpBuilder &b, Location loc) const;

private:
  SmallVector<Value> buffers;
  /// i1: whether the matrices are views of the scratch buffer.
  Value fromScratch;
};

} // namespace mlir::norm::cpu

#endif // NORM_LIB_CONVERSION_NORMTOCPU_KERNELSCRATCH_H
