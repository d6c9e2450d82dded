//===- RowKernelEmitter.cpp - The body of a GPU row-norm kernel -----------===//
//
// Emits one gpu.launch that normalizes rows (LayerNorm, RMSNorm and the
// fused residual ops), laid out as its KernelShape says, from the pieces of
// RowKernelBuilder (chunks, sums, statistics):
//
// - When a thread's share of the row is kept in registers, the row is
//   loaded once, the statistics come from the registers and the output is
//   written from them. Otherwise the row is streamed: read again (from L2)
//   for each pass.
//
//===----------------------------------------------------------------------===//

#include "RowKernelEmitter.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"

using namespace mlir;
using namespace mlir::norm::gpu_lowering;

void RowKernelEmitter::emit(OpBuilder &b, Location loc) {
  auto [launch, unit] =
      launchUnits(b, loc, rows, spec.layerNorm ? 3 : 1, kernelName());
  OpBuilder kb = OpBuilder::atBlockEnd(&launch.getBody().front());
  row = unit;
  if (!shape.warpPerRow) {
    emitRow(kb, loc);
  } else {
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

void RowKernelEmitter::emitRow(OpBuilder &b, Location loc) {
  Value count = lengthAsF32(b, loc);
  if (shape.perThread > 0)
    emitRegisterRow(b, loc, count);
  else
    emitStreamedRow(b, loc, count);
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
