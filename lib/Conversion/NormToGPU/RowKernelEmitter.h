//===- RowKernelEmitter.h - The body of a GPU row-norm kernel ---*- C++ -*-===//
//
// RowKernelEmitter builds one gpu.launch that normalizes the rows of a
// RowNormSpec with a given KernelShape; see RowKernelEmitter.cpp for the
// algorithm. Private to lib/Conversion/NormToGPU.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_LIB_CONVERSION_NORMTOGPU_ROWKERNELEMITTER_H
#define NORM_LIB_CONVERSION_NORMTOGPU_ROWKERNELEMITTER_H

#include "RowKernelBuilder.h"
#include "RowNormSpec.h"

namespace mlir::norm::gpu_lowering {

/// Emits the body of one kernel: `rows` rows of `length` elements, that is
/// `chunks` chunks of `shape.lanes` elements (`staticChunks` when known at
/// compile time).
class RowKernelEmitter : RowKernelBuilder {
public:
  RowKernelEmitter(const RowNormSpec &spec, const KernelShape &shape,
                   Value rows, Value length, Value chunks,
                   std::optional<int64_t> staticChunks)
      : RowKernelBuilder(shape, rows, length, chunks, staticChunks,
                         spec.epsilon),
        spec(spec) {}

  /// Creates the gpu.launch at the builder's insertion point.
  void emit(OpBuilder &b, Location loc);

private:
  /// A name that says what the kernel does, e.g.
  /// norm_add_rms_norm_bf16_v8_block (profilers show it).
  std::string kernelName() const;

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

  /// Normalizes this thread's share of `row`: from registers when the
  /// shape keeps the row there, else streamed.
  void emitRow(OpBuilder &b, Location loc);

  /// Loads this thread's `perThread` chunks once, computes the statistics
  /// from them and writes the output from them; `count` is N as f32.
  void emitRegisterRow(OpBuilder &b, Location loc, Value count);

  /// Loops over this thread's chunks once per pass (statistics, then
  /// output), reading the row again each time; `count` is N as f32.
  void emitStreamedRow(OpBuilder &b, Location loc, Value count);

  const RowNormSpec &spec;
};

} // namespace mlir::norm::gpu_lowering

#endif // NORM_LIB_CONVERSION_NORMTOGPU_ROWKERNELEMITTER_H
