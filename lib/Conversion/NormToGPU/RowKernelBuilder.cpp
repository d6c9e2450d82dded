//===- RowKernelBuilder.cpp - Pieces of a GPU row kernel ------------------===//
//
// The launch, loads, stores, sums and statistics the forward and backward
// row kernels share:
//
// - Every thread handles the chunks tid, tid + T, ... of its row (T threads
//   per row: a warp or a block), a chunk being one vector load (16 bytes:
//   4 x f32, 8 x bf16) or one element.
// - Sums are f32: per-thread vector accumulators, warp butterfly shuffles,
//   then one shared-memory exchange between the warps of a block.
// - LayerNorm's statistics are the corrected two-pass ones (Chan, Golub and
//   LeVeque): with m the first pass's mean and d = x - m (exact for x near
//   m), c = sum(d) / N corrects m's rounding error, var = sum(d^2) / N - c^2,
//   and the normalized value ((x - m) - c) * rstd never forms m + c (which
//   f32 cannot hold for a mean far from zero).
// - Indices are `index` (64-bit on NVVM), so tensors of more than 2^31
//   elements are addressed correctly.
//
//===----------------------------------------------------------------------===//

#include "RowKernelBuilder.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"

using namespace mlir;
using namespace mlir::norm::gpu_lowering;

std::pair<gpu::LaunchOp, Value>
RowKernelBuilder::launchUnits(OpBuilder &b, Location loc, Value units,
                              int64_t sumSlots, StringRef name) {
  Value one = indexConstant(b, loc, 1);
  Value grid, blockX, blockY = one;
  if (shape.warpPerRow) {
    Value perBlock = indexConstant(b, loc, shape.rowsPerBlock);
    grid = arith::CeilDivUIOp::create(b, loc, units, perBlock);
    blockX = indexConstant(b, loc, kWarpSize);
    blockY = perBlock;
  } else {
    grid = units;
    blockX = shape.threads ? indexConstant(b, loc, shape.threads)
                           : runtimeThreads(b, loc);
  }
  SmallVector<Type> workgroup;
  if (!shape.warpPerRow)
    workgroup.push_back(MemRefType::get(
        {sumSlots * kWarpSize}, b.getF32Type(), MemRefLayoutAttrInterface(),
        gpu::AddressSpaceAttr::get(b.getContext(),
                                   gpu::AddressSpace::Workgroup)));
  auto launch = gpu::LaunchOp::create(
      b, loc, grid, one, one, blockX, blockY, one,
      /*dynamicSharedMemorySize=*/{}, /*asyncTokenType=*/{},
      /*asyncDependencies=*/{}, workgroup, /*privateAttributions=*/{},
      /*clusterSizeX=*/{}, /*clusterSizeY=*/{}, /*clusterSizeZ=*/{},
      /*module=*/{}, FlatSymbolRefAttr::get(b.getContext(), name));
  OpBuilder kb = OpBuilder::atBlockBegin(&launch.getBody().front());
  tid = launch.getThreadIds().x;
  if (!shape.warpPerRow) {
    shared = launch.getWorkgroupAttributions().front();
    threads = launch.getBlockSize().x;
    return {launch, launch.getBlockIds().x};
  }
  threads = indexConstant(kb, loc, kWarpSize);
  Value unit = arith::AddIOp::create(
      kb, loc,
      arith::MulIOp::create(kb, loc, launch.getBlockIds().x,
                            indexConstant(kb, loc, shape.rowsPerBlock)),
      launch.getThreadIds().y);
  return {launch, unit};
}

Value RowKernelBuilder::runtimeThreads(OpBuilder &b, Location loc) const {
  Value warp = indexConstant(b, loc, kWarpSize);
  Value wanted = arith::CeilDivUIOp::create(
      b, loc, chunks, indexConstant(b, loc, shape.chunksPerThread));
  Value warps = arith::CeilDivUIOp::create(b, loc, wanted, warp);
  Value count = arith::MulIOp::create(b, loc, warps, warp);
  return arith::MinUIOp::create(b, loc, count,
                                indexConstant(b, loc, shape.maxThreads));
}

VectorType RowKernelBuilder::computeVector(OpBuilder &b) const {
  return VectorType::get({shape.lanes}, b.getF32Type());
}

Value RowKernelBuilder::splat(OpBuilder &b, Location loc, Value scalar) const {
  return vector::BroadcastOp::create(b, loc, computeVector(b), scalar);
}

Value RowKernelBuilder::splatConstant(OpBuilder &b, Location loc,
                                      double value) const {
  return arith::ConstantOp::create(
      b, loc,
      DenseElementsAttr::get(computeVector(b), b.getF32FloatAttr(value)));
}

Value RowKernelBuilder::f32(OpBuilder &b, Location loc, double value) const {
  return arith::ConstantOp::create(b, loc, b.getF32FloatAttr(value));
}

SmallVector<Value> RowKernelBuilder::indices(OpBuilder &b, Location loc,
                                             Value memref, Value chunk,
                                             Value at) const {
  Value column =
      arith::MulIOp::create(b, loc, chunk, indexConstant(b, loc, shape.lanes));
  if (cast<MemRefType>(memref.getType()).getRank() == 2)
    return {at ? at : row, column};
  return {column};
}

Value RowKernelBuilder::load(OpBuilder &b, Location loc, Value memref,
                             Value chunk, Value at) const {
  auto type = cast<MemRefType>(memref.getType());
  Type element = type.getElementType();
  SmallVector<Value> where = indices(b, loc, memref, chunk, at);
  Value value;
  if (shape.lanes == 1) {
    value = memref::LoadOp::create(b, loc, memref, where);
    value = vector::BroadcastOp::create(b, loc, VectorType::get({1}, element),
                                        value);
  } else {
    value = vector::LoadOp::create(
        b, loc, VectorType::get({shape.lanes}, element), memref, where,
        /*nontemporal=*/false,
        llvm::MaybeAlign(shape.lanes * elementBytes(memref)));
  }
  if (element.isF32())
    return value;
  return arith::ExtFOp::create(b, loc, computeVector(b), value);
}

void RowKernelBuilder::store(OpBuilder &b, Location loc, Value value,
                             Value memref, Value chunk, Value at) const {
  auto type = cast<MemRefType>(memref.getType());
  Type element = type.getElementType();
  if (!element.isF32())
    value = arith::TruncFOp::create(
        b, loc, VectorType::get({shape.lanes}, element), value);
  SmallVector<Value> where = indices(b, loc, memref, chunk, at);
  if (shape.lanes == 1) {
    Value scalar =
        vector::ExtractOp::create(b, loc, value, ArrayRef<int64_t>{0});
    memref::StoreOp::create(b, loc, scalar, memref, where);
    return;
  }
  vector::StoreOp::create(b, loc, value, memref, where, /*nontemporal=*/false,
                          llvm::MaybeAlign(shape.lanes * elementBytes(memref)));
}

Value RowKernelBuilder::reduceLanes(OpBuilder &b, Location loc,
                                    Value vector) const {
  return vector::ReductionOp::create(b, loc, vector::CombiningKind::ADD,
                                     vector);
}

Value RowKernelBuilder::rowSum(OpBuilder &b, Location loc, Value value,
                               int64_t slot) const {
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
            lb, ll, shared, ValueRange{arith::AddIOp::create(lb, ll, base, w)});
        scf::YieldOp::create(
            lb, ll, ValueRange{arith::AddFOp::create(lb, ll, acc[0], part)});
      });
  return loop.getResult(0);
}

Value RowKernelBuilder::rstdOf(OpBuilder &b, Location loc,
                               Value meanSquare) const {
  Value shifted =
      arith::AddFOp::create(b, loc, meanSquare, f32(b, loc, epsilon));
  Value root = LLVM::CallIntrinsicOp::create(
                   b, loc, b.getF32Type(),
                   b.getStringAttr("llvm.nvvm.sqrt.rn.f"), ValueRange{shifted})
                   .getResult(0);
  return arith::DivFOp::create(b, loc, f32(b, loc, 1.0), root);
}

std::pair<Value, Value> RowKernelBuilder::chunkOf(OpBuilder &b, Location loc,
                                                  int64_t k) const {
  Value chunk = arith::AddIOp::create(b, loc, tid,
                                      indexConstant(b, loc, k * shape.threads));
  if ((k + 1) * shape.threads <= *staticChunks)
    return {chunk, Value()};
  Value inside =
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult, chunk, chunks);
  return {chunk, inside};
}

Value RowKernelBuilder::streamSum(
    OpBuilder &b, Location loc,
    function_ref<Value(OpBuilder &, Location, Value)> term) {
  auto loop = scf::ForOp::create(
      b, loc, tid, chunks, threads, ValueRange{splatConstant(b, loc, 0.0)},
      [&](OpBuilder &lb, Location ll, Value chunk, ValueRange acc) {
        Value sum = arith::AddFOp::create(lb, ll, acc[0], term(lb, ll, chunk));
        scf::YieldOp::create(lb, ll, sum);
      });
  return reduceLanes(b, loc, loop.getResult(0));
}

std::pair<Value, Value>
RowKernelBuilder::correctedStatistics(OpBuilder &b, Location loc, Value count,
                                      Value deviations, Value squares) const {
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

Value RowKernelBuilder::lengthAsF32(OpBuilder &b, Location loc) const {
  return arith::UIToFPOp::create(
      b, loc, b.getF32Type(),
      arith::IndexCastUIOp::create(b, loc, b.getI64Type(), length));
}
