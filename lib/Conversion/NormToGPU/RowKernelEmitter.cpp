//===- NormToGPU.cpp - Row-wise norm kernels for NVIDIA GPUs --------------===//
//
// Lowers LayerNorm, RMSNorm and the fused residual ops on memrefs to
// gpu.launch kernels:
//
// - Short rows take one warp each, several rows per thread block; long rows
//   take a whole block. Every thread handles the chunks tid, tid + T, ... of
//   its row, a chunk being one vector load (16 bytes: 4 x f32, 8 x bf16).
// - When a thread's share of the row fits in registers (a static row length
//   and at most `maxRegisterValues` values), the row is loaded once, the
//   statistics come from the registers and the output is written from them.
//   Otherwise the row is streamed: read again (from L2) for each pass.
// - Sums are f32: per-thread vector accumulators, warp butterfly shuffles,
//   then one shared-memory exchange between the warps of a block.
// - LayerNorm's statistics are the corrected two-pass ones (Chan, Golub and
//   LeVeque): with m the first pass's mean and d = x - m (exact for x near
//   m), c = sum(d) / N corrects m's rounding error, var = sum(d^2) / N - c^2,
//   and y = ((x - m) - c) * rstd never forms m + c (which f32 cannot hold
//   for a mean far from zero: x = 1e4 + N(0, 1) would be off by 5e-4).
// - Indices are `index` (64-bit on NVVM), so tensors of more than 2^31
//   elements are addressed correctly.
//
// The host chooses between the vector kernel and an element-wise one at run
// time: vector loads need 16-byte aligned rows.
//
//===----------------------------------------------------------------------===//

#include "norm/Conversion/NormToGPU/NormToGPU.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/WalkPatternRewriteDriver.h"
#include "norm/Conversion/Passes.h"
#include "norm/Conversion/Utils/RowViews.h"
#include "norm/Conversion/Utils/RuntimeChecks.h"
#include "norm/Dialect/Norm/IR/NormOps.h"
#include "llvm/ADT/bit.h"
#include "llvm/Support/MathExtras.h"

namespace mlir::norm {
#define GEN_PASS_DEF_CONVERTNORMTOGPU
#define GEN_PASS_DEF_NORMGPUDEVICEMEMORY
#define GEN_PASS_DEF_NORMGPUREGISTERBUDGET
#include "norm/Conversion/Passes.h.inc"
} // namespace mlir::norm

using namespace mlir;
using namespace mlir::norm;

namespace {

constexpr int64_t kWarpSize = 32;
constexpr int64_t kMaxThreads = 1024;

/// What a row-wise norm op asks of the kernel; memrefs are collapsed to 2-D
/// (rows, N) and the parameters to 1-D.
struct RowNormSpec : RowNormOperands {
  RowNormSpec() = default;
  explicit RowNormSpec(const RowNormOperands &operands)
      : RowNormOperands(operands) {}

  SmallVector<Value> matrices() const {
    SmallVector<Value> all;
    for (Value v : {input, residual, y, h})
      if (v)
        all.push_back(v);
    return all;
  }
  SmallVector<Value> vectors() const {
    SmallVector<Value> all;
    for (Value v : {addBias, scale, bias})
      if (v)
        all.push_back(v);
    return all;
  }
};

/// How one kernel maps a row onto threads.
struct KernelShape {
  /// Elements per load and store.
  int64_t lanes = 1;
  /// One warp per row and `rowsPerBlock` rows per block; else one block.
  bool warpPerRow = false;
  int64_t rowsPerBlock = 1;
  /// Threads per row; 0 when chosen at run time.
  int64_t threads = 0;
  /// Chunks per thread kept in registers; 0 when the row is streamed.
  int64_t perThread = 0;
  /// Chunks per thread the block size aims at, and the most threads of a
  /// block (run-time row lengths).
  int64_t chunksPerThread = 4;
  int64_t maxThreads = kMaxThreads;
};

KernelShape chooseShape(std::optional<int64_t> length, int64_t lanes,
                        const NormToGPUOptions &options) {
  KernelShape shape;
  shape.lanes = lanes;
  shape.chunksPerThread = std::max<int64_t>(1, options.chunksPerThread);
  shape.maxThreads = std::clamp<int64_t>(
      static_cast<int64_t>(llvm::bit_floor(static_cast<uint64_t>(
          std::max<int64_t>(1, options.maxBlockThreads)))),
      64, kMaxThreads);
  if (!length)
    return shape;
  int64_t chunks = llvm::divideCeil(*length, lanes);
  int64_t maxPerThread =
      std::max<int64_t>(1, options.maxRegisterValues / lanes);
  int64_t warpPerThread = std::min<int64_t>(maxPerThread, 8);
  if (chunks <= kWarpSize * warpPerThread) {
    shape.warpPerRow = true;
    shape.rowsPerBlock = std::max<int64_t>(1, options.warpRowsPerBlock);
    shape.threads = kWarpSize;
    shape.perThread = llvm::divideCeil(chunks, kWarpSize);
    return shape;
  }
  shape.threads = std::clamp<int64_t>(
      llvm::PowerOf2Ceil(llvm::divideCeil(chunks, shape.chunksPerThread)), 64,
      shape.maxThreads);
  int64_t perThread = llvm::divideCeil(chunks, shape.threads);
  shape.perThread = perThread <= maxPerThread ? perThread : 0;
  return shape;
}

Value indexConstant(OpBuilder &b, Location loc, int64_t value) {
  return arith::ConstantIndexOp::create(b, loc, value);
}

unsigned elementBytes(Value memref) {
  return cast<MemRefType>(memref.getType()).getElementTypeBitWidth() / 8;
}

/// Emits the body of one kernel.
class RowKernelEmitter {
public:
  RowKernelEmitter(const RowNormSpec &spec, const KernelShape &shape,
                   Value rows, Value length, Value chunks,
                   std::optional<int64_t> staticChunks)
      : spec(spec), shape(shape), rows(rows), length(length), chunks(chunks),
        staticChunks(staticChunks) {}

  /// Creates the gpu.launch at the builder's insertion point.
  void emit(OpBuilder &b, Location loc) {
    Value one = indexConstant(b, loc, 1);
    Value grid, blockX, blockY = one;
    if (shape.warpPerRow) {
      Value perBlock = indexConstant(b, loc, shape.rowsPerBlock);
      grid = arith::CeilDivUIOp::create(b, loc, rows, perBlock);
      blockX = indexConstant(b, loc, kWarpSize);
      blockY = perBlock;
    } else {
      grid = rows;
      blockX = shape.threads ? indexConstant(b, loc, shape.threads)
                             : runtimeThreads(b, loc);
    }
    SmallVector<Type> workgroup;
    if (!shape.warpPerRow)
      workgroup.push_back(
          MemRefType::get({(spec.layerNorm ? 3 : 1) * kWarpSize},
                          b.getF32Type(), MemRefLayoutAttrInterface(),
                          gpu::AddressSpaceAttr::get(
                              b.getContext(), gpu::AddressSpace::Workgroup)));
    auto launch = gpu::LaunchOp::create(
        b, loc, grid, one, one, blockX, blockY, one,
        /*dynamicSharedMemorySize=*/{}, /*asyncTokenType=*/{},
        /*asyncDependencies=*/{}, workgroup, /*privateAttributions=*/{},
        /*clusterSizeX=*/{}, /*clusterSizeY=*/{}, /*clusterSizeZ=*/{},
        /*module=*/{}, FlatSymbolRefAttr::get(b.getContext(), kernelName()));
    OpBuilder kb = OpBuilder::atBlockBegin(&launch.getBody().front());
    tid = launch.getThreadIds().x;
    if (!shape.warpPerRow) {
      shared = launch.getWorkgroupAttributions().front();
      threads = launch.getBlockSize().x;
      row = launch.getBlockIds().x;
      emitRow(kb, loc);
    } else {
      threads = indexConstant(kb, loc, kWarpSize);
      row = arith::AddIOp::create(
          kb, loc,
          arith::MulIOp::create(kb, loc, launch.getBlockIds().x,
                                indexConstant(kb, loc, shape.rowsPerBlock)),
          launch.getThreadIds().y);
      // Whole warps drop out together; a warp's row needs no barrier.
      Value inside =
          arith::CmpIOp::create(kb, loc, arith::CmpIPredicate::ult, row, rows);
      scf::IfOp::create(kb, loc, inside, [&](OpBuilder &tb, Location tl) {
        emitRow(tb, tl);
        scf::YieldOp::create(tb, tl);
      });
    }
    gpu::TerminatorOp::create(kb, loc);
  }

private:
  /// A name that says what the kernel does, e.g.
  /// norm_add_rms_norm_bf16_v8_block (profilers show it).
  std::string kernelName() const {
    std::string name = "norm_";
    if (spec.residual)
      name += "add_";
    name += spec.layerNorm ? "layer_norm_" : "rms_norm_";
    llvm::raw_string_ostream os(name);
    os << cast<MemRefType>(spec.input.getType()).getElementType();
    os << (shape.lanes > 1 ? "_v" + std::to_string(shape.lanes) : "_scalar");
    os << (shape.warpPerRow ? "_warp" : shape.perThread ? "_block" : "_stream");
    return name;
  }

  /// Threads for a row whose length is known only at run time: about
  /// `chunksPerThread` chunks each, a multiple of the warp size, at most
  /// `maxThreads`.
  Value runtimeThreads(OpBuilder &b, Location loc) const {
    Value warp = indexConstant(b, loc, kWarpSize);
    Value wanted = arith::CeilDivUIOp::create(
        b, loc, chunks, indexConstant(b, loc, shape.chunksPerThread));
    Value warps = arith::CeilDivUIOp::create(b, loc, wanted, warp);
    Value count = arith::MulIOp::create(b, loc, warps, warp);
    return arith::MinUIOp::create(b, loc, count,
                                  indexConstant(b, loc, shape.maxThreads));
  }

  VectorType computeVector(OpBuilder &b) const {
    return VectorType::get({shape.lanes}, b.getF32Type());
  }
  Value splat(OpBuilder &b, Location loc, Value scalar) const {
    return vector::BroadcastOp::create(b, loc, computeVector(b), scalar);
  }
  Value splatConstant(OpBuilder &b, Location loc, double value) const {
    return arith::ConstantOp::create(
        b, loc,
        DenseElementsAttr::get(computeVector(b), b.getF32FloatAttr(value)));
  }
  Value f32(OpBuilder &b, Location loc, double value) const {
    return arith::ConstantOp::create(b, loc, b.getF32FloatAttr(value));
  }

  /// The indices of a chunk in a row-major matrix (rows x N) or vector (N).
  SmallVector<Value> indices(OpBuilder &b, Location loc, Value memref,
                             Value chunk) const {
    Value column = arith::MulIOp::create(b, loc, chunk,
                                         indexConstant(b, loc, shape.lanes));
    if (cast<MemRefType>(memref.getType()).getRank() == 2)
      return {row, column};
    return {column};
  }

  /// Loads a chunk, widened to f32.
  Value load(OpBuilder &b, Location loc, Value memref, Value chunk) const {
    auto type = cast<MemRefType>(memref.getType());
    Type element = type.getElementType();
    SmallVector<Value> at = indices(b, loc, memref, chunk);
    Value value;
    if (shape.lanes == 1) {
      value = memref::LoadOp::create(b, loc, memref, at);
      value = vector::BroadcastOp::create(b, loc, VectorType::get({1}, element),
                                          value);
    } else {
      value = vector::LoadOp::create(
          b, loc, VectorType::get({shape.lanes}, element), memref, at,
          /*nontemporal=*/false,
          llvm::MaybeAlign(shape.lanes * elementBytes(memref)));
    }
    if (element.isF32())
      return value;
    return arith::ExtFOp::create(b, loc, computeVector(b), value);
  }

  /// Stores an f32 chunk, rounded to the memref's element type.
  void store(OpBuilder &b, Location loc, Value value, Value memref,
             Value chunk) const {
    auto type = cast<MemRefType>(memref.getType());
    Type element = type.getElementType();
    if (!element.isF32())
      value = arith::TruncFOp::create(
          b, loc, VectorType::get({shape.lanes}, element), value);
    SmallVector<Value> at = indices(b, loc, memref, chunk);
    if (shape.lanes == 1) {
      Value scalar =
          vector::ExtractOp::create(b, loc, value, ArrayRef<int64_t>{0});
      memref::StoreOp::create(b, loc, scalar, memref, at);
      return;
    }
    vector::StoreOp::create(
        b, loc, value, memref, at, /*nontemporal=*/false,
        llvm::MaybeAlign(shape.lanes * elementBytes(memref)));
  }

  /// The values of a chunk to normalize: x, or h = alpha * r + x (+ bias),
  /// stored to h and rounded as stored.
  Value source(OpBuilder &b, Location loc, Value chunk) const {
    Value x = load(b, loc, spec.input, chunk);
    if (!spec.residual)
      return x;
    Value sum = load(b, loc, spec.residual, chunk);
    if (spec.alpha != 1.0)
      sum =
          arith::MulFOp::create(b, loc, sum, splatConstant(b, loc, spec.alpha));
    sum = arith::AddFOp::create(b, loc, sum, x);
    if (spec.addBias)
      sum =
          arith::AddFOp::create(b, loc, sum, load(b, loc, spec.addBias, chunk));
    store(b, loc, sum, spec.h, chunk);
    Type element = cast<MemRefType>(spec.h.getType()).getElementType();
    if (element.isF32())
      return sum;
    VectorType stored = VectorType::get({shape.lanes}, element);
    Value rounded = arith::TruncFOp::create(b, loc, stored, sum);
    return arith::ExtFOp::create(b, loc, computeVector(b), rounded);
  }

  /// The values of a chunk read again from memory (streamed rows).
  Value reread(OpBuilder &b, Location loc, Value chunk) const {
    return load(b, loc, spec.residual ? spec.h : spec.input, chunk);
  }

  /// Normalizes a chunk and stores it to y: (value - mean) * rstd + center
  /// for LayerNorm (center = -c * rstd, see the top of the file), value *
  /// rstd for RMSNorm (null mean and center).
  void output(OpBuilder &b, Location loc, Value chunk, Value value, Value mean,
              Value rstd, Value center) const {
    if (mean)
      value = arith::SubFOp::create(b, loc, value, mean);
    value = arith::MulFOp::create(b, loc, value, rstd);
    if (center)
      value = arith::AddFOp::create(b, loc, value, center);
    if (spec.scale) {
      Value gamma = load(b, loc, spec.scale, chunk);
      if (spec.offset != 0.0)
        gamma = arith::AddFOp::create(b, loc, gamma,
                                      splatConstant(b, loc, spec.offset));
      value = arith::MulFOp::create(b, loc, value, gamma);
    }
    if (spec.bias)
      value =
          arith::AddFOp::create(b, loc, value, load(b, loc, spec.bias, chunk));
    store(b, loc, value, spec.y, chunk);
  }

  Value reduceLanes(OpBuilder &b, Location loc, Value vector) const {
    return vector::ReductionOp::create(b, loc, vector::CombiningKind::ADD,
                                       vector);
  }

  /// The sum of `value` over the threads of the row: butterfly shuffles in
  /// the warp, then (block per row) one exchange through shared memory;
  /// `slot` keeps successive reductions apart so none needs a second
  /// barrier.
  Value rowSum(OpBuilder &b, Location loc, Value value, int64_t slot) const {
    for (int32_t offset = kWarpSize / 2; offset > 0; offset /= 2) {
      auto shuffle = gpu::ShuffleOp::create(b, loc, value, offset, kWarpSize,
                                            gpu::ShuffleMode::XOR);
      value = arith::AddFOp::create(b, loc, value, shuffle.getShuffleResult());
    }
    if (shape.warpPerRow)
      return value;
    Value warp = indexConstant(b, loc, kWarpSize);
    Value base = indexConstant(b, loc, slot * kWarpSize);
    Value lane = arith::RemUIOp::create(b, loc, tid, warp);
    Value warpId = arith::DivUIOp::create(b, loc, tid, warp);
    Value leader = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, lane,
                                         indexConstant(b, loc, 0));
    scf::IfOp::create(b, loc, leader, [&](OpBuilder &tb, Location tl) {
      memref::StoreOp::create(
          tb, tl, value, shared,
          ValueRange{arith::AddIOp::create(tb, tl, base, warpId)});
      scf::YieldOp::create(tb, tl);
    });
    gpu::BarrierOp::create(b, loc);
    Value warps = arith::DivUIOp::create(b, loc, threads, warp);
    auto loop = scf::ForOp::create(
        b, loc, indexConstant(b, loc, 0), warps, indexConstant(b, loc, 1),
        ValueRange{f32(b, loc, 0.0)},
        [&](OpBuilder &lb, Location ll, Value w, ValueRange acc) {
          Value part = memref::LoadOp::create(
              lb, ll, shared,
              ValueRange{arith::AddIOp::create(lb, ll, base, w)});
          scf::YieldOp::create(
              lb, ll, ValueRange{arith::AddFOp::create(lb, ll, acc[0], part)});
        });
    return loop.getResult(0);
  }

  /// rstd = 1 / sqrt(meanSquare + epsilon), correctly rounded square root
  /// (sqrt.rn.f32) and division (div.rn.f32), once per row. math.rsqrt and
  /// llvm.intr.sqrt would become libdevice calls, which only link where the
  /// CUDA toolkit is found when the kernels are compiled.
  Value rstdOf(OpBuilder &b, Location loc, Value meanSquare) const {
    Value shifted =
        arith::AddFOp::create(b, loc, meanSquare, f32(b, loc, spec.epsilon));
    Value root =
        LLVM::CallIntrinsicOp::create(b, loc, b.getF32Type(),
                                      b.getStringAttr("llvm.nvvm.sqrt.rn.f"),
                                      ValueRange{shifted})
            .getResult(0);
    return arith::DivFOp::create(b, loc, f32(b, loc, 1.0), root);
  }

  void emitRow(OpBuilder &b, Location loc) {
    Value count = arith::UIToFPOp::create(
        b, loc, b.getF32Type(),
        arith::IndexCastUIOp::create(b, loc, b.getI64Type(), length));
    if (shape.perThread > 0)
      emitRegisterRow(b, loc, count);
    else
      emitStreamedRow(b, loc, count);
  }

  /// Chunk k of this thread, and whether it is inside the row (null when
  /// it always is).
  std::pair<Value, Value> chunkOf(OpBuilder &b, Location loc, int64_t k) const {
    Value chunk = arith::AddIOp::create(
        b, loc, tid, indexConstant(b, loc, k * shape.threads));
    if ((k + 1) * shape.threads <= *staticChunks)
      return {chunk, Value()};
    Value inside =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult, chunk, chunks);
    return {chunk, inside};
  }

  void emitRegisterRow(OpBuilder &b, Location loc, Value count) {
    SmallVector<Value> values, inside, chunkIds;
    for (int64_t k = 0; k < shape.perThread; ++k) {
      Value chunk, valid;
      std::tie(chunk, valid) = chunkOf(b, loc, k);
      chunkIds.push_back(chunk);
      inside.push_back(valid);
      if (!valid) {
        values.push_back(source(b, loc, chunk));
        continue;
      }
      auto guarded = scf::IfOp::create(
          b, loc, valid,
          [&](OpBuilder &tb, Location tl) {
            scf::YieldOp::create(tb, tl, source(tb, tl, chunk));
          },
          [&](OpBuilder &eb, Location el) {
            scf::YieldOp::create(eb, el, splatConstant(eb, el, 0.0));
          });
      values.push_back(guarded.getResult(0));
    }

    auto sumOver = [&](function_ref<Value(Value)> term, bool masked) {
      Value acc;
      for (auto [value, valid] : llvm::zip(values, inside)) {
        Value t = term(value);
        if (masked && valid)
          t = arith::SelectOp::create(b, loc, valid, t,
                                      splatConstant(b, loc, 0.0));
        acc = acc ? arith::AddFOp::create(b, loc, acc, t).getResult() : t;
      }
      return reduceLanes(b, loc, acc);
    };

    Value meanv, rstd, centerv;
    if (spec.layerNorm) {
      Value sum = rowSum(b, loc, sumOver([](Value v) { return v; }, false), 0);
      Value mean = arith::DivFOp::create(b, loc, sum, count);
      meanv = splat(b, loc, mean);
      auto deviation = [&](Value v) {
        return arith::SubFOp::create(b, loc, v, meanv).getResult();
      };
      Value deviations = sumOver(deviation, true);
      Value squares = sumOver(
          [&](Value v) {
            Value d = deviation(v);
            return arith::MulFOp::create(b, loc, d, d).getResult();
          },
          true);
      std::tie(rstd, centerv) =
          correctedStatistics(b, loc, count, rowSum(b, loc, deviations, 1),
                              rowSum(b, loc, squares, 2));
    } else {
      Value squares = sumOver(
          [&](Value v) {
            return arith::MulFOp::create(b, loc, v, v).getResult();
          },
          false);
      Value meanSquare =
          arith::DivFOp::create(b, loc, rowSum(b, loc, squares, 0), count);
      rstd = rstdOf(b, loc, meanSquare);
    }
    Value rstdv = splat(b, loc, rstd);
    for (auto [chunkRef, valueRef, validRef] :
         llvm::zip(chunkIds, values, inside)) {
      Value chunk = chunkRef, value = valueRef, valid = validRef;
      if (!valid) {
        output(b, loc, chunk, value, meanv, rstdv, centerv);
        continue;
      }
      scf::IfOp::create(b, loc, valid, [&](OpBuilder &tb, Location tl) {
        output(tb, tl, chunk, value, meanv, rstdv, centerv);
        scf::YieldOp::create(tb, tl);
      });
    }
  }

  /// A loop over this thread's chunks with one vector accumulator.
  Value streamSum(OpBuilder &b, Location loc,
                  function_ref<Value(OpBuilder &, Location, Value)> term) {
    auto loop = scf::ForOp::create(
        b, loc, tid, chunks, threads, ValueRange{splatConstant(b, loc, 0.0)},
        [&](OpBuilder &lb, Location ll, Value chunk, ValueRange acc) {
          Value sum =
              arith::AddFOp::create(lb, ll, acc[0], term(lb, ll, chunk));
          scf::YieldOp::create(lb, ll, sum);
        });
    return reduceLanes(b, loc, loop.getResult(0));
  }

  /// LayerNorm's rstd and center (-c * rstd, splat) from the sums of the
  /// deviations d = x - m and of their squares.
  std::pair<Value, Value> correctedStatistics(OpBuilder &b, Location loc,
                                              Value count, Value deviations,
                                              Value squares) const {
    Value c = arith::DivFOp::create(b, loc, deviations, count);
    Value var = arith::SubFOp::create(
        b, loc, arith::DivFOp::create(b, loc, squares, count),
        arith::MulFOp::create(b, loc, c, c));
    // Rounding can leave a (tiny) negative variance for a constant row.
    var = arith::MaximumFOp::create(b, loc, var, f32(b, loc, 0.0));
    Value rstd = rstdOf(b, loc, var);
    Value center =
        arith::NegFOp::create(b, loc, arith::MulFOp::create(b, loc, c, rstd));
    return {rstd, splat(b, loc, center)};
  }

  void emitStreamedRow(OpBuilder &b, Location loc, Value count) {
    Value meanv, rstd, centerv;
    if (spec.layerNorm) {
      Value sum = streamSum(b, loc, [&](OpBuilder &lb, Location ll, Value c) {
        return source(lb, ll, c);
      });
      Value mean = arith::DivFOp::create(b, loc, rowSum(b, loc, sum, 0), count);
      meanv = splat(b, loc, mean);
      // One pass over the row for both sums: a two-lane accumulator would
      // need no more loads, but two loops would read the row twice.
      auto loop = scf::ForOp::create(
          b, loc, tid, chunks, threads,
          ValueRange{splatConstant(b, loc, 0.0), splatConstant(b, loc, 0.0)},
          [&](OpBuilder &lb, Location ll, Value chunk, ValueRange acc) {
            Value d =
                arith::SubFOp::create(lb, ll, reread(lb, ll, chunk), meanv);
            Value sum = arith::AddFOp::create(lb, ll, acc[0], d);
            Value square = arith::AddFOp::create(
                lb, ll, acc[1], arith::MulFOp::create(lb, ll, d, d));
            scf::YieldOp::create(lb, ll, ValueRange{sum, square});
          });
      std::tie(rstd, centerv) = correctedStatistics(
          b, loc, count,
          rowSum(b, loc, reduceLanes(b, loc, loop.getResult(0)), 1),
          rowSum(b, loc, reduceLanes(b, loc, loop.getResult(1)), 2));
    } else {
      Value squares =
          streamSum(b, loc, [&](OpBuilder &lb, Location ll, Value c) {
            Value v = source(lb, ll, c);
            return arith::MulFOp::create(lb, ll, v, v).getResult();
          });
      Value meanSquare =
          arith::DivFOp::create(b, loc, rowSum(b, loc, squares, 0), count);
      rstd = rstdOf(b, loc, meanSquare);
    }
    Value rstdv = splat(b, loc, rstd);
    scf::ForOp::create(
        b, loc, tid, chunks, threads, ValueRange{},
        [&](OpBuilder &lb, Location ll, Value chunk, ValueRange) {
          output(lb, ll, chunk, reread(lb, ll, chunk), meanv, rstdv, centerv);
          scf::YieldOp::create(lb, ll);
        });
  }

  const RowNormSpec &spec;
  KernelShape shape;
  Value rows, length, chunks;
  std::optional<int64_t> staticChunks;
  // Inside the launch.
  Value tid, threads, row, shared;
};

bool hasUnitInnerStride(Value memref) {
  auto type = cast<MemRefType>(memref.getType());
  SmallVector<int64_t> strides;
  int64_t offset;
  if (failed(type.getStridesAndOffset(strides, offset)))
    return false;
  return strides.back() == 1;
}

/// Whether the memref's start (and, for matrices, every row) is aligned to
/// `bytes`: a run-time i1.
Value isAligned(OpBuilder &b, Location loc, Value memref, int64_t bytes) {
  auto metadata = memref::ExtractStridedMetadataOp::create(b, loc, memref);
  Value pointer =
      memref::ExtractAlignedPointerAsIndexOp::create(b, loc, memref);
  Value elementSize = indexConstant(b, loc, elementBytes(memref));
  Value start = arith::AddIOp::create(
      b, loc, pointer,
      arith::MulIOp::create(b, loc, metadata.getOffset(), elementSize));
  Value zero = indexConstant(b, loc, 0);
  Value modulus = indexConstant(b, loc, bytes);
  auto divides = [&](Value value) {
    return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                                 arith::RemUIOp::create(b, loc, value, modulus),
                                 zero)
        .getResult();
  };
  Value aligned = divides(start);
  if (cast<MemRefType>(memref.getType()).getRank() == 2) {
    Value rowBytes =
        arith::MulIOp::create(b, loc, metadata.getStrides()[0], elementSize);
    aligned = arith::AndIOp::create(b, loc, aligned, divides(rowBytes));
  }
  return aligned;
}

/// Lowers one op described by `spec` at the builder's insertion point.
void buildRowNormKernels(OpBuilder &b, Location loc, const RowNormSpec &spec,
                         const NormToGPUOptions &options) {
  auto inputType = cast<MemRefType>(spec.input.getType());
  Value rows = memref::DimOp::create(b, loc, spec.input, 0);
  Value length = memref::DimOp::create(b, loc, spec.input, 1);
  std::optional<int64_t> staticLength;
  if (!inputType.isDynamicDim(1))
    staticLength = inputType.getDimSize(1);

  SmallVector<Value> operands = spec.matrices();
  llvm::append_range(operands, spec.vectors());
  unsigned widest = 0;
  bool unitStrides = true;
  for (Value memref : operands) {
    widest = std::max(widest, elementBytes(memref));
    unitStrides &= hasUnitInnerStride(memref);
  }
  int64_t lanes = widest ? options.vectorBytes / widest : 0;
  bool vectorize =
      lanes > 1 && unitStrides && (!staticLength || *staticLength % lanes == 0);

  auto launch = [&](OpBuilder &lb, Location ll, int64_t kernelLanes) {
    KernelShape shape = chooseShape(staticLength, kernelLanes, options);
    Value chunks = arith::CeilDivUIOp::create(
        lb, ll, length, indexConstant(lb, ll, kernelLanes));
    std::optional<int64_t> staticChunks;
    if (staticLength)
      staticChunks = llvm::divideCeil(*staticLength, kernelLanes);
    RowKernelEmitter(spec, shape, rows, length, chunks, staticChunks)
        .emit(lb, ll);
  };

  Value zero = indexConstant(b, loc, 0);
  Value work = arith::AndIOp::create(
      b, loc,
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, rows, zero),
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, length, zero));
  scf::IfOp::create(b, loc, work, [&](OpBuilder &tb, Location tl) {
    if (!vectorize) {
      launch(tb, tl, 1);
      scf::YieldOp::create(tb, tl);
      return;
    }
    Value fits = arith::ConstantIntOp::create(tb, tl, 1, 1);
    if (!staticLength)
      fits = arith::CmpIOp::create(
          tb, tl, arith::CmpIPredicate::eq,
          arith::RemUIOp::create(tb, tl, length, indexConstant(tb, tl, lanes)),
          indexConstant(tb, tl, 0));
    for (Value memref : operands)
      fits = arith::AndIOp::create(
          tb, tl, fits,
          isAligned(tb, tl, memref, lanes * elementBytes(memref)));
    scf::IfOp::create(
        tb, tl, fits,
        [&](OpBuilder &vb, Location vl) {
          launch(vb, vl, lanes);
          scf::YieldOp::create(vb, vl);
        },
        [&](OpBuilder &sb, Location sl) {
          launch(sb, sl, 1);
          scf::YieldOp::create(sb, sl);
        });
    scf::YieldOp::create(tb, tl);
  });
}

/// Why the GPU lowering cannot take an op on memrefs; empty if it can.
std::string whyUnsupported(const RowNormSpec &spec, int64_t axis) {
  for (Value memref :
       llvm::concat<const Value>(spec.matrices(), spec.vectors())) {
    Type element = cast<MemRefType>(memref.getType()).getElementType();
    if (!element.isF32() && !element.isBF16() && !element.isF16())
      return "supports f32, bf16 and f16 data";
  }
  for (Value memref : spec.matrices())
    if (!isCollapsibleToRows(memref, axis))
      return "has an operand whose layout does not collapse to rows";
  for (Value memref : spec.vectors())
    if (!isCollapsibleToRows(memref, 0))
      return "has a parameter whose layout is not contiguous";
  return "";
}

RowNormSpec collapseSpec(OpBuilder &b, Location loc, RowNormSpec spec,
                         int64_t axis) {
  // A norm over every dim of its input is one row.
  for (Value *matrix : {&spec.input, &spec.residual, &spec.y, &spec.h})
    if (*matrix) {
      *matrix = collapseToRows(b, loc, *matrix, axis);
      if (axis == 0)
        *matrix = viewAsSingleRow(b, loc, *matrix);
    }
  for (Value *vector : {&spec.addBias, &spec.scale, &spec.bias})
    if (*vector)
      *vector = collapseToRows(b, loc, *vector, 0);
  return spec;
}

template <typename OpTy> struct RowNormToGPU : OpRewritePattern<OpTy> {
  RowNormToGPU(MLIRContext *ctx, const NormToGPUOptions &options)
      : OpRewritePattern<OpTy>(ctx), options(options) {}

  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    std::optional<RowNormOperands> operands = getRowNormOperands(op);
    if (!operands)
      return rewriter.notifyMatchFailure(op, "statistics results");
    if (!op.hasPureBufferSemantics())
      return rewriter.notifyMatchFailure(op, "tensor operands");
    RowNormSpec spec(*operands);
    int64_t axis = operands->axis;
    std::string reason = whyUnsupported(spec, axis);
    if (!reason.empty())
      return rewriter.notifyMatchFailure(op, reason);
    emitRowNormSizeChecks(rewriter, op.getLoc(), *operands,
                          op->getName().getStringRef());
    buildRowNormKernels(rewriter, op.getLoc(),
                        collapseSpec(rewriter, op.getLoc(), spec, axis),
                        options);
    rewriter.eraseOp(op);
    return success();
  }

  NormToGPUOptions options;
};

/// Sandwich-LN as two kernels without a temporary: the input's norm is
/// written into h's buffer, then the fused kernel adds the residual to it in
/// place (each thread reads and writes the same chunks) and normalizes.
struct SandwichNormToGPU : OpRewritePattern<SandwichNormOp> {
  SandwichNormToGPU(MLIRContext *ctx, const NormToGPUOptions &options)
      : OpRewritePattern(ctx), options(options) {}

  LogicalResult matchAndRewrite(SandwichNormOp op,
                                PatternRewriter &rewriter) const override {
    if (!op.hasPureBufferSemantics())
      return rewriter.notifyMatchFailure(op, "tensor operands");
    std::string reason = whyUnsupported(op);
    if (!reason.empty())
      return rewriter.notifyMatchFailure(op, reason);
    auto [inner, outer] = sandwichSpecs(op);
    int64_t axis = op.getNormalizedAxis();
    Location loc = op.getLoc();
    emitRowNormSizeChecks(rewriter, loc, *getRowNormOperands(op),
                          op->getName().getStringRef());
    buildRowNormKernels(rewriter, loc, collapseSpec(rewriter, loc, inner, axis),
                        options);
    buildRowNormKernels(rewriter, loc, collapseSpec(rewriter, loc, outer, axis),
                        options);
    rewriter.eraseOp(op);
    return success();
  }

  /// The input's norm into h, then the fused op over h and the residual.
  static std::pair<RowNormSpec, RowNormSpec> sandwichSpecs(SandwichNormOp op) {
    RowNormSpec outer(*getRowNormOperands(op));
    RowNormSpec inner;
    inner.layerNorm = outer.layerNorm;
    inner.offset = outer.offset;
    inner.input = outer.input;
    inner.scale = outer.innerScale;
    inner.bias = outer.innerBias;
    inner.y = outer.h;
    inner.epsilon = outer.innerEpsilon;
    outer.innerNorm = false;
    outer.innerScale = outer.innerBias = Value();
    outer.input = outer.h;
    return {inner, outer};
  }

  static std::string whyUnsupported(SandwichNormOp op) {
    if (op.getOuts()[1] == op.getResidual() ||
        op.getOuts()[1] == op.getInnerScale() ||
        op.getOuts()[1] == op.getInnerBias())
      return "writes h over an operand the second kernel still reads";
    auto [inner, outer] = sandwichSpecs(op);
    int64_t axis = op.getNormalizedAxis();
    std::string reason = ::whyUnsupported(inner, axis);
    return reason.empty() ? ::whyUnsupported(outer, axis) : reason;
  }

  NormToGPUOptions options;
};

/// Why the GPU lowering left `op` alone, for the error.
std::string unsupportedReason(Operation *op) {
  if (isa<BatchNormOp>(op))
    return "BatchNorm has no GPU lowering";
  if (isa<DeepNormOp>(op))
    return "DeepNorm must be canonicalized to norm.add_layer_norm first";
  if (isa<SublayerOp>(op))
    return "sublayers must be expanded first (--norm-expand-sublayers)";
  if (auto sandwich = dyn_cast<SandwichNormOp>(op)) {
    if (!sandwich.hasPureBufferSemantics())
      return "expects memref operands (bufferize first)";
    std::string reason = SandwichNormToGPU::whyUnsupported(sandwich);
    return reason.empty() ? "has no GPU lowering" : reason;
  }
  auto dps = dyn_cast<DestinationStyleOpInterface>(op);
  if (dps && !dps.hasPureBufferSemantics())
    return "expects memref operands (bufferize first)";
  if (isa<LayerNormOp, RMSNormOp>(op) && !getRowNormOperands(op))
    return "statistics results have no GPU lowering";
  std::optional<RowNormOperands> operands = getRowNormOperands(op);
  if (!operands)
    return "has no GPU lowering";
  RowNormSpec spec(*operands);
  int64_t axis = operands->axis;
  std::string reason = whyUnsupported(spec, axis);
  return reason.empty() ? "has no GPU lowering" : reason;
}

struct ConvertNormToGPUPass
    : norm::impl::ConvertNormToGPUBase<ConvertNormToGPUPass> {
  using Base::Base;
  void runOnOperation() override {
    NormToGPUOptions options;
    options.vectorBytes = vectorBytes;
    options.warpRowsPerBlock = warpRowsPerBlock;
    options.maxRegisterValues = maxRegisterValues;
    options.chunksPerThread = chunksPerThread;
    options.maxBlockThreads = maxBlockThreads;
    RewritePatternSet patterns(&getContext());
    populateNormToGPUPatterns(patterns, options);
    // No folding: the greedy driver would hoist the kernels' constants out
    // of gpu.launch, and outlining would pass them as kernel arguments.
    walkAndApplyPatterns(getOperation(), std::move(patterns));
    bool failedAny = false;
    getOperation()->walk([&](Operation *op) {
      if (!isa<NormDialect>(op->getDialect()) || isa<YieldOp>(op))
        return WalkResult::advance();
      op->emitError("cannot be lowered to the GPU: ") << unsupportedReason(op);
      failedAny = true;
      return WalkResult::skip();
    });
    if (failedAny)
      signalPassFailure();
  }
};

//===----------------------------------------------------------------------===//
// Host buffers in device memory.
//===----------------------------------------------------------------------===//

bool isInsideKernel(Operation *op) {
  return op->getParentOfType<gpu::LaunchOp>() ||
         op->getParentOfType<gpu::GPUModuleOp>();
}

struct NormGPUDeviceMemoryPass
    : norm::impl::NormGPUDeviceMemoryBase<NormGPUDeviceMemoryPass> {
  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    SmallVector<Operation *> hostOps;
    getOperation()->walk([&](Operation *op) {
      if (!isInsideKernel(op))
        hostOps.push_back(op);
    });
    bool failedAny = false;
    for (Operation *op : hostOps) {
      rewriter.setInsertionPoint(op);
      if (auto alloc = dyn_cast<memref::AllocOp>(op)) {
        rewriter.replaceOpWithNewOp<gpu::AllocOp>(
            alloc, alloc.getType(), /*asyncToken=*/Type(),
            /*asyncDependencies=*/ValueRange(), alloc.getDynamicSizes(),
            alloc.getSymbolOperands(), /*hostShared=*/false);
        continue;
      }
      if (auto dealloc = dyn_cast<memref::DeallocOp>(op)) {
        rewriter.replaceOpWithNewOp<gpu::DeallocOp>(
            dealloc, /*asyncToken=*/Type(), ValueRange(), dealloc.getMemref());
        continue;
      }
      if (auto copy = dyn_cast<memref::CopyOp>(op)) {
        rewriter.replaceOpWithNewOp<gpu::MemcpyOp>(
            copy, /*asyncToken=*/Type(), ValueRange(), copy.getTarget(),
            copy.getSource());
        continue;
      }
      if (isa<gpu::LaunchOp, gpu::LaunchFuncOp, gpu::AllocOp, gpu::DeallocOp,
              gpu::MemcpyOp>(op))
        continue;
      auto effects = dyn_cast<MemoryEffectOpInterface>(op);
      if (!effects)
        continue;
      SmallVector<MemoryEffects::EffectInstance> instances;
      effects.getEffects(instances);
      for (const MemoryEffects::EffectInstance &effect : instances) {
        if (!isa<MemoryEffects::Read, MemoryEffects::Write>(effect.getEffect()))
          continue;
        Value value = effect.getValue();
        if (value && isa<BaseMemRefType>(value.getType())) {
          op->emitError("accesses a buffer on the host; on the GPU path "
                        "buffers live in device memory");
          failedAny = true;
          break;
        }
      }
    }
    if (failedAny)
      signalPassFailure();
  }
};

//===----------------------------------------------------------------------===//
// Register budget.
//===----------------------------------------------------------------------===//

struct NormGPURegisterBudgetPass
    : norm::impl::NormGPURegisterBudgetBase<NormGPURegisterBudgetPass> {
  using Base::Base;
  void runOnOperation() override {
    constexpr int64_t kRegistersPerSM = 65536;
    Builder b(&getContext());
    getOperation().walk([&](gpu::GPUFuncOp func) {
      std::optional<ArrayRef<int32_t>> block = func.getKnownBlockSize();
      if (!func.isKernel() || !block || registers <= 0)
        return;
      int64_t threads = 1;
      for (int32_t size : *block)
        threads *= size;
      int64_t blocks =
          std::max<int64_t>(1, kRegistersPerSM / (registers * threads));
      func->setAttr("nvvm.minctasm", b.getI32IntegerAttr(blocks));
    });
  }
};

} // namespace

void mlir::norm::populateNormToGPUPatterns(RewritePatternSet &patterns,
                                           const NormToGPUOptions &options) {
  MLIRContext *ctx = patterns.getContext();
  patterns.add<RowNormToGPU<LayerNormOp>, RowNormToGPU<RMSNormOp>,
               RowNormToGPU<AddLayerNormOp>, RowNormToGPU<AddRMSNormOp>,
               SandwichNormToGPU>(ctx, options);
}
