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

/// Emits the whole kernel for `spec` (operands already staged and
/// collapsed).
void buildRowNorm(OpBuilder &b, Location loc, RowNormSpec spec,
                  const KernelShape &shape) {
  int64_t lanes = shape.lanes, width = shape.width;
  Type xElement = cast<MemRefType>(spec.input.getType()).getElementType();
  Type computeType = computeTypeOf(spec.input);
  Twine name = spec.opName;
  Value x2 = spec.input, r2 = spec.residual, y2 = spec.y, h2 = spec.h;
  Value scale = spec.scale, bias = spec.bias, addBias = spec.addBias;
  Value innerScale = spec.innerScale, innerBias = spec.innerBias;

  // The operands' sizes were checked before staging (checkRowNormSizes).
  Value rows = memref::DimOp::create(b, loc, x2, 0);
  Value length = memref::DimOp::create(b, loc, x2, 1);
  Value zeroIndex = indexConstant(b, loc, 0);
  Value oneIndex = indexConstant(b, loc, 1);
  Value nonEmpty = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne,
                                         length, zeroIndex);
  cf::AssertOp::create(b, loc, nonEmpty,
                       (name + ": the reduced size N is 0 at run time").str());

  OutputPlan plan =
      planOutput(b, loc, y2, rows, length, shape.streamingThreshold);
  // The fused ops stream h too when y streams and h's storage is disjoint
  // from x's and r's (the output pass then computes h again from them).
  Value hStreams;
  if (h2 && plan.mayStream() && h2 != x2 && h2 != r2) {
    hStreams = arith::AndIOp::create(b, loc, disjoint(b, loc, h2, x2),
                                     disjoint(b, loc, h2, r2));
    if (plan.streaming)
      hStreams = arith::AndIOp::create(b, loc, hStreams, plan.streaming);
  }

  // The row buffer of h where h may stream (allocated per block of rows).
  Value hBuffer, hBufferBase;
  auto rowKernel = [&](OpBuilder &nb, Location nl, Value row) {
    RowKernelBuilder k(length, lanes, width, computeType);
    Value count = indexToFloat(nb, nl, length, computeType);
    // Per-row statistics of a row (of x, h, or the Sandwich
    // input): LayerNorm's shift K, mean - K and rstd, or RMSNorm's
    // rstd.
    struct RowStatistics {
      Value shift, meanOffset, rstd;
    };
    // (mean - K, var) from sums of d and d^2 relative to `base`.
    auto moments = [&](OpBuilder &mb, Location ml, ArrayRef<Value> sums,
                       Value base) {
      Value m = arith::DivFOp::create(mb, ml, k.reduce(mb, ml, sums[0]), count);
      Value q = arith::DivFOp::create(mb, ml, k.reduce(mb, ml, sums[1]), count);
      Value v =
          arith::SubFOp::create(mb, ml, q, arith::MulFOp::create(mb, ml, m, m));
      if (base)
        m = arith::AddFOp::create(mb, ml, base, m);
      return std::make_pair(m, v);
    };
    // One chunk's contribution to the statistics sums: sum(v^2)
    // (RMSNorm), or sum(d) and sum(d^2) with d = v - K (LayerNorm).
    auto accumulate = [&](OpBuilder &lb, Location ll, Value v, Value shift,
                          const Chunk &chunk,
                          ValueRange sums) -> SmallVector<Value> {
      if (!spec.layerNorm) {
        v = k.widen(lb, ll, k.masked(lb, ll, v, chunk), chunk);
        return {vector::FMAOp::create(lb, ll, v, v, sums[0])};
      }
      Value d = arith::SubFOp::create(lb, ll, v, k.fit(lb, ll, shift, chunk));
      d = k.widen(lb, ll, k.masked(lb, ll, d, chunk), chunk);
      return {arith::AddFOp::create(lb, ll, sums[0], d),
              vector::FMAOp::create(lb, ll, d, d, sums[1])};
    };
    auto zeroSums = [&]() -> SmallVector<Value> {
      if (!spec.layerNorm)
        return {k.zeroVector(nb, nl)};
      return {k.zeroVector(nb, nl), k.zeroVector(nb, nl)};
    };
    // The statistics of `statRow` from its sums (LayerNorm: relative
    // to the shift K). Far means ((mean - K)^2 > 16 var) take a
    // second, corrected pass over the cached row (Chan, Golub and
    // LeVeque).
    auto finish = [&](Value statRow, Value shift, ArrayRef<Value> sums,
                      double epsilon) -> RowStatistics {
      if (!spec.layerNorm) {
        Value meanSquare =
            arith::DivFOp::create(nb, nl, k.reduce(nb, nl, sums[0]), count);
        Value rstd = math::RsqrtOp::create(
            nb, nl,
            arith::AddFOp::create(nb, nl, meanSquare,
                                  k.scalar(nb, nl, epsilon)));
        return {Value(), Value(), rstd};
      }
      Value offset1, var1;
      std::tie(offset1, var1) = moments(nb, nl, sums, Value());
      Value far = arith::CmpFOp::create(
          nb, nl, arith::CmpFPredicate::OGT,
          arith::MulFOp::create(nb, nl, offset1, offset1),
          arith::MulFOp::create(nb, nl, var1, k.scalar(nb, nl, 16.0)));
      auto corrected = scf::IfOp::create(
          nb, nl, far,
          [&](OpBuilder &tb, Location tl) {
            // The same sums with d = (x - K) - (mean - K).
            Value center = k.splat(tb, tl, offset1);
            SmallVector<Value> sums2 =
                k.loop(tb, tl, {k.zeroVector(tb, tl), k.zeroVector(tb, tl)},
                       [&](OpBuilder &lb, Location ll, const Chunk &chunk,
                           ValueRange iters) -> SmallVector<Value> {
                         Value d = arith::SubFOp::create(
                             lb, ll, k.read(lb, ll, statRow, chunk),
                             k.fit(lb, ll, shift, chunk));
                         return accumulate(lb, ll, d, center, chunk, iters);
                       });
            auto [offset2, var2] = moments(tb, tl, sums2, offset1);
            scf::YieldOp::create(tb, tl, ValueRange{offset2, var2});
          },
          [&](OpBuilder &eb, Location el) {
            scf::YieldOp::create(eb, el, ValueRange{offset1, var1});
          });
      Value var = arith::MaximumFOp::create(nb, nl, corrected.getResult(1),
                                            k.scalar(nb, nl, 0.0));
      Value rstd = math::RsqrtOp::create(
          nb, nl,
          arith::AddFOp::create(nb, nl, var, k.scalar(nb, nl, epsilon)));
      return {shift, corrected.getResult(0), rstd};
    };
    // The statistics of a stored row (x, or the Sandwich input), in
    // one pass over it; LayerNorm's K is the row's first element. With
    // `prefetchRow`, the pass also prefetches that row's first half.
    auto statistics = [&](Value statRow, double epsilon,
                          Value prefetchRow = Value()) -> RowStatistics {
      Value shift;
      if (spec.layerNorm)
        shift = k.splat(
            nb, nl,
            convertFloat(nb, nl,
                         memref::LoadOp::create(nb, nl, statRow, zeroIndex),
                         computeType));
      SmallVector<Value> sums =
          k.loop(nb, nl, zeroSums(),
                 [&](OpBuilder &lb, Location ll, const Chunk &chunk,
                     ValueRange iters) -> SmallVector<Value> {
                   if (prefetchRow && chunk.lanes == lanes)
                     k.prefetch(lb, ll, prefetchRow, zeroIndex,
                                /*half=*/true, chunk);
                   return accumulate(lb, ll, k.read(lb, ll, statRow, chunk),
                                     shift, chunk, iters);
                 });
      return finish(statRow, shift, sums, epsilon);
    };
    // What the output loop applies, as vectors hoisted out of it:
    // K, -(mean - K) * rstd and rstd (RMSNorm: rstd only).
    struct OutputFactors {
      Value shift, center, rstd;
    };
    auto outputFactors = [&](const RowStatistics &stats) -> OutputFactors {
      Value rstd = k.splat(nb, nl, stats.rstd);
      if (!stats.shift)
        return {Value(), Value(), rstd};
      Value center = arith::NegFOp::create(
          nb, nl, arith::MulFOp::create(nb, nl, stats.meanOffset, stats.rstd));
      return {stats.shift, k.splat(nb, nl, center), rstd};
    };
    // The normalized chunk `v` of a row: (v - K) * rstd -
    // (mean - K) * rstd (a subtraction that is exact for v near K,
    // and an FMA), then * (gamma + offset) + beta (an FMA).
    auto normalize = [&](OpBuilder &lb, Location ll, Value v,
                         const OutputFactors &f, Value gamma, Value beta,
                         const Chunk &chunk) {
      Value rstd = k.fit(lb, ll, f.rstd, chunk);
      if (f.shift)
        v = vector::FMAOp::create(
            lb, ll,
            arith::SubFOp::create(lb, ll, v, k.fit(lb, ll, f.shift, chunk)),
            rstd, k.fit(lb, ll, f.center, chunk));
      else
        v = arith::MulFOp::create(lb, ll, v, rstd);
      if (gamma) {
        Value g = k.read(lb, ll, gamma, chunk);
        if (spec.offset != 0.0)
          g = arith::AddFOp::create(lb, ll, g,
                                    k.splat(lb, ll, spec.offset, chunk));
        if (beta)
          return Value(
              vector::FMAOp::create(lb, ll, v, g, k.read(lb, ll, beta, chunk)));
        return Value(arith::MulFOp::create(lb, ll, v, g));
      }
      if (beta)
        return Value(
            arith::AddFOp::create(lb, ll, v, k.read(lb, ll, beta, chunk)));
      return v;
    };

    Value xRow = rowView(nb, nl, x2, row, length);
    Value yRow = rowView(nb, nl, y2, row, length);
    // y from `source` (a chunk of the values to normalize) with
    // `factors`.
    using SourceFn = function_ref<Value(OpBuilder &, Location, const Chunk &)>;
    // Each full streamed chunk also prefetches its share of these rows
    // (of the same length; see RowKernelBuilder::prefetch).
    struct Prefetch {
      Value row, base;
      bool half;
    };
    SmallVector<Prefetch, 2> outputPrefetches;
    auto writeChunk = [&](SourceFn source, const OutputFactors &factors,
                          OpBuilder &lb, Location ll, const Chunk &chunk,
                          bool stream) {
      if (stream && chunk.lanes == lanes)
        for (const Prefetch &p : outputPrefetches)
          k.prefetch(lb, ll, p.row, p.base, p.half, chunk);
      Value v =
          normalize(lb, ll, source(lb, ll, chunk), factors, scale, bias, chunk);
      k.write(lb, ll, v, yRow, chunk, stream);
    };
    // The output pass, streamed where `stream`.
    auto output = [&](SourceFn source, const OutputFactors &factors,
                      bool stream) {
      outputRow(nb, nl, k, yRow, stream,
                [&](OpBuilder &lb, Location ll, const Chunk &chunk,
                    bool streamChunk) {
                  writeChunk(source, factors, lb, ll, chunk, streamChunk);
                });
    };
    // The output pass, streamed where the op's output is large
    // enough.
    auto outputs = [&](SourceFn source, const OutputFactors &factors) {
      outputRow(nb, nl, k, yRow, plan,
                [&](OpBuilder &lb, Location ll, const Chunk &chunk,
                    bool streamChunk) {
                  writeChunk(source, factors, lb, ll, chunk, streamChunk);
                });
    };

    // Where y may stream, the next row's inputs are fetched while this
    // row computes, spread over its passes so that memory reads and
    // writes all along (see RowKernelBuilder::prefetch): a pass from
    // cache that fetches nothing leaves memory idle, and one that fetches
    // a whole row while it streams its own output asks too much of memory
    // at once.
    Value next;
    if (shape.prefetch && plan.mayStream())
      next = arith::MinUIOp::create(
          nb, nl, arith::AddIOp::create(nb, nl, row, oneIndex),
          arith::SubIOp::create(nb, nl, rows, oneIndex));

    if (!r2) {
      // A plain norm: the statistics pass fetches the first half of the
      // next row of x, the output pass the second half. Where half a chunk
      // is less than a cache line (16-bit data on AVX2), the statistics
      // pass would prefetch each line twice and costs more than it gains
      // (measured, bf16 with 8-lane vectors): the output pass fetches the
      // whole row instead.
      Value nextX = next ? rowView(nb, nl, x2, next, length) : Value();
      bool split = halfChunkFillsLine(lanes, x2);
      OutputFactors factors = outputFactors(
          statistics(xRow, spec.epsilon, split ? nextX : Value()));
      if (nextX)
        outputPrefetches.push_back(
            {nextX, arith::ShRUIOp::create(nb, nl, length, oneIndex), split});
      outputs([&](OpBuilder &lb, Location ll,
                  const Chunk &chunk) { return k.read(lb, ll, xRow, chunk); },
              factors);
      return;
    }

    // The fused ops: h = alpha * r + x (+ bias) (Sandwich-LN: x
    // normalized first), written to the h output, then normalized.
    Value rRow = rowView(nb, nl, r2, row, length);
    Value hRow = rowView(nb, nl, h2, row, length);
    // The first pass reads x and r and writes h, the output pass only
    // writes y: it fetches the first halves of the next rows of x and r.
    if (next)
      for (Value input : {x2, r2})
        outputPrefetches.push_back(
            {rowView(nb, nl, input, next, length), zeroIndex, true});
    Type hElement = cast<MemRefType>(h2.getType()).getElementType();
    if (hBufferBase) {
      // The row buffer from the element that makes its element i as
      // aligned as h's: the chunks streamed from h's first aligned element
      // then read and write whole cache lines of it.
      Value shift = arith::RemUIOp::create(
          nb, nl,
          arith::DivUIOp::create(nb, nl, misalignment(nb, nl, hRow),
                                 indexConstant(nb, nl, elementBytes(h2))),
          indexConstant(nb, nl, kStreamAlignment / elementBytes(hBufferBase)));
      SmallVector<OpFoldResult> offsets = {shift};
      SmallVector<OpFoldResult> sizes = {length};
      SmallVector<OpFoldResult> strides = {nb.getIndexAttr(1)};
      hBuffer = memref::SubViewOp::create(nb, nl, hBufferBase, offsets, sizes,
                                          strides);
    }
    OutputFactors inner;
    if (spec.innerNorm)
      inner = outputFactors(statistics(xRow, spec.innerEpsilon));
    enum class Store { None, Plain, Stream };
    // A chunk of h, stored as `store` says (and, with `keep`, into
    // the row buffer as computed), and returned as stored (rounded to
    // h's type): the norm is of the stored h.
    auto residualSum = [&](OpBuilder &lb, Location ll, const Chunk &chunk,
                           Store store, bool keep) {
      Value sum = k.read(lb, ll, rRow, chunk);
      if (spec.alpha != 1.0)
        sum = arith::MulFOp::create(lb, ll, sum,
                                    k.splat(lb, ll, spec.alpha, chunk));
      Value xv = k.read(lb, ll, xRow, chunk);
      if (spec.innerNorm) {
        // Sandwich-LN: the input's own norm, rounded as the unfused op
        // would store it.
        xv = normalize(lb, ll, xv, inner, innerScale, innerBias, chunk);
        xv = convertFloat(
            lb, ll, convertFloat(lb, ll, xv, k.vectorOf(xElement, chunk.lanes)),
            k.computeVector(chunk.lanes));
      }
      sum = arith::AddFOp::create(lb, ll, sum, xv);
      if (addBias)
        sum =
            arith::AddFOp::create(lb, ll, sum, k.read(lb, ll, addBias, chunk));
      if (store != Store::None)
        k.write(lb, ll, sum, hRow, chunk, store == Store::Stream);
      Value stored = convertFloat(
          lb, ll, convertFloat(lb, ll, sum, k.vectorOf(hElement, chunk.lanes)),
          k.computeVector(chunk.lanes));
      if (keep)
        k.write(lb, ll, stored, hBuffer, chunk);
      return stored;
    };
    // The pass that writes h also sums its statistics. LayerNorm's K
    // is h's first element: the first single-vector chunk of h comes
    // first, and K is its lane 0. With `streamH`, h is streamed from
    // its first aligned element past that chunk, and kept in the row
    // buffer as well if there is one.
    auto fusedPass = [&](bool streamH) {
      bool keep = streamH && hBuffer;
      auto sumsOver = [&](ValueRange sums, Value shift, Value start, Value end,
                          Store store) {
        return k.loop(
            nb, nl, sums,
            [&](OpBuilder &lb, Location ll, const Chunk &chunk,
                ValueRange iters) -> SmallVector<Value> {
              return accumulate(lb, ll, residualSum(lb, ll, chunk, store, keep),
                                shift, chunk, iters);
            },
            start, end);
      };
      Value start, shift;
      SmallVector<Value> sums = zeroSums();
      if (spec.layerNorm) {
        start = arith::MinUIOp::create(nb, nl, length,
                                       indexConstant(nb, nl, width));
        Value firstChunk =
            k.loop(
                 nb, nl, {k.zeroVector(nb, nl)},
                 [&](OpBuilder &lb, Location ll, const Chunk &chunk,
                     ValueRange) -> SmallVector<Value> {
                   return {k.widen(
                       lb, ll, residualSum(lb, ll, chunk, Store::Plain, keep),
                       chunk)};
                 },
                 Value(), start)
                .front();
        shift = k.splat(nb, nl,
                        vector::ExtractOp::create(nb, nl, firstChunk,
                                                  ArrayRef<int64_t>{0}));
        // Lanes past the first chunk (or past a shorter row) hold 0,
        // not data: they are kept out of the sums.
        Value inFirst = vector::CreateMaskOp::create(
            nb, nl, VectorType::get({lanes}, nb.getI1Type()),
            ValueRange{start});
        Chunk first{zeroIndex, inFirst, start, lanes};
        sums = accumulate(nb, nl, firstChunk, shift, first, sums);
      }
      if (!streamH) {
        sums = sumsOver(sums, shift, start, Value(), Store::Plain);
        return finish(hRow, shift, sums, spec.epsilon);
      }
      // The first aligned element of h at or after `start`.
      Value head = elementsToAlignment(nb, nl, hRow, length);
      if (start) {
        int64_t perLine = kStreamAlignment / elementBytes(h2);
        Value gap = arith::SubIOp::create(
            nb, nl, arith::MaxUIOp::create(nb, nl, start, head), head);
        Value lines = arith::CeilDivUIOp::create(
            nb, nl, gap, indexConstant(nb, nl, perLine));
        head = arith::MinUIOp::create(
            nb, nl, length,
            arith::AddIOp::create(
                nb, nl, head,
                arith::MulIOp::create(nb, nl, lines,
                                      indexConstant(nb, nl, perLine))));
      }
      sums = sumsOver(sums, shift, start, head, Store::Plain);
      sums = sumsOver(sums, shift, head, Value(), Store::Stream);
      return finish(keep ? hBuffer : hRow, shift, sums, spec.epsilon);
    };
    // Ordinary h stays in cache for the output pass; streamed h does
    // not, and the output pass computes it again from x and r (which
    // it cannot where h's storage overlaps them), or reads the row
    // buffer.
    auto fusedRow = [&](bool streamH) {
      OutputFactors factors = outputFactors(fusedPass(streamH));
      if (streamH) {
        output(
            [&](OpBuilder &lb, Location ll, const Chunk &chunk) {
              if (hBuffer)
                return k.read(lb, ll, hBuffer, chunk);
              return residualSum(lb, ll, chunk, Store::None, false);
            },
            factors, /*stream=*/true);
        return;
      }
      outputs([&](OpBuilder &lb, Location ll,
                  const Chunk &chunk) { return k.read(lb, ll, hRow, chunk); },
              factors);
    };
    if (!hStreams)
      return fusedRow(false);
    emitBranches(nb, nl, hStreams, [&](bool streamH) { fusedRow(streamH); });
  };
  // Where bf16 h may stream and rounding to bf16 takes integer arithmetic,
  // each block of rows gets a buffer of one row of h in f32: written with
  // h, it stays in cache for the output pass (and the rare corrected
  // statistics pass) while h goes to memory with non-temporal stores.
  // Computing h again from x and r would round it a second time, which
  // costs more than the buffer's store and load; for other types (cheap or
  // no rounding) it costs less.
  bool rowBuffer = hStreams && shape.bf16RowBuffer &&
                   cast<MemRefType>(h2.getType()).getElementType().isBF16();
  auto allocRowBuffer = [&](OpBuilder &fb, Location fl) {
    // A row and a cache line's worth to start it at.
    int64_t spare = kStreamAlignment * 8 / computeType.getIntOrFloatBitWidth();
    auto type = MemRefType::get({ShapedType::kDynamic}, computeType);
    hBufferBase = memref::AllocOp::create(
        fb, fl, type,
        ValueRange{arith::AddIOp::create(fb, fl, length,
                                         indexConstant(fb, fl, spare))},
        fb.getI64IntegerAttr(kStreamAlignment));
  };
  auto freeRowBuffer = [&](OpBuilder &fb, Location fl) {
    memref::DeallocOp::create(fb, fl, hBufferBase);
  };
  forEachRow(
      b, loc, rows, plan, rowKernel,
      rowBuffer ? function_ref<void(OpBuilder &, Location)>(allocRowBuffer)
                : nullptr,
      rowBuffer ? function_ref<void(OpBuilder &, Location)>(freeRowBuffer)
                : nullptr);
}

/// Every row-wise norm (plain, fused, Sandwich-LN) through buildRowNorm.
/// Sandwich-LN runs in one kernel: the input's statistics, then h =
/// residual + Norm(input) written in the pass that reads both, then y.
template <typename OpTy> struct RowNormToCPU : OpRewritePattern<OpTy> {
  RowNormToCPU(MLIRContext *ctx, const KernelShape &shape)
      : OpRewritePattern<OpTy>(ctx), shape(shape) {}
  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    std::optional<RowNormOperands> operands = getRowNormOperands(op);
    if (!operands)
      return rewriter.notifyMatchFailure(op, "statistics results");
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
    for (Value *output : {&spec.y, &spec.h})
      kernelOperands.push_back({output, spec.axis, /*output=*/true});
    emitRowNormSizeChecks(rewriter, loc, spec, spec.opName);
    StagedOperands staged = stageOperands(rewriter, loc, kernelOperands);
    // A norm over every dim of its input is one row.
    if (spec.axis == 0)
      for (Value *matrix : {&spec.input, &spec.residual, &spec.y, &spec.h})
        if (*matrix)
          *matrix = viewAsSingleRow(rewriter, loc, *matrix);
    buildRowNorm(rewriter, loc, spec, shape);
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
