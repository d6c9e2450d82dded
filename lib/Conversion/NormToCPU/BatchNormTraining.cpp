//===- BatchNormTraining.cpp - Training BatchNorm kernel for the CPU ------===//
//
// BatchNorm in training form: batch statistics from per-part moments
// combined with Chan, Golub and LeVeque's formula, the statistics results,
// then the inference kernel's output pass.
//
//===----------------------------------------------------------------------===//

#include "BatchNormKernels.h"
#include "OutputPlan.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/PatternMatch.h"
#include "norm/Dialect/Norm/IR/NormOps.h"

using namespace mlir;
using namespace mlir::norm;
using namespace mlir::norm::cpu;

/// Training BatchNorm's channels-last moments are taken over blocks of
/// about this many bytes of positions (two passes each, in cache).
constexpr int64_t kMomentBlockBytes = 256 * 1024;
/// ... in steps of this many positions.
constexpr int64_t kMomentRows = 4;

/// Emits a training-form BatchNorm for `spec` (operands staged and
/// collapsed as for inference; `spec.mean` and `spec.var` the running
/// statistics): the batch mean and biased variance of each channel from the
/// moments of parts of it, each part's mean and sum of squared deviations
/// from two passes over the part in cache (an NCHW plane, or a block of
/// channels-last positions), combined per channel with Chan, Golub and
/// LeVeque's formula; then the statistics results, and y by the inference
/// kernel on the batch statistics.
void cpu::buildBatchNormTraining(OpBuilder &b, Location loc, BatchNormSpec spec,
                                 const BatchStatistics &stats,
                                 const KernelShape &shape) {
  Type computeType = computeTypeOf(spec.input);
  Value rows = memref::DimOp::create(b, loc, spec.input, 0);
  Value length = memref::DimOp::create(b, loc, spec.input, 1);
  Value channels = memref::DimOp::create(b, loc, spec.mean, 0);
  Value zero = indexConstant(b, loc, 0);
  Value one = indexConstant(b, loc, 1);
  auto toCompute = [&](OpBuilder &nb, Location nl, Value index) {
    return indexToFloat(nb, nl, index, computeType);
  };
  auto buffer = [&](Value size) {
    return memref::AllocOp::create(
        b, loc, MemRefType::get({ShapedType::kDynamic}, computeType),
        ValueRange{size}, b.getI64IntegerAttr(kStreamAlignment));
  };

  // Parts: each NCHW plane (parts[n][c] is row n * C + c), or each block of
  // `block` channels-last positions (parts[k][c]); their means and sums of
  // squared deviations, C per part.
  Value block, parts;
  if (spec.channelsLast) {
    block = rowsFitting(b, loc, kMomentBlockBytes, spec.input, length);
    parts = arith::CeilDivUIOp::create(b, loc, rows, block);
  } else {
    parts = arith::DivUIOp::create(
        b, loc, rows, arith::MaxUIOp::create(b, loc, one, channels));
  }
  Value partValues = arith::MulIOp::create(b, loc, parts, channels);
  Value partMean = buffer(partValues);
  Value partM2 = buffer(partValues);
  RowKernelBuilder perChannel(channels, shape.lanes, shape.width, computeType);

  // Each channel's shift K, its first element (0 for an empty x): moments
  // are of x - K, so that the parts' means are small and exact enough for
  // the combination, and y keeps the digits of x near the mean.
  Value shift = buffer(channels);
  Value nonEmpty = arith::AndIOp::create(
      b, loc,
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ugt, rows, zero),
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ugt, length, zero));
  scf::ForOp::create(
      b, loc, zero, channels, one, ValueRange{},
      [&](OpBuilder &cb, Location cl, Value channel, ValueRange) {
        auto first = scf::IfOp::create(
            cb, cl, nonEmpty,
            [&](OpBuilder &tb, Location tl) {
              SmallVector<Value, 2> at = {channel, zero};
              if (spec.channelsLast)
                at = {zero, channel};
              scf::YieldOp::create(
                  tb, tl,
                  convertFloat(tb, tl,
                               memref::LoadOp::create(tb, tl, spec.input, at),
                               computeType));
            },
            [&](OpBuilder &eb, Location el) {
              scf::YieldOp::create(
                  eb, el,
                  ValueRange{arith::ConstantOp::create(
                      eb, el, eb.getFloatAttr(computeType, 0.0))});
            });
        memref::StoreOp::create(cb, cl, first.getResult(0), shift, channel);
        scf::YieldOp::create(cb, cl);
      });
  if (spec.channelsLast) {
    scf::ForallOp::create(
        b, loc, ArrayRef<OpFoldResult>{parts}, ValueRange{}, std::nullopt,
        [&](OpBuilder &fb, Location fl, ValueRange) {
          Value part = fb.getBlock()->getArgument(0);
          Value first = arith::MulIOp::create(fb, fl, part, block);
          Value last = arith::MinUIOp::create(
              fb, fl, rows, arith::AddIOp::create(fb, fl, first, block));
          Value count =
              toCompute(fb, fl, arith::SubIOp::create(fb, fl, last, first));
          Value at = arith::MulIOp::create(fb, fl, part, channels);
          Value meanRow = memref::SubViewOp::create(
              fb, fl, partMean, ArrayRef<OpFoldResult>{at},
              ArrayRef<OpFoldResult>{channels},
              ArrayRef<OpFoldResult>{fb.getIndexAttr(1)});
          Value m2Row = memref::SubViewOp::create(
              fb, fl, partM2, ArrayRef<OpFoldResult>{at},
              ArrayRef<OpFoldResult>{channels},
              ArrayRef<OpFoldResult>{fb.getIndexAttr(1)});
          const RowKernelBuilder &k = perChannel;
          // Over the rows of C channels in steps of kMomentRows rows (the
          // rows read together, so that memory is read nearly as laid out
          // and the part's rows in cache are updated once per step), then
          // one at a time: `body` on each chunk of the step's rows.
          using StepFn = function_ref<void(OpBuilder &, Location, ValueRange,
                                           const Chunk &)>;
          Value stepped = arith::SubIOp::create(
              fb, fl, last,
              arith::RemUIOp::create(fb, fl,
                                     arith::SubIOp::create(fb, fl, last, first),
                                     indexConstant(fb, fl, kMomentRows)));
          auto eachChunk = [&](StepFn body) {
            for (auto [start, end, step] : {std::tuple<Value, Value, int64_t>{
                                                first, stepped, kMomentRows},
                                            {stepped, last, 1}}) {
              scf::ForOp::create(
                  fb, fl, start, end, indexConstant(fb, fl, step), ValueRange{},
                  [&, step = step](OpBuilder &rb, Location rl, Value row,
                                   ValueRange) {
                    SmallVector<Value> xRows;
                    for (int64_t i = 0; i < step; ++i)
                      xRows.push_back(
                          rowView(rb, rl, spec.input,
                                  arith::AddIOp::create(
                                      rb, rl, row, indexConstant(rb, rl, i)),
                                  length));
                    k.loop(rb, rl, {},
                           [&](OpBuilder &lb, Location ll, const Chunk &chunk,
                               ValueRange) -> SmallVector<Value> {
                             body(lb, ll, xRows, chunk);
                             return {};
                           });
                    scf::YieldOp::create(rb, rl);
                  });
            }
          };
          auto overChannels =
              [&](function_ref<void(OpBuilder &, Location, const Chunk &)>
                      body) {
                k.loop(fb, fl, {},
                       [&](OpBuilder &lb, Location ll, const Chunk &chunk,
                           ValueRange) -> SmallVector<Value> {
                         body(lb, ll, chunk);
                         return {};
                       });
              };
          // The block's sums of x - K in the part's mean row (in cache),
          // divided by the count; then its sums of (x - K - mean)^2.
          overChannels([&](OpBuilder &lb, Location ll, const Chunk &chunk) {
            k.write(lb, ll, k.zeroVector(lb, ll, chunk.lanes), meanRow, chunk);
            k.write(lb, ll, k.zeroVector(lb, ll, chunk.lanes), m2Row, chunk);
          });
          eachChunk([&](OpBuilder &lb, Location ll, ValueRange xRows,
                        const Chunk &chunk) {
            Value shiftChunk = k.read(lb, ll, shift, chunk);
            Value sum = k.read(lb, ll, meanRow, chunk);
            for (Value xRow : xRows)
              sum = arith::AddFOp::create(
                  lb, ll, sum,
                  arith::SubFOp::create(lb, ll, k.read(lb, ll, xRow, chunk),
                                        shiftChunk));
            k.write(lb, ll, sum, meanRow, chunk);
          });
          overChannels([&](OpBuilder &lb, Location ll, const Chunk &chunk) {
            Value n = vector::BroadcastOp::create(
                lb, ll, k.computeVector(chunk.lanes), count);
            k.write(lb, ll,
                    arith::DivFOp::create(lb, ll,
                                          k.read(lb, ll, meanRow, chunk), n),
                    meanRow, chunk);
          });
          eachChunk([&](OpBuilder &lb, Location ll, ValueRange xRows,
                        const Chunk &chunk) {
            Value center =
                arith::AddFOp::create(lb, ll, k.read(lb, ll, shift, chunk),
                                      k.read(lb, ll, meanRow, chunk));
            Value sum = k.read(lb, ll, m2Row, chunk);
            for (Value xRow : xRows) {
              Value d = arith::SubFOp::create(
                  lb, ll, k.read(lb, ll, xRow, chunk), center);
              sum = vector::FMAOp::create(lb, ll, d, d, sum);
            }
            k.write(lb, ll, sum, m2Row, chunk);
          });
          scf::InParallelOp::create(fb, fl);
        });
  } else {
    RowKernelBuilder k(length, shape.lanes, shape.width, computeType);
    Value count = toCompute(b, loc, length);
    scf::ForallOp::create(
        b, loc, ArrayRef<OpFoldResult>{rows}, ValueRange{}, std::nullopt,
        [&](OpBuilder &fb, Location fl, ValueRange) {
          Value row = fb.getBlock()->getArgument(0);
          Value plane = rowView(fb, fl, spec.input, row, length);
          Value planeShift = k.splat(
              fb, fl,
              memref::LoadOp::create(
                  fb, fl, shift,
                  ValueRange{arith::RemUIOp::create(fb, fl, row, channels)}));
          // Where y may stream (x is large), the next plane (this one for
          // the last) is fetched while the two passes run (the second from
          // cache): its first half in the first pass and its second half
          // in the second, or all of it in the second where half a chunk is
          // under a cache line (see RowKernelBuilder::prefetch).
          Value nextPlane, secondHalf;
          bool split = halfChunkFillsLine(shape.lanes, spec.input);
          if (shape.prefetch &&
              staticStreaming(spec.y, shape.streamingThreshold)
                  .value_or(true)) {
            Value next = arith::MinUIOp::create(
                fb, fl, arith::AddIOp::create(fb, fl, row, one),
                arith::SubIOp::create(fb, fl, rows, one));
            nextPlane = rowView(fb, fl, spec.input, next, length);
            secondHalf = arith::ShRUIOp::create(fb, fl, length, one);
          }
          // Sums over the plane of x - K, or of (x - K - mean)^2.
          auto sumOver = [&](Value mean) {
            Value sum =
                k.loop(fb, fl, {k.zeroVector(fb, fl)},
                       [&](OpBuilder &lb, Location ll, const Chunk &chunk,
                           ValueRange iters) -> SmallVector<Value> {
                         if (nextPlane && chunk.lanes == shape.lanes &&
                             (split || mean))
                           k.prefetch(lb, ll, nextPlane,
                                      mean ? secondHalf : zero, split, chunk);
                         Value v = arith::SubFOp::create(
                             lb, ll, k.read(lb, ll, plane, chunk),
                             k.fit(lb, ll, planeShift, chunk));
                         if (mean) {
                           v = arith::SubFOp::create(
                               lb, ll, v, k.fit(lb, ll, mean, chunk));
                           v = arith::MulFOp::create(lb, ll, v, v);
                         }
                         v = k.widen(lb, ll, k.masked(lb, ll, v, chunk), chunk);
                         return {arith::AddFOp::create(lb, ll, iters[0], v)};
                       })
                    .front();
            return k.reduce(fb, fl, sum);
          };
          Value mean = arith::DivFOp::create(fb, fl, sumOver(Value()), count);
          memref::StoreOp::create(fb, fl, mean, partMean, row);
          memref::StoreOp::create(fb, fl, sumOver(k.splat(fb, fl, mean)),
                                  partM2, row);
          scf::InParallelOp::create(fb, fl);
        });
  }

  // Per chunk of channels: the mean of the part means weighted by their
  // counts, then the sum of the parts' squared deviations and of their
  // counts times their means' squared distance to the mean.
  Value batchMean = buffer(channels);
  Value meanLow = buffer(channels);
  Value batchVar = buffer(channels);
  Value total = spec.channelsLast
                    ? rows
                    : arith::MulIOp::create(b, loc, parts, length).getResult();
  perChannel.loop(
      b, loc, {},
      [&](OpBuilder &lb, Location ll, const Chunk &chunk,
          ValueRange) -> SmallVector<Value> {
        const RowKernelBuilder &k = perChannel;
        auto countOf = [&](OpBuilder &nb, Location nl, Value part) -> Value {
          Value count = length;
          if (spec.channelsLast) {
            Value first = arith::MulIOp::create(nb, nl, part, block);
            count = arith::MinUIOp::create(
                nb, nl, block, arith::SubIOp::create(nb, nl, rows, first));
          }
          return vector::BroadcastOp::create(
              nb, nl, k.computeVector(chunk.lanes), toCompute(nb, nl, count));
        };
        auto overParts = [&](function_ref<Value(OpBuilder &, Location, Value,
                                                Value, Value, Value)>
                                 term) {
          return scf::ForOp::create(
                     lb, ll, zero, parts, one,
                     ValueRange{k.zeroVector(lb, ll, chunk.lanes)},
                     [&](OpBuilder &pb, Location pl, Value part,
                         ValueRange iters) {
                       Value at = arith::MulIOp::create(pb, pl, part, channels);
                       auto row = [&](Value values) {
                         return memref::SubViewOp::create(
                             pb, pl, values, ArrayRef<OpFoldResult>{at},
                             ArrayRef<OpFoldResult>{channels},
                             ArrayRef<OpFoldResult>{pb.getIndexAttr(1)});
                       };
                       Value mean = k.read(pb, pl, row(partMean), chunk);
                       Value m2 = k.read(pb, pl, row(partM2), chunk);
                       scf::YieldOp::create(pb, pl,
                                            term(pb, pl, countOf(pb, pl, part),
                                                 mean, m2, iters[0]));
                     })
              .getResult(0);
        };
        Value n = vector::BroadcastOp::create(
            lb, ll, k.computeVector(chunk.lanes), toCompute(lb, ll, total));
        Value mean = arith::DivFOp::create(
            lb, ll,
            overParts([](OpBuilder &pb, Location pl, Value count, Value mean,
                         Value, Value acc) -> Value {
              return vector::FMAOp::create(pb, pl, count, mean, acc);
            }),
            n);
        Value m2 =
            overParts([&](OpBuilder &pb, Location pl, Value count,
                          Value partMean, Value partM2, Value acc) -> Value {
              Value d = arith::SubFOp::create(pb, pl, partMean, mean);
              Value spread = arith::MulFOp::create(
                  pb, pl, count, arith::MulFOp::create(pb, pl, d, d));
              return arith::AddFOp::create(
                  pb, pl, acc, arith::AddFOp::create(pb, pl, partM2, spread));
            });
        Value var = arith::DivFOp::create(lb, ll, m2, n);
        // The mean as K + offset in two parts (TwoSum): high = fl(K +
        // offset) for the results and low, the rounding error, for y.
        Value k0 = k.read(lb, ll, shift, chunk);
        Value offset = mean;
        mean = arith::AddFOp::create(lb, ll, k0, offset);
        Value offsetPart = arith::SubFOp::create(lb, ll, mean, k0);
        Value shiftPart = arith::SubFOp::create(lb, ll, mean, offsetPart);
        Value low = arith::AddFOp::create(
            lb, ll, arith::SubFOp::create(lb, ll, k0, shiftPart),
            arith::SubFOp::create(lb, ll, offset, offsetPart));
        // running' = momentum * running + (1 - momentum) * batch, the
        // running values read before any result is written (a result may
        // be stored over them).
        auto update = [&](Value running, Value batch) -> Value {
          Value kept =
              arith::MulFOp::create(lb, ll, k.read(lb, ll, running, chunk),
                                    k.splat(lb, ll, stats.momentum, chunk));
          Value fresh = arith::MulFOp::create(
              lb, ll, batch, k.splat(lb, ll, 1.0 - stats.momentum, chunk));
          return arith::AddFOp::create(lb, ll, kept, fresh);
        };
        Value runningMean = update(spec.mean, mean);
        Value runningVar = update(spec.var, var);
        k.write(lb, ll, mean, batchMean, chunk);
        k.write(lb, ll, low, meanLow, chunk);
        k.write(lb, ll, var, batchVar, chunk);
        k.write(lb, ll, mean, stats.batchMean, chunk);
        k.write(lb, ll, var, stats.batchVar, chunk);
        k.write(lb, ll, runningMean, stats.runningMean, chunk);
        k.write(lb, ll, runningVar, stats.runningVar, chunk);
        return {};
      });

  spec.mean = batchMean;
  spec.meanLow = meanLow;
  spec.var = batchVar;
  buildBatchNorm(b, loc, spec, shape);
  for (Value temporary :
       {shift, partMean, partM2, batchMean, meanLow, batchVar})
    memref::DeallocOp::create(b, loc, temporary);
}
