//===- NormToCPU.cpp - Row-wise vector kernels for the CPU ----------------===//
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

#include "norm/Conversion/NormToCPU/NormToCPU.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/IR/TypeUtilities.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "norm/Conversion/Passes.h"
#include "norm/Conversion/Utils/RowViews.h"
#include "norm/Conversion/Utils/RuntimeChecks.h"
#include "norm/Dialect/Norm/IR/NormOps.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/Triple.h"

namespace mlir::norm {
#define GEN_PASS_DEF_CONVERTNORMTOCPU
#include "norm/Conversion/Passes.h.inc"
} // namespace mlir::norm

using namespace mlir;
using namespace mlir::norm;

int64_t mlir::norm::getHostVectorWidth() {
  llvm::StringMap<bool> features = llvm::sys::getHostCPUFeatures();
  if (features.lookup("avx512f"))
    return 16;
  if (features.lookup("avx2") || features.lookup("avx"))
    return 8;
  return 4;
}

std::string mlir::norm::getHostBF16ConversionFeatures() {
  llvm::StringMap<bool> features = llvm::sys::getHostCPUFeatures();
  if (features.lookup("avx512bf16") && features.lookup("avx512vl"))
    return "+avx512bf16,+avx512vl";
  if (features.lookup("avxneconvert"))
    return "+avxneconvert";
  return "";
}

bool mlir::norm::hostHasStreamingStores() {
  return llvm::Triple(llvm::sys::getProcessTriple()).isX86();
}

namespace {

/// Streaming stores start at this alignment (a cache line; also the widest
/// x86 vector).
constexpr int64_t kStreamAlignment = 64;
/// BatchNorm's channels-last rows shorter than this many bytes are grouped.
constexpr int64_t kGroupBytes = 4096;
/// The most NCHW planes one chunk of grouped planes may touch.
constexpr int64_t kMaxPlanesPerChunk = 3;
/// Training BatchNorm's channels-last moments are taken over blocks of
/// about this many bytes of positions (two passes each, in cache).
constexpr int64_t kMomentBlockBytes = 256 * 1024;
/// ... in steps of this many positions.
constexpr int64_t kMomentRows = 4;
/// A store fence follows at least this many bytes of streamed output.
constexpr int64_t kBytesPerFence = 64 * 1024;

Value indexConstant(OpBuilder &b, Location loc, int64_t value) {
  return arith::ConstantIndexOp::create(b, loc, value);
}

int64_t elementBytes(Value memref) {
  return cast<MemRefType>(memref.getType()).getElementTypeBitWidth() / 8;
}

/// Float conversion between scalar or vector float types.
Value convertFloat(OpBuilder &b, Location loc, Value value, Type to) {
  Type from = value.getType();
  if (from == to)
    return value;
  Type fromElement = getElementTypeOrSelf(from);
  Type toElement = getElementTypeOrSelf(to);
  unsigned fromWidth = fromElement.getIntOrFloatBitWidth();
  unsigned toWidth = toElement.getIntOrFloatBitWidth();
  if (fromWidth == toWidth) {
    Type f32 = b.getF32Type();
    if (auto vec = dyn_cast<VectorType>(to))
      f32 = vec.clone(f32);
    value = arith::ExtFOp::create(b, loc, f32, value);
    return arith::TruncFOp::create(b, loc, to, value);
  }
  if (fromWidth < toWidth)
    return arith::ExtFOp::create(b, loc, to, value);
  return arith::TruncFOp::create(b, loc, to, value);
}

/// One chunk of a row: `lanes` elements at `offset`, or, for a partial
/// chunk (`mask` set), the first `count` of them.
struct Chunk {
  Value offset;
  Value mask;
  Value count;
  int64_t lanes;
};

/// Builds the per-row vector code of one norm op. A row runs in chunks of
/// `lanes` elements (several hardware vectors: independent accumulators),
/// then in chunks of `width` (one hardware vector), then one masked chunk of
/// `width`: what is left after the wide chunks costs at most a few
/// single-vector operations.
class RowKernelBuilder {
public:
  RowKernelBuilder(Value length, int64_t lanes, int64_t width, Type computeType)
      : length(length), lanes(lanes), width(width), computeType(computeType) {}

  VectorType vectorOf(Type element, int64_t n) const {
    return VectorType::get({n}, element);
  }
  VectorType computeVector(int64_t n) const { return vectorOf(computeType, n); }

  Value getLength() const { return length; }

  Value scalar(OpBuilder &builder, Location l, double value) const {
    return arith::ConstantOp::create(builder, l,
                                     builder.getFloatAttr(computeType, value));
  }
  /// `scalarValue` in every lane of a `lanes`-wide vector.
  Value splat(OpBuilder &builder, Location l, Value scalarValue) const {
    return vector::BroadcastOp::create(builder, l, computeVector(lanes),
                                       scalarValue);
  }
  Value zeroVector(OpBuilder &builder, Location l, int64_t n) const {
    return arith::ConstantOp::create(
        builder, l,
        DenseElementsAttr::get(computeVector(n),
                               builder.getFloatAttr(computeType, 0.0)));
  }
  Value zeroVector(OpBuilder &builder, Location l) const {
    return zeroVector(builder, l, lanes);
  }

  /// `value` in every lane of a chunk-wide vector.
  Value splat(OpBuilder &builder, Location l, double value,
              const Chunk &chunk) const {
    return fit(builder, l, splat(builder, l, scalar(builder, l, value)), chunk);
  }

  /// A `lanes`-wide vector cut to the chunk's width.
  Value fit(OpBuilder &builder, Location l, Value value,
            const Chunk &chunk) const {
    if (chunk.lanes == lanes)
      return value;
    return vector::ExtractStridedSliceOp::create(
        builder, l, value, ArrayRef<int64_t>{0}, ArrayRef<int64_t>{chunk.lanes},
        ArrayRef<int64_t>{1});
  }
  /// A chunk-wide vector in the first lanes of a `lanes`-wide vector of
  /// zeros (to add into the accumulators).
  Value widen(OpBuilder &builder, Location l, Value value,
              const Chunk &chunk) const {
    if (chunk.lanes == lanes)
      return value;
    return vector::InsertStridedSliceOp::create(
        builder, l, value, zeroVector(builder, l), ArrayRef<int64_t>{0},
        ArrayRef<int64_t>{1});
  }

  using ChunkBody = function_ref<SmallVector<Value>(
      OpBuilder &, Location, const Chunk &, ValueRange iterArgs)>;

  /// Runs `body` on the partial chunk of `count` (< width) elements at
  /// `offset` if `count` is not 0.
  SmallVector<Value> partialChunk(OpBuilder &builder, Location l, Value offset,
                                  Value count, ValueRange inits,
                                  ChunkBody body) const {
    Value any = arith::CmpIOp::create(builder, l, arith::CmpIPredicate::ne,
                                      count, indexConstant(builder, l, 0));
    auto partial = scf::IfOp::create(
        builder, l, any,
        [&](OpBuilder &nb, Location nl) {
          Value mask = vector::CreateMaskOp::create(
              nb, nl, VectorType::get({width}, nb.getI1Type()),
              ValueRange{count});
          scf::YieldOp::create(
              nb, nl, body(nb, nl, Chunk{offset, mask, count, width}, inits));
        },
        [&](OpBuilder &nb, Location nl) {
          scf::YieldOp::create(nb, nl, inits);
        });
    return SmallVector<Value>(partial.getResults());
  }

  /// Runs `body` over [start, end) (0 and the row length if null): chunks
  /// of `lanes`, then of `width`, then one partial chunk.
  SmallVector<Value> loop(OpBuilder &builder, Location l, ValueRange inits,
                          ChunkBody body, Value start = Value(),
                          Value end = Value()) const {
    if (!start)
      start = indexConstant(builder, l, 0);
    if (!end)
      end = length;
    SmallVector<Value> results(inits);
    SmallVector<int64_t, 2> steps = {lanes};
    if (width < lanes)
      steps.push_back(width);
    for (int64_t step : steps) {
      Value rest = arith::SubIOp::create(builder, l, end, start);
      Value stop = arith::SubIOp::create(
          builder, l, end,
          arith::RemUIOp::create(builder, l, rest,
                                 indexConstant(builder, l, step)));
      auto chunks = scf::ForOp::create(
          builder, l, start, stop, indexConstant(builder, l, step), results,
          [&](OpBuilder &nb, Location nl, Value offset, ValueRange iterArgs) {
            scf::YieldOp::create(
                nb, nl,
                body(nb, nl, Chunk{offset, Value(), Value(), step}, iterArgs));
          });
      results.assign(chunks.getResults().begin(), chunks.getResults().end());
      start = stop;
    }
    Value count = arith::SubIOp::create(builder, l, end, start);
    return partialChunk(builder, l, start, count, results, body);
  }

  /// Partial chunks of 16-bit data move element by element: LLVM legalizes
  /// a masked load or store of bf16 vectors on x86 through __truncsfbf2, a
  /// compiler-rt helper a JIT or a plain link does not have.
  static bool needsScalarTail(Type element) {
    return element.getIntOrFloatBitWidth() == 16;
  }

  /// Reads a chunk of a 1-D memref, widened to the compute type.
  Value read(OpBuilder &builder, Location l, Value row,
             const Chunk &chunk) const {
    Type element = cast<MemRefType>(row.getType()).getElementType();
    if (chunk.mask && needsScalarTail(element)) {
      auto loop = scf::ForOp::create(
          builder, l, indexConstant(builder, l, 0), chunk.count,
          indexConstant(builder, l, 1),
          ValueRange{zeroVector(builder, l, chunk.lanes)},
          [&](OpBuilder &nb, Location nl, Value i, ValueRange iters) {
            Value index = arith::AddIOp::create(nb, nl, chunk.offset, i);
            Value value = memref::LoadOp::create(nb, nl, row, index);
            value = convertFloat(nb, nl, value, computeType);
            scf::YieldOp::create(
                nb, nl,
                ValueRange{vector::InsertOp::create(nb, nl, value, iters[0],
                                                    ArrayRef<OpFoldResult>{i})
                               .getResult()});
          });
      return loop.getResult(0);
    }
    Value pad = arith::ConstantOp::create(builder, l,
                                          builder.getFloatAttr(element, 0.0));
    auto map = AffineMapAttr::get(
        AffineMap::getMinorIdentityMap(1, 1, builder.getContext()));
    Value value = vector::TransferReadOp::create(
        builder, l, vectorOf(element, chunk.lanes), row,
        ValueRange{chunk.offset}, map, pad, chunk.mask,
        builder.getBoolArrayAttr({!chunk.mask}));
    return convertFloat(builder, l, value, computeVector(chunk.lanes));
  }

  /// Writes a compute-type chunk into a 1-D memref, rounded to its type; a
  /// chunk of `lanes` with `streaming` set is a non-temporal, aligned store.
  void write(OpBuilder &builder, Location l, Value value, Value row,
             const Chunk &chunk, bool streaming = false) const {
    Type element = cast<MemRefType>(row.getType()).getElementType();
    if (chunk.mask && needsScalarTail(element)) {
      scf::ForOp::create(
          builder, l, indexConstant(builder, l, 0), chunk.count,
          indexConstant(builder, l, 1), ValueRange{},
          [&](OpBuilder &nb, Location nl, Value i, ValueRange) {
            Value index = arith::AddIOp::create(nb, nl, chunk.offset, i);
            Value scalarValue = vector::ExtractOp::create(
                nb, nl, value, ArrayRef<OpFoldResult>{i});
            memref::StoreOp::create(
                nb, nl, convertFloat(nb, nl, scalarValue, element), row, index);
            scf::YieldOp::create(nb, nl);
          });
      return;
    }
    Value stored =
        convertFloat(builder, l, value, vectorOf(element, chunk.lanes));
    if (streaming && chunk.lanes == lanes && !chunk.mask) {
      vector::StoreOp::create(builder, l, stored, row, ValueRange{chunk.offset},
                              /*nontemporal=*/true,
                              llvm::MaybeAlign(kStreamAlignment));
      return;
    }
    auto map = AffineMapAttr::get(
        AffineMap::getMinorIdentityMap(1, 1, builder.getContext()));
    vector::TransferWriteOp::create(builder, l, stored, row,
                                    ValueRange{chunk.offset}, map, chunk.mask,
                                    builder.getBoolArrayAttr({!chunk.mask}));
  }

  /// Prefetches (for reading, into every cache level) the cache lines of
  /// `row` that a full chunk's share covers: with `half`, half the chunk's
  /// length from `base` + offset / 2 (at least one line), else the chunk's
  /// own range. A pass over a row that does this for each full chunk
  /// fetches the half of `row` from `base` on, at half the rate at which it
  /// moves along its own row, or (not `half`) the whole row alongside.
  void prefetch(OpBuilder &builder, Location l, Value row, Value base,
                bool half, const Chunk &chunk) const {
    int64_t perLine =
        std::max<int64_t>(kStreamAlignment / elementBytes(row), 1);
    Value start = chunk.offset;
    if (half)
      start = arith::AddIOp::create(
          builder, l, base,
          arith::ShRUIOp::create(builder, l, chunk.offset,
                                 indexConstant(builder, l, 1)));
    int64_t count = half ? chunk.lanes / 2 : chunk.lanes;
    for (int64_t lane = 0; lane < std::max<int64_t>(count, 1);
         lane += perLine) {
      Value index = lane
                        ? arith::AddIOp::create(builder, l, start,
                                                indexConstant(builder, l, lane))
                        : start;
      memref::PrefetchOp::create(builder, l, row, ValueRange{index},
                                 /*isWrite=*/false, /*localityHint=*/3,
                                 /*isDataCache=*/true);
    }
  }

  /// Keeps the lanes of a partial chunk that are inside the row.
  Value masked(OpBuilder &builder, Location l, Value value,
               const Chunk &chunk) const {
    if (!chunk.mask)
      return value;
    return arith::SelectOp::create(builder, l, chunk.mask, value,
                                   zeroVector(builder, l, chunk.lanes));
  }

  /// The sum of a vector's lanes, as a tree of vector additions (the
  /// lanes are partial sums in no particular order: reassociating them
  /// costs no accuracy, and an ordered reduction of a `lanes`-wide vector
  /// is a chain of `lanes` dependent scalar additions per row).
  Value reduce(OpBuilder &builder, Location l, Value vector) const {
    return vector::ReductionOp::create(builder, l, vector::CombiningKind::ADD,
                                       vector, arith::FastMathFlags::reassoc);
  }

private:
  Value length;
  int64_t lanes;
  int64_t width;
  Type computeType;
};

/// What a row-wise norm op asks of the kernel: its operands (memrefs,
/// matrices collapsed to 2-D and parameters to 1-D), and its name for
/// run-time check messages.
struct RowNormSpec : RowNormOperands {
  std::string opName;

  SmallVector<Value *> parameters() {
    return {&addBias, &scale, &bias, &innerScale, &innerBias};
  }
};

/// Whether the vector kernel reads and writes `memref` directly: its rows
/// (axis >= 1) or its elements (axis 0) collapse to unit-stride 1-D runs.
bool isKernelLayout(Value memref, int64_t axis) {
  auto type = cast<MemRefType>(memref.getType());
  if (!isCollapsibleToRows(memref, axis))
    return false;
  // The stride of the collapsed rows, not of x's last dim: a collapsed group
  // takes the stride of its innermost dim of size other than 1 (x of shape
  // [N, C, 1] with a channel stride of 4 has rows of stride 4).
  ReassociationIndices rowDims, columnDims;
  for (int64_t dim = 0; dim < type.getRank(); ++dim)
    (dim < axis ? rowDims : columnDims).push_back(dim);
  SmallVector<ReassociationIndices> groups;
  if (!rowDims.empty())
    groups.push_back(rowDims);
  groups.push_back(columnDims);
  MemRefType rows =
      type.getRank() == (axis ? 2 : 1)
          ? type
          : memref::CollapseShapeOp::computeCollapsedType(type, groups);
  SmallVector<int64_t> strides;
  int64_t offset;
  return succeeded(rows.getStridesAndOffset(strides, offset)) &&
         (strides.empty() || strides.back() == 1);
}

/// A contiguous buffer shaped like `memref` (dynamic sizes read with
/// memref.dim).
Value allocLike(OpBuilder &b, Location loc, Value memref) {
  auto type = cast<MemRefType>(memref.getType());
  SmallVector<Value> sizes;
  for (int64_t dim = 0; dim < type.getRank(); ++dim)
    if (type.isDynamicDim(dim))
      sizes.push_back(memref::DimOp::create(b, loc, memref, dim));
  auto contiguous = MemRefType::get(type.getShape(), type.getElementType());
  return memref::AllocOp::create(b, loc, contiguous, sizes,
                                 b.getI64IntegerAttr(kStreamAlignment));
}

/// An operand of a kernel: rows collapsed at `axis` (0: a 1-D parameter),
/// read by the kernel or written (`output`).
struct KernelOperand {
  Value *operand;
  int64_t axis;
  bool output;
};

/// Operands the kernel cannot address directly (a row stride other than 1,
/// or leading dims that do not collapse) go through contiguous copies:
/// inputs are copied in before the kernel, outputs copied out after it.
/// Returns the buffers to free and the copies to run after the kernel.
/// Outputs come after inputs in `operands`, so that an output over an
/// input reuses its copy (which was copied in).
struct StagedOperands {
  SmallVector<Value> temporaries;
  SmallVector<std::pair<Value, Value>> copiesOut;
};

StagedOperands stageOperands(OpBuilder &b, Location loc,
                             ArrayRef<KernelOperand> operands) {
  StagedOperands staged;
  DenseMap<Value, Value> copies;
  for (auto [operand, axis, output] : operands) {
    if (!*operand || isKernelLayout(*operand, axis))
      continue;
    Value &copy = copies[*operand];
    if (!copy) {
      copy = allocLike(b, loc, *operand);
      staged.temporaries.push_back(copy);
      if (!output)
        linalg::CopyOp::create(b, loc, *operand, copy);
    }
    if (output)
      staged.copiesOut.push_back({copy, *operand});
    *operand = copy;
  }
  for (auto [operand, axis, output] : operands)
    if (*operand)
      *operand = collapseToRows(b, loc, *operand, axis);
  return staged;
}

/// Copies staged outputs back and frees the copies.
void unstageOperands(OpBuilder &b, Location loc, const StagedOperands &staged) {
  for (auto [from, to] : staged.copiesOut)
    linalg::CopyOp::create(b, loc, from, to);
  for (Value temporary : staged.temporaries)
    memref::DeallocOp::create(b, loc, temporary);
}

void checkSameSize(OpBuilder &b, Location loc, Value lhs, Value rhs,
                   StringRef what) {
  emitSameSizesCheck(b, loc, lhs, 0, rhs, what);
}

/// Row `row` of a 2-D memref as a 1-D view.
Value rowView(OpBuilder &b, Location loc, Value matrix, Value row,
              Value length) {
  auto type = cast<MemRefType>(matrix.getType());
  SmallVector<OpFoldResult> offsets = {row, b.getIndexAttr(0)};
  SmallVector<OpFoldResult> sizes = {b.getIndexAttr(1), length};
  if (!type.isDynamicDim(1))
    sizes[1] = b.getIndexAttr(type.getDimSize(1));
  SmallVector<OpFoldResult> strides = {b.getIndexAttr(1), b.getIndexAttr(1)};
  // The row keeps the column stride. Inferring the rank-reduced type is
  // ambiguous when both sizes are 1 (rows of one element) and may keep the
  // row stride instead; build it explicitly.
  auto [matrixStrides, matrixOffset] = type.getStridesAndOffset();
  (void)matrixOffset;
  auto rowType = MemRefType::get({type.getDimSize(1)}, type.getElementType(),
                                 StridedLayoutAttr::get(b.getContext(),
                                                        ShapedType::kDynamic,
                                                        {matrixStrides[1]}),
                                 type.getMemorySpace());
  return memref::SubViewOp::create(b, loc, rowType, matrix, offsets, sizes,
                                   strides);
}

/// The type the kernels compute in for data of `memref`'s element type:
/// f64 for f64, f32 otherwise.
Type computeTypeOf(Value memref) {
  Type element = cast<MemRefType>(memref.getType()).getElementType();
  return element.isF64() ? element : Float32Type::get(memref.getContext());
}

/// The index `index` as a float of `type` (an element count).
Value indexToFloat(OpBuilder &b, Location loc, Value index, Type type) {
  return arith::UIToFPOp::create(
      b, loc, type, arith::IndexCastOp::create(b, loc, b.getI64Type(), index));
}

/// How many rows of `length` elements of `matrix` fit in `bytes`, at least
/// one (also for rows of no elements).
Value rowsFitting(OpBuilder &b, Location loc, int64_t bytes, Value matrix,
                  Value length) {
  Value one = indexConstant(b, loc, 1);
  return arith::MaxUIOp::create(
      b, loc, one,
      arith::DivUIOp::create(
          b, loc, indexConstant(b, loc, bytes / elementBytes(matrix)),
          arith::MaxUIOp::create(b, loc, one, length)));
}

/// The bytes from the last `kStreamAlignment`-byte boundary to the start
/// of the 1-D `row`.
Value misalignment(OpBuilder &b, Location loc, Value row) {
  auto metadata = memref::ExtractStridedMetadataOp::create(b, loc, row);
  Value pointer = memref::ExtractAlignedPointerAsIndexOp::create(b, loc, row);
  Value start = arith::AddIOp::create(
      b, loc, pointer,
      arith::MulIOp::create(b, loc, metadata.getOffset(),
                            indexConstant(b, loc, elementBytes(row))));
  return arith::RemUIOp::create(b, loc, start,
                                indexConstant(b, loc, kStreamAlignment));
}

/// The number of leading elements of the 1-D `row` before its first
/// `kStreamAlignment`-byte boundary, at most `length`.
Value elementsToAlignment(OpBuilder &b, Location loc, Value row, Value length) {
  Value bytes = indexConstant(b, loc, elementBytes(row));
  Value alignment = indexConstant(b, loc, kStreamAlignment);
  Value gap = arith::RemUIOp::create(
      b, loc,
      arith::SubIOp::create(b, loc, alignment, misalignment(b, loc, row)),
      alignment);
  Value elements = arith::DivUIOp::create(b, loc, gap, bytes);
  return arith::MinUIOp::create(b, loc, elements, length);
}

/// Whether the storage of two 2-D memrefs cannot overlap: a run-time i1
/// from their address ranges (each over-approximated by rows * row stride
/// + row length elements).
Value disjoint(OpBuilder &b, Location loc, Value lhs, Value rhs) {
  auto range = [&](Value memref) {
    auto metadata = memref::ExtractStridedMetadataOp::create(b, loc, memref);
    Value bytes = indexConstant(b, loc, elementBytes(memref));
    Value start = arith::AddIOp::create(
        b, loc, memref::ExtractAlignedPointerAsIndexOp::create(b, loc, memref),
        arith::MulIOp::create(b, loc, metadata.getOffset(), bytes));
    Value elements = arith::AddIOp::create(
        b, loc,
        arith::MulIOp::create(b, loc, metadata.getSizes()[0],
                              metadata.getStrides()[0]),
        metadata.getSizes()[1]);
    Value end = arith::AddIOp::create(
        b, loc, start, arith::MulIOp::create(b, loc, elements, bytes));
    return std::make_pair(start, end);
  };
  auto [lhsStart, lhsEnd] = range(lhs);
  auto [rhsStart, rhsEnd] = range(rhs);
  return arith::OrIOp::create(
      b, loc,
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ule, lhsEnd,
                            rhsStart),
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ule, rhsEnd,
                            lhsStart));
}

/// Whether a kernel's output y streams, and how its rows go to threads.
struct OutputPlan {
  /// Decided at compile time (static shapes, or a threshold of 0 or less),
  /// or else at run time by the i1 `streaming`.
  std::optional<bool> staticStreaming;
  Value streaming;
  /// Rows go to threads in `blocks` blocks of `rowsPerBlock` rows.
  Value rowsPerBlock;
  Value blocks;

  bool mayStream() const { return !staticStreaming || *staticStreaming; }
};

/// Whether half a chunk of `lanes` elements of `memref` spans at least a
/// cache line, so that a pass can prefetch half of another row at half its
/// own rate without fetching a line twice (RowKernelBuilder::prefetch).
bool halfChunkFillsLine(int64_t lanes, Value memref) {
  return lanes / 2 * elementBytes(memref) >= kStreamAlignment;
}

/// Whether `y2` streams (it is at least `threshold` bytes; 0: always,
/// negative: never), where that is known at compile time.
std::optional<bool> staticStreaming(Value y2, int64_t threshold) {
  if (threshold <= 0)
    return threshold == 0;
  auto yType = cast<MemRefType>(y2.getType());
  if (yType.hasStaticShape())
    return yType.getNumElements() * elementBytes(y2) >= threshold;
  return std::nullopt;
}

/// Whether the 2-D `y2` of `rows` x `length` streams: when it is at least
/// `threshold` bytes (0: always, negative: never). Decided at compile time
/// (the first result), or else at run time (the i1 second result).
std::pair<std::optional<bool>, Value> decideStreaming(OpBuilder &b,
                                                      Location loc, Value y2,
                                                      Value rows, Value length,
                                                      int64_t threshold) {
  int64_t yBytes = elementBytes(y2);
  if (std::optional<bool> known = staticStreaming(y2, threshold))
    return {*known, Value()};
  Value total =
      arith::MulIOp::create(b, loc, arith::MulIOp::create(b, loc, rows, length),
                            indexConstant(b, loc, yBytes));
  return {std::nullopt,
          arith::CmpIOp::create(b, loc, arith::CmpIPredicate::uge, total,
                                indexConstant(b, loc, threshold))};
}

/// The plan for a kernel writing the 2-D `y2` of `rows` x `length`,
/// streamed as decideStreaming says. Where it may stream, rows go to
/// threads in blocks of at least kBytesPerFence bytes of y, so that the
/// store fence after a block of streamed rows costs little; otherwise one
/// row at a time.
OutputPlan planOutput(OpBuilder &b, Location loc, Value y2, Value rows,
                      Value length, int64_t threshold) {
  OutputPlan plan;
  int64_t yBytes = elementBytes(y2);
  std::tie(plan.staticStreaming, plan.streaming) =
      decideStreaming(b, loc, y2, rows, length, threshold);
  Value one = indexConstant(b, loc, 1);
  plan.rowsPerBlock = one;
  plan.blocks = rows;
  if (plan.mayStream()) {
    // (Rows of no elements count as one: no division by zero.)
    plan.rowsPerBlock = arith::MaxUIOp::create(
        b, loc, one,
        arith::DivUIOp::create(b, loc,
                               indexConstant(b, loc, kBytesPerFence / yBytes),
                               arith::MaxUIOp::create(b, loc, one, length)));
    plan.blocks = arith::CeilDivUIOp::create(b, loc, rows, plan.rowsPerBlock);
  }
  return plan;
}

using BlockFn = function_ref<void(OpBuilder &, Location)>;

/// An scf.forall over `plan`'s blocks of rows (threads, once lowered) that
/// runs `rowKernel` on each row of the block. Where y may stream, each block
/// starts with `blockBegin` and ends with `blockEnd` (if given), then a
/// store fence.
void forEachRow(OpBuilder &b, Location loc, Value rows, const OutputPlan &plan,
                function_ref<void(OpBuilder &, Location, Value)> rowKernel,
                BlockFn blockBegin = nullptr, BlockFn blockEnd = nullptr) {
  scf::ForallOp::create(
      b, loc, ArrayRef<OpFoldResult>{plan.blocks}, ValueRange{}, std::nullopt,
      [&](OpBuilder &fb, Location fl, ValueRange) {
        Value index = fb.getBlock()->getArgument(0);
        if (!plan.mayStream()) {
          rowKernel(fb, fl, index);
          scf::InParallelOp::create(fb, fl);
          return;
        }
        if (blockBegin)
          blockBegin(fb, fl);
        Value first = arith::MulIOp::create(fb, fl, index, plan.rowsPerBlock);
        Value last = arith::MinUIOp::create(
            fb, fl, rows,
            arith::AddIOp::create(fb, fl, first, plan.rowsPerBlock));
        scf::ForOp::create(
            fb, fl, first, last, indexConstant(fb, fl, 1), ValueRange{},
            [&](OpBuilder &nb, Location nl, Value row, ValueRange) {
              rowKernel(nb, nl, row);
              scf::YieldOp::create(nb, nl);
            });
        if (blockEnd)
          blockEnd(fb, fl);
        // Streamed stores are weakly ordered: a fence makes the block's
        // rows visible before the thread reaches the loop's barrier.
        LLVM::CallIntrinsicOp::create(
            fb, fl, fb.getStringAttr("llvm.x86.sse.sfence"), ValueRange{});
        scf::InParallelOp::create(fb, fl);
      });
}

/// Emits `emit(true)` and `emit(false)` into the two branches of an scf.if
/// on `condition`, with `b` inserting there.
void emitBranches(OpBuilder &b, Location loc, Value condition,
                  function_ref<void(bool)> emit) {
  auto ifOp = scf::IfOp::create(b, loc, TypeRange{}, condition,
                                /*withElseRegion=*/true);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPoint(ifOp.thenBlock()->getTerminator());
  emit(true);
  b.setInsertionPoint(ifOp.elseBlock()->getTerminator());
  emit(false);
}

/// Writes one chunk of an output row; `stream` says whether a full chunk
/// may be a non-temporal store (it is then 64-byte aligned).
using OutputChunkFn =
    function_ref<void(OpBuilder &, Location, const Chunk &, bool stream)>;

/// The chunks of the output row `yRow`: where `stream`, ordinary stores up
/// to its first aligned element and streaming from there, else ordinary
/// stores throughout.
void outputRow(OpBuilder &b, Location loc, const RowKernelBuilder &k,
               Value yRow, bool stream, OutputChunkFn body) {
  auto over = [&](Value start, Value end, bool streamed) {
    k.loop(
        b, loc, {},
        [&](OpBuilder &lb, Location ll, const Chunk &chunk,
            ValueRange) -> SmallVector<Value> {
          body(lb, ll, chunk, streamed);
          return {};
        },
        start, end);
  };
  if (!stream)
    return over(Value(), Value(), false);
  Value head = elementsToAlignment(b, loc, yRow, k.getLength());
  over(Value(), head, false);
  over(head, Value(), true);
}

/// The same, streamed as `plan` says (a run-time branch for dynamic
/// shapes).
void outputRow(OpBuilder &b, Location loc, const RowKernelBuilder &k,
               Value yRow, const OutputPlan &plan, OutputChunkFn body) {
  if (plan.staticStreaming)
    return outputRow(b, loc, k, yRow, *plan.staticStreaming, body);
  emitBranches(b, loc, plan.streaming,
               [&](bool stream) { outputRow(b, loc, k, yRow, stream, body); });
}

/// How the kernels are built: chunks of `lanes` elements, hardware vectors
/// of `width`, the streaming threshold (bytes of y; 0: always, negative:
/// never), whether norms prefetch their next row, and whether fused
/// ops keep a streamed bf16 h in a row buffer.
struct KernelShape {
  int64_t lanes;
  int64_t width;
  int64_t streamingThreshold;
  bool prefetch;
  bool bf16RowBuffer;
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

/// An inference BatchNorm as the kernel sees it: x and y collapsed to 2-D,
/// the per-channel operands 1-D. With `channelsLast`, the elements of a row
/// are its channels (the row length is C); otherwise each row is one plane
/// (one channel of one batch entry), and row `r` is channel `r mod C`.
struct BatchNormSpec {
  Value input, y, mean, var, scale, bias;
  bool channelsLast = false;
  /// C, where x's type has it.
  int64_t staticChannels = ShapedType::kDynamic;
  /// Training: the low part of the batch mean (mean = `mean` + `meanLow`),
  /// folded into the bias.
  Value meanLow;
  double epsilon = 1e-5;
};

/// Emits the kernel for `spec` (operands already staged and collapsed):
/// per channel, mean, a = rsqrt(var + epsilon) * scale and bias in the
/// compute type, once, into small buffers; then one pass over x with
/// y = (x - mean) * a + bias (x - mean first, so x near the mean loses no
/// precision), written like the row norms' outputs.
void buildBatchNorm(OpBuilder &b, Location loc, const BatchNormSpec &spec,
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

/// The statistics results of a training-form BatchNorm (1-D, any float
/// type) and its momentum.
struct BatchStatistics {
  Value batchMean, batchVar, runningMean, runningVar;
  double momentum;
};

/// Emits a training-form BatchNorm for `spec` (operands staged and
/// collapsed as for inference; `spec.mean` and `spec.var` the running
/// statistics): the batch mean and biased variance of each channel from the
/// moments of parts of it, each part's mean and sum of squared deviations
/// from two passes over the part in cache (an NCHW plane, or a block of
/// channels-last positions), combined per channel with Chan, Golub and
/// LeVeque's formula; then the statistics results, and y by the inference
/// kernel on the batch statistics.
void buildBatchNormTraining(OpBuilder &b, Location loc, BatchNormSpec spec,
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

/// Only ops on memrefs normalized over at least one trailing dim with
/// leading dims, with f32, f64, bf16 or f16 data, take this path.
LogicalResult checkSupported(PatternRewriter &rewriter, Operation *op,
                             int64_t axis) {
  if (!cast<DestinationStyleOpInterface>(op).hasPureBufferSemantics())
    return rewriter.notifyMatchFailure(op, "tensor operands");
  for (Value operand : op->getOperands())
    if (!isa<FloatType>(cast<MemRefType>(operand.getType()).getElementType()))
      return rewriter.notifyMatchFailure(op, "non-float data");
  return success();
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
    if (failed(checkSupported(rewriter, op, operands->axis)))
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

/// BatchNorm in inference form through buildBatchNorm. When every dim
/// after the channel dim is 1 (NHWC, or NCHW with 1x1 planes), x collapses
/// to (positions, channels); otherwise to (planes, plane size).
struct BatchNormToCPU : OpRewritePattern<BatchNormOp> {
  BatchNormToCPU(MLIRContext *ctx, const KernelShape &shape)
      : OpRewritePattern<BatchNormOp>(ctx), shape(shape) {}
  LogicalResult matchAndRewrite(BatchNormOp op,
                                PatternRewriter &rewriter) const override {
    if (!isKernelBatchNorm(op))
      return rewriter.notifyMatchFailure(op, "1-D input");
    int64_t channelAxis = op.getNormalizedChannelAxis();
    auto xType = cast<ShapedType>(op.getInput().getType());
    bool channelsLast =
        channelAxis >= 1 &&
        llvm::all_of(xType.getShape().drop_front(channelAxis + 1),
                     [](int64_t size) { return size == 1; });
    int64_t axis = channelsLast ? channelAxis : channelAxis + 1;
    if (failed(checkSupported(rewriter, op, axis)))
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

/// What makes two norm ops lower to the same kernel: the op, its operand
/// types (layouts included) and its attributes.
std::string kernelKey(Operation *op) {
  std::string key;
  llvm::raw_string_ostream os(key);
  os << op->getName();
  for (Type type : op->getOperandTypes())
    os << "|" << type;
  os << "|" << op->getPropertiesAsAttribute() << "|"
     << op->getDiscardableAttrDictionary();
  return key;
}

struct ConvertNormToCPUPass
    : norm::impl::ConvertNormToCPUBase<ConvertNormToCPUPass> {
  using Base::Base;
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    NormToCPUOptions options;
    options.vectorWidth = vectorWidth;
    options.unroll = unroll;
    options.streamingThreshold = streamingThreshold;
    options.prefetch = prefetch;
    options.bf16RowBuffer = bf16RowBuffer;
    populateNormToCPUPatterns(patterns, options);
    FrozenRewritePatternSet frozen(std::move(patterns));
    if (!outline) {
      if (failed(applyPatternsGreedily(getOperation(), frozen)))
        signalPassFailure();
      return;
    }
    outlineKernels(frozen);
  }

  /// Each distinct kernel becomes one private function, lowered once and
  /// called at every op it serves: a model's hundred identical norms cost
  /// one kernel's worth of compile time and code.
  void outlineKernels(const FrozenRewritePatternSet &patterns) {
    ModuleOp module = getOperation();
    SmallVector<Operation *> candidates;
    module.walk([&](Operation *op) {
      if (isa<NormDialect>(op->getDialect()) &&
          (getRowNormOperands(op) || isKernelBatchNorm(op)) &&
          cast<DestinationStyleOpInterface>(op).hasPureBufferSemantics())
        candidates.push_back(op);
    });
    SymbolTable symbols(module);
    llvm::StringMap<func::FuncOp> kernels;
    OpBuilder builder(&getContext());
    for (Operation *op : candidates) {
      std::string key = kernelKey(op);
      auto found = kernels.find(key);
      func::FuncOp kernel;
      if (found != kernels.end()) {
        kernel = found->second;
      } else {
        kernel = buildKernel(builder, op, patterns);
        if (kernel)
          symbols.insert(kernel);
        kernels[key] = kernel;
      }
      // Ops without a kernel stay for --convert-norm-to-linalg.
      if (!kernel)
        continue;
      builder.setInsertionPoint(op);
      func::CallOp::create(builder, op->getLoc(), kernel, op->getOperands());
      op->erase();
    }
  }

  /// A private function whose body is `op`'s kernel, with one argument per
  /// operand; null if the kernel lowering does not take the op.
  func::FuncOp buildKernel(OpBuilder &builder, Operation *op,
                           const FrozenRewritePatternSet &patterns) {
    ModuleOp module = getOperation();
    builder.setInsertionPointToEnd(module.getBody());
    auto type = builder.getFunctionType(op->getOperandTypes(), {});
    std::string name = ("norm_cpu_" + op->getName().stripDialect()).str();
    auto kernel = func::FuncOp::create(builder, op->getLoc(), name, type);
    kernel.setPrivate();
    Block *entry = kernel.addEntryBlock();
    builder.setInsertionPointToStart(entry);
    IRMapping mapping;
    mapping.map(op->getOperands(), entry->getArguments());
    builder.clone(*op, mapping);
    func::ReturnOp::create(builder, op->getLoc());
    bool lowered = succeeded(applyPatternsGreedily(kernel, patterns)) &&
                   !kernel
                        .walk([](Operation *nested) {
                          return isa<NormDialect>(nested->getDialect())
                                     ? WalkResult::interrupt()
                                     : WalkResult::advance();
                        })
                        .wasInterrupted();
    if (!lowered) {
      kernel.erase();
      return func::FuncOp();
    }
    return kernel;
  }
};

} // namespace

void mlir::norm::populateNormToCPUPatterns(RewritePatternSet &patterns,
                                           const NormToCPUOptions &options) {
  KernelShape shape;
  shape.width =
      options.vectorWidth > 0 ? options.vectorWidth : getHostVectorWidth();
  shape.lanes = shape.width * std::max<int64_t>(options.unroll, 1);
  shape.streamingThreshold =
      hostHasStreamingStores() ? options.streamingThreshold : -1;
  shape.prefetch = options.prefetch;
  shape.bf16RowBuffer = options.bf16RowBuffer;
  MLIRContext *ctx = patterns.getContext();
  patterns.add<RowNormToCPU<LayerNormOp>, RowNormToCPU<RMSNormOp>,
               RowNormToCPU<AddLayerNormOp>, RowNormToCPU<AddRMSNormOp>,
               RowNormToCPU<SandwichNormOp>, BatchNormToCPU>(ctx, shape);
}
