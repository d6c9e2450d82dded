//===- RowKernelLaunch.cpp - Host code that launches row kernels ----------===//
//
// The host side of a GPU row-norm lowering. Rows of zero elements and
// empty batches launch nothing. Vector loads need every operand's innermost
// dim contiguous, rows that are a multiple of the vector and 16-byte
// aligned data (start and row stride); the first two are known at compile
// time, the last is checked at run time, which then launches either the
// vector kernel or the element-wise one. `--debug-only=convert-norm-to-gpu`
// (in builds with assertions) says which vector width each op got and why.
//
//===----------------------------------------------------------------------===//

#include "RowKernelLaunch.h"
#include "KernelShape.h"
#include "RowKernelEmitter.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "llvm/Support/Debug.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/raw_ostream.h"

#define DEBUG_TYPE "convert-norm-to-gpu"

using namespace mlir;
using namespace mlir::norm;
using namespace mlir::norm::gpu_lowering;

/// Whether the memref's innermost dim is contiguous.
static bool hasUnitInnerStride(Value memref) {
  auto type = cast<MemRefType>(memref.getType());
  SmallVector<int64_t> strides;
  int64_t offset;
  if (failed(type.getStridesAndOffset(strides, offset)))
    return false;
  return strides.back() == 1;
}

/// Whether the memref's start (and, for matrices, every row) is aligned to
/// `bytes`: a run-time i1.
static Value isAligned(OpBuilder &b, Location loc, Value memref,
                       int64_t bytes) {
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

int64_t
mlir::norm::gpu_lowering::chooseVectorLanes(ArrayRef<Value> operands,
                                            std::optional<int64_t> staticLength,
                                            const NormToGPUOptions &options) {
  unsigned widest = 0;
  bool unitStrides = true;
  for (Value memref : operands) {
    widest = std::max(widest, elementBytes(memref));
    unitStrides &= hasUnitInnerStride(memref);
  }
  int64_t lanes = widest ? options.vectorBytes / widest : 0;
  bool vectorize =
      lanes > 1 && unitStrides && (!staticLength || *staticLength % lanes == 0);
  LLVM_DEBUG({
    llvm::dbgs() << DEBUG_TYPE ": " << operands.front().getType() << ": ";
    if (vectorize)
      llvm::dbgs() << lanes << "-lane vector kernel (" << options.vectorBytes
                   << " bytes per access) where the data is aligned at run "
                      "time, else element-wise\n";
    else if (lanes <= 1)
      llvm::dbgs() << "element-wise kernel only: vector-bytes="
                   << options.vectorBytes << " holds less than two " << widest
                   << "-byte elements\n";
    else if (!unitStrides)
      llvm::dbgs() << "element-wise kernel only: an operand's innermost dim "
                      "is strided\n";
    else
      llvm::dbgs() << "element-wise kernel only: rows of " << *staticLength
                   << " are not a multiple of " << lanes << " lanes\n";
  });
  return vectorize ? lanes : 1;
}

void mlir::norm::gpu_lowering::emitRowKernelVariants(
    OpBuilder &b, Location loc, ArrayRef<Value> operands, Value rows,
    Value length, std::optional<int64_t> staticLength,
    const NormToGPUOptions &options,
    function_ref<void(OpBuilder &, Location, int64_t)> launch) {
  int64_t lanes = chooseVectorLanes(operands, staticLength, options);
  bool vectorize = lanes > 1;

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

RowExtent mlir::norm::gpu_lowering::getRowExtent(OpBuilder &b, Location loc,
                                                 Value matrix) {
  auto type = cast<MemRefType>(matrix.getType());
  RowExtent extent;
  extent.rows = memref::DimOp::create(b, loc, matrix, 0);
  extent.length = memref::DimOp::create(b, loc, matrix, 1);
  if (!type.isDynamicDim(1))
    extent.staticLength = type.getDimSize(1);
  return extent;
}

void mlir::norm::gpu_lowering::buildRowNormKernels(
    OpBuilder &b, Location loc, const RowNormSpec &spec,
    const NormToGPUOptions &options) {
  RowExtent extent = getRowExtent(b, loc, spec.input);
  Value rows = extent.rows, length = extent.length;
  std::optional<int64_t> staticLength = extent.staticLength;

  SmallVector<Value> operands = spec.matrices();
  llvm::append_range(operands, spec.vectors());
  emitRowKernelVariants(
      b, loc, operands, rows, length, staticLength, options,
      [&](OpBuilder &lb, Location ll, int64_t kernelLanes) {
        KernelShape shape =
            chooseKernelShape(staticLength, kernelLanes, options);
        Value chunks = arith::CeilDivUIOp::create(
            lb, ll, length, indexConstant(lb, ll, kernelLanes));
        std::optional<int64_t> staticChunks;
        if (staticLength)
          staticChunks = llvm::divideCeil(*staticLength, kernelLanes);
        RowKernelEmitter(spec, shape, rows, length, chunks, staticChunks)
            .emit(lb, ll);
      });
}
