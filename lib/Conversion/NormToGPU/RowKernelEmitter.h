//===- RowKernelEmitter.h - The body of a GPU row-norm kernel ---*- C++ -*-===//
//
// RowKernelEmitter builds one gpu.launch that normalizes the rows of a
// RowNormSpec with a given KernelShape; see RowKernelEmitter.cpp for the
// algorithm. Private to lib/Conversion/NormToGPU.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_LIB_CONVERSION_NORMTOGPU_ROWKERNELEMITTER_H
#define NORM_LIB_CONVERSION_NORMTOGPU_ROWKERNELEMITTER_H

#include "KernelShape.h"
#include "RowNormSpec.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
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

/// Emits the body of one kernel: `rows` rows of `length` elements, that is
/// `chunks` chunks of `shape.lanes` elements (`staticChunks` when known at
/// compile time).
class RowKernelEmitter {
public:
  RowKernelEmitter(const RowNormSpec &spec, const KernelShape &shape,
                   Value rows, Value length, Value chunks,
                   std::optional<int64_t> staticChunks)
      : spec(spec), shape(shape), rows(rows), length(length), chunks(chunks),
        staticChunks(staticChunks) {}

  /// Creates the gpu.launch at the builder's insertion point.
  void emit(OpBuilder &b, Location loc);

private:
  /// A name that says what the kernel does, e.g.
  /// norm_add_rms_norm_bf16_v8_block (profilers show it).
  std::string kernelName() const;

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

  /// The indices of a chunk in a row-major matrix (rows x N) or vector (N).
  SmallVector<Value> indices(OpBuilder &b, Location loc, Value memref,
                             Value chunk) const;

  /// Loads a chunk, widened to f32.
  Value load(OpBuilder &b, Location loc, Value memref, Value chunk) const;

  /// Stores an f32 chunk, rounded to the memref's element type.
  void store(OpBuilder &b, Location loc, Value value, Value memref,
             Value chunk) const;

  /// The values of a chunk to normalize: x, or h = alpha * r + x (+ bias),
  /// stored to h and rounded as stored.
  Value source(OpBuilder &b, Location loc, Value chunk) const;

  /// The values of a chunk read again from memory (streamed rows).
  Value reread(OpBuilder &b, Location loc, Value chunk) const;

  /// Normalizes a chunk and stores it to y: (value - mean) * rstd + center
  /// for LayerNorm (center = -c * rstd, see RowKernelEmitter.cpp), value *
  /// rstd for RMSNorm (null mean and center).
  void output(OpBuilder &b, Location loc, Value chunk, Value value, Value mean,
              Value rstd, Value center) const;

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

  /// Normalizes this thread's share of `row`: from registers when the
  /// shape keeps the row there, else streamed.
  void emitRow(OpBuilder &b, Location loc);

  /// Chunk k of this thread, and whether it is inside the row (null when
  /// it always is).
  std::pair<Value, Value> chunkOf(OpBuilder &b, Location loc, int64_t k) const;

  /// Loads this thread's `perThread` chunks once, computes the statistics
  /// from them and writes the output from them; `count` is N as f32.
  void emitRegisterRow(OpBuilder &b, Location loc, Value count);

  /// A loop over this thread's chunks with one vector accumulator.
  Value streamSum(OpBuilder &b, Location loc,
                  function_ref<Value(OpBuilder &, Location, Value)> term);

  /// LayerNorm's rstd and center (-c * rstd, splat) from the sums of the
  /// deviations d = x - m and of their squares.
  std::pair<Value, Value> correctedStatistics(OpBuilder &b, Location loc,
                                              Value count, Value deviations,
                                              Value squares) const;

  /// Loops over this thread's chunks once per pass (statistics, then
  /// output), reading the row again each time; `count` is N as f32.
  void emitStreamedRow(OpBuilder &b, Location loc, Value count);

  const RowNormSpec &spec;
  KernelShape shape;
  Value rows, length, chunks;
  std::optional<int64_t> staticChunks;
  // Inside the launch.
  Value tid, threads, row, shared;
};

} // namespace mlir::norm::gpu_lowering

#endif // NORM_LIB_CONVERSION_NORMTOGPU_ROWKERNELEMITTER_H
