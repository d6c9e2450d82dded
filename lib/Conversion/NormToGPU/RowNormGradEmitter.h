//===- RowNormGradEmitter.h - The GPU backward row kernel -------*- C++ -*-===//
//
// RowNormGradEmitter builds the first kernel of a backward row-norm op: dx
// (and dr) per row, and each row unit's f32 partial sums of dscale and
// dbias; see RowNormGradEmitter.cpp. ParamGradReduction.cpp builds the
// second kernel, which adds the partial sums up. Private to
// lib/Conversion/NormToGPU.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_LIB_CONVERSION_NORMTOGPU_ROWNORMGRADEMITTER_H
#define NORM_LIB_CONVERSION_NORMTOGPU_ROWNORMGRADEMITTER_H

#include "RowKernelBuilder.h"
#include "RowNormGradSpec.h"

namespace mlir::norm::gpu_lowering {

/// The f32 partial sums of the parameter gradients: one row of N per row
/// unit (`units` x N), for dscale and dbias (null where the op has none).
struct GradPartials {
  Value units;
  Value scale, bias;
};

/// Emits the dx kernel of `spec` (collapsed to rows): `partials.units` row
/// units (a block or a warp each, as `shape` says) take the rows u,
/// u + units, ... and write their sums of dy * xhat and dy to row u of the
/// partials.
class RowNormGradEmitter : RowKernelBuilder {
public:
  RowNormGradEmitter(const RowNormGradSpec &spec, const KernelShape &shape,
                     Value rows, Value length, Value chunks,
                     std::optional<int64_t> staticChunks,
                     const GradPartials &partials)
      : RowKernelBuilder(shape, rows, length, chunks, staticChunks,
                         spec.epsilon),
        spec(spec), partials(partials) {}

  /// Creates the gpu.launch at the builder's insertion point.
  void emit(OpBuilder &b, Location loc);

private:
  /// E.g. norm_add_rms_norm_grad_bf16_v8_block.
  std::string kernelName() const;

  /// A row's statistics as splats: rstd, and for LayerNorm the mean
  /// subtracted from x and the center added after scaling by rstd (null
  /// for the saved statistics and for RMSNorm).
  struct Statistics {
    Value mean, rstd, center;
  };
  /// The saved statistics of `row`.
  Statistics savedStatistics(OpBuilder &b, Location loc) const;
  /// The statistics recomputed from this thread's chunks `xs` (`inside`:
  /// whether each is in the row, null when it always is), as the forward
  /// computes them.
  Statistics registerStatistics(OpBuilder &b, Location loc, ArrayRef<Value> xs,
                                ArrayRef<Value> inside, Value count);
  /// The same, streaming x.
  Statistics streamedStatistics(OpBuilder &b, Location loc, Value count);

  /// xhat of a chunk of x.
  Value normalized(OpBuilder &b, Location loc, Value x,
                   const Statistics &stats) const;
  /// g = dy * (gamma + offset), or dy without scale (null gamma).
  Value scaledGrad(OpBuilder &b, Location loc, Value dy, Value gamma) const;

  /// The row sums of g (LayerNorm) and of g * xhat, divided by N, as
  /// splats, from this thread's partial vector sums.
  std::pair<Value, Value> meanGrads(OpBuilder &b, Location loc, Value sumG,
                                    Value sumGX, Value count, int64_t slot);

  /// dx = ((g - mean(g)) - xhat * mean(g * xhat)) * rstd, plus the
  /// residual stream's gradient, stored to dx (and alpha times it to dr).
  void storeInputGrads(OpBuilder &b, Location loc, Value chunk, Value g,
                       Value xhat, Value meanG, Value meanGX, Value rstd) const;

  /// The rows of this thread's unit with the row in registers: dy and x
  /// loaded once per row, the partial sums carried in registers.
  void emitRegisterRows(OpBuilder &b, Location loc, Value unit);
  /// The same, streaming the row (read again per pass) and adding the
  /// partial sums up in the partials' row of the unit.
  void emitStreamedRows(OpBuilder &b, Location loc, Value unit);

  /// N as f32: a constant where the row length is static (a register
  /// less in kernels that hold a row).
  Value rowLength(OpBuilder &b, Location loc) const;

  /// Shared-memory slots the sums of one row take.
  int64_t sumSlots() const;

  const RowNormGradSpec &spec;
  GradPartials partials;
};

/// Emits the second kernel: every column's partial sums (`partials.units`
/// rows, added in row order, so that the result does not depend on which
/// unit finished first) rounded once to dscale and dbias.
void emitParamGradReduction(OpBuilder &b, Location loc,
                            const RowNormGradSpec &spec, Value length,
                            const GradPartials &partials);

} // namespace mlir::norm::gpu_lowering

#endif // NORM_LIB_CONVERSION_NORMTOGPU_ROWNORMGRADEMITTER_H
