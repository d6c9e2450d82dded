//===- RowNormGrads.cpp - Backward row-norm kernels for the CPU -----------===//
//
// Lowers the backward ops of the row-wise norms on memrefs
// (norm.layer_norm_grad, norm.rms_norm_grad, norm.add_layer_norm_grad,
// norm.add_rms_norm_grad; formulas in docs/Semantics.md, "Backward") to
// explicit vector code, in the forward kernels' building blocks (chunks of
// `lanes`, reads and writes widened to f32, masked tails).
//
// Per row:
//  - the statistics: the saved mean and rstd of the row, or recomputed in
//    one pass over x as the forward computes them (LayerNorm: sums shifted
//    by the row's first element, and a corrected second pass from the cache
//    where the mean is far from the shift);
//  - one pass over dy and x that sums g and g * xhat in vector
//    accumulators (g = dy * (scale + offset)), and adds dy * xhat and dy
//    into the block's partial sums of dscale and dbias;
//  - the dx pass over the cached row: dx = rstd * g - (xhat * rstd *
//    mean(g * xhat) + rstd * mean(g)), plus the residual stream's gradient,
//    and dr = alpha * dx for the fused ops. Large dx stream (non-temporal
//    stores from dx's first aligned element, as the forward writes y).
//    For 16-bit data, a streamed dx pass also prefetches the rows of dy
//    and x one group ahead, so that memory keeps reading while the thread
//    computes from cache.
//
// Determinism: the rows go to P blocks of consecutive rows, P fixed by the
// row count alone (P = ceil(rows / ceil(rows / min(rows, 64)))), not by the
// thread count. The blocks are the iterations of one scf.forall (OpenMP
// threads, once lowered); each block adds its rows' dy * xhat and dy in row
// order into its own row of a [P, N] scratch buffer (no atomics), and after
// the loop one pass adds the P partial rows in block order into dscale and
// dbias, rounded once. Every sum is then the same sequence of operations
// whatever the number of threads and from run to run; results depend on P
// (another P regroups the additions of dscale and dbias), so only on the
// shape. dx of a row does not depend on the blocks. The sums passes of a
// block's rows run in pairs, which add both rows in one read and write of
// the partial rows (measured 6-17 % faster than one row at a time, and no
// faster with 4), in the same order as one row after the other. The
// [P, N] buffers come from the module's scratch buffer where it is free
// (KernelScratch.h): a fresh heap buffer per call page-faults.
//
//===----------------------------------------------------------------------===//

#include "RowNormGradKernel.h"

#include "KernelBuilder.h"
#include "KernelScratch.h"
#include "OutputPlan.h"
#include "RowStatistics.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/PatternMatch.h"
#include "norm/Conversion/Utils/RowViews.h"
#include "norm/Conversion/Utils/RuntimeChecks.h"
#include "norm/Dialect/Norm/IR/NormOps.h"
#include "llvm/Support/Debug.h"

#include <memory>
#include <optional>

#define DEBUG_TYPE "convert-norm-to-cpu"

using namespace mlir;
using namespace mlir::norm;
using namespace mlir::norm::cpu;

namespace {

/// The rows go to at most this many blocks, each with its own row of the
/// parameter gradients' partial sums.
constexpr int64_t kMaxGradBlocks = 64;

/// Where the op returns parameter gradients, the rows of a block go through
/// their sums pass this many at a time, which adds all of them to the
/// block's partial rows in one read and write of those.
constexpr int64_t kRowsPerGroup = 2;

/// P for a row count known at compile time (as planBlocks computes it).
[[maybe_unused]] int64_t staticBlockCount(int64_t rows) {
  int64_t perBlock = llvm::divideCeil(
      rows, std::max<int64_t>(std::min(rows, kMaxGradBlocks), 1));
  return llvm::divideCeil(rows, std::max<int64_t>(perBlock, 1));
}

/// The backward kernels' shape: chunks of half the forward's hardware
/// vectors (at least one). A group of two LayerNorm rows keeps four sums
/// per chunk; at the forward's 4 vectors per chunk on AVX-512 those are 16
/// registers, and the sums pass spilled (A/B on Zen 4, 8192 x 4096:
/// 2 vectors 1.01-1.2x, mostly 3-8 %).
KernelShape gradKernelShape(KernelShape shape) {
  shape.lanes = std::max(shape.width, shape.lanes / 2);
  return shape;
}

/// How xhat follows from a chunk v of x: LayerNorm's (v - shift) * rstd +
/// center (center = -(mean - shift) * rstd, null where the shift is the
/// mean itself), RMSNorm's v * rstd. Vectors of `lanes`, hoisted out of the
/// row's loops; `rstdScalar` is rstd itself.
struct XhatFactors {
  Value shift, center, rstd, rstdScalar;
};

/// Emits the whole kernel of one backward op (operands already staged and
/// collapsed): the block plan, the scf.forall over blocks of rows (each row
/// through a RowEmitter), then the sums of the partial parameter gradients.
class RowNormGradKernel {
public:
  RowNormGradKernel(const RowNormGradSpec &spec, const KernelShape &shape)
      : spec(spec), shape(gradKernelShape(shape)),
        computeType(computeTypeOf(spec.input)) {}

  /// Emits the kernel at the builder's insertion point.
  void emit(OpBuilder &b, Location loc);

private:
  class RowEmitter;

  bool hasParameterGrads() const { return static_cast<bool>(spec.dscale); }

  /// Whether each row's dx pass, where it streams, prefetches the row of
  /// dy and x that many rows (the group) ahead: for 16-bit data only. A/B
  /// on Zen 4, 8192 x 4096 and rows of 1024-16384 elements: bf16 1.0-1.7x
  /// (most for short rows), f32 0.80-0.95x (the prefetched rows evict
  /// the cached row the dx pass reads).
  bool prefetchesAhead() const {
    return shape.prefetch && plan.mayStream() && elementBytes(spec.input) <= 2;
  }

  /// P and the rows per block, from the row count alone.
  void planBlocks(OpBuilder &b, Location loc);

  /// One block of rows: its partial rows zeroed, then its rows in order
  /// (in pairs where the op returns parameter gradients).
  void emitBlock(OpBuilder &b, Location loc, Value block);

  /// A group of consecutive rows (one or two): their statistics, one sums
  /// pass over all of them that adds each chunk's dy * xhat and dy of every
  /// row, in row order, to the block's partial rows `dscaleAcc` and
  /// `dbiasAcc` (null: none) in one read and write of them, then each
  /// row's dx pass. A pair halves the traffic to the partial rows; the
  /// additions are those of one row after the other.
  void emitRowGroup(OpBuilder &b, Location loc, ArrayRef<Value> rows,
                    Value dscaleAcc, Value dbiasAcc) const;

  /// dscale (and dbias): the P partial rows added in block order, rounded
  /// once into the destinations.
  void emitParameterGradSums(OpBuilder &b, Location loc) const;

  const RowNormGradSpec &spec;
  KernelShape shape;
  Type computeType;
  /// Set by emit: the row count, the row length and two index constants.
  Value rows, length, zeroIndex, oneIndex;
  /// Whether dx streams, and the blocks of rows (P of rowsPerBlock).
  OutputPlan plan;
  /// [P, N] partial sums of dscale and dbias (null where not returned).
  Value dscalePartials, dbiasPartials;
};

/// Emits the code of one row: its statistics (prepare), its part of the
/// pass that sums g and g * xhat (sumsChunk, in a loop that RowNormGradKernel
/// emits for a group of rows, which also adds to the block's partial
/// parameter gradients), and the dx pass.
class RowNormGradKernel::RowEmitter {
public:
  RowEmitter(const RowNormGradKernel &kernel, OpBuilder &b, Location loc,
             Value row)
      : kernel(kernel), spec(kernel.spec), b(b), loc(loc), row(row),
        k(kernel.length, kernel.shape.lanes, kernel.shape.width,
          kernel.computeType) {}

  /// The row's views and statistics, at the builder's insertion point.
  void prepare();

  /// Zero accumulators of the row's sums: sum(g * xhat), and sum(g) for
  /// LayerNorm.
  SmallVector<Value> zeroSums() const;

  /// One chunk of the sums pass: the sums updated from `sums`; `dy` and
  /// `xh` are set to the chunk's dy and xhat.
  SmallVector<Value> sumsChunk(OpBuilder &lb, Location ll, const Chunk &chunk,
                               ValueRange sums, Value &dy, Value &xh) const;

  /// The dx pass (and dr) from the reduced sums, streamed as the kernel's
  /// plan says.
  void emitDxPass(ArrayRef<Value> sums) const;

  /// Makes the dx pass prefetch row `ahead` of dy and x alongside.
  void prefetchAlong(Value ahead);

private:
  /// The row's saved statistics, or recomputed from x.
  XhatFactors statistics() const;

  /// The statistics recomputed in one pass over x (LayerNorm: shifted by
  /// x's first element; a corrected second pass over the cached row where
  /// (mean - K)^2 > 16 var, as the forward does).
  XhatFactors recomputedStatistics() const;

  /// The factors from rstd and the shift (null for RMSNorm) and the mean
  /// relative to it (null: 0).
  XhatFactors factorsFrom(Value shift, Value meanOffset, Value rstd) const;

  /// xhat of the chunk `v` of x.
  Value xhat(OpBuilder &lb, Location ll, Value v, const XhatFactors &f,
             const Chunk &chunk) const;

  /// g = dy * (scale + offset), or dy without scale.
  Value scaledGrad(OpBuilder &lb, Location ll, Value dy,
                   const Chunk &chunk) const;

  /// Adds `value` (masked to the row, widened) to the accumulator `acc`;
  /// `factor` (if set) multiplies it first, fused for full chunks.
  Value accumulate(OpBuilder &lb, Location ll, Value value, Value factor,
                   Value acc, const Chunk &chunk) const;

  const RowNormGradKernel &kernel;
  const RowNormGradSpec &spec;
  OpBuilder &b;
  Location loc;
  Value row;
  RowKernelBuilder k;
  /// The row's statistics, as xhat uses them.
  XhatFactors factors;
  /// The row length as a float of the compute type.
  Value count;
  /// Views of this row of dy, x, the residual stream's gradient, dx, dr.
  Value dyRow, xRow, residualGradRow, dxRow, drRow;
  /// Rows of dy and x the dx pass prefetches (null: none).
  Value aheadDyRow, aheadXRow;
};

//===----------------------------------------------------------------------===//
// RowNormGradKernel
//===----------------------------------------------------------------------===//

void RowNormGradKernel::emit(OpBuilder &b, Location loc) {
  // The operands' sizes were checked before staging.
  rows = memref::DimOp::create(b, loc, spec.input, 0);
  length = memref::DimOp::create(b, loc, spec.input, 1);
  zeroIndex = indexConstant(b, loc, 0);
  oneIndex = indexConstant(b, loc, 1);
  Value nonEmpty = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne,
                                         length, zeroIndex);
  cf::AssertOp::create(b, loc, nonEmpty,
                       spec.opName + ": the reduced size N is 0 at run time");
  planBlocks(b, loc);
  std::optional<KernelScratch> scratch;
  if (hasParameterGrads()) {
    SmallVector<std::pair<Value, Value>, 2> shapes(spec.dbias ? 2 : 1,
                                                   {plan.blocks, length});
    scratch =
        KernelScratch::acquire(b, loc, computeType, shapes, kStreamAlignment);
    dscalePartials = scratch->matrices().front();
    if (spec.dbias)
      dbiasPartials = scratch->matrices().back();
  }
  scf::ForallOp::create(b, loc, ArrayRef<OpFoldResult>{plan.blocks},
                        ValueRange{}, std::nullopt,
                        [&](OpBuilder &fb, Location fl, ValueRange) {
                          emitBlock(fb, fl, fb.getBlock()->getArgument(0));
                          scf::InParallelOp::create(fb, fl);
                        });
  if (!hasParameterGrads())
    return;
  emitParameterGradSums(b, loc);
  scratch->release(b, loc);
}

void RowNormGradKernel::planBlocks(OpBuilder &b, Location loc) {
  std::tie(plan.staticStreaming, plan.streaming) =
      decideStreaming(b, loc, spec.dx, rows, length, shape.streamingThreshold);
  // P = ceil(rows / ceil(rows / min(rows, kMaxGradBlocks))): no block is
  // empty, and 0 rows make no block.
  Value wanted = arith::MinUIOp::create(b, loc, rows,
                                        indexConstant(b, loc, kMaxGradBlocks));
  plan.rowsPerBlock = arith::CeilDivUIOp::create(
      b, loc, rows, arith::MaxUIOp::create(b, loc, wanted, oneIndex));
  plan.blocks = arith::CeilDivUIOp::create(
      b, loc, rows,
      arith::MaxUIOp::create(b, loc, plan.rowsPerBlock, oneIndex));
  LLVM_DEBUG({
    int64_t n = cast<MemRefType>(spec.input.getType()).getDimSize(0);
    llvm::dbgs() << "[convert-norm-to-cpu] " << spec.opName << ": ";
    if (ShapedType::isDynamic(n))
      llvm::dbgs() << "P = ceil(rows / ceil(rows / min(rows, " << kMaxGradBlocks
                   << "))) blocks, rows known at run time\n";
    else
      llvm::dbgs() << "P = " << staticBlockCount(n) << " blocks of rows\n";
  });
}

void RowNormGradKernel::emitBlock(OpBuilder &b, Location loc, Value block) {
  RowKernelBuilder k(length, shape.lanes, shape.width, computeType);
  auto zeroedRow = [&](Value partials) -> Value {
    if (!partials)
      return Value();
    Value acc = rowView(b, loc, partials, block, length);
    k.loop(b, loc, {},
           [&](OpBuilder &lb, Location ll, const Chunk &chunk,
               ValueRange) -> SmallVector<Value> {
             k.write(lb, ll, k.zeroVector(lb, ll, chunk.lanes), acc, chunk);
             return {};
           });
    return acc;
  };
  Value dscaleAcc = zeroedRow(dscalePartials);
  Value dbiasAcc = zeroedRow(dbiasPartials);
  Value first = arith::MulIOp::create(b, loc, block, plan.rowsPerBlock);
  Value last = arith::MinUIOp::create(
      b, loc, rows, arith::AddIOp::create(b, loc, first, plan.rowsPerBlock));
  // Rows in groups where there are partial rows to update, then the rows
  // left one at a time.
  Value groupsEnd = first;
  if (hasParameterGrads()) {
    Value group = indexConstant(b, loc, kRowsPerGroup);
    groupsEnd = arith::SubIOp::create(
        b, loc, last,
        arith::RemUIOp::create(
            b, loc, arith::SubIOp::create(b, loc, last, first), group));
    scf::ForOp::create(b, loc, first, groupsEnd, group, ValueRange{},
                       [&](OpBuilder &rb, Location rl, Value row, ValueRange) {
                         SmallVector<Value, kRowsPerGroup> groupRows = {row};
                         for (int64_t i = 1; i < kRowsPerGroup; ++i)
                           groupRows.push_back(arith::AddIOp::create(
                               rb, rl, row, indexConstant(rb, rl, i)));
                         emitRowGroup(rb, rl, groupRows, dscaleAcc, dbiasAcc);
                         scf::YieldOp::create(rb, rl);
                       });
  }
  scf::ForOp::create(b, loc, groupsEnd, last, oneIndex, ValueRange{},
                     [&](OpBuilder &rb, Location rl, Value row, ValueRange) {
                       emitRowGroup(rb, rl, {row}, dscaleAcc, dbiasAcc);
                       scf::YieldOp::create(rb, rl);
                     });
  // Streamed stores are weakly ordered: a fence makes the block's rows
  // visible before the thread reaches the loop's barrier.
  if (plan.mayStream())
    LLVM::CallIntrinsicOp::create(
        b, loc, b.getStringAttr("llvm.x86.sse.sfence"), ValueRange{});
}

void RowNormGradKernel::emitRowGroup(OpBuilder &b, Location loc,
                                     ArrayRef<Value> rows, Value dscaleAcc,
                                     Value dbiasAcc) const {
  RowKernelBuilder k(length, shape.lanes, shape.width, computeType);
  SmallVector<std::unique_ptr<RowEmitter>, 2> emitters;
  SmallVector<Value> inits;
  for (Value row : rows) {
    emitters.push_back(std::make_unique<RowEmitter>(*this, b, loc, row));
    emitters.back()->prepare();
    llvm::append_range(inits, emitters.back()->zeroSums());
  }
  size_t perRow = inits.size() / rows.size();
  SmallVector<Value> sums =
      k.loop(b, loc, inits,
             [&](OpBuilder &lb, Location ll, const Chunk &chunk,
                 ValueRange iters) -> SmallVector<Value> {
               SmallVector<Value> next, dys, xhs;
               for (auto [i, emitter] : llvm::enumerate(emitters)) {
                 Value dy, xh;
                 llvm::append_range(
                     next, emitter->sumsChunk(lb, ll, chunk,
                                              iters.slice(i * perRow, perRow),
                                              dy, xh));
                 dys.push_back(dy);
                 xhs.push_back(xh);
               }
               if (dscaleAcc) {
                 Value partial = k.read(lb, ll, dscaleAcc, chunk);
                 for (auto [dy, xh] : llvm::zip(dys, xhs))
                   partial = vector::FMAOp::create(lb, ll, dy, xh, partial);
                 k.write(lb, ll, partial, dscaleAcc, chunk);
               }
               if (dbiasAcc) {
                 Value partial = k.read(lb, ll, dbiasAcc, chunk);
                 for (Value dy : dys)
                   partial = arith::AddFOp::create(lb, ll, partial, dy);
                 k.write(lb, ll, partial, dbiasAcc, chunk);
               }
               return next;
             });
  for (auto [i, emitter] : llvm::enumerate(emitters)) {
    SmallVector<Value> totals;
    for (Value sum : ArrayRef(sums).slice(i * perRow, perRow))
      totals.push_back(k.reduce(b, loc, sum));
    if (prefetchesAhead())
      emitter->prefetchAlong(arith::MinUIOp::create(
          b, loc,
          arith::AddIOp::create(b, loc, rows[i],
                                indexConstant(b, loc, rows.size())),
          arith::SubIOp::create(b, loc, this->rows, oneIndex)));
    emitter->emitDxPass(totals);
  }
}

void RowNormGradKernel::emitParameterGradSums(OpBuilder &b,
                                              Location loc) const {
  RowKernelBuilder k(length, shape.lanes, shape.width, computeType);
  SmallVector<std::pair<Value, Value>, 2> sums = {
      {dscalePartials, spec.dscale}};
  if (dbiasPartials)
    sums.push_back({dbiasPartials, spec.dbias});
  k.loop(b, loc, {},
         [&](OpBuilder &lb, Location ll, const Chunk &chunk,
             ValueRange) -> SmallVector<Value> {
           SmallVector<Value> inits(sums.size(),
                                    k.zeroVector(lb, ll, chunk.lanes));
           auto overBlocks = scf::ForOp::create(
               lb, ll, zeroIndex, plan.blocks, oneIndex, inits,
               [&](OpBuilder &pb, Location pl, Value block, ValueRange accs) {
                 SmallVector<Value> next;
                 for (auto [sum, acc] : llvm::zip(sums, accs)) {
                   Value partial = rowView(pb, pl, sum.first, block, length);
                   next.push_back(arith::AddFOp::create(
                       pb, pl, acc, k.read(pb, pl, partial, chunk)));
                 }
                 scf::YieldOp::create(pb, pl, next);
               });
           for (auto [sum, total] : llvm::zip(sums, overBlocks.getResults()))
             k.write(lb, ll, total, sum.second, chunk);
           return {};
         });
}

//===----------------------------------------------------------------------===//
// RowNormGradKernel::RowEmitter
//===----------------------------------------------------------------------===//

void RowNormGradKernel::RowEmitter::prepare() {
  Value length = kernel.length;
  count = indexToFloat(b, loc, length, kernel.computeType);
  dyRow = rowView(b, loc, spec.grad, row, length);
  xRow = rowView(b, loc, spec.input, row, length);
  dxRow = rowView(b, loc, spec.dx, row, length);
  if (spec.residualGrad)
    residualGradRow = rowView(b, loc, spec.residualGrad, row, length);
  if (spec.dr)
    drRow = rowView(b, loc, spec.dr, row, length);
  factors = statistics();
}

XhatFactors RowNormGradKernel::RowEmitter::factorsFrom(Value shift,
                                                       Value meanOffset,
                                                       Value rstd) const {
  XhatFactors f;
  f.rstdScalar = rstd;
  f.rstd = k.splat(b, loc, rstd);
  if (!spec.layerNorm)
    return f;
  f.shift = k.splat(b, loc, shift);
  if (meanOffset)
    f.center =
        k.splat(b, loc,
                arith::NegFOp::create(
                    b, loc, arith::MulFOp::create(b, loc, meanOffset, rstd)));
  return f;
}

XhatFactors RowNormGradKernel::RowEmitter::statistics() const {
  if (!spec.rstd)
    return recomputedStatistics();
  Type computeType = kernel.computeType;
  Value zero = kernel.zeroIndex;
  auto saved = [&](Value statistic) {
    return convertFloat(
        b, loc,
        memref::LoadOp::create(b, loc, statistic, ValueRange{row, zero}),
        computeType);
  };
  return factorsFrom(spec.layerNorm ? saved(spec.mean) : Value(), Value(),
                     saved(spec.rstd));
}

XhatFactors RowNormGradKernel::RowEmitter::recomputedStatistics() const {
  RowStatisticsBuilder stats(k, spec.layerNorm, count);
  Value shiftScalar, shift;
  if (spec.layerNorm) {
    shiftScalar = convertFloat(
        b, loc, memref::LoadOp::create(b, loc, xRow, kernel.zeroIndex),
        kernel.computeType);
    shift = k.splat(b, loc, shiftScalar);
  }
  SmallVector<Value> sums =
      k.loop(b, loc, stats.zeroSums(b, loc),
             [&](OpBuilder &lb, Location ll, const Chunk &chunk,
                 ValueRange iters) -> SmallVector<Value> {
               return stats.accumulate(lb, ll, k.read(lb, ll, xRow, chunk),
                                       shift, chunk, iters);
             });
  auto [meanOffset, rstd] =
      stats.finish(b, loc, xRow, shift, sums, spec.epsilon);
  return factorsFrom(shiftScalar, meanOffset, rstd);
}

Value RowNormGradKernel::RowEmitter::xhat(OpBuilder &lb, Location ll, Value v,
                                          const XhatFactors &f,
                                          const Chunk &chunk) const {
  Value rstd = k.fit(lb, ll, f.rstd, chunk);
  if (!f.shift)
    return arith::MulFOp::create(lb, ll, v, rstd);
  Value centered =
      arith::SubFOp::create(lb, ll, v, k.fit(lb, ll, f.shift, chunk));
  if (!f.center)
    return arith::MulFOp::create(lb, ll, centered, rstd);
  return vector::FMAOp::create(lb, ll, centered, rstd,
                               k.fit(lb, ll, f.center, chunk));
}

Value RowNormGradKernel::RowEmitter::scaledGrad(OpBuilder &lb, Location ll,
                                                Value dy,
                                                const Chunk &chunk) const {
  if (!spec.scale)
    return dy;
  Value gamma = k.read(lb, ll, spec.scale, chunk);
  if (spec.offset != 0.0)
    gamma = arith::AddFOp::create(lb, ll, gamma,
                                  k.splat(lb, ll, spec.offset, chunk));
  return arith::MulFOp::create(lb, ll, dy, gamma);
}

Value RowNormGradKernel::RowEmitter::accumulate(OpBuilder &lb, Location ll,
                                                Value value, Value factor,
                                                Value acc,
                                                const Chunk &chunk) const {
  if (chunk.lanes == kernel.shape.lanes && !chunk.mask) {
    if (factor)
      return vector::FMAOp::create(lb, ll, value, factor, acc);
    return arith::AddFOp::create(lb, ll, acc, value);
  }
  if (factor)
    value = arith::MulFOp::create(lb, ll, value, factor);
  return arith::AddFOp::create(
      lb, ll, acc, k.widen(lb, ll, k.masked(lb, ll, value, chunk), chunk));
}

SmallVector<Value> RowNormGradKernel::RowEmitter::zeroSums() const {
  SmallVector<Value> sums = {k.zeroVector(b, loc)};
  if (spec.layerNorm)
    sums.push_back(k.zeroVector(b, loc));
  return sums;
}

SmallVector<Value>
RowNormGradKernel::RowEmitter::sumsChunk(OpBuilder &lb, Location ll,
                                         const Chunk &chunk, ValueRange sums,
                                         Value &dy, Value &xh) const {
  dy = k.read(lb, ll, dyRow, chunk);
  xh = xhat(lb, ll, k.read(lb, ll, xRow, chunk), factors, chunk);
  Value g = scaledGrad(lb, ll, dy, chunk);
  SmallVector<Value> next = {accumulate(lb, ll, g, xh, sums[0], chunk)};
  if (spec.layerNorm)
    next.push_back(accumulate(lb, ll, g, Value(), sums[1], chunk));
  return next;
}

void RowNormGradKernel::RowEmitter::prefetchAlong(Value ahead) {
  aheadDyRow = rowView(b, loc, spec.grad, ahead, kernel.length);
  aheadXRow = rowView(b, loc, spec.input, ahead, kernel.length);
}

void RowNormGradKernel::RowEmitter::emitDxPass(ArrayRef<Value> sums) const {
  const XhatFactors &f = factors;
  // dx = rstd * g - (xhat * a + c), a = rstd * mean(g * xhat), c = rstd *
  // mean(g) (LayerNorm).
  Value rstd = f.rstdScalar;
  auto perElement = [&](Value sum) {
    return k.splat(
        b, loc,
        arith::MulFOp::create(b, loc, rstd,
                              arith::DivFOp::create(b, loc, sum, count)));
  };
  Value projection = perElement(sums[0]);
  Value meanTerm = spec.layerNorm ? perElement(sums[1]) : Value();
  auto writeChunk = [&](OpBuilder &lb, Location ll, const Chunk &chunk,
                        bool stream) {
    if (stream && aheadDyRow && chunk.lanes == kernel.shape.lanes)
      for (Value ahead : {aheadDyRow, aheadXRow})
        k.prefetch(lb, ll, ahead, kernel.zeroIndex, /*half=*/false, chunk);
    Value dy = k.read(lb, ll, dyRow, chunk);
    Value xh = xhat(lb, ll, k.read(lb, ll, xRow, chunk), f, chunk);
    Value g = scaledGrad(lb, ll, dy, chunk);
    Value a = k.fit(lb, ll, projection, chunk);
    Value correction;
    if (meanTerm)
      correction =
          vector::FMAOp::create(lb, ll, xh, a, k.fit(lb, ll, meanTerm, chunk));
    else
      correction = arith::MulFOp::create(lb, ll, xh, a);
    Value dx = arith::SubFOp::create(
        lb, ll, arith::MulFOp::create(lb, ll, g, k.fit(lb, ll, f.rstd, chunk)),
        correction);
    if (residualGradRow)
      dx = arith::AddFOp::create(lb, ll, dx,
                                 k.read(lb, ll, residualGradRow, chunk));
    k.write(lb, ll, dx, dxRow, chunk, stream);
    if (!drRow)
      return;
    Value dr = dx;
    if (spec.alpha != 1.0)
      dr =
          arith::MulFOp::create(lb, ll, dr, k.splat(lb, ll, spec.alpha, chunk));
    k.write(lb, ll, dr, drRow, chunk);
  };
  outputRow(b, loc, k, dxRow, kernel.plan, writeChunk);
}

} // namespace

void cpu::emitRowNormGradKernel(OpBuilder &b, Location loc,
                                const RowNormGradSpec &spec,
                                const KernelShape &shape) {
  RowNormGradKernel(spec, shape).emit(b, loc);
}
