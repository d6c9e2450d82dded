//===- BatchNorm.cpp - Inference BatchNorm kernel for the CPU -------------===//
//
// BatchNorm in inference form (and the output pass of the training form):
// per-channel factors computed once, then one streamed pass over x.
// Channels-last rows and NCHW planes shorter than a few KiB are grouped
// into longer kernel rows.
//
//===----------------------------------------------------------------------===//

#include "BatchNormKernels.h"
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
#include "norm/Dialect/Norm/IR/NormOps.h"
#include "llvm/Support/Debug.h"

#define DEBUG_TYPE "convert-norm-to-cpu"

using namespace mlir;
using namespace mlir::norm;
using namespace mlir::norm::cpu;

/// BatchNorm's channels-last rows shorter than this many bytes are grouped.
constexpr int64_t kGroupBytes = 4096;
/// The most NCHW planes one chunk of grouped planes may touch.
constexpr int64_t kMaxPlanesPerChunk = 3;

/// Emits the kernel for `spec` (operands already staged and collapsed):
/// per channel, mean, a = rsqrt(var + epsilon) * scale and bias in the
/// compute type, once, into small buffers; then one pass over x with
/// y = (x - mean) * a + bias (x - mean first, so x near the mean loses no
/// precision), written like the row norms' outputs.
void cpu::buildBatchNorm(OpBuilder &b, Location loc, const BatchNormSpec &spec,
                         const KernelShape &shape) {
  Type computeType = computeTypeOf(spec.input);
  Value rows = memref::DimOp::create(b, loc, spec.input, 0);
  Value length = memref::DimOp::create(b, loc, spec.input, 1);
  Value channels = memref::DimOp::create(b, loc, spec.mean, 0);

  // Channels-last rows shorter than kGroupBytes run `group` positions per
  // kernel row (x and y viewed as rows of group * C elements, the factor
  // buffers holding `group` copies), so that short rows do not each pay
  // for an alignment head, loop set-up and masked tail. Needs rows of x and
  // y that follow each other in memory; with a dynamic C (and identity
  // layouts), `group` is decided at run time.
  auto xType = cast<MemRefType>(spec.input.getType());
  auto yType = cast<MemRefType>(spec.y.getType());
  auto packedRows = [](MemRefType type) {
    SmallVector<int64_t> strides;
    int64_t offset;
    return succeeded(type.getStridesAndOffset(strides, offset)) &&
           !type.isDynamicDim(1) && type.getDimSize(1) > 0 &&
           strides[0] == type.getDimSize(1) && strides[1] == 1;
  };
  bool packed = packedRows(xType) && packedRows(yType);
  int64_t rowBytes =
      packed ? xType.getDimSize(1) * elementBytes(spec.input) : kGroupBytes;
  int64_t group = 1;
  if (spec.channelsLast && packed)
    group = std::max<int64_t>(1, kGroupBytes / rowBytes);
  else if (spec.channelsLast && xType.isDynamicDim(1) &&
           xType.getLayout().isIdentity() && yType.getLayout().isIdentity())
    group = ShapedType::kDynamic;
  // The group as an index: max(1, kGroupBytes / (C * bytes)).
  Value groupSize;
  if (ShapedType::isDynamic(group)) {
    groupSize = rowsFitting(b, loc, kGroupBytes, spec.input, length);
  } else if (group > 1) {
    groupSize = indexConstant(b, loc, group);
  }
  int64_t staticChannels = spec.staticChannels;
  if (group > 1)
    staticChannels = xType.getDimSize(1);
  // Likewise, where y streams, static NCHW planes under kGroupBytes / 2 run
  // `planes` planes per kernel row (so that each plane does not pay for an
  // alignment head), `planes` the largest divisor of a static C that fits:
  // as rows are N * C planes, kernel row r holds channels (r * planes) mod
  // C onwards. A chunk then selects each lane's values among the
  // broadcasts of the planes it touches (at most kMaxPlanesPerChunk).
  int64_t planeLength = xType.getDimSize(1);
  auto planesPerChunk = [&](int64_t lanes) {
    return 1 + llvm::divideCeil(lanes - 1, planeLength);
  };
  int64_t planes = 1;
  if (!spec.channelsLast && packed && !ShapedType::isDynamic(staticChannels) &&
      planesPerChunk(shape.lanes) <= kMaxPlanesPerChunk)
    for (int64_t n = std::min(staticChannels, kGroupBytes / rowBytes);
         n > 1 && planes == 1; --n)
      if (staticChannels % n == 0)
        planes = n;
  LLVM_DEBUG(llvm::dbgs() << "[convert-norm-to-cpu] batch_norm "
                          << (spec.channelsLast ? "channels-last" : "NCHW")
                          << " rows of " << xType.getDimSize(1) << " elements: "
                          << (ShapedType::isDynamic(group)
                                  ? std::string("a run-time number of")
                                  : std::to_string(group))
                          << " positions per kernel row, " << planes
                          << " planes per kernel row\n");
  auto channelType = MemRefType::get(
      {ShapedType::isDynamic(staticChannels) || ShapedType::isDynamic(group)
           ? ShapedType::kDynamic
           : staticChannels * group},
      computeType);
  SmallVector<Value> buffers;
  auto channelBuffer = [&]() {
    SmallVector<Value, 1> sizes;
    if (ShapedType::isDynamic(group))
      sizes.push_back(arith::MulIOp::create(b, loc, channels, groupSize));
    else if (channelType.isDynamicDim(0))
      sizes.push_back(channels);
    buffers.push_back(memref::AllocOp::create(
        b, loc, channelType, sizes, b.getI64IntegerAttr(kStreamAlignment)));
    return buffers.back();
  };
  Value meanBuffer = channelBuffer();
  Value factorBuffer = channelBuffer();
  Value biasBuffer = spec.bias || spec.meanLow ? channelBuffer() : Value();
  RowKernelBuilder perChannel(channels, shape.lanes, shape.width, computeType);
  perChannel.loop(
      b, loc, {},
      [&](OpBuilder &lb, Location ll, const Chunk &chunk,
          ValueRange) -> SmallVector<Value> {
        const RowKernelBuilder &k = perChannel;
        Value epsilon = k.splat(lb, ll, spec.epsilon, chunk);
        Value factor = math::RsqrtOp::create(
            lb, ll,
            arith::AddFOp::create(lb, ll, k.read(lb, ll, spec.var, chunk),
                                  epsilon));
        if (spec.scale)
          factor = arith::MulFOp::create(lb, ll, factor,
                                         k.read(lb, ll, spec.scale, chunk));
        Value mean = k.read(lb, ll, spec.mean, chunk);
        Value bias = spec.bias ? k.read(lb, ll, spec.bias, chunk) : Value();
        if (spec.meanLow) {
          // (x - mean - low) * a + bias = (x - mean) * a + (bias - low * a).
          Value low = arith::MulFOp::create(
              lb, ll, k.read(lb, ll, spec.meanLow, chunk), factor);
          bias = bias ? arith::SubFOp::create(lb, ll, bias, low).getResult()
                      : arith::NegFOp::create(lb, ll, low).getResult();
        }
        // Into each of the `group` copies.
        auto store = [&](OpBuilder &sb, Location sl, Value copy) {
          auto copyOf = [&](Value buffer) -> Value {
            if (!groupSize)
              return buffer;
            SmallVector<OpFoldResult> offsets = {copy};
            SmallVector<OpFoldResult> sizes = {
                ShapedType::isDynamic(group)
                    ? OpFoldResult(channels)
                    : OpFoldResult(sb.getIndexAttr(staticChannels))};
            SmallVector<OpFoldResult> strides = {sb.getIndexAttr(1)};
            return memref::SubViewOp::create(sb, sl, buffer, offsets, sizes,
                                             strides);
          };
          k.write(sb, sl, mean, copyOf(meanBuffer), chunk);
          k.write(sb, sl, factor, copyOf(factorBuffer), chunk);
          if (bias)
            k.write(sb, sl, bias, copyOf(biasBuffer), chunk);
        };
        if (!groupSize) {
          store(lb, ll, Value());
          return {};
        }
        Value step = ShapedType::isDynamic(group)
                         ? channels
                         : indexConstant(lb, ll, staticChannels);
        Value end = ShapedType::isDynamic(group)
                        ? arith::MulIOp::create(lb, ll, groupSize, channels)
                        : indexConstant(lb, ll, group * staticChannels);
        scf::ForOp::create(
            lb, ll, indexConstant(lb, ll, 0), end, step, ValueRange{},
            [&](OpBuilder &sb, Location sl, Value copy, ValueRange) {
              store(sb, sl, copy);
              scf::YieldOp::create(sb, sl);
            });
        return {};
      });

  // y = (x - mean) * a + bias over the `count` rows of `length` elements
  // of x and y (2-D), each row `planes` NCHW planes (1 for channels-last
  // rows).
  auto normalizeRows = [&](Value x, Value y, Value count, Value length,
                           int64_t planes, int64_t threshold) {
    OutputPlan plan = planOutput(b, loc, y, count, length, threshold);
    RowKernelBuilder k(length, shape.lanes, shape.width, computeType);
    forEachRow(b, loc, count, plan, [&](OpBuilder &nb, Location nl, Value row) {
      Value xRow = rowView(nb, nl, x, row, length);
      Value yRow = rowView(nb, nl, y, row, length);
      SmallVector<Value, 3> broadcasts;
      Value first;
      if (planes > 1) {
        first = arith::RemUIOp::create(
            nb, nl,
            arith::MulIOp::create(nb, nl, row, indexConstant(nb, nl, planes)),
            channels);
      } else if (!spec.channelsLast) {
        // A plane's channel values, broadcast once per row.
        Value channel = arith::RemUIOp::create(nb, nl, row, channels);
        for (Value buffer : buffers)
          broadcasts.push_back(
              k.splat(nb, nl, memref::LoadOp::create(nb, nl, buffer, channel)));
      }
      outputRow(
          nb, nl, k, yRow, plan,
          [&](OpBuilder &lb, Location ll, const Chunk &chunk, bool stream) {
            // In a row of several planes, the chunk starts in plane p and
            // is in plane p + j from lane q + (j - 1) * HW on, q = (p + 1) *
            // HW - offset, for the `spans` planes a chunk may touch.
            int64_t spans = 0;
            SmallVector<Value, 3> splits, channelsOf;
            if (planes > 1) {
              spans = planesPerChunk(chunk.lanes);
              Value size = indexConstant(lb, ll, planeLength);
              Value plane = arith::DivUIOp::create(lb, ll, chunk.offset, size);
              Value next = arith::SubIOp::create(
                  lb, ll,
                  arith::MulIOp::create(
                      lb, ll,
                      arith::AddIOp::create(lb, ll, plane,
                                            indexConstant(lb, ll, 1)),
                      size),
                  chunk.offset);
              for (int64_t j = 0; j < spans; ++j) {
                // Planes past the row's last have no lanes here.
                Value index = plane;
                if (j > 0)
                  index = arith::MinUIOp::create(
                      lb, ll,
                      arith::AddIOp::create(lb, ll, plane,
                                            indexConstant(lb, ll, j)),
                      indexConstant(lb, ll, planes - 1));
                channelsOf.push_back(
                    arith::AddIOp::create(lb, ll, first, index));
                if (j + 1 == spans)
                  break;
                splits.push_back(vector::CreateMaskOp::create(
                    lb, ll, VectorType::get({chunk.lanes}, lb.getI1Type()),
                    ValueRange{arith::AddIOp::create(
                        lb, ll, next,
                        indexConstant(lb, ll, j * planeLength))}));
              }
            }
            // Value `i` (mean, a, bias) as a chunk-wide vector: vectors of
            // a channels-last row's values (in cache), the plane's
            // broadcast value, or each lane's plane's value.
            auto channelValue = [&](unsigned i) -> Value {
              if (spec.channelsLast)
                return k.read(lb, ll, buffers[i], chunk);
              if (planes == 1)
                return k.fit(lb, ll, broadcasts[i], chunk);
              auto broadcast = [&](Value channel) -> Value {
                return vector::BroadcastOp::create(
                    lb, ll, k.computeVector(chunk.lanes),
                    memref::LoadOp::create(lb, ll, buffers[i], channel));
              };
              Value value = broadcast(channelsOf.back());
              for (int64_t j = spans - 2; j >= 0; --j)
                value = arith::SelectOp::create(
                    lb, ll, splits[j], broadcast(channelsOf[j]), value);
              return value;
            };
            Value centered = arith::SubFOp::create(
                lb, ll, k.read(lb, ll, xRow, chunk), channelValue(0));
            Value a = channelValue(1);
            Value v = biasBuffer
                          ? Value(vector::FMAOp::create(lb, ll, centered, a,
                                                        channelValue(2)))
                          : Value(arith::MulFOp::create(lb, ll, centered, a));
            k.write(lb, ll, v, yRow, chunk, stream);
          });
    });
  };

  // Rows of x and y (count x length) as rows of `n` rows each.
  auto regroup = [&](Value matrix, Value count, int64_t n, int64_t length) {
    SmallVector<OpFoldResult> offsets = {b.getIndexAttr(0), b.getIndexAttr(0)};
    SmallVector<OpFoldResult> sizes = {
        arith::MulIOp::create(b, loc, count, indexConstant(b, loc, n))
            .getResult(),
        b.getIndexAttr(length)};
    SmallVector<OpFoldResult> strides = {b.getIndexAttr(1), b.getIndexAttr(1)};
    Value head =
        memref::SubViewOp::create(b, loc, matrix, offsets, sizes, strides);
    Value expanded = memref::ExpandShapeOp::create(
        b, loc, ArrayRef<int64_t>{ShapedType::kDynamic, n, length}, head,
        ArrayRef<ReassociationIndices>{{0, 1}, {2}},
        ArrayRef<OpFoldResult>{count, b.getIndexAttr(n),
                               b.getIndexAttr(length)});
    return memref::CollapseShapeOp::create(
        b, loc, expanded, ArrayRef<ReassociationIndices>{{0}, {1, 2}});
  };
  if (planes > 1) {
    // Only where y streams: in cache, per-plane rows (no selects) are
    // faster. Rows are N * C planes: a whole number of kernel rows.
    auto [streams, streaming] =
        decideStreaming(b, loc, spec.y, rows, length, shape.streamingThreshold);
    auto emit = [&](bool stream) {
      if (!stream)
        return normalizeRows(spec.input, spec.y, rows, length, 1, -1);
      Value count =
          arith::DivUIOp::create(b, loc, rows, indexConstant(b, loc, planes));
      normalizeRows(regroup(spec.input, count, planes, planeLength),
                    regroup(spec.y, count, planes, planeLength), count,
                    indexConstant(b, loc, planes * planeLength), planes, 0);
    };
    if (streams)
      emit(*streams);
    else
      emitBranches(b, loc, streaming, emit);
  } else if (!groupSize) {
    normalizeRows(spec.input, spec.y, rows, length, 1,
                  shape.streamingThreshold);
  } else {
    // The whole groups of rows as rows of group * C, then the rest.
    Value groups = arith::DivUIOp::create(b, loc, rows, groupSize);
    Value grouped = arith::MulIOp::create(b, loc, groups, groupSize);
    if (ShapedType::isDynamic(group)) {
      // Identity layouts: a plain view of rows of group * C.
      Value groupLength = arith::MulIOp::create(b, loc, groupSize, length);
      auto view = [&](Value matrix) -> Value {
        auto type = cast<MemRefType>(matrix.getType());
        auto viewType = MemRefType::get(
            {ShapedType::kDynamic, ShapedType::kDynamic}, type.getElementType(),
            StridedLayoutAttr::get(b.getContext(), 0,
                                   {ShapedType::kDynamic, 1}));
        return memref::ReinterpretCastOp::create(
            b, loc, viewType, matrix, b.getIndexAttr(0),
            ArrayRef<OpFoldResult>{groups, groupLength},
            ArrayRef<OpFoldResult>{groupLength, b.getIndexAttr(1)});
      };
      normalizeRows(view(spec.input), view(spec.y), groups, groupLength, 1,
                    shape.streamingThreshold);
    } else {
      normalizeRows(regroup(spec.input, groups, group, staticChannels),
                    regroup(spec.y, groups, group, staticChannels), groups,
                    indexConstant(b, loc, group * staticChannels), 1,
                    shape.streamingThreshold);
    }
    auto rest = [&](Value matrix) {
      SmallVector<OpFoldResult> offsets = {grouped, b.getIndexAttr(0)};
      SmallVector<OpFoldResult> sizes = {
          arith::SubIOp::create(b, loc, rows, grouped).getResult(),
          ShapedType::isDynamic(group)
              ? OpFoldResult(length)
              : OpFoldResult(b.getIndexAttr(staticChannels))};
      SmallVector<OpFoldResult> strides = {b.getIndexAttr(1),
                                           b.getIndexAttr(1)};
      return memref::SubViewOp::create(b, loc, matrix, offsets, sizes, strides)
          .getResult();
    };
    normalizeRows(rest(spec.input), rest(spec.y),
                  arith::SubIOp::create(b, loc, rows, grouped), length, 1,
                  shape.streamingThreshold);
  }
  for (Value buffer : buffers)
    memref::DeallocOp::create(b, loc, buffer);
}

namespace {

/// BatchNorm in inference form through buildBatchNorm. When every dim
/// after the channel dim is 1 (NHWC, or NCHW with 1x1 planes), x collapses
/// to (positions, channels); otherwise to (planes, plane size).
struct BatchNormToCPU : OpRewritePattern<BatchNormOp> {
  BatchNormToCPU(MLIRContext *ctx, const KernelShape &shape)
      : OpRewritePattern<BatchNormOp>(ctx), shape(shape) {}
  LogicalResult matchAndRewrite(BatchNormOp op,
                                PatternRewriter &rewriter) const override {
    if (op.getKernelFamily() != KernelFamily::BatchNorm)
      return rewriter.notifyMatchFailure(op, "1-D input");
    int64_t channelAxis = op.getNormalizedChannelAxis();
    auto xType = cast<ShapedType>(op.getInput().getType());
    bool channelsLast =
        channelAxis >= 1 &&
        llvm::all_of(xType.getShape().drop_front(channelAxis + 1),
                     [](int64_t size) { return size == 1; });
    int64_t axis = channelsLast ? channelAxis : channelAxis + 1;
    if (failed(checkSupported(rewriter, op)))
      return failure();

    Location loc = op.getLoc();
    std::string name = op->getName().getStringRef().str();
    BatchNormSpec spec;
    spec.input = op.getInput();
    spec.y = op.getOuts()[0];
    spec.mean = op.getRunningMean();
    spec.var = op.getRunningVar();
    spec.scale = op.getScale();
    spec.bias = op.getBias();
    spec.channelsLast = channelsLast;
    spec.staticChannels = xType.getDimSize(channelAxis);
    if (ShapedType::isDynamic(spec.staticChannels))
      spec.staticChannels = cast<ShapedType>(spec.mean.getType()).getDimSize(0);
    spec.epsilon = op.getEpsilon().convertToDouble();
    checkSameSize(rewriter, loc, spec.input, spec.y,
                  name + ": y does not match the input");
    for (auto [param, what] :
         {std::pair<Value, StringRef>{spec.mean, "running_mean"},
          {spec.var, "running_var"},
          {spec.scale, "scale"},
          {spec.bias, "bias"}}) {
      if (!param || (!xType.isDynamicDim(channelAxis) &&
                     !cast<MemRefType>(param.getType()).isDynamicDim(0)))
        continue;
      Value same = arith::CmpIOp::create(
          rewriter, loc, arith::CmpIPredicate::eq,
          memref::DimOp::create(rewriter, loc, spec.input, channelAxis),
          memref::DimOp::create(rewriter, loc, param, 0));
      cf::AssertOp::create(
          rewriter, loc, same,
          (name + ": " + what + " does not match the channel size at run time")
              .str());
    }

    SmallVector<KernelOperand> operands = {{&spec.input, axis, false}};
    for (Value *param : {&spec.mean, &spec.var, &spec.scale, &spec.bias})
      operands.push_back({param, 0, /*output=*/false});
    operands.push_back({&spec.y, axis, /*output=*/true});
    BatchStatistics stats;
    if (op.getTraining()) {
      // Batch statistics of no elements are an error, as in the linalg
      // lowering.
      int64_t staticReduced = 1;
      Value reduced = indexConstant(rewriter, loc, 1);
      for (int64_t dim = 0; dim < xType.getRank(); ++dim) {
        if (dim == channelAxis)
          continue;
        if (!xType.isDynamicDim(dim))
          staticReduced *= xType.getDimSize(dim);
        reduced = arith::MulIOp::create(
            rewriter, loc, reduced,
            memref::DimOp::create(rewriter, loc, spec.input, dim));
      }
      if (!xType.hasStaticShape() || staticReduced == 0)
        cf::AssertOp::create(
            rewriter, loc,
            arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::ne,
                                  reduced, indexConstant(rewriter, loc, 0)),
            name + ": the reduced size N is 0 at run time");
      ValueRange outs = op.getOuts();
      stats = {outs[1], outs[2], outs[3], outs[4],
               op.getMomentum().convertToDouble()};
      for (auto [stat, what] :
           {std::pair<Value *, StringRef>{&stats.batchMean, "batch_mean"},
            {&stats.batchVar, "batch_var"},
            {&stats.runningMean, "new running_mean"},
            {&stats.runningVar, "new running_var"}}) {
        checkSameSize(
            rewriter, loc, spec.mean, *stat,
            (name + ": " + what + " does not match the channel size").str());
        operands.push_back({stat, 0, /*output=*/true});
      }
    }
    // x of no elements (a static dim of 0) leaves nothing to compute once
    // the checks above have run (training statistics of no elements fail
    // the reduced-size check); views into a static empty dim do not verify.
    if (llvm::is_contained(xType.getShape(), 0)) {
      rewriter.eraseOp(op);
      return success();
    }
    StagedOperands staged = stageOperands(rewriter, loc, operands);
    if (op.getTraining())
      buildBatchNormTraining(rewriter, loc, spec, stats, shape);
    else
      buildBatchNorm(rewriter, loc, spec, shape);
    unstageOperands(rewriter, loc, staged);
    rewriter.eraseOp(op);
    return success();
  }
  KernelShape shape;
};

} // namespace

void cpu::populateBatchNormToCPUPatterns(RewritePatternSet &patterns,
                                         const KernelShape &shape) {
  patterns.add<BatchNormToCPU>(patterns.getContext(), shape);
}
