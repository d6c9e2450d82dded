//===- RowKernelEmitter.cpp - The body of a GPU row-norm kernel -----------===//
//
// Emits one gpu.launch that normalizes rows (LayerNorm, RMSNorm and the
// fused residual ops), laid out as its KernelShape says:
//
// - Every thread handles the chunks tid, tid + T, ... of its row (T threads
//   per row: a warp or a block), a chunk being one vector load (16 bytes:
//   4 x f32, 8 x bf16) or one element.
// - When a thread's share of the row is kept in registers, the row is
//   loaded once, the statistics come from the registers and the output is
//   written from them. Otherwise the row is streamed: read again (from L2)
//   for each pass.
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
//===----------------------------------------------------------------------===//

#include "RowKernelEmitter.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"

using namespace mlir;
using namespace mlir::norm::gpu_lowering;

void RowKernelEmitter::emit(OpBuilder &b, Location loc) {
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
        MemRefType::get({(spec.layerNorm ? 3 : 1) * kWarpSize}, b.getF32Type(),
                        MemRefLayoutAttrInterface(),
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

std::string RowKernelEmitter::kernelName() const {
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

Value RowKernelEmitter::runtimeThreads(OpBuilder &b, Location loc) const {
  Value warp = indexConstant(b, loc, kWarpSize);
  Value wanted = arith::CeilDivUIOp::create(
      b, loc, chunks, indexConstant(b, loc, shape.chunksPerThread));
  Value warps = arith::CeilDivUIOp::create(b, loc, wanted, warp);
  Value count = arith::MulIOp::create(b, loc, warps, warp);
  return arith::MinUIOp::create(b, loc, count,
                                indexConstant(b, loc, shape.maxThreads));
}

VectorType RowKernelEmitter::computeVector(OpBuilder &b) const {
  return VectorType::get({shape.lanes}, b.getF32Type());
}

Value RowKernelEmitter::splat(OpBuilder &b, Location loc, Value scalar) const {
  return vector::BroadcastOp::create(b, loc, computeVector(b), scalar);
}

Value RowKernelEmitter::splatConstant(OpBuilder &b, Location loc,
                                      double value) const {
  return arith::ConstantOp::create(
      b, loc,
      DenseElementsAttr::get(computeVector(b), b.getF32FloatAttr(value)));
}

Value RowKernelEmitter::f32(OpBuilder &b, Location loc, double value) const {
  return arith::ConstantOp::create(b, loc, b.getF32FloatAttr(value));
}

SmallVector<Value> RowKernelEmitter::indices(OpBuilder &b, Location loc,
                                             Value memref, Value chunk) const {
  Value column =
      arith::MulIOp::create(b, loc, chunk, indexConstant(b, loc, shape.lanes));
  if (cast<MemRefType>(memref.getType()).getRank() == 2)
    return {row, column};
  return {column};
}

Value RowKernelEmitter::load(OpBuilder &b, Location loc, Value memref,
                             Value chunk) const {
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

void RowKernelEmitter::store(OpBuilder &b, Location loc, Value value,
                             Value memref, Value chunk) const {
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
  vector::StoreOp::create(b, loc, value, memref, at, /*nontemporal=*/false,
                          llvm::MaybeAlign(shape.lanes * elementBytes(memref)));
}

Value RowKernelEmitter::source(OpBuilder &b, Location loc, Value chunk) const {
  Value x = load(b, loc, spec.input, chunk);
  if (!spec.residual)
    return x;
  Value sum = load(b, loc, spec.residual, chunk);
  if (spec.alpha != 1.0)
    sum = arith::MulFOp::create(b, loc, sum, splatConstant(b, loc, spec.alpha));
  sum = arith::AddFOp::create(b, loc, sum, x);
  if (spec.addBias)
    sum = arith::AddFOp::create(b, loc, sum, load(b, loc, spec.addBias, chunk));
  store(b, loc, sum, spec.h, chunk);
  Type element = cast<MemRefType>(spec.h.getType()).getElementType();
  if (element.isF32())
    return sum;
  VectorType stored = VectorType::get({shape.lanes}, element);
  Value rounded = arith::TruncFOp::create(b, loc, stored, sum);
  return arith::ExtFOp::create(b, loc, computeVector(b), rounded);
}

Value RowKernelEmitter::reread(OpBuilder &b, Location loc, Value chunk) const {
  return load(b, loc, spec.residual ? spec.h : spec.input, chunk);
}

void RowKernelEmitter::output(OpBuilder &b, Location loc, Value chunk,
                              Value value, Value mean, Value rstd,
                              Value center) const {
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

Value RowKernelEmitter::reduceLanes(OpBuilder &b, Location loc,
                                    Value vector) const {
  return vector::ReductionOp::create(b, loc, vector::CombiningKind::ADD,
                                     vector);
}

Value RowKernelEmitter::rowSum(OpBuilder &b, Location loc, Value value,
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

Value RowKernelEmitter::rstdOf(OpBuilder &b, Location loc,
                               Value meanSquare) const {
  Value shifted =
      arith::AddFOp::create(b, loc, meanSquare, f32(b, loc, spec.epsilon));
  Value root = LLVM::CallIntrinsicOp::create(
                   b, loc, b.getF32Type(),
                   b.getStringAttr("llvm.nvvm.sqrt.rn.f"), ValueRange{shifted})
                   .getResult(0);
  return arith::DivFOp::create(b, loc, f32(b, loc, 1.0), root);
}

void RowKernelEmitter::emitRow(OpBuilder &b, Location loc) {
  Value count = arith::UIToFPOp::create(
      b, loc, b.getF32Type(),
      arith::IndexCastUIOp::create(b, loc, b.getI64Type(), length));
  if (shape.perThread > 0)
    emitRegisterRow(b, loc, count);
  else
    emitStreamedRow(b, loc, count);
}

std::pair<Value, Value> RowKernelEmitter::chunkOf(OpBuilder &b, Location loc,
                                                  int64_t k) const {
  Value chunk = arith::AddIOp::create(b, loc, tid,
                                      indexConstant(b, loc, k * shape.threads));
  if ((k + 1) * shape.threads <= *staticChunks)
    return {chunk, Value()};
  Value inside =
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult, chunk, chunks);
  return {chunk, inside};
}

void RowKernelEmitter::emitRegisterRow(OpBuilder &b, Location loc,
                                       Value count) {
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

Value RowKernelEmitter::streamSum(
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
RowKernelEmitter::correctedStatistics(OpBuilder &b, Location loc, Value count,
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

void RowKernelEmitter::emitStreamedRow(OpBuilder &b, Location loc,
                                       Value count) {
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
          Value d = arith::SubFOp::create(lb, ll, reread(lb, ll, chunk), meanv);
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
    Value squares = streamSum(b, loc, [&](OpBuilder &lb, Location ll, Value c) {
      Value v = source(lb, ll, c);
      return arith::MulFOp::create(lb, ll, v, v).getResult();
    });
    Value meanSquare =
        arith::DivFOp::create(b, loc, rowSum(b, loc, squares, 0), count);
    rstd = rstdOf(b, loc, meanSquare);
  }
  Value rstdv = splat(b, loc, rstd);
  scf::ForOp::create(b, loc, tid, chunks, threads, ValueRange{},
                     [&](OpBuilder &lb, Location ll, Value chunk, ValueRange) {
                       output(lb, ll, chunk, reread(lb, ll, chunk), meanv,
                              rstdv, centerv);
                       scf::YieldOp::create(lb, ll);
                     });
}
