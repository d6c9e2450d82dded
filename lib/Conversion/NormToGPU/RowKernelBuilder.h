//===- RowKernelBuilder.h - Pieces of a GPU row kernel ----------*- C++ -*-===//
//
// RowKernelBuilder holds what every GPU row kernel is built from: the
// launch of one block or one warp per row unit, vector loads and stores of
// a chunk widened to f32, sums over a row's threads, and the statistics of
// a row. The forward (RowKernelEmitter) and backward (RowNormGradEmitter)
// kernels derive from it. Private to lib/Conversion/NormToGPU.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_LIB_CONVERSION_NORMTOGPU_ROWKERNELBUILDER_H
#define NORM_LIB_CONVERSION_NORMTOGPU_ROWKERNELBUILDER_H

#include "KernelShape.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/IR/BuiltinTypes.h"

namespace mlir::norm::gpu_lowering {

/// An `index` constant.
inline Value indexConstant(OpBuilder &b, Location loc, int64_t value) {
  return arith::ConstantIndexOp::create(b, loc, value);
}

/// Bytes per element of a memref.
inline unsigned elementBytes(Value memref) {
  return cast<MemRefType>(memref.getType()).getElementTypeBitWidth() / 8;
}

/// The pieces of a kernel over rows of `length` elements, that is `chunks`
/// chunks of `shape.lanes` elements (`staticChunks` when known at compile
/// time). Inside the launch, thread `tid` of the `threads` of a row handles
/// the chunks tid, tid + threads, ... of row `row`.
class RowKernelBuilder {
public:
  RowKernelBuilder(const KernelShape &shape, Value rows, Value length,
                   Value chunks, std::optional<int64_t> staticChunks,
                   double epsilon)
      : shape(shape), rows(rows), length(length), chunks(chunks),
        staticChunks(staticChunks), epsilon(epsilon) {}

protected:
  /// Creates a gpu.launch named `name` of `units` row units: one block
  /// each, or one warp each with `shape.rowsPerBlock` warps per block.
  /// Block-per-row kernels get `sumSlots` warp-size slots of shared memory
  /// for rowSum. Sets tid, threads and shared, and returns the launch (its
  /// body not yet terminated) and the index of this thread's unit; warps
  /// past `units` are the caller's to skip.
  std::pair<gpu::LaunchOp, Value> launchUnits(OpBuilder &b, Location loc,
                                              Value units, int64_t sumSlots,
                                              StringRef name);

  /// Threads for a row whose length is known only at run time: about
  /// `chunksPerThread` chunks each, a multiple of the warp size, at most
  /// `maxThreads`.
  Value runtimeThreads(OpBuilder &b, Location loc) const;

  /// The f32 vector of one chunk (`lanes` elements) that sums and outputs
  /// are computed in.
  VectorType computeVector(OpBuilder &b) const;
  /// `scalar` (f32) in every lane of a chunk.
  Value splat(OpBuilder &b, Location loc, Value scalar) const;
  /// The f32 constant `value` in every lane of a chunk.
  Value splatConstant(OpBuilder &b, Location loc, double value) const;
  /// The f32 scalar constant `value`.
  Value f32(OpBuilder &b, Location loc, double value) const;

  /// The indices of a chunk in a row-major matrix (at row `at`, by default
  /// `row`) or vector.
  SmallVector<Value> indices(OpBuilder &b, Location loc, Value memref,
                             Value chunk, Value at = {}) const;

  /// Loads a chunk, widened to f32.
  Value load(OpBuilder &b, Location loc, Value memref, Value chunk,
             Value at = {}) const;

  /// Stores an f32 chunk, rounded to the memref's element type.
  void store(OpBuilder &b, Location loc, Value value, Value memref, Value chunk,
             Value at = {}) const;

  /// The sum of the lanes of a chunk.
  Value reduceLanes(OpBuilder &b, Location loc, Value vector) const;

  /// The sum of `value` over the threads of the row: butterfly shuffles in
  /// the warp, then (block per row) one exchange through shared memory;
  /// `slot` keeps successive reductions apart so none needs a second
  /// barrier.
  Value rowSum(OpBuilder &b, Location loc, Value value, int64_t slot) const;

  /// rstd = 1 / sqrt(meanSquare + epsilon), correctly rounded square root
  /// (sqrt.rn.f32) and division (div.rn.f32), once per row. math.rsqrt and
  /// llvm.intr.sqrt would become libdevice calls, which only link where the
  /// CUDA toolkit is found when the kernels are compiled.
  Value rstdOf(OpBuilder &b, Location loc, Value meanSquare) const;

  /// Chunk k of this thread, and whether it is inside the row (null when
  /// it always is).
  std::pair<Value, Value> chunkOf(OpBuilder &b, Location loc, int64_t k) const;

  /// A loop over this thread's chunks with one vector accumulator.
  Value streamSum(OpBuilder &b, Location loc,
                  function_ref<Value(OpBuilder &, Location, Value)> term);

  /// LayerNorm's rstd and center (-c * rstd, splat) from the sums of the
  /// deviations d = x - m and of their squares.
  std::pair<Value, Value> correctedStatistics(OpBuilder &b, Location loc,
                                              Value count, Value deviations,
                                              Value squares) const;

  /// N as f32.
  Value lengthAsF32(OpBuilder &b, Location loc) const;

  KernelShape shape;
  Value rows, length, chunks;
  std::optional<int64_t> staticChunks;
  double epsilon;
  // Inside the launch.
  Value tid, threads, row, shared;
};

} // namespace mlir::norm::gpu_lowering

#endif // NORM_LIB_CONVERSION_NORMTOGPU_ROWKERNELBUILDER_H
