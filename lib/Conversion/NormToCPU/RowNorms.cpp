//===- RowNorms.cpp - Row-norm kernels for the CPU ------------------------===//
//
// Lowers the row-wise norms on memrefs (LayerNorm, RMSNorm, the fused
// residual ops, Sandwich-LN) to explicit vector code: an scf.forall over
// blocks of rows (the parallel dimension, later OpenMP threads), and in each
// row scf.for loops over chunks of `lanes` elements. A chunk is several
// hardware vectors wide, which LLVM splits into independent accumulators.
// What is left of a row after the wide chunks runs in single-vector chunks,
// then one masked vector. f16/bf16 data are widened to f32 per chunk.
//
// Each row is read from memory once: the statistics pass and the output
// pass re-read it while it is still in cache. The fused ops write h and sum
// its statistics in one pass, then normalize it from cache. LayerNorm
// statistics use the shifted, corrected two-pass scheme of the reference
// lowering.
//
// Large outputs are written with non-temporal (streaming) stores: the
// output pass of a row first writes up to a cache line's worth of elements
// with ordinary stores until the row is 64-byte aligned, then streams full
// chunks, then writes the tail; a store fence ends each block of rows. The
// cache is then not filled with y, and memory does not read y's lines
// before they are overwritten.
//
// Where a fused op streams h, its output pass computes h again from the
// cached x and r; for bf16 h rounded in software (a second rounding costs
// more than a buffer), the first pass keeps h's row in an f32 buffer that
// the output pass reads instead.
//
// While a plain norm streams a row's output (computed from the cached row),
// it prefetches the next row of x, so that memory keeps reading while the
// thread computes instead of only when the next statistics pass misses.
//
//===----------------------------------------------------------------------===//

#include "KernelBuilder.h"
#include "OperandStaging.h"
#include "OutputPlan.h"
#include "PopulatePatterns.h"
#include "RowStatistics.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/PatternMatch.h"
#include "norm/Conversion/Utils/RowViews.h"
#include "norm/Conversion/Utils/RuntimeChecks.h"
#include "norm/Dialect/Norm/IR/NormOps.h"

using namespace mlir;
using namespace mlir::norm;
using namespace mlir::norm::cpu;

namespace {

/// What a row-wise norm op asks of the kernel: its operands (memrefs,
/// matrices collapsed to 2-D and parameters to 1-D), and its name for
/// run-time check messages.
struct RowNormSpec : RowNormOperands {
  std::string opName;

  SmallVector<Value *> parameters() {
    return {&addBias, &scale, &bias, &innerScale, &innerBias};
  }
};

/// Per-row statistics of a row (of x, h, or the Sandwich input): LayerNorm's
/// shift K, mean - K and rstd, or RMSNorm's rstd.
struct RowStatistics {
  Value shift, meanOffset, rstd;
};

/// What the output loop applies, as vectors hoisted out of it: K,
/// -(mean - K) * rstd and rstd (RMSNorm: rstd only).
struct OutputFactors {
  Value shift, center, rstd;
};

/// A row of which each full streamed output chunk also prefetches its share
/// (of the same length; see RowKernelBuilder::prefetch): with `half`, the
/// half from `base` on, else the whole row.
struct Prefetch {
  Value row, base;
  bool half;
};

/// How a chunk of h is stored: not at all (computed again for the output
/// pass), with ordinary stores, or streamed.
enum class HStore { None, Plain, Stream };

/// A chunk of the values to normalize, from a row in cache or computed.
using SourceFn = function_ref<Value(OpBuilder &, Location, const Chunk &)>;

/// Emits the whole kernel of one row-wise norm op (operands already staged
/// and collapsed): the checks and decisions made once per kernel, then the
/// row loop, each row through a RowEmitter.
class RowNormKernel {
public:
  RowNormKernel(const RowNormSpec &spec, const KernelShape &shape)
      : spec(spec), shape(shape), x2(spec.input), r2(spec.residual), y2(spec.y),
        h2(spec.h),
        xElement(cast<MemRefType>(spec.input.getType()).getElementType()),
        computeType(computeTypeOf(spec.input)) {}

  /// Emits the kernel at the builder's insertion point.
  void emit(OpBuilder &b, Location loc);

private:
  class RowEmitter;

  /// Whether a fused op streams h as well (an i1, or null where it never
  /// does): where y may stream and h's storage is disjoint from x's and r's
  /// (the output pass then computes h again from them).
  Value decideHStreams(OpBuilder &b, Location loc) const;

  /// Where bf16 h may stream and rounding to bf16 takes integer arithmetic,
  /// each block of rows gets a buffer of one row of h in f32: written with
  /// h, it stays in cache for the output pass (and the rare corrected
  /// statistics pass) while h goes to memory with non-temporal stores.
  /// Computing h again from x and r would round it a second time, which
  /// costs more than the buffer's store and load; for other types (cheap or
  /// no rounding) it costs less.
  bool needsRowBuffer() const {
    return hStreams && shape.bf16RowBuffer &&
           cast<MemRefType>(h2.getType()).getElementType().isBF16();
  }

  /// Allocates the row buffer of a block of rows: a row and a cache line's
  /// worth to start it at, 64-byte aligned.
  void allocateRowBuffer(OpBuilder &b, Location loc);

  /// Frees the row buffer at the end of a block of rows.
  void freeRowBuffer(OpBuilder &b, Location loc) const {
    memref::DeallocOp::create(b, loc, hBufferBase);
  }

  const RowNormSpec &spec;
  const KernelShape &shape;
  /// x, r, y and h as 2-D memrefs (r and h null for plain norms).
  Value x2, r2, y2, h2;
  Type xElement, computeType;
  /// Set by emit: the row count, the row length and two index constants.
  Value rows, length, zeroIndex, oneIndex;
  OutputPlan plan;
  Value hStreams;
  /// The row buffer of h where h may stream (allocated per block of rows).
  Value hBufferBase;
};

/// Emits the code of one row: its statistics pass, then its output pass (a
/// plain norm), or for the fused ops the pass that writes h and sums its
/// statistics, then the output pass over h.
class RowNormKernel::RowEmitter {
public:
  RowEmitter(const RowNormKernel &kernel, OpBuilder &b, Location loc, Value row)
      : kernel(kernel), spec(kernel.spec), b(b), loc(loc), row(row),
        k(kernel.length, kernel.shape.lanes, kernel.shape.width,
          kernel.computeType) {}

  /// Emits the row at the builder's insertion point.
  void emit();

private:
  // --- Statistics ---------------------------------------------------------

  /// The shared builder of a row's statistics sums and moments.
  RowStatisticsBuilder rowStatistics() const {
    return RowStatisticsBuilder(k, spec.layerNorm, count);
  }

  /// The statistics of `statRow` from its sums (LayerNorm: relative to the
  /// shift K). Far means ((mean - K)^2 > 16 var) take a second, corrected
  /// pass over the cached row (Chan, Golub and LeVeque).
  RowStatistics finishStatistics(Value statRow, Value shift,
                                 ArrayRef<Value> sums, double epsilon) const;

  /// The statistics of a stored row (x, or the Sandwich input), in one pass
  /// over it; LayerNorm's K is the row's first element. With `prefetchRow`,
  /// the pass also prefetches that row's first half.
  RowStatistics statistics(Value statRow, double epsilon,
                           Value prefetchRow = Value()) const;

  // --- Output -------------------------------------------------------------

  /// The vectors the output loop applies, hoisted out of it.
  OutputFactors outputFactors(const RowStatistics &stats) const;

  /// Writes the row's mean (LayerNorm: K + (mean - K)) and rstd into the
  /// op's statistics destinations, where it returns them.
  void storeStatistics(const RowStatistics &stats) const;

  /// The normalized chunk `v` of a row: (v - K) * rstd - (mean - K) * rstd
  /// (a subtraction that is exact for v near K, and an FMA), then
  /// * (gamma + offset) + beta (an FMA).
  Value normalize(OpBuilder &lb, Location ll, Value v, const OutputFactors &f,
                  Value gamma, Value beta, const Chunk &chunk) const;

  /// One chunk of y from `source` with `factors`, streamed where `stream`; a
  /// full streamed chunk also prefetches its share of `outputPrefetches`.
  void writeOutputChunk(SourceFn source, const OutputFactors &factors,
                        OpBuilder &lb, Location ll, const Chunk &chunk,
                        bool stream) const;

  /// The output pass, streamed where `stream`.
  void emitOutputPass(SourceFn source, const OutputFactors &factors,
                      bool stream) const;

  /// The output pass, streamed where the op's output is large enough.
  void emitPlannedOutputPass(SourceFn source,
                             const OutputFactors &factors) const;

  // --- Plain norms --------------------------------------------------------

  /// A plain norm: the statistics pass fetches the first half of the next
  /// row of x, the output pass the second half. Where half a chunk is less
  /// than a cache line (16-bit data on AVX2), the statistics pass would
  /// prefetch each line twice and costs more than it gains (measured, bf16
  /// with 8-lane vectors): the output pass fetches the whole row instead.
  void emitPlainRow();

  // --- Fused ops ----------------------------------------------------------

  /// The fused ops: h = alpha * r + x (+ bias) (Sandwich-LN: x normalized
  /// first), written to the h output, then normalized. Sets up what both
  /// passes share (the views of r and h, the next rows to prefetch, this
  /// row's part of the row buffer, Sandwich-LN's inner factors), then emits
  /// the passes, in two versions where h may or may not stream (a run-time
  /// branch).
  void emitFusedRow();

  /// The row buffer from the element that makes its element i as aligned
  /// as h's: the chunks streamed from h's first aligned element then read
  /// and write whole cache lines of it.
  Value alignedRowBuffer() const;

  /// A chunk of h, stored as `store` says (and, with `keep`, into the row
  /// buffer as computed), and returned as stored (rounded to h's type): the
  /// norm is of the stored h.
  Value residualSum(OpBuilder &lb, Location ll, const Chunk &chunk,
                    HStore store, bool keep) const;

  /// Adds the chunks of h in [start, end) (see RowKernelBuilder::loop) to
  /// the statistics `sums`, storing h as `store` says.
  SmallVector<Value> sumResidualChunks(ValueRange sums, Value shift,
                                       Value start, Value end, HStore store,
                                       bool keep) const;

  /// The first aligned element of h at or after `start` (null: 0), at most
  /// the row length: where the streamed chunks of h begin.
  Value firstStreamedElement(Value start) const;

  /// The pass that writes h also sums its statistics. LayerNorm's K is h's
  /// first element: the first single-vector chunk of h comes first, and K
  /// is its lane 0. With `streamH`, h is streamed from its first aligned
  /// element past that chunk, and kept in the row buffer as well if there
  /// is one.
  RowStatistics emitFusedStatisticsPass(bool streamH) const;

  /// Both passes of a fused row. Ordinary h stays in cache for the output
  /// pass; streamed h does not, and the output pass computes it again from
  /// x and r (which it cannot where h's storage overlaps them), or reads the
  /// row buffer.
  void emitFusedPasses(bool streamH) const;

  const RowNormKernel &kernel;
  const RowNormSpec &spec;
  /// Builds the row's code (moved into the branches of a run-time choice).
  OpBuilder &b;
  Location loc;
  Value row;
  RowKernelBuilder k;
  /// The row length as a float of the compute type.
  Value count;
  /// Views of this row of x, y, r and h.
  Value xRow, yRow, rRow, hRow;
  /// The next row (the last row's is itself), where the next row's inputs
  /// are prefetched.
  Value next;
  /// The rows each full streamed output chunk prefetches its share of.
  SmallVector<Prefetch, 2> outputPrefetches;
  /// This row's view of the row buffer of h, where there is one.
  Value hBuffer;
  /// Sandwich-LN: the factors of the input's own norm.
  OutputFactors inner;
  Type hElement;
};

//===----------------------------------------------------------------------===//
// RowNormKernel
//===----------------------------------------------------------------------===//

void RowNormKernel::emit(OpBuilder &b, Location loc) {
  // The operands' sizes were checked before staging (checkRowNormSizes).
  rows = memref::DimOp::create(b, loc, x2, 0);
  length = memref::DimOp::create(b, loc, x2, 1);
  zeroIndex = indexConstant(b, loc, 0);
  oneIndex = indexConstant(b, loc, 1);
  Value nonEmpty = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne,
                                         length, zeroIndex);
  cf::AssertOp::create(b, loc, nonEmpty,
                       spec.opName + ": the reduced size N is 0 at run time");

  plan = planOutput(b, loc, y2, rows, length, shape.streamingThreshold);
  hStreams = decideHStreams(b, loc);

  auto rowKernel = [&](OpBuilder &rb, Location rl, Value row) {
    RowEmitter(*this, rb, rl, row).emit();
  };
  auto allocate = [&](OpBuilder &fb, Location fl) {
    allocateRowBuffer(fb, fl);
  };
  auto release = [&](OpBuilder &fb, Location fl) { freeRowBuffer(fb, fl); };
  bool rowBuffer = needsRowBuffer();
  forEachRow(b, loc, rows, plan, rowKernel,
             rowBuffer ? BlockFn(allocate) : nullptr,
             rowBuffer ? BlockFn(release) : nullptr);
}

Value RowNormKernel::decideHStreams(OpBuilder &b, Location loc) const {
  if (!h2 || !plan.mayStream() || h2 == x2 || h2 == r2)
    return Value();
  Value streams = arith::AndIOp::create(b, loc, disjoint(b, loc, h2, x2),
                                        disjoint(b, loc, h2, r2));
  if (plan.streaming)
    streams = arith::AndIOp::create(b, loc, streams, plan.streaming);
  return streams;
}

void RowNormKernel::allocateRowBuffer(OpBuilder &b, Location loc) {
  int64_t spare = kStreamAlignment * 8 / computeType.getIntOrFloatBitWidth();
  auto type = MemRefType::get({ShapedType::kDynamic}, computeType);
  hBufferBase = memref::AllocOp::create(
      b, loc, type,
      ValueRange{
          arith::AddIOp::create(b, loc, length, indexConstant(b, loc, spare))},
      b.getI64IntegerAttr(kStreamAlignment));
}

//===----------------------------------------------------------------------===//
// RowNormKernel::RowEmitter
//===----------------------------------------------------------------------===//

void RowNormKernel::RowEmitter::emit() {
  count = indexToFloat(b, loc, kernel.length, kernel.computeType);
  xRow = rowView(b, loc, kernel.x2, row, kernel.length);
  yRow = rowView(b, loc, kernel.y2, row, kernel.length);
  // Where y may stream, the next row's inputs are fetched while this row
  // computes, spread over its passes so that memory reads and writes all
  // along (see RowKernelBuilder::prefetch): a pass from cache that fetches
  // nothing leaves memory idle, and one that fetches a whole row while it
  // streams its own output asks too much of memory at once.
  if (kernel.shape.prefetch && kernel.plan.mayStream())
    next = arith::MinUIOp::create(
        b, loc, arith::AddIOp::create(b, loc, row, kernel.oneIndex),
        arith::SubIOp::create(b, loc, kernel.rows, kernel.oneIndex));
  if (!kernel.r2)
    return emitPlainRow();
  emitFusedRow();
}

RowStatistics RowNormKernel::RowEmitter::finishStatistics(
    Value statRow, Value shift, ArrayRef<Value> sums, double epsilon) const {
  auto [meanOffset, rstd] =
      rowStatistics().finish(b, loc, statRow, shift, sums, epsilon);
  return {meanOffset ? shift : Value(), meanOffset, rstd};
}

RowStatistics RowNormKernel::RowEmitter::statistics(Value statRow,
                                                    double epsilon,
                                                    Value prefetchRow) const {
  Value shift;
  if (spec.layerNorm)
    shift = k.splat(
        b, loc,
        convertFloat(b, loc,
                     memref::LoadOp::create(b, loc, statRow, kernel.zeroIndex),
                     kernel.computeType));
  int64_t lanes = kernel.shape.lanes;
  SmallVector<Value> sums =
      k.loop(b, loc, rowStatistics().zeroSums(b, loc),
             [&](OpBuilder &lb, Location ll, const Chunk &chunk,
                 ValueRange iters) -> SmallVector<Value> {
               if (prefetchRow && chunk.lanes == lanes)
                 k.prefetch(lb, ll, prefetchRow, kernel.zeroIndex,
                            /*half=*/true, chunk);
               return rowStatistics().accumulate(
                   lb, ll, k.read(lb, ll, statRow, chunk), shift, chunk, iters);
             });
  return finishStatistics(statRow, shift, sums, epsilon);
}

void RowNormKernel::RowEmitter::storeStatistics(
    const RowStatistics &stats) const {
  auto store = [&](Value value, Value destination) {
    Type type = cast<MemRefType>(destination.getType()).getElementType();
    memref::StoreOp::create(b, loc, convertFloat(b, loc, value, type),
                            destination, ValueRange{row, kernel.zeroIndex});
  };
  if (spec.mean) {
    Value shift = vector::ExtractOp::create(b, loc, stats.shift, int64_t{0});
    store(arith::AddFOp::create(b, loc, shift, stats.meanOffset), spec.mean);
  }
  if (spec.rstd)
    store(stats.rstd, spec.rstd);
}

OutputFactors
RowNormKernel::RowEmitter::outputFactors(const RowStatistics &stats) const {
  Value rstd = k.splat(b, loc, stats.rstd);
  if (!stats.shift)
    return {Value(), Value(), rstd};
  Value center = arith::NegFOp::create(
      b, loc, arith::MulFOp::create(b, loc, stats.meanOffset, stats.rstd));
  return {stats.shift, k.splat(b, loc, center), rstd};
}

Value RowNormKernel::RowEmitter::normalize(OpBuilder &lb, Location ll, Value v,
                                           const OutputFactors &f, Value gamma,
                                           Value beta,
                                           const Chunk &chunk) const {
  Value rstd = k.fit(lb, ll, f.rstd, chunk);
  if (f.shift)
    v = vector::FMAOp::create(
        lb, ll, arith::SubFOp::create(lb, ll, v, k.fit(lb, ll, f.shift, chunk)),
        rstd, k.fit(lb, ll, f.center, chunk));
  else
    v = arith::MulFOp::create(lb, ll, v, rstd);
  if (gamma) {
    Value g = k.read(lb, ll, gamma, chunk);
    if (spec.offset != 0.0)
      g = arith::AddFOp::create(lb, ll, g, k.splat(lb, ll, spec.offset, chunk));
    if (beta)
      return vector::FMAOp::create(lb, ll, v, g, k.read(lb, ll, beta, chunk));
    return arith::MulFOp::create(lb, ll, v, g);
  }
  if (beta)
    return arith::AddFOp::create(lb, ll, v, k.read(lb, ll, beta, chunk));
  return v;
}

void RowNormKernel::RowEmitter::writeOutputChunk(SourceFn source,
                                                 const OutputFactors &factors,
                                                 OpBuilder &lb, Location ll,
                                                 const Chunk &chunk,
                                                 bool stream) const {
  if (stream && chunk.lanes == kernel.shape.lanes)
    for (const Prefetch &p : outputPrefetches)
      k.prefetch(lb, ll, p.row, p.base, p.half, chunk);
  Value v = normalize(lb, ll, source(lb, ll, chunk), factors, spec.scale,
                      spec.bias, chunk);
  k.write(lb, ll, v, yRow, chunk, stream);
}

void RowNormKernel::RowEmitter::emitOutputPass(SourceFn source,
                                               const OutputFactors &factors,
                                               bool stream) const {
  outputRow(
      b, loc, k, yRow, stream,
      [&](OpBuilder &lb, Location ll, const Chunk &chunk, bool streamChunk) {
        writeOutputChunk(source, factors, lb, ll, chunk, streamChunk);
      });
}

void RowNormKernel::RowEmitter::emitPlannedOutputPass(
    SourceFn source, const OutputFactors &factors) const {
  outputRow(
      b, loc, k, yRow, kernel.plan,
      [&](OpBuilder &lb, Location ll, const Chunk &chunk, bool streamChunk) {
        writeOutputChunk(source, factors, lb, ll, chunk, streamChunk);
      });
}

void RowNormKernel::RowEmitter::emitPlainRow() {
  Value x2 = kernel.x2, length = kernel.length;
  Value nextX = next ? rowView(b, loc, x2, next, length) : Value();
  bool split = halfChunkFillsLine(kernel.shape.lanes, x2);
  RowStatistics stats = statistics(xRow, spec.epsilon, split ? nextX : Value());
  storeStatistics(stats);
  OutputFactors factors = outputFactors(stats);
  if (nextX)
    outputPrefetches.push_back(
        {nextX, arith::ShRUIOp::create(b, loc, length, kernel.oneIndex),
         split});
  emitPlannedOutputPass(
      [&](OpBuilder &lb, Location ll, const Chunk &chunk) {
        return k.read(lb, ll, xRow, chunk);
      },
      factors);
}

void RowNormKernel::RowEmitter::emitFusedRow() {
  Value length = kernel.length;
  rRow = rowView(b, loc, kernel.r2, row, length);
  hRow = rowView(b, loc, kernel.h2, row, length);
  // The first pass reads x and r and writes h, the output pass only writes
  // y: it fetches the first halves of the next rows of x and r.
  if (next)
    for (Value input : {kernel.x2, kernel.r2})
      outputPrefetches.push_back(
          {rowView(b, loc, input, next, length), kernel.zeroIndex, true});
  hElement = cast<MemRefType>(kernel.h2.getType()).getElementType();
  if (kernel.hBufferBase)
    hBuffer = alignedRowBuffer();
  if (spec.innerNorm)
    inner = outputFactors(statistics(xRow, spec.innerEpsilon));
  if (!kernel.hStreams)
    return emitFusedPasses(false);
  emitBranches(b, loc, kernel.hStreams,
               [&](bool streamH) { emitFusedPasses(streamH); });
}

Value RowNormKernel::RowEmitter::alignedRowBuffer() const {
  Value base = kernel.hBufferBase;
  Value shift = arith::RemUIOp::create(
      b, loc,
      arith::DivUIOp::create(b, loc, misalignment(b, loc, hRow),
                             indexConstant(b, loc, elementBytes(kernel.h2))),
      indexConstant(b, loc, kStreamAlignment / elementBytes(base)));
  SmallVector<OpFoldResult> offsets = {shift};
  SmallVector<OpFoldResult> sizes = {kernel.length};
  SmallVector<OpFoldResult> strides = {b.getIndexAttr(1)};
  return memref::SubViewOp::create(b, loc, base, offsets, sizes, strides);
}

Value RowNormKernel::RowEmitter::residualSum(OpBuilder &lb, Location ll,
                                             const Chunk &chunk, HStore store,
                                             bool keep) const {
  Value sum = k.read(lb, ll, rRow, chunk);
  if (spec.alpha != 1.0)
    sum =
        arith::MulFOp::create(lb, ll, sum, k.splat(lb, ll, spec.alpha, chunk));
  Value xv = k.read(lb, ll, xRow, chunk);
  if (spec.innerNorm) {
    // Sandwich-LN: the input's own norm, rounded as the unfused op would
    // store it.
    xv = normalize(lb, ll, xv, inner, spec.innerScale, spec.innerBias, chunk);
    xv = convertFloat(
        lb, ll,
        convertFloat(lb, ll, xv, k.vectorOf(kernel.xElement, chunk.lanes)),
        k.computeVector(chunk.lanes));
  }
  sum = arith::AddFOp::create(lb, ll, sum, xv);
  if (spec.addBias)
    sum =
        arith::AddFOp::create(lb, ll, sum, k.read(lb, ll, spec.addBias, chunk));
  if (store != HStore::None)
    k.write(lb, ll, sum, hRow, chunk, store == HStore::Stream);
  Value stored = convertFloat(
      lb, ll, convertFloat(lb, ll, sum, k.vectorOf(hElement, chunk.lanes)),
      k.computeVector(chunk.lanes));
  if (keep)
    k.write(lb, ll, stored, hBuffer, chunk);
  return stored;
}

SmallVector<Value>
RowNormKernel::RowEmitter::sumResidualChunks(ValueRange sums, Value shift,
                                             Value start, Value end,
                                             HStore store, bool keep) const {
  return k.loop(
      b, loc, sums,
      [&](OpBuilder &lb, Location ll, const Chunk &chunk,
          ValueRange iters) -> SmallVector<Value> {
        return rowStatistics().accumulate(
            lb, ll, residualSum(lb, ll, chunk, store, keep), shift, chunk,
            iters);
      },
      start, end);
}

Value RowNormKernel::RowEmitter::firstStreamedElement(Value start) const {
  Value length = kernel.length;
  Value head = elementsToAlignment(b, loc, hRow, length);
  if (!start)
    return head;
  int64_t perLine = kStreamAlignment / elementBytes(kernel.h2);
  Value gap = arith::SubIOp::create(
      b, loc, arith::MaxUIOp::create(b, loc, start, head), head);
  Value lines =
      arith::CeilDivUIOp::create(b, loc, gap, indexConstant(b, loc, perLine));
  return arith::MinUIOp::create(
      b, loc, length,
      arith::AddIOp::create(
          b, loc, head,
          arith::MulIOp::create(b, loc, lines,
                                indexConstant(b, loc, perLine))));
}

RowStatistics
RowNormKernel::RowEmitter::emitFusedStatisticsPass(bool streamH) const {
  bool keep = streamH && hBuffer;
  Value start, shift;
  SmallVector<Value> sums = rowStatistics().zeroSums(b, loc);
  if (spec.layerNorm) {
    int64_t lanes = kernel.shape.lanes;
    start = arith::MinUIOp::create(b, loc, kernel.length,
                                   indexConstant(b, loc, kernel.shape.width));
    Value firstChunk =
        k.loop(
             b, loc, {k.zeroVector(b, loc)},
             [&](OpBuilder &lb, Location ll, const Chunk &chunk,
                 ValueRange) -> SmallVector<Value> {
               return {k.widen(lb, ll,
                               residualSum(lb, ll, chunk, HStore::Plain, keep),
                               chunk)};
             },
             Value(), start)
            .front();
    shift = k.splat(
        b, loc,
        vector::ExtractOp::create(b, loc, firstChunk, ArrayRef<int64_t>{0}));
    // Lanes past the first chunk (or past a shorter row) hold 0, not data:
    // they are kept out of the sums.
    Value inFirst = vector::CreateMaskOp::create(
        b, loc, VectorType::get({lanes}, b.getI1Type()), ValueRange{start});
    Chunk first{kernel.zeroIndex, inFirst, start, lanes};
    sums = rowStatistics().accumulate(b, loc, firstChunk, shift, first, sums);
  }
  if (!streamH) {
    sums = sumResidualChunks(sums, shift, start, Value(), HStore::Plain, keep);
    return finishStatistics(hRow, shift, sums, spec.epsilon);
  }
  Value head = firstStreamedElement(start);
  sums = sumResidualChunks(sums, shift, start, head, HStore::Plain, keep);
  sums = sumResidualChunks(sums, shift, head, Value(), HStore::Stream, keep);
  return finishStatistics(keep ? hBuffer : hRow, shift, sums, spec.epsilon);
}

void RowNormKernel::RowEmitter::emitFusedPasses(bool streamH) const {
  RowStatistics stats = emitFusedStatisticsPass(streamH);
  storeStatistics(stats);
  OutputFactors factors = outputFactors(stats);
  if (streamH) {
    emitOutputPass(
        [&](OpBuilder &lb, Location ll, const Chunk &chunk) {
          if (hBuffer)
            return k.read(lb, ll, hBuffer, chunk);
          return residualSum(lb, ll, chunk, HStore::None, false);
        },
        factors, /*stream=*/true);
    return;
  }
  emitPlannedOutputPass(
      [&](OpBuilder &lb, Location ll, const Chunk &chunk) {
        return k.read(lb, ll, hRow, chunk);
      },
      factors);
}

/// Every row-wise norm (plain, fused, Sandwich-LN) through RowNormKernel.
/// Sandwich-LN runs in one kernel: the input's statistics, then h =
/// residual + Norm(input) written in the pass that reads both, then y.
template <typename OpTy> struct RowNormToCPU : OpRewritePattern<OpTy> {
  RowNormToCPU(MLIRContext *ctx, const KernelShape &shape)
      : OpRewritePattern<OpTy>(ctx), shape(shape) {}
  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    std::optional<RowNormOperands> operands = getRowNormOperands(op);
    if (!operands)
      return rewriter.notifyMatchFailure(op, "not a row-wise norm");
    if (failed(checkSupported(rewriter, op)))
      return failure();
    Location loc = op.getLoc();
    RowNormSpec spec;
    static_cast<RowNormOperands &>(spec) = *operands;
    spec.opName = op->getName().getStringRef().str();
    SmallVector<KernelOperand> kernelOperands;
    for (Value *input : {&spec.input, &spec.residual})
      kernelOperands.push_back({input, spec.axis, /*output=*/false});
    for (Value *param : spec.parameters())
      kernelOperands.push_back({param, 0, /*output=*/false});
    for (Value *output : {&spec.y, &spec.h, &spec.mean, &spec.rstd})
      kernelOperands.push_back({output, spec.axis, /*output=*/true});
    emitRowNormSizeChecks(rewriter, loc, spec, spec.opName);
    StagedOperands staged = stageOperands(rewriter, loc, kernelOperands);
    // A norm over every dim of its input is one row (and its statistics a
    // 1 x 1 matrix).
    if (spec.axis == 0)
      for (Value *matrix : {&spec.input, &spec.residual, &spec.y, &spec.h,
                            &spec.mean, &spec.rstd})
        if (*matrix)
          *matrix = viewAsSingleRow(rewriter, loc, *matrix);
    RowNormKernel(spec, shape).emit(rewriter, loc);
    unstageOperands(rewriter, loc, staged);
    rewriter.eraseOp(op);
    return success();
  }
  KernelShape shape;
};

} // namespace

void cpu::populateRowNormToCPUPatterns(RewritePatternSet &patterns,
                                       const KernelShape &shape) {
  patterns.add<RowNormToCPU<LayerNormOp>, RowNormToCPU<RMSNormOp>,
               RowNormToCPU<AddLayerNormOp>, RowNormToCPU<AddRMSNormOp>,
               RowNormToCPU<SandwichNormOp>>(patterns.getContext(), shape);
}
