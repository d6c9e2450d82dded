//===- BatchNormGrad.cpp - Training BatchNorm backward kernel for the CPU -===//
//
// Lowers norm.batch_norm_grad on memrefs with saved statistics (the
// training forward's batch_mean and biased batch_var; formulas in
// docs/Semantics.md, "Backward") to explicit vector code, in the forward
// kernels' building blocks (chunks of `lanes`, reads and writes widened to
// the compute type, masked tails). x, dy and dx are collapsed as the
// forward's kernel collapses x: channels-last rows of C channels ([M, C],
// where every dim after the channel is 1), or planes, one channel of one
// batch entry each (row r is channel r mod C).
//
//  1. Per channel, once: mean and rstd = rsqrt(var + epsilon), and
//     rstd * scale, into small buffers of the compute type.
//  2. The sums pass over dy and x: per channel, sum(dy) and
//     sum(dy * (x - mean)), into partial sums (below).
//  3. Per channel: the partial sums added in a fixed order; dbias =
//     sum(dy), dscale = rstd * sum(dy * (x - mean)), rounded once into the
//     destinations; the dx factors mean(dy) and rstd * dscale / M.
//  4. The dx pass: dx = rstd * scale * ((dy - mean(dy)) - (x - mean) *
//     rstd * dscale / M), written like the forward's y (large dx stream).
//
// Determinism: the partial sums are grouped by the shape alone, never by
// the thread count, and there are no atomics. Planes: each plane is one
// iteration of an scf.forall (OpenMP threads, once lowered) and sums its
// elements in vector accumulators into its own two partial values; after
// the loop, channel c adds the partial values of its N planes in batch
// order. Channels-last rows: the M rows go to P = ceil(M / ceil(M / min(M,
// 64))) blocks of consecutive rows (the backward row kernels' P), the
// iterations of an scf.forall; each block adds its rows, in row order, into
// its own two rows of C partial sums, and after the loop the P partial rows
// are added in block order. Every sum is then the same sequence of
// operations whatever the number of threads and from run to run; dx depends
// on the partial sums only through dscale and dbias.
//
// The statistics recomputed from x (an op without mean and var) are not
// taken here: that form keeps the linalg reference lowering
// (BatchNormGradOp::getKernelFamily).
//
//===----------------------------------------------------------------------===//

#include "OperandStaging.h"
#include "OutputPlan.h"
#include "PopulatePatterns.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/PatternMatch.h"
#include "norm/Conversion/Utils/RuntimeChecks.h"
#include "norm/Dialect/Norm/IR/NormOps.h"
#include "llvm/Support/Debug.h"

#include <string>

#define DEBUG_TYPE "convert-norm-to-cpu"

using namespace mlir;
using namespace mlir::norm;
using namespace mlir::norm::cpu;

namespace {

/// Channels-last rows go to at most this many blocks, each with its own
/// rows of partial sums.
constexpr int64_t kMaxGradBlocks = 64;

/// A block's channels-last rows go through the sums pass this many at a
/// time, which adds all of them to the block's partial rows in one read and
/// write of those (in row order, as one row after the other would).
constexpr int64_t kRowsPerStep = 4;

/// A batch_norm_grad as the kernel sees it: dy, x and dx collapsed to 2-D
/// rows, the per-channel operands 1-D.
struct BatchNormGradSpec {
  std::string opName;
  Value grad, input, dx;
  /// The saved statistics and the scale (null: 1).
  Value mean, var, scale;
  /// The parameter gradients (null where the op does not return them).
  Value dscale, dbias;
  /// Rows are channels-last positions (C elements each), else planes.
  bool channelsLast = false;
  double epsilon = 1e-5;
};

/// Emits the kernel of one batch_norm_grad (operands staged and collapsed).
class BatchNormGradKernel {
public:
  BatchNormGradKernel(const BatchNormGradSpec &spec, const KernelShape &shape)
      : spec(spec), shape(shape), computeType(computeTypeOf(spec.input)) {}

  /// Emits the kernel at the builder's insertion point.
  void emit(OpBuilder &b, Location loc);

private:
  /// A buffer of the compute type of rank `rank` with the dynamic `sizes`,
  /// freed at the end of emit.
  Value allocate(OpBuilder &b, Location loc, ValueRange sizes,
                 int64_t rank = 1);

  /// Step 1: the per-channel mean, rstd and rstd * scale.
  void emitChannelFactors(OpBuilder &b, Location loc);

  /// Step 2 for planes: each plane's sum(dy) and sum(dy * (x - mean)).
  void emitPlaneSums(OpBuilder &b, Location loc);

  /// Step 2 for channels-last rows: each block's rows of partial sums.
  void emitBlockSums(OpBuilder &b, Location loc);

  /// Step 3: the partial sums added per channel; dscale, dbias and the dx
  /// factors.
  void emitChannelSums(OpBuilder &b, Location loc);

  /// Step 4: dx.
  void emitDx(OpBuilder &b, Location loc);

  const BatchNormGradSpec &spec;
  const KernelShape &shape;
  Type computeType;
  /// The rows and row length of x, the channel count, and the partial sums
  /// per channel (the batch size for planes, P for channels-last rows).
  Value rows, length, channels, parts;
  /// Per channel: mean, rstd, rstd * scale (rstd itself without scale),
  /// mean(dy) and rstd * dscale / M.
  Value meanBuffer, rstdBuffer, factorBuffer, meanDyBuffer, slopeBuffer;
  /// Partial sums of dy and of dy * (x - mean): for planes one value per
  /// plane (rows), for channels-last rows a [P, C] row per block.
  Value dyPartials, dyCenteredPartials;
  /// Channels-last rows: rows per block.
  Value rowsPerBlock;
  SmallVector<Value> temporaries;
};

Value BatchNormGradKernel::allocate(OpBuilder &b, Location loc,
                                    ValueRange sizes, int64_t rank) {
  auto type = MemRefType::get(SmallVector<int64_t>(rank, ShapedType::kDynamic),
                              computeType);
  temporaries.push_back(memref::AllocOp::create(
      b, loc, type, sizes, b.getI64IntegerAttr(kStreamAlignment)));
  return temporaries.back();
}

void BatchNormGradKernel::emit(OpBuilder &b, Location loc) {
  rows = memref::DimOp::create(b, loc, spec.input, 0);
  length = memref::DimOp::create(b, loc, spec.input, 1);
  channels = memref::DimOp::create(b, loc, spec.mean, 0);
  emitChannelFactors(b, loc);
  if (spec.channelsLast)
    emitBlockSums(b, loc);
  else
    emitPlaneSums(b, loc);
  emitChannelSums(b, loc);
  emitDx(b, loc);
  for (Value temporary : temporaries)
    memref::DeallocOp::create(b, loc, temporary);
}

void BatchNormGradKernel::emitChannelFactors(OpBuilder &b, Location loc) {
  meanBuffer = allocate(b, loc, channels);
  rstdBuffer = allocate(b, loc, channels);
  factorBuffer = spec.scale ? allocate(b, loc, channels) : rstdBuffer;
  RowKernelBuilder k(channels, shape.lanes, shape.width, computeType);
  k.loop(b, loc, {},
         [&](OpBuilder &lb, Location ll, const Chunk &chunk,
             ValueRange) -> SmallVector<Value> {
           Value rstd = math::RsqrtOp::create(
               lb, ll,
               arith::AddFOp::create(lb, ll, k.read(lb, ll, spec.var, chunk),
                                     k.splat(lb, ll, spec.epsilon, chunk)));
           k.write(lb, ll, k.read(lb, ll, spec.mean, chunk), meanBuffer, chunk);
           k.write(lb, ll, rstd, rstdBuffer, chunk);
           if (spec.scale)
             k.write(lb, ll,
                     arith::MulFOp::create(lb, ll, rstd,
                                           k.read(lb, ll, spec.scale, chunk)),
                     factorBuffer, chunk);
           return {};
         });
}

void BatchNormGradKernel::emitPlaneSums(OpBuilder &b, Location loc) {
  Value one = indexConstant(b, loc, 1);
  parts = arith::DivUIOp::create(b, loc, rows,
                                 arith::MaxUIOp::create(b, loc, one, channels));
  dyPartials = allocate(b, loc, rows);
  dyCenteredPartials = allocate(b, loc, rows);
  RowKernelBuilder k(length, shape.lanes, shape.width, computeType);
  scf::ForallOp::create(
      b, loc, ArrayRef<OpFoldResult>{rows}, ValueRange{}, std::nullopt,
      [&](OpBuilder &fb, Location fl, ValueRange) {
        Value row = fb.getBlock()->getArgument(0);
        Value channel = arith::RemUIOp::create(fb, fl, row, channels);
        Value mean = k.splat(
            fb, fl, memref::LoadOp::create(fb, fl, meanBuffer, channel));
        Value dyRow = rowView(fb, fl, spec.grad, row, length);
        Value xRow = rowView(fb, fl, spec.input, row, length);
        SmallVector<Value> sums = k.loop(
            fb, fl, {k.zeroVector(fb, fl), k.zeroVector(fb, fl)},
            [&](OpBuilder &lb, Location ll, const Chunk &chunk,
                ValueRange iters) -> SmallVector<Value> {
              Value dy = k.masked(lb, ll, k.read(lb, ll, dyRow, chunk), chunk);
              Value centered =
                  arith::SubFOp::create(lb, ll, k.read(lb, ll, xRow, chunk),
                                        k.fit(lb, ll, mean, chunk));
              dy = k.widen(lb, ll, dy, chunk);
              centered = k.widen(lb, ll, centered, chunk);
              return {arith::AddFOp::create(lb, ll, iters[0], dy),
                      vector::FMAOp::create(lb, ll, dy, centered, iters[1])};
            });
        memref::StoreOp::create(fb, fl, k.reduce(fb, fl, sums[0]), dyPartials,
                                row);
        memref::StoreOp::create(fb, fl, k.reduce(fb, fl, sums[1]),
                                dyCenteredPartials, row);
        scf::InParallelOp::create(fb, fl);
      });
}

void BatchNormGradKernel::emitBlockSums(OpBuilder &b, Location loc) {
  // P = ceil(M / ceil(M / min(M, kMaxGradBlocks))): no block is empty, and
  // no rows make no block.
  Value one = indexConstant(b, loc, 1);
  Value wanted = arith::MinUIOp::create(b, loc, rows,
                                        indexConstant(b, loc, kMaxGradBlocks));
  rowsPerBlock = arith::CeilDivUIOp::create(
      b, loc, rows, arith::MaxUIOp::create(b, loc, wanted, one));
  parts = arith::CeilDivUIOp::create(
      b, loc, rows, arith::MaxUIOp::create(b, loc, rowsPerBlock, one));
  dyPartials = allocate(b, loc, {parts, channels}, /*rank=*/2);
  dyCenteredPartials = allocate(b, loc, {parts, channels}, /*rank=*/2);
  RowKernelBuilder k(length, shape.lanes, shape.width, computeType);
  scf::ForallOp::create(
      b, loc, ArrayRef<OpFoldResult>{parts}, ValueRange{}, std::nullopt,
      [&](OpBuilder &fb, Location fl, ValueRange) {
        Value block = fb.getBlock()->getArgument(0);
        Value dyAcc = rowView(fb, fl, dyPartials, block, length);
        Value dyCenteredAcc =
            rowView(fb, fl, dyCenteredPartials, block, length);
        k.loop(fb, fl, {},
               [&](OpBuilder &lb, Location ll, const Chunk &chunk,
                   ValueRange) -> SmallVector<Value> {
                 Value zero = k.zeroVector(lb, ll, chunk.lanes);
                 k.write(lb, ll, zero, dyAcc, chunk);
                 k.write(lb, ll, zero, dyCenteredAcc, chunk);
                 return {};
               });
        Value first = arith::MulIOp::create(fb, fl, block, rowsPerBlock);
        Value last = arith::MinUIOp::create(
            fb, fl, rows, arith::AddIOp::create(fb, fl, first, rowsPerBlock));
        // The block's rows kRowsPerStep at a time, then the rest one at a
        // time: each chunk of the partial rows is read once per step, and
        // the step's rows added to it in row order.
        Value stepped = arith::SubIOp::create(
            fb, fl, last,
            arith::RemUIOp::create(fb, fl,
                                   arith::SubIOp::create(fb, fl, last, first),
                                   indexConstant(fb, fl, kRowsPerStep)));
        for (auto [start, end, step] :
             {std::tuple<Value, Value, int64_t>{first, stepped, kRowsPerStep},
              {stepped, last, 1}}) {
          scf::ForOp::create(
              fb, fl, start, end, indexConstant(fb, fl, step), ValueRange{},
              [&, step = step](OpBuilder &rb, Location rl, Value row,
                               ValueRange) {
                SmallVector<Value> dyRows, xRows;
                for (int64_t i = 0; i < step; ++i) {
                  Value at = i ? arith::AddIOp::create(rb, rl, row,
                                                       indexConstant(rb, rl, i))
                                     .getResult()
                               : row;
                  dyRows.push_back(rowView(rb, rl, spec.grad, at, length));
                  xRows.push_back(rowView(rb, rl, spec.input, at, length));
                }
                k.loop(rb, rl, {},
                       [&](OpBuilder &lb, Location ll, const Chunk &chunk,
                           ValueRange) -> SmallVector<Value> {
                         Value mean = k.read(lb, ll, meanBuffer, chunk);
                         Value dySum = k.read(lb, ll, dyAcc, chunk);
                         Value dyCenteredSum =
                             k.read(lb, ll, dyCenteredAcc, chunk);
                         for (auto [dyRow, xRow] : llvm::zip(dyRows, xRows)) {
                           Value dy = k.read(lb, ll, dyRow, chunk);
                           Value centered = arith::SubFOp::create(
                               lb, ll, k.read(lb, ll, xRow, chunk), mean);
                           dySum = arith::AddFOp::create(lb, ll, dySum, dy);
                           dyCenteredSum = vector::FMAOp::create(
                               lb, ll, dy, centered, dyCenteredSum);
                         }
                         k.write(lb, ll, dySum, dyAcc, chunk);
                         k.write(lb, ll, dyCenteredSum, dyCenteredAcc, chunk);
                         return {};
                       });
                scf::YieldOp::create(rb, rl);
              });
        }
        scf::InParallelOp::create(fb, fl);
      });
}

void BatchNormGradKernel::emitChannelSums(OpBuilder &b, Location loc) {
  meanDyBuffer = allocate(b, loc, channels);
  slopeBuffer = allocate(b, loc, channels);
  // M, the elements per channel: the rows, or the planes of a channel
  // times their length.
  Value count = spec.channelsLast
                    ? rows
                    : arith::MulIOp::create(b, loc, parts, length).getResult();
  count = indexToFloat(b, loc, count, computeType);
  Value zero = indexConstant(b, loc, 0);
  Value one = indexConstant(b, loc, 1);
  RowKernelBuilder k(channels, shape.lanes, shape.width, computeType);
  k.loop(b, loc, {},
         [&](OpBuilder &lb, Location ll, const Chunk &chunk,
             ValueRange) -> SmallVector<Value> {
           // Part p's C partial sums: row p of [P, C], or the planes of batch
           // entry p (planes p * C onwards).
           auto partOf = [&](OpBuilder &pb, Location pl, Value partials,
                             Value part) -> Value {
             if (spec.channelsLast)
               return rowView(pb, pl, partials, part, channels);
             return memref::SubViewOp::create(
                 pb, pl, partials,
                 ArrayRef<OpFoldResult>{
                     arith::MulIOp::create(pb, pl, part, channels).getResult()},
                 ArrayRef<OpFoldResult>{channels},
                 ArrayRef<OpFoldResult>{pb.getIndexAttr(1)});
           };
           Value zeros = k.zeroVector(lb, ll, chunk.lanes);
           auto sums = scf::ForOp::create(
               lb, ll, zero, parts, one, ValueRange{zeros, zeros},
               [&](OpBuilder &pb, Location pl, Value part, ValueRange iters) {
                 Value dy =
                     k.read(pb, pl, partOf(pb, pl, dyPartials, part), chunk);
                 Value dyCentered = k.read(
                     pb, pl, partOf(pb, pl, dyCenteredPartials, part), chunk);
                 scf::YieldOp::create(
                     pb, pl,
                     ValueRange{
                         arith::AddFOp::create(pb, pl, iters[0], dy),
                         arith::AddFOp::create(pb, pl, iters[1], dyCentered)});
               });
           Value dbias = sums.getResult(0);
           Value rstd = k.read(lb, ll, rstdBuffer, chunk);
           Value dscale =
               arith::MulFOp::create(lb, ll, rstd, sums.getResult(1));
           Value m = vector::BroadcastOp::create(
               lb, ll, k.computeVector(chunk.lanes), count);
           k.write(lb, ll, arith::DivFOp::create(lb, ll, dbias, m),
                   meanDyBuffer, chunk);
           k.write(lb, ll,
                   arith::MulFOp::create(
                       lb, ll, rstd, arith::DivFOp::create(lb, ll, dscale, m)),
                   slopeBuffer, chunk);
           if (spec.dscale)
             k.write(lb, ll, dscale, spec.dscale, chunk);
           if (spec.dbias)
             k.write(lb, ll, dbias, spec.dbias, chunk);
           return {};
         });
}

void BatchNormGradKernel::emitDx(OpBuilder &b, Location loc) {
  OutputPlan plan =
      planOutput(b, loc, spec.dx, rows, length, shape.streamingThreshold);
  RowKernelBuilder k(length, shape.lanes, shape.width, computeType);
  // mean, mean(dy), rstd * dscale / M and rstd * scale.
  SmallVector<Value, 4> buffers = {meanBuffer, meanDyBuffer, slopeBuffer,
                                   factorBuffer};
  forEachRow(b, loc, rows, plan, [&](OpBuilder &nb, Location nl, Value row) {
    Value dyRow = rowView(nb, nl, spec.grad, row, length);
    Value xRow = rowView(nb, nl, spec.input, row, length);
    Value dxRow = rowView(nb, nl, spec.dx, row, length);
    // A plane's channel values, broadcast once per row.
    SmallVector<Value, 4> broadcasts;
    if (!spec.channelsLast) {
      Value channel = arith::RemUIOp::create(nb, nl, row, channels);
      for (Value buffer : buffers)
        broadcasts.push_back(
            k.splat(nb, nl, memref::LoadOp::create(nb, nl, buffer, channel)));
    }
    outputRow(nb, nl, k, dxRow, plan,
              [&](OpBuilder &lb, Location ll, const Chunk &chunk, bool stream) {
                auto channelValue = [&](unsigned i) -> Value {
                  if (spec.channelsLast)
                    return k.read(lb, ll, buffers[i], chunk);
                  return k.fit(lb, ll, broadcasts[i], chunk);
                };
                Value centered = arith::SubFOp::create(
                    lb, ll, k.read(lb, ll, xRow, chunk), channelValue(0));
                Value inner = arith::SubFOp::create(
                    lb, ll, k.read(lb, ll, dyRow, chunk), channelValue(1));
                inner = arith::SubFOp::create(
                    lb, ll, inner,
                    arith::MulFOp::create(lb, ll, centered, channelValue(2)));
                Value dx =
                    arith::MulFOp::create(lb, ll, channelValue(3), inner);
                k.write(lb, ll, dx, dxRow, chunk, stream);
              });
  });
}

//===----------------------------------------------------------------------===//
// Pattern
//===----------------------------------------------------------------------===//

/// norm.batch_norm_grad with saved statistics through BatchNormGradKernel.
/// When every dim after the channel dim is 1, x collapses to (positions,
/// channels); otherwise to (planes, plane size), as the forward's kernel
/// collapses it.
struct BatchNormGradToCPU : OpRewritePattern<BatchNormGradOp> {
  BatchNormGradToCPU(MLIRContext *ctx, const KernelShape &shape)
      : OpRewritePattern<BatchNormGradOp>(ctx), shape(shape) {}

  LogicalResult matchAndRewrite(BatchNormGradOp op,
                                PatternRewriter &rewriter) const override {
    if (op.getKernelFamily() != KernelFamily::BatchNorm)
      return rewriter.notifyMatchFailure(op,
                                         "recomputed statistics or 1-D input");
    if (failed(checkSupported(rewriter, op)))
      return failure();
    int64_t channelAxis = op.getNormalizedChannelAxis();
    auto xType = cast<MemRefType>(op.getInput().getType());
    bool channelsLast =
        channelAxis >= 1 &&
        llvm::all_of(xType.getShape().drop_front(channelAxis + 1),
                     [](int64_t size) { return size == 1; });
    int64_t axis = channelsLast ? channelAxis : channelAxis + 1;

    Location loc = op.getLoc();
    BatchNormGradSpec spec;
    spec.opName = op->getName().getStringRef().str();
    spec.grad = op.getGrad();
    spec.input = op.getInput();
    spec.dx = op.getOuts()[0];
    spec.mean = op.getMean();
    spec.var = op.getVar();
    spec.scale = op.getScale();
    if (op.hasParameterGrads()) {
      spec.dscale = op.getOuts()[1];
      spec.dbias = op.getOuts()[2];
    }
    spec.channelsLast = channelsLast;
    spec.epsilon = op.getEpsilon().convertToDouble();

    // The sizes the verifier could not compare, before anything collapses.
    auto message = [&](StringRef what, StringRef against) {
      return spec.opName + ": " + what.str() + " does not match the " +
             against.str();
    };
    for (auto [full, what] :
         {std::pair<Value, StringRef>{spec.grad, "grad"}, {spec.dx, "dx"}})
      emitSameSizesCheck(rewriter, loc, spec.input, 0, full,
                         message(what, "input"));
    for (auto [param, what] : {std::pair<Value, StringRef>{spec.scale, "scale"},
                               {spec.mean, "mean"},
                               {spec.var, "var"},
                               {spec.dscale, "dscale"},
                               {spec.dbias, "dbias"}})
      if (param)
        emitSameSizesCheck(rewriter, loc, spec.input, {channelAxis}, param, {0},
                           message(what, "channel size"));

    // x of no elements (a static dim of 0): an empty dx and, where the
    // batch is empty, parameter gradients of 0. Views into a static empty
    // dim do not verify.
    if (llvm::is_contained(xType.getShape(), 0)) {
      for (Value grad : {spec.dscale, spec.dbias}) {
        if (!grad)
          continue;
        Type element = cast<MemRefType>(grad.getType()).getElementType();
        Value zero = arith::ConstantOp::create(
            rewriter, loc, rewriter.getFloatAttr(element, 0.0));
        linalg::FillOp::create(rewriter, loc, ValueRange{zero},
                               ValueRange{grad});
      }
      rewriter.eraseOp(op);
      return success();
    }

    SmallVector<KernelOperand> operands = {{&spec.grad, axis, false},
                                           {&spec.input, axis, false}};
    for (Value *param : {&spec.mean, &spec.var, &spec.scale})
      operands.push_back({param, 0, /*output=*/false});
    operands.push_back({&spec.dx, axis, /*output=*/true});
    for (Value *grad : {&spec.dscale, &spec.dbias})
      operands.push_back({grad, 0, /*output=*/true});
    StagedOperands staged = stageOperands(rewriter, loc, operands);
    LLVM_DEBUG(llvm::dbgs()
               << "[convert-norm-to-cpu] " << spec.opName << " "
               << (channelsLast ? "channels-last rows" : "planes") << " of "
               << cast<MemRefType>(spec.input.getType()).getDimSize(1)
               << " elements\n");
    BatchNormGradKernel(spec, shape).emit(rewriter, loc);
    unstageOperands(rewriter, loc, staged);
    rewriter.eraseOp(op);
    return success();
  }

  KernelShape shape;
};

} // namespace

void cpu::populateBatchNormGradToCPUPatterns(RewritePatternSet &patterns,
                                             const KernelShape &shape) {
  patterns.add<BatchNormGradToCPU>(patterns.getContext(), shape);
}
